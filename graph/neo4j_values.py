"""Values and messages between Python and the Neo4j driver.

What a property may hold in Neo4j (:func:`props_for_neo4j` refuses the rest before
anything is written), driver values back to JSON-able Python (:func:`to_plain`), driver
errors as one clean line (:func:`server_message`, :func:`first_line`, :func:`reason`), and
the id and case helpers the store's reads share with its writes. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sitgraph.graph.schema import ENTITY_LABELS, ID_PREFIX
from sitgraph.graph.store import StoreError

_PRIMITIVES = (str, bool, int, float)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def nocase(text: str) -> str:
    """``text`` with ASCII letters lower-cased, others kept. Cost: O(length)."""
    # SQLite's NOCASE folds ASCII letters only; find_nodes matches the embedded store.
    return text.translate(_ASCII_LOWER)


def label_of(node_id: str) -> str | None:
    """The node label an id's prefix names (``actor:x`` -> ``Actor``), or None."""
    prefix = node_id.split(":", 1)[0] + ":"
    for label, p in ID_PREFIX.items():
        if p == prefix:
            return label
    return None


def entity_groups(ids: Iterable[str]) -> dict[str, list[str]]:
    """Entity ids by label (from their prefix); other ids are left out."""
    out: dict[str, list[str]] = {}
    for nid in ids:
        label = label_of(nid)
        if label in ENTITY_LABELS:
            out.setdefault(label, []).append(nid)
    return out


def server_message(text: str, limit: int = 300) -> str:
    """A Neo4j error message as one clean line of at most ``limit`` characters.

    Neo4j ends a syntax error with the statement echoed and a caret under the fault, which
    mean nothing once folded onto one line (the ``(line L, column C (offset: O))`` before
    them says where), and ends some messages (a refused ``LOAD CSV``) with the empty
    parentheses of an absent cause, ``()``: both go. Cost: O(length).
    """
    lines = str(text).splitlines()
    if len(lines) >= 2 and set(lines[-1].strip()) == {"^"}:
        lines = lines[:-2]
    folded = _EMPTY_CAUSE.sub("", " ".join(" ".join(lines).split()))
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


_EMPTY_CAUSE = re.compile(r"(?:\s*\(\))+$")


def first_line(exc: BaseException) -> str:
    """A driver error's message as one clean line (its class name when it has none)."""
    return server_message(getattr(exc, "message", None) or str(exc)) or type(exc).__name__


def reason(exc: BaseException) -> str:
    """The socket-level reason in a driver connection error ("connection refused")."""
    m = re.search(r"reason (?:\[Errno -?\d+\] )?([^)]+)\)", str(exc))
    return (m.group(1) if m else first_line(exc)).strip().lower()


def storable(owner: str, key: str, value: Any) -> Any:
    """``value`` as Neo4j stores it (tuples as lists); StoreError for maps, mixed lists,
    and other values a property cannot hold."""
    if isinstance(value, _PRIMITIVES):
        return value
    if isinstance(value, (list, tuple)):
        kinds = {str if isinstance(v, str) else (float if isinstance(v, float) else type(v)) for v in value}
        if len(kinds) > 1 or not kinds <= set(_PRIMITIVES):
            raise StoreError(f"property {key!r} of {owner} is a list Neo4j cannot store (mixed or nested values)")
        return list(value)
    raise StoreError(f"property {key!r} of {owner} is a {type(value).__name__}, which Neo4j cannot store")


def props_for_neo4j(owner: str, props: dict[str, Any]) -> dict[str, Any]:
    # Neo4j has no null property values (SET n.x = null removes x); None is simply not written.
    return {k: storable(owner, k, v) for k, v in props.items() if v is not None}


def to_plain(value: Any) -> Any:
    """A driver value as JSON-able Python: nodes as ``{"id", "label", **props}``,
    relationships as ``{"type", "source", "target", **props}``, paths as
    ``{"nodes", "relationships"}``, temporal values as ISO strings, points as dicts."""
    from neo4j.graph import Node, Path, Relationship

    if value is None or isinstance(value, _PRIMITIVES):
        return value
    if isinstance(value, Node):
        labels = sorted(value.labels)
        props = {k: to_plain(v) for k, v in sorted(value.items()) if k != "id"}
        return {"id": value.get("id"), "label": labels[0] if len(labels) == 1 else labels, **props}
    if isinstance(value, Relationship):
        start, end = value.start_node, value.end_node
        props = {k: to_plain(v) for k, v in sorted(value.items())}
        return {"type": value.type, "source": start.get("id") if start is not None else None,
                "target": end.get("id") if end is not None else None, **props}
    if isinstance(value, Path):
        return {"nodes": [to_plain(n) for n in value.nodes],
                "relationships": [to_plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Time, Duration
        return value.iso_format()
    if hasattr(value, "srid"):  # spatial points
        return {"srid": value.srid, "coordinates": list(value)}
    return str(value)

