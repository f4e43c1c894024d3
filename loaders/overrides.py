"""Analysts' corrections as data: the override records and their JSONL log.

An :class:`Override` is one correction (``retract``, ``set``, ``remove``, ``merge``,
``split``, ``alias``, ``link``, ``unlink``) or the ``undo`` of an earlier one, with who
made it, when and why. The log is a JSONL file, one record a line, only ever appended
to, so it is the history of every correction as well as the current set
(:func:`active`). :func:`parse_overrides` reads the text, :func:`override_line` writes
one record; :func:`read_overrides` and :func:`append_override` are the file I/O.
Applying them to records is :mod:`sitgraph.loaders.apply_overrides`.

A record's ``args`` hold store ids (``event:…``, ``actor:…``) and, for entities, what a
node needs to be written afresh (``id``, ``label``, ``name``, ``type``), so a correction
applies on a rebuilt graph too. Event corrections also hold the event's report, so that a
report written again without that event is a conflict, not a silent no-op.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitgraph.errors import SitgraphError

# The corrections, and the roles, tolls and dates `set`/`remove` change on an event.
EDIT_VERBS = ("retract", "set", "remove", "merge", "split", "alias", "link", "unlink")
VERBS = (*EDIT_VERBS, "undo")
ROLE_FIELDS = {"perpetrator": "PERPETRATED", "target": "TARGETED", "place": "OCCURRED_IN"}
TOLL_FIELDS = ("killed", "wounded", "displaced")
FIELDS = (*ROLE_FIELDS, *TOLL_FIELDS, "date")


class OverrideError(SitgraphError):
    """An override log that cannot be read or written, or a correction that cannot be made."""


@dataclass(frozen=True)
class Override:
    """One correction (or the undo of one). ``id`` numbers records in the log from 1."""

    id: int
    verb: str
    args: dict[str, Any] = field(default_factory=dict)
    by: str = ""
    when: str = ""
    why: str = ""


@dataclass(frozen=True)
class Conflict:
    """A correction the extraction no longer fits: ``message`` says what is missing or
    where the correction went instead. ``report`` is the report it concerns, if one."""

    override: int
    verb: str
    message: str
    report: str | None = None

    def line(self) -> str:
        return f"#{self.override} {self.verb}: {self.message}"


def override_line(o: Override) -> str:
    """One record as a JSONL line (no newline): keys sorted, non-ASCII kept."""
    return json.dumps({"id": o.id, "verb": o.verb, "args": o.args, "by": o.by, "when": o.when, "why": o.why},
                      sort_keys=True, ensure_ascii=False)


def parse_overrides(text: str, where: str = "overrides") -> list[Override]:
    """The records of a JSONL log, in order; blank lines skipped. Raises OverrideError
    naming the line of a record that is not an object with a known verb and an id."""
    out: list[Override] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except ValueError as exc:
            raise OverrideError(f"{where}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(raw, dict) or raw.get("verb") not in VERBS or not isinstance(raw.get("id"), int):
            raise OverrideError(f"{where}:{n}: not an override record (needs an integer id and a verb of "
                                f"{', '.join(VERBS)})")
        args = raw.get("args") or {}
        if not isinstance(args, dict):
            raise OverrideError(f"{where}:{n}: args must be an object")
        out.append(Override(raw["id"], raw["verb"], args, str(raw.get("by") or ""), str(raw.get("when") or ""),
                            str(raw.get("why") or "")))
    return out


def active(records: Iterable[Override]) -> list[Override]:
    """The corrections in force: every edit not undone, in log order (undo records dropped)."""
    records = list(records)
    undone = {o.args.get("override") for o in records if o.verb == "undo"}
    return [o for o in records if o.verb != "undo" and o.id not in undone]


def read_overrides(path: str | Path) -> list[Override]:
    """Every record of the log at ``path`` (none when the file does not exist)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise OverrideError(f"cannot read {p}: {exc.strerror or exc}") from None
    return parse_overrides(text, str(p))


def append_override(path: str | Path, verb: str, args: dict[str, Any], *, by: str, when: str, why: str) -> Override:
    """Append a record with the next id to the log (created with its folder); returns it.
    The caller holds the store's writer lock, so two appends never race."""
    if verb not in VERBS:
        raise OverrideError(f"unknown correction {verb!r}")
    if not why.strip():
        raise OverrideError("a correction needs a reason (--why)")
    p = Path(path)
    records = read_overrides(p)
    record = Override(max((o.id for o in records), default=0) + 1, verb, args, by, when, why.strip())
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        with p.open("a", encoding="utf-8") as fh:
            fh.write(override_line(record) + "\n")
    except OSError as exc:
        raise OverrideError(f"cannot write {p}: {exc.strerror or exc}") from None
    return record
