"""The toll fields of an encyclopedic article's summary box, kept as text lines ("Deaths: 41",
"Injured | 70", "Fatalities: 37 (+3 perpetrators)"): the figures of the attack the article is
about, its first incident. A convention of encyclopedia articles on one attack in any war
(the box sums up the article; the lead may give an earlier or a partial figure).

Only a box that tells an attack counts: a block of field lines naming a date or a location
and what was struck, how or by whom ("Target", "Attack type", "Weapons", "Perpetrators"). A
sitrep's or a dashboard's key figures ("Deaths: 1,200 / Displaced: 40,000") are a period's,
not an incident's, and stay out.

Cost: one regex scan of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sitgraph.loaders.extract.box_ranges import range_top, spaced_toll_field
from sitgraph.loaders.extract.box_sources import largest_attributed
from sitgraph.loaders.extract.infobox import box_incident, take_field_perpetrators
from sitgraph.loaders.extract.quantities import parse_number
from sitgraph.loaders.extract.rules import branch, enabled, event_tolls, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, nouns_alternation

# "Field: value" (or "Field | value", "Field<TAB>value") on a line of its own.
# Spaces alone before a figure ("Killed 80") are kept apart: box_ranges.py says which names may.
FIELD_LINE = re.compile(r"(?m)^[ \t|*-]*(?P<name>[A-Za-z][A-Za-z ()/'-]{1,30}?)[ \t]*"
                        r"(?::|\||\t|(?P<spaced>[ \t]+(?=\d)))[ \t]*(?P<value>\S[^\n]*)$")
KILLED_FIELDS = frozenset({"deaths", "death", "killed", "fatalities", "dead", "death toll", "deaths (s)"})
WOUNDED_FIELDS = frozenset({"injured", "injuries", "wounded", "non-fatal injuries", "injured (s)", "injury"})
# Fields that make the box one of an attack (with a date or a location).
WHEN_WHERE = frozenset({"date", "dates", "location", "place"})
ATTACK_FIELDS = frozenset({"target", "targets", "attack type", "type", "weapon", "weapons", "perpetrator",
                           "perpetrators", "perpetrator(s)", "suspected perpetrator", "suspected perpetrators"})
# The figure: "41", "at least 41", "41+", "1,566"; attackers added in brackets: "37 (+3 perpetrators)".
FIGURE = re.compile(r"(?i)^(?:about|around|approximately|at\s+least|over|more\s+than|c\.|~)?\s*"
                    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)\+?")
ATTACKERS_ADDED = re.compile(rf"(?i)\(\s*\+\s*(?P<n>\d+)\s+(?:{nouns_alternation(DOER_NOUNS)})\s*\)")


def field_runs(text: str, field: re.Pattern[str],
               bridge: Callable[[re.Match[str]], bool] = lambda m: False) -> list[list[re.Match[str]]]:
    """Runs of consecutive lines matching `field` (no other line between): the boxes of `text`.
    A match for which `bridge` is true keeps its neighbours in one run but joins none. Cost: one
    scan of the text."""
    out: list[list[re.Match[str]]] = []
    last = -2
    for m in field.finditer(text):
        line = text.count("\n", 0, m.start())
        if bridge(m):
            last = line if line == last + 1 else last
            continue
        if line == last + 1 and out:
            out[-1].append(m)
        else:
            out.append([m])
        last = line
    return out


def _boxes(text: str) -> list[list[re.Match[str]]]:
    """Runs of consecutive field lines; "Displaced 3000" keeps the box's lines together but is
    no field it reads."""
    return field_runs(text, FIELD_LINE, lambda m: m["spaced"] is not None and not spaced_toll_field(m["name"]))


# Further counted parts after the first figure, each a count of people: "31 civilians, 2
# attackers", "12 soldiers and 4 militants", "29 + 2 bombers", "31 victims; 2 attackers".
# "including 2 bombers", "(12 of them children)" and a bare bracketed count are parts of the
# first figure, not more dead, and never match (the part must follow a separator directly).
_PEOPLE = (r"(?:civilians?|people|persons|victims?|attackers?|perpetrators?|assailants?|militants?|bombers?|"
           r"gunm[ae]n|hostages?|soldiers?|troops|police(?:men|\s+officers)?|officers?|guards?|policem[ae]n|"
           r"security\s+personnel|insurgents?|rebels?|fighters?|students?|children|worshippers?|passengers?|"
           r"(?:security\s+)?forces?\s+members|members\s+of\s+the\s+security\s+forces)")
FIRST_PART = re.compile(rf"(?i)^[^,;+()]*?\d[\d,]*\+?\s+(?:[a-z-]+\s+){{0,2}}?{_PEOPLE}\b")
MORE_PART = re.compile(rf"(?i)\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*\+\s*|\s+plus\s+)"
                       rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|[a-z]+)\s+(?:[a-z-]+\s+)?{_PEOPLE}\b")
PLUS_BARE = re.compile(r"\s*(?:\+|plus)\s*(?P<n>\d+)\s+(?:[a-z-]+\s+)?")
COUNTED_PARTS = branch("toll.infobox-counted-parts", "'Killed: 31 civilians, 2 attackers', 'Deaths: 12 soldiers and 4 "
                       "militants': the counted parts of a box's toll line are added",
                       pos=[("Kauda market bombing\nDate: 2 May 2016\nLocation: Kauda, Sudan\nAttack type: Bombing\n"
                             "Killed: 31 civilians, 2 attackers\nInjured: 50\n\nThe Kauda market bombing was a bombing "
                             "at a market in Kauda, South Kordofan, Sudan, on 2 May 2016.", ((33, 50, None),))],
                       neg=[("Kauda market bombing\nDate: 2 May 2016\nLocation: Kauda, Sudan\nAttack type: Bombing\n"
                             "Killed: 31, including 2 attackers\nInjured: 50\n\nThe Kauda market bombing was a "
                             "bombing at a market in Kauda, South Kordofan, Sudan, on 2 May 2016.", ((31, 50, None),))],
                       probe=event_tolls, where="sitgraph.loaders.extract.infobox_tolls._figure")


def _more_parts(value: str, first: re.Match[str]) -> int:
    """The people counted after the first figure of a toll field, each part after a separator
    ("31 civilians, 2 attackers": 2; "29 + 2 bombers": 2); 0 when none."""
    if not enabled(COUNTED_PARTS):
        return 0
    head = FIRST_PART.match(value)
    at = head.end() if head else first.end()
    if head is None and not PLUS_BARE.match(value[at:]):
        return 0
    more = 0
    while (m := MORE_PART.match(value, at)) is not None:
        n = parse_number(m["n"])
        if n is None:
            break
        more += n
        at = m.end()
    return more


def _figure(value: str) -> int | None:
    """The figure a toll field gives, attackers named in brackets on top; None when vague."""
    value = value.strip()
    if (largest := largest_attributed(value)) is not None:
        return largest  # "7 (official); 25-30 (hospitals)": sources differ, the largest stands
    m = FIGURE.match(value)
    n = parse_number(m["n"]) if m else None
    if n is None or m is None:
        return None
    n = range_top(value, m.end(), n)
    extra = ATTACKERS_ADDED.search(value)
    return n + int(extra["n"]) if extra else n + _more_parts(value, m)


TOLL_LINES = branch("toll.infobox-toll-lines", "'Casualties / Deaths: 31 / Injuries: 50' in an article whose lead "
                    "defines one attack: the toll lines alone are that attack's summary",
                    pos=[("Kauda market attack\n\nThe Kauda market attack was a bombing at a market in Kauda, South "
                          "Kordofan, Sudan, on 2 May 2016.\n\nCasualties\nDeaths: 31\nInjuries: 50",
                          ((31, 50, None),))],
                    neg=[("Weekly overview\n\nShelling hit a market in Kauda, South Kordofan, Sudan, on 2 May 2016."
                          "\n\nCasualties this week\nDeaths: 31\nInjuries: 50", ((None, None, None),))],
                    probe=event_tolls, where="sitgraph.loaders.extract.infobox_tolls.box_tolls")


def _tolls_of_defined_attack(names: set[str], text: str) -> bool:
    """Are the field lines `names` toll lines only ("Deaths", "Injuries") in an article whose
    lead defines one attack ("The X bombing was a ...", defining_lead.DEFINING, in its first
    lines)? A sitrep's key figures have no such lead."""
    from sitgraph.loaders.extract.defining_lead import DEFINING

    if not enabled(TOLL_LINES) or not names or not names <= KILLED_FIELDS | WOUNDED_FIELDS:
        return False
    return any(DEFINING.match(line) for line in text.splitlines()[:12])


def box_tolls(text: str) -> tuple[int | None, int | None]:
    """(killed, wounded) of the first box of `text` that tells an attack; (None, None) else."""
    for box in _boxes(text):
        names = {m["name"].strip().lower() for m in box}
        if not (names & WHEN_WHERE and names & ATTACK_FIELDS) and not _tolls_of_defined_attack(names, text):
            continue
        killed = next((_figure(m["value"]) for m in box if m["name"].strip().lower() in KILLED_FIELDS), None)
        wounded = next((_figure(m["value"]) for m in box if m["name"].strip().lower() in WOUNDED_FIELDS), None)
        return killed, wounded
    return None, None


@named_rule("toll.infobox", "an article's summary box ('Deaths: 41', 'Injured: 70') gives the toll of the attack the "
            "article is about (its first incident), the larger figure standing",
            pos=[("Owo church attack\nDate: 5 June 2022\nLocation: Owo, Ondo State, Nigeria\nAttack type: Mass "
                  "shooting, bombing\nDeaths: 41\nInjured: 70\n\nThe Owo church attack was a mass shooting at a "
                  "Catholic church in Owo, Nigeria, on 5 June 2022.", ((41, 70, None),))],
            neg=[("Weekly overview\nDate: 5 June 2022\nLocation: Ondo State, Nigeria\nDeaths: 41\nDisplaced: 700\n\n"
                  "Gunmen attacked a Catholic church in Owo, Nigeria, on 5 June 2022.", ((None, None, None),))],
            probe=event_tolls, off=nothing)
def take_box_tolls(frames: list[Any], text: str) -> None:
    """The report's first attack incident (in text order; a series split into parts, its
    total) takes the figures of its summary box where it has none or a smaller one (the
    largest figure given stands). Changes the frame in place."""
    killed, wounded = box_tolls(text)
    first = box_incident(frames)  # a series split into its parts: the total, never a part
    if first is None:
        return
    if killed is not None and (first.killed is None or killed > first.killed):
        first.killed = killed
    if wounded is not None and (first.wounded is None or wounded > first.wounded):
        first.wounded = wounded


def take_box_fields(frames: list[Any], text: str, table: Any) -> None:
    """The fields of an article's summary box the first incident takes: its perpetrators
    (infobox.py) and its toll (:func:`take_box_tolls`)."""
    take_field_perpetrators(frames, text, table)
    take_box_tolls(frames, text)
