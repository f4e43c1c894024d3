"""A series' breakdown told in a further sentence of its incident: the article or the live
blog tells the series first ("Raids on three hamlets of X killed 34"), then breaks its toll
down by place in a sentence of its own ("The raids killed 19 in A, 9 in B and 6 in C", "Drone
strikes killed 16 today: 11 at A's market and five in B"). The
sentences merge into one incident, and the split by place (:func:`breakdowns.breakdown`) read
the incident's first sentence only, so the series kept one event with the whole total and the
parts were lost. Encyclopedic articles, rights reports and live blogs tell a series this way.

:func:`breakdown_told_later` reads the incident's further sentences for a breakdown whose parts
add up to the incident's own toll (its dead, else its wounded): that breakdown is the series',
and the incident is split as if it had been told in its first sentence (the total an
aggregate, one part per place, PART_OF it). A breakdown whose sum is not the toll (an earlier
figure, a cumulative count "since January, 40 in X and 30 in Y") is left alone.

Also the "at" forms of a part, which the reader of "nine in X" passed over: "nine at the
livestock market in X" (a site in a named place) and "11 at X's market" (a place's site).

Cost: one breakdown read per further sentence of an incident with a toll and no breakdown of
its own.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.breakdown_facilities import _CARE
from sitgraph.loaders.extract.quantities import FIGURE, TENS_RE, UNITS_RE
from sitgraph.loaders.extract.rules import event_roles, event_tolls, none_found, rule

# "nine at the livestock market in X", "five at a checkpoint near X", "seven near the bus stand in X",
# "ten outside the mosque in X": a site in the place (the site's words never run over "and" into the
# next part: "five at the market and four in X").
AT_SITE_IN = re.compile(rf"(?i)\b({FIGURE})\s+(?:(?:people|persons|civilians|others|killed|dead)\s+)?"
                        r"(?:at|near|outside)\s+(?:the|a|an)\s+(?:(?!(?:and|or|then)\b)[a-z-]+\s+){0,3}?"
                        r"(?:in|near|outside)\s+(?:the\s+)?(?:(?:town|village|city|district|area|camp)\s+of\s+)?$")
# "11 at X's livestock market": the place's site.
AT_PLACE = re.compile(rf"(?i)\b({FIGURE})\s+(?:(?:people|persons|civilians|others|killed|dead)\s+)?at\s+$")
POSSESSIVE = re.compile(r"^['’]s\b")


def at_part(sentence: str, start: int, end: int) -> int | None:
    """The figure of a part told with "at" before the place at [start, end) of `sentence`
    ("nine at the market in X", "11 at X's market"), else None."""
    from sitgraph.loaders.extract.numbers import parse_number

    before = sentence[max(0, start - 60):start]
    m = AT_SITE_IN.search(before)
    if m is None and (POSSESSIVE.match(sentence[end:end + 3]) or sentence[start:end].endswith(("'s", "’s"))):
        m = AT_PLACE.search(before)
    # "eight at the teaching hospital in X": where the hurt were taken, no part (as for a site).
    return parse_number(m.group(1)) if m and not _CARE.search(m.group(0)) else None


@rule("assemble.series-breakdown-later", "'Raids on three villages killed 34.' then 'The raids killed 19 in A, 9 in B "
      "and 6 in C': a further sentence's breakdown adding up to the incident's toll splits it",
      pos=[("Gunmen raided three villages of Kaga department on 4 May 2024, killing 34 people. The raids killed 19 "
            "in Tillo, 9 in Ariha and 6 in Saraqib, rights workers said.",
            ((34, None, None), (19, None, None), (9, None, None), (6, None, None)))],
      neg=[("Gunmen raided three villages of Kaga department on 4 May 2024, killing 34 people. The raids killed 11 "
            "soldiers and 23 civilians, rights workers said.", ((34, None, None),))],
      probe=event_tolls, off=none_found)
def breakdown_told_later(f: Any, text: str, table: Any) -> list[tuple[str, int]]:
    """(place id, figure) of the breakdown told in one of `f`'s further sentences (`text`: the
    report) whose figures add up to `f`'s toll; [] when there is none."""
    from sitgraph.loaders.extract.breakdowns import breakdown

    toll = f.killed or f.wounded
    if not toll or f.role != "incident":
        return []
    for start, end in f.evidences:
        if start == f.sent_start:
            continue
        parts = breakdown(text[start:end], start, table.starting_in(start, end), table.kind)
        if len(parts) >= 2 and sum(n for _, n in parts) == toll:
            f.series_told = (start, end)
            return parts
    return []


# Where a sentence ends: a stop before a capital, or a paragraph's end.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n\s*\n")
# A sentence that may hold a breakdown: a figure before "in" or "at".
MAY_BREAK = re.compile(rf"(?i)\b(?:{FIGURE})\s+(?:\w+\s+){{0,3}}?(?:in|at)\b")
# Every figure holds a digit or one of these words (its units, tens, "dozen" or a scale after
# "a"): a sentence in ASCII with none of them (most filler) is spared the scan of MAY_BREAK,
# whose long alternation is tried at every word.
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = (*UNITS_RE.split("|"), *TENS_RE.split("|"), "dozen", "hundred", "thousand", "million")


def _may_break(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a figure before "in" or "at" (:data:`MAY_BREAK`)?"""
    sent = text[start:end]
    if sent.isascii() and not _DIGIT.search(sent):
        low = sent.lower()
        if not any(w in low for w in _NUMBER_WORDS):
            return False
    return bool(MAY_BREAK.search(text, start, end))


def loose_breakdowns(frames: list[Any], text: str, table: Any) -> list[tuple[tuple[int, int], list[tuple[str, int]]]]:
    """(span, parts) of each breakdown by place told in a sentence of the report that no frame
    holds ("The organisation gave a breakdown of the dead by hamlet: 19 in A, 9 in B and 6 in
    C": no act of its own, so it joined no incident). Cost: one scan of the report's sentences,
    a breakdown read only where a figure stands before "in" or "at"."""
    from sitgraph.loaders.extract.breakdowns import breakdown

    told = [span for g in frames for span in [(g.sent_start, g.sent_end), *g.evidences]]
    out = []
    at = 0
    for m in [*SENTENCE_END.finditer(text), None]:
        end = m.start() if m else len(text)
        if not any(s < end and at < e for s, e in told) and _may_break(text, at, end):
            parts = breakdown(text[at:end], at, table.starting_in(at, end), table.kind)
            if len(parts) >= 2:
                out.append(((at, end), parts))
        at = m.end() if m else end
    return out


@rule("assemble.series-breakdown-apart", "'Raids on three hamlets killed 34.' then 'The organisation gave a breakdown "
      "of the dead by hamlet: 19 in A, 9 in B and 6 in C': a breakdown told in a sentence of no act adding up to "
      "an incident's toll splits it",
      pos=[("Gunmen raided three villages of Kaga department on 4 May 2024, killing 34 people.\n\nSurvivors spoke "
            "to rights workers. The group gave a breakdown of the dead by village: 19 in Tillo, 9 in Ariha and 6 "
            "in Saraqib.", ((34, None, None), (19, None, None), (9, None, None), (6, None, None)))],
      neg=[("Gunmen raided three villages of Kaga department on 4 May 2024, killing 34 people.\n\nSurvivors spoke "
            "to rights workers. The group gave a breakdown of the dead by village: 19 in Tillo, 9 in Ariha and 8 "
            "in Saraqib.", ((34, None, None),))],
      probe=event_tolls, off=none_found)
def breakdown_told_apart(f: Any, loose: list[tuple[tuple[int, int], list[tuple[str, int]]]]) -> list[tuple[str, int]]:
    """The parts of the first breakdown of `loose` (:func:`loose_breakdowns`) told after `f`'s
    sentence whose figures add up to `f`'s toll (its dead, else its wounded); [] when none.
    The breakdown is taken: no other incident splits by it."""
    toll = f.killed or f.wounded
    if not toll or f.role != "incident":
        return []
    for i, (span, parts) in enumerate(loose):
        if span[0] > f.sent_start and sum(n for _, n in parts) == toll:
            f.series_told = span
            del loose[i]
            return parts
    return []


def own_sources(split: list[Any], parts: list[tuple[str, int]], table: Any) -> None:
    """Each part of a series split by :func:`breakdown_told_later` (`split`: the total, then
    its parts; `parts`: the breakdown's (place id, figure)) keeps only the total's sources
    named in the breakdown sentence or in a sentence of the incident that names the part's own
    place; the total keeps them all. The whole series' sources stay on a part only when the
    breakdown sentence names none (its words are then the series' own: "it said ..."). Why:
    the parts copied the whole series' sources, so the doctors who counted one town's dead were
    cited for the other town too. Cost: one mention look-up per sentence of the incident."""
    total = split[0]
    span = total.series_told
    if span is None or len(split) < 3:
        return
    sources = set(total.claimed_by)
    named = {i for _, _, i in table.in_span(*span)} & sources
    if not named:
        return
    sentences = [(total.sent_start, total.sent_end), *total.evidences]
    for part in split[1:]:
        own = {p for p, _ in parts} & (set(part.places) | set(part.targets))
        cited = set(named)
        for start, end in sentences:
            ids = {i for _, _, i in table.in_span(start, end)}
            if ids & own:
                cited |= ids & sources
        part.claimed_by = [c for c in total.claimed_by if c in cited]


def lend_total_sources(frames: list[Any]) -> None:
    """A part of a series split by a breakdown sentence that cites no source takes its
    total's, credited after the split ("Survivors told Human Rights Watch ... The organisation
    gave a breakdown of the dead by hamlet"): the breakdown is a count, and whoever counted the
    series counted its parts. Parts of tolls told site by site (no count given) are left.
    Cost: one pass over the frames."""
    for f in frames:
        total = f.parent
        if total is not None and total.series_told and not f.claimed_by and total.claimed_by:
            f.claimed_by = list(total.claimed_by)


# A rights group's account of a series of raids: the total, then a breakdown of no act.
_RAIDS = ("Gunmen raided three villages of Kaga department on the night of 4 May 2024. At least 34 civilians were "
          "killed.\n\nSurvivors told Human Rights Watch that gunmen arrived on motorcycles. The organisation gave a "
          "breakdown of the dead by village: 19 in Tillo, 9 in Ariha and 6 in Saraqib. ")


@rule("assemble.parts-told-together", "'19 in A, 9 in B and 6 in C' then 'in B and C they set fire to houses': an "
      "act naming only the places of two parts of a split series is those parts told again, no event of its own",
      pos=[(_RAIDS + "In Ariha and Saraqib the gunmen set fire to houses with people inside.",
            (("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident"), ("Attack", "incident")))],
      neg=[(_RAIDS + "On 9 May soldiers killed two gunmen in Ariha and Saraqib.",
            (("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident"), ("Attack", "incident"),
             ("Attack", "background")))],
      probe=event_roles, off=lambda frames, _table: list(frames))
def fold_parts_told_together(frames: list[Any], table: Any) -> list[Any]:
    """The frames less each incident told after a split series that names two or more places,
    each the place of one of the series' parts and no other, with no toll of its own and no
    other side or day ("In Kourakou the attackers shot the men; in Sama and Debe they set fire
    to houses"): its sentence goes to those parts. A place's own account of one part is
    :func:`breakdowns.join_parts`'. Cost: O(frames x parts)."""
    parts = [p for p in frames if p.parent is not None]
    gone: set[int] = set()
    for f in frames:
        mine = _parts_told(f, parts, table)
        for p in mine:
            p.evidences.append((f.sent_start, f.sent_end))
        if mine:
            gone.add(id(f))
    return [f for f in frames if id(f) not in gone]


def _may_retell(f: Any) -> bool:
    """Is `f` an attack incident, no part itself, with no toll and two or more places?"""
    return f.kind == "Attack" and f.role == "incident" and f.parent is None and not (f.killed or f.wounded) \
        and len(set(f.places)) >= 2


def _parts_told(f: Any, parts: list[Any], table: Any) -> list[Any]:
    """The parts (of one series, told before `f`) whose places are exactly `f`'s two or more
    places, one each, when `f` is an incident with no toll, no other day and no other side."""
    from sitgraph.loaders.extract.frame_overlap import day_apart

    if not _may_retell(f):
        return []
    places = set(f.places)
    mine = [p for p in parts if p.kind == f.kind and p.sent_index < f.sent_index and set(p.places) & places]
    if len({id(p.parent) for p in mine}) != 1 or places != {x for p in mine for x in p.places} \
            or len(mine) != len(places) or day_apart(mine[0], f):
        return []
    return mine if _same_side(mine[0], f, table) else []


def _same_side(a: Any, b: Any, table: Any) -> bool:
    """Do `a` and `b` name no two different sides (one names none, or they share one)?"""
    from sitgraph.loaders.extract.frame_overlap import named_actors

    theirs, own = named_actors(a.actors, table), named_actors(b.actors, table)
    return not (theirs and own and not theirs & own)
