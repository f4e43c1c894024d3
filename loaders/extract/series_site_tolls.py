"""A series whose parts' tolls are each told in a clause of their own: an article tells the
series with its total ("Bombs exploded at the market of A, at B's station and outside C. Nine
people were killed."), then each site's toll in its own clause or sentence ("The A blast
killed four vendors; the bomb at B station killed three. Two people died at C."). No sentence
holds a breakdown ("four in A, three in B"), so :func:`breakdowns.breakdown` and
:func:`series_parts.breakdown_told_later` find none, the sentences merge into one incident and
the parts are lost. The guide gives one sub-incident per place with its own toll, PART_OF the
series, whose toll is the stated total. Encyclopedic articles and long-form features tell a
coordinated series this way.

:func:`site_clause_parts` reads the incident's further sentences, split at semicolons, for
clauses that tell a toll and name exactly one place or site of the incident: when two or more
such clauses name distinct sites and their tolls add up to the incident's own (its dead, else
its wounded), they are its parts, split as a breakdown's are. A clause whose figure is the
total itself (the total told again) is passed over; a sum that is not the total (an earlier
attack recalled, a cumulative toll, later deaths) leaves the incident whole, as does a clause
naming two sites (which holds the toll is not told) or a site of care (the hurt taken there).

Cost: one toll read per clause of an incident with a toll that no breakdown split.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.breakdown_facilities import _CARE
from sitgraph.loaders.extract.rules import event_tolls, none_found, rule

# A clause ends at a semicolon or at a sentence's end before a capital ("p.m. bombs" runs on).
CLAUSE_END = re.compile(r"\s*;\s*|(?<=[.!?])\s+(?=[A-Z\"“])")
# A site's own words before its common noun: "Tak Bai" of "Tak Bai evening market".
NAME_WORDS = re.compile(r"^(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*")


def _named_sites(f: Any, clause: str, table: Any) -> list[str]:
    """The sites among `f`'s targets that `clause` names by their own words ("the Tak Bai
    blast" for the Tak Bai evening market) where no mention was read."""
    out = []
    for t in f.targets:
        m = NAME_WORDS.match(table.entities[t].name) if table.kind(t) == "Facility" else None
        if m and re.search(rf"\b{re.escape(m.group(0))}\b", clause):
            out.append(t)
    return out


def _clause_site(f: Any, lo: int, hi: int, table: Any) -> str | None:
    """The one place of `f`'s places, else the one site of its targets, named in the clause
    at [lo, hi); None when it names none, or two of a kind (the toll's owner is not told)."""
    ids = {eid for _s, _e, eid in table.starting_in(lo, hi)}
    places = [p for p in f.places if p in ids]
    sites = [t for t in f.targets if t in ids and table.kind(t) == "Facility"]
    if len(places) == 1:
        return places[0]
    sites = sites or _named_sites(f, table.report.text[lo:hi], table)
    return sites[0] if not places and len(sites) == 1 else None


def _told_spans(f: Any, text: str) -> list[tuple[int, int]]:
    """Each further sentence of `f` to the end of its paragraph: a paragraph that tells the
    series goes on with its parts ("Two people died at C." merged elsewhere or dropped)."""
    spans: list[tuple[int, int]] = []
    for start, _end in sorted(f.evidences):
        if start == f.sent_start or (spans and start < spans[-1][1]):
            continue
        stop = text.find("\n\n", start)
        spans.append((start, len(text) if stop < 0 else stop))
    return spans


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of text[lo:hi] as spans of the report."""
    out, at = [], lo
    for m in CLAUSE_END.finditer(text, lo, hi):
        out.append((at, m.start()))
        at = m.end()
    return [*out, (at, hi)]


def _clause_figures(f: Any, field: str, text: str, table: Any) -> list[tuple[str, int]] | None:
    """(site id, figure) of every clause of `f`'s further paragraphs that tells a `field`
    figure other than the total; None when a figured clause names no single site."""
    from sitgraph.loaders.extract.numbers import find_casualties

    total = getattr(f, field)
    out: list[tuple[str, int]] = []
    for lo, hi in _told_spans(f, text):
        for start, end in _clauses(text, lo, hi):
            clause = text[start:end]
            n = getattr(find_casualties(clause), field)
            if not n or n == total:
                continue
            if _CARE.search(clause):
                return None  # "eight were treated at the district hospital": where they were taken
            site = _clause_site(f, start, end, table)
            if site is None:
                return None
            out.append((site, n))
    return out


@rule("assemble.series-site-tolls", "'Bombs hit markets in A and B, killing seven.' then 'The A blast killed four; "
      "three died at B': each site's toll told in its own clause, adding up to the total, splits the series",
      pos=[("Bombs exploded at the Tillo market and the Ariha bus station on 4 May 2024, killing seven people. "
            "The Tillo blast killed four vendors; the bomb at Ariha killed three passengers.",
            ((7, None, None), (4, None, None), (3, None, None)))],
      neg=[("Bombs exploded at the Tillo market and the Ariha bus station on 4 May 2024, killing seven people. "
            "The Tillo blast killed four vendors; the bomb at Ariha killed five passengers.",
            ((7, None, None),))],
      probe=event_tolls, off=none_found)
def site_clause_parts(f: Any, text: str, table: Any) -> list[tuple[str, int]]:
    """(site id, figure) of the parts of incident `f` told each in a clause of its own whose
    figures add up to `f`'s toll (`text`: the report); [] when there are not two such parts."""
    field = "killed" if f.killed else "wounded"
    total = getattr(f, field)
    if not total or f.role != "incident" or f.kind != "Attack":
        return []
    parts = _clause_figures(f, field, text, table) or []
    seen: dict[str, int] = {}
    for site, n in parts:
        if seen.setdefault(site, n) != n:
            return []  # one site with two figures: a later count, not a part
    if len(seen) < 2 or sum(seen.values()) != total:
        return []
    return list(seen.items())


def split_by_sites(f: Any, text: str, table: Any) -> list[Any]:
    """`f` split into its total and the parts :func:`site_clause_parts` finds, each part
    keeping of the total's sites only those its own clauses name (the Tak Bai part is no
    strike on the Sungai Kolok station); [f] when there are none."""
    from sitgraph.loaders.extract.breakdowns import split_breakdown

    parts = site_clause_parts(f, text, table)
    if not parts:
        return [f]
    sites = [t for t in f.targets if table.kind(t) == "Facility"]
    clauses = [(s, e) for lo, hi in _told_spans(f, text) for s, e in _clauses(text, lo, hi)]
    split = split_breakdown(f, parts)
    if len(split) != len(parts) + 1:
        return split
    own = {p for p, _ in parts}
    for part, (site, _n) in zip(split[1:], parts, strict=True):
        named: set[str] = {site}
        for s, e in clauses:
            ids = {i for _a, _b, i in table.starting_in(s, e)} | set(_named_sites(f, text[s:e], table))
            if ids & own == {site}:  # a clause of this part's alone, not the series' list of sites
                named |= ids
        part.targets = [t for t in part.targets if t not in sites or t in named]
    _take_wounded(f, split, parts, text, table)
    return split


def _take_wounded(f: Any, split: list[Any], parts: list[tuple[str, int]], text: str, table: Any) -> None:
    """The parts split by their dead also take their wounded when every clause's wounded
    names one part's site and they add up to the series' ("the A blast killed four and
    wounded 19; ... 12 were hurt at C")."""
    if f.killed is None or not f.wounded:
        return
    hurt = dict(_clause_figures(f, "wounded", text, table) or [])
    if set(hurt) <= {p for p, _ in parts} and sum(hurt.values()) == f.wounded:
        for part, (site, _n) in zip(split[1:], parts, strict=True):
            part.wounded = hurt.get(site)
