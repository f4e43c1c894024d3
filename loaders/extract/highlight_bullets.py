"""A report's leading highlights list retelling its body's incidents: a situation report or
flash update opens with a short list of bullets under a heading of its own ("HIGHLIGHTS",
"Key points", "Key messages", "Key figures", "Key takeaways") that sums up, in a line each,
incidents the body then tells in full with their day and source ("- Two aid workers were
abducted on the Kaura road on 13 November." above "On 13 November, gunmen abducted two aid
workers on the road between Kaura and Zango, according to the state police."). Read in text
order the bullet comes first, so it became the incident and the body sentence joined it or,
not joined, stood apart as a second incident: a bullet's clause ("the health centre was
burned the next day") an event of its own dated at publication, or the bullet taking the
match with its summary day and no source. This is the second stage of the summary-item
class: layout_facts.fold_summaries folds, before assembly, the items it matches surely (a
shared named place or target, or the same toll, and no other day); the items left come here,
and switching that rule off switches this stage off too.

In a text with such a list, its incident frames, and its aggregates counted from an incident
referred back to ("fled since the attack"), are read after the body. A bullet joins the body
incident of its kind and weapon that shares most specific places (a city alone ties nothing:
it sees many incidents a day), named targets, or the same day and dead; naming no place of
its own, the only such incident (else the only one of its type, else of its day); an untyped
bullet referring back ("after the attack") joins the one an earlier bullet joined. The body
keeps its day and its count (a summary may sum several incidents; a count since the incident
adds no toll). Kept apart: a bullet at a place no body incident names, one dated another day
(unless a facility or person struck in both ties them), a cumulative bullet, and one no body
incident fits (told in the list only). A list with no heading (a daily roundup's items, a
weekly monitor's entries) is the body itself: the join never fires there, nor in a list under
a heading told after a prose paragraph (a live blog's recap lies in its entries).

Cost: one scan of the text's opening lines per report, then per bullet frame a look at the
body's incidents of its kind.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.blog_entries import REFERS_BACK
from sitgraph.loaders.extract.bulletin_lines import bulletin_spans
from sitgraph.loaders.extract.frame_overlap import named_targets, same_weapon, specific_ids
from sitgraph.loaders.extract.merge_reconcile import merge_into
from sitgraph.loaders.extract.rules import enabled, event_dates, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

# A heading line that opens a summary list.
HEADING = re.compile(r"(?i)^[ \t]*(?:highlights|key\s+(?:points|messages|figures|facts|takeaways|developments)"
                     r"|at\s+a\s+glance|in\s+brief)[ \t]*:?[ \t]*$")
BULLET = re.compile(r"^[ \t]*[-*\u2022\u2013][ \t]+\S")
PROSE = 200  # a line this long before the heading is a paragraph: the list is not leading


def highlights_span(report: str) -> tuple[int, int] | None:
    """(start, end) offsets of the bullets of the report's leading highlights list, else None."""
    offset, start, end = 0, -1, -1
    for line in report.splitlines(keepends=True):
        body = line.strip()
        if start < 0 and HEADING.match(line):
            start = offset + len(line)
        elif start < 0 and len(body) >= PROSE:
            return None  # a paragraph came first
        elif start >= 0 and body and not BULLET.match(line):
            break
        elif start >= 0 and body:
            end = offset + len(line)
        offset += len(line)
    return (start, end) if 0 <= start < end else None


def split_highlights(frames: list[Any], report: str, texts: dict[int, str]) -> tuple[list[Any], list[Any]]:
    """(body frames, frames told in the leading highlights list) of `frames`: its incidents,
    and its aggregates counted from an incident referred back to ("fled since the attack")."""
    span = highlights_span(report) if enabled("assemble.summary-item") else None
    # (the class's first stage, layout_facts.fold_summaries, switched off: all of it)
    spans = ([span] if span is not None else []) + bulletin_spans(report)  # a bulletin's headlines, recap
    if not spans:
        return frames, []
    listed = [f for f in frames if any(a <= f.sent_start < b for a, b in spans) and (
        f.role == "incident" or f.role == "aggregate" and REFERS_BACK.search(texts.get(f.sent_index, "")))]
    return [f for f in frames if f not in listed], listed


def join_highlights(bullets: list[Any], out: list[Any], table: Any, texts: dict[int, str]) -> list[Any]:
    """Join each bullet frame to the body incident it retells (the body keeps its day), an
    untyped one referring back ("fled after the attack") to the one an earlier bullet retold;
    returns the bullets that stay apart (an aggregate one as it was)."""
    alone: list[Any] = []
    told: dict[str, Any] = {}
    for f in bullets:
        body = highlight_incident(out, f, table)
        if body is None and f.type is None and REFERS_BACK.search(texts.get(f.sent_index, "")):
            body = told.get(f.kind)
        if body is None:
            alone.append(f)
        else:
            told[f.kind] = body
            _retold(body, f)
    return alone


def _retold(body: Any, f: Any) -> None:
    """Merge bullet `f` into `body`, which keeps the day its sentence gives and its count: a
    summary may sum several incidents, and a count since the incident adds nothing to it."""
    day = (body.date, body.date_end, body.precision, body.date_explicit, body.date_told)
    toll = (body.killed, body.wounded, body.displaced)
    merge_into(body, f)
    if day[3] or day[4]:
        body.date, body.date_end, body.precision, body.date_explicit, body.date_told = day
    if f.role != "incident":
        body.killed, body.wounded, body.displaced = toll
        return
    body.killed = toll[0] if toll[0] is not None else body.killed
    body.wounded = toll[1] if toll[1] is not None else body.wounded


@named_rule("assemble.highlight-retells", "a bullet of a report's leading highlights list retells the body "
            "incident of its kind at its place (the body keeps the day), or stays apart",
            pos=[("Flash Update No. 3\n\nHIGHLIGHTS\n\n- A health centre in Tora was burned the next day.\n\n"
                  "SITUATION OVERVIEW\n\nOn 12 November, gunmen attacked Mbala village. On 13 November, the "
                  "health centre in Tora was looted and set on fire, according to the district health office.",
                  (("2023-11-12", None), ("2023-11-13", None)))],
            neg=[("Flash Update No. 3\n\nHIGHLIGHTS\n\n- Gunmen abducted two farmers near Zango on Sunday.\n\n"
                  "SITUATION OVERVIEW\n\nOn 13 November, gunmen abducted three teachers from a school in Kaura, "
                  "according to the state police.", (("2023-11-12", None), ("2023-11-13", None)))],
            probe=event_dates, off=nothing)
def highlight_incident(out: list[Any], f: Any, table: Any) -> Any:
    """The body incident of `out` that bullet frame `f` retells, else None: of its kind and
    weapon, sharing most places, targets or day and dead (:func:`_sharing`), or, naming no
    place of its own, the only one left (:func:`_only_one`)."""
    # (An aggregate's type is no weapon: it fits any.)
    kin = [p for p in out if p.role == "incident" and p.kind == f.kind and (f.role != "incident" or same_weapon(p, f))]
    pick = _sharing(kin, f, table)
    if pick is not None or _sites(f.places, table):
        return pick  # a bullet at a place of its own that no body incident names stays apart
    return _only_one(kin, f, table)


def _only_one(kin: list[Any], f: Any, table: Any) -> Any:
    """Of `kin` not dated another day, the only one, or else the only one of `f`'s type, or
    else of its day; None when `f` names a place (a city or province too) that none of `kin`
    names: an incident told in the list only."""
    own = {x for x in f.places if table.entities[x].type != "country"}
    if own - {x for p in kin for x in p.places}:
        return None
    return _narrowed([p for p in kin if not _other_day(p, f)], f)


def _narrowed(kin: list[Any], f: Any) -> Any:
    """The only frame of `kin`, or else of `f`'s type, or else of `f`'s day; else None."""
    if len(kin) > 1 and f.type:
        kin = [p for p in kin if p.type == f.type]
    if len(kin) > 1 and f.date_explicit:
        kin = [p for p in kin if p.date_explicit and p.date == f.date]
    return kin[0] if len(kin) == 1 else None


def _sharing(kin: list[Any], f: Any, table: Any) -> Any:
    """The incident of `kin` sharing most with `f`: specific places and named targets, and
    the same day and dead told in both (a summary's total is the body's total), else None."""
    named = _sites(f.places, table) | named_targets(f, table)
    best, pick = 0, None
    for p in kin:
        shared = named & (_sites(p.places, table) | named_targets(p, table))
        # A facility or person struck in both ties them whatever day the summary reads
        # ("burned the next day"); a place shared alone does not.
        score = len(shared) + 2 * _same_count(p, f)
        if score > best and (shared & named_targets(p, table) or not _other_day(p, f)):
            best, pick = score, p
    return pick


def _same_count(p: Any, f: Any) -> bool:
    """Are both dated in their sentences to one day, with the same dead?"""
    return bool(f.killed and p.killed == f.killed and f.date_explicit and p.date_explicit and f.date == p.date)


def _sites(places: list[str], table: Any) -> set[str]:
    """The specific places of `places` but cities: a city sees many incidents a day, so a
    summary naming only the city ties it to none of them by place."""
    return {x for x in specific_ids(places, table) if table.entities[x].type != "city"}


def _other_day(p: Any, f: Any) -> bool:
    """Are both dated in their sentences, to different days?"""
    return bool(f.date_explicit and p.date_explicit and f.date and p.date and f.date[:10] != p.date[:10])
