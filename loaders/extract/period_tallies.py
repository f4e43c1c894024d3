"""A monitor's tally of a month or a year read as an incident: the dead of a period.

Rights monitors, UN offices, think tanks and ministries sum up a month's or a year's violence in
one sentence that the role reader takes for an incident or an earlier event: "In March, the
office documented 58 civilians killed by armed groups in the province", "In April, the mission
verified that 30 civilians were killed and 140 injured in the oblast, most of them in two
towns", "A think tank said insurgents carried out 90 attacks in the country in August, killing
260 people". The period rules (``period_incidents``, ``war_counts.period_count``) miss
them because the tally names a side ("by armed groups", "insurgents"), counts its acts ("90
attacks": counted acts are otherwise told one by one) or names the towns most of the dead came
from. Read as an incident such a tally adds a period's dead to the report's toll, or, joined
to the report's incident by place, replaces its toll with the period's. Conventions of
monitoring reports in any outlet and war:

- the toll is dated by a month or a year only (no day, weekday or "overnight" in the sentence);
- it is a tally: a verb of recording governs it ("documented", "verified", "recorded",
  "registered", "counted", "tallied"), or the sentence counts the acts themselves ("90 attacks",
  "37 air strikes", five or more);
- it is placed in a whole country, region, province or state; towns are named only as where
  "most of them" (or "mostly", "mainly", "the majority") died.

It is then the guide's optional aggregate (``aggregate``), written apart as a period's count.
A month-dated incident in a town ("In May, gunmen killed 40 people at a market in Kidal"), a
tally of a day ("on Monday the office documented 12 killed") and two or three acts counted
("two strikes killed 20 people in Idlib province in May") stay as they were read.

Cost: two regex scans of the sentence and a look at the frame's date and places.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.period_incidents import DAY_NAMED, PERIOD_NAMED
from sitgraph.loaders.extract.place_words import WIDE_PLACE_TYPES
from sitgraph.loaders.extract.rules import event_roles, nothing, rule
from sitgraph.loaders.extract.span_text import span_text

TALLY_VERB = re.compile(r"(?i)\b(?:documented|verified|recorded|registered|counted|tallied)\b")
# "90 attacks", "37 air strikes", "1,200 incidents": the acts of a period counted
COUNTED_ACTS = re.compile(r"(?i)\b(\d[\d,]*)\s+(?:[a-z-]+\s+)?(?:attacks|strikes|air\s?strikes|raids|incidents"
                          r"|bombings|assaults|shellings|security\s+incidents)\b")
FEW_ACTS = 5  # fewer acts counted are told one by one: "two strikes killed 20"
# "most of them in the city", "mostly in the north", "mainly in two towns": where most of a tally died
MOSTLY = re.compile(r"(?i)\b(?:most\s+of\s+(?:them|the\s+\w+)|mostly|mainly|largely|the\s+majority(?:\s+of\s+them)?)"
                    r"\s+in\b")


def _counts_acts(text: str) -> bool:
    """Does `text` count acts of a period ("90 attacks"), five or more?"""
    return any(int(m.group(1).replace(",", "")) >= FEW_ACTS for m in COUNTED_ACTS.finditer(text))


def _wide_placed(f: Any, text: str, table: Any) -> bool:
    """Is frame `f` placed in a whole country or region, any town named only as where most of
    the dead came from ("most of them in Pokrovsk")?"""
    kinds = [table.entities[p].type in WIDE_PLACE_TYPES for p in f.places]
    return any(kinds) and (all(kinds) or MOSTLY.search(text) is not None)


def _month_or_year(f: Any, text: str) -> bool:
    """Is frame `f` of sentence `text` dated by a month or a year, no day named?"""
    if DAY_NAMED.search(text):
        return False
    if f.date_explicit and f.date:
        return len(f.date) in (4, 7)
    return not f.date and PERIOD_NAMED.search(text) is not None


_LEAD = "Gunmen killed six herders in Dogon on 3 March 2025. "


@rule("assemble.role-period-tally", "a monitor's tally of a month or a year ('In February, the office documented 64 "
      "civilians killed by armed groups in Mopti region', 'insurgents carried out 81 attacks in Niger in January, "
      "killing 150') counts a period: an aggregate, never an incident's toll",
      pos=[(_LEAD + "In February, the rights office documented 64 civilians killed by armed groups in Mopti region.",
            (("Attack", "incident"), ("Attack", "aggregate"))),
           (_LEAD + "A think tank said insurgents carried out 81 attacks in Niger in January, killing 150 people.",
            (("Attack", "incident"), ("Attack", "aggregate")))],
      neg=[(_LEAD + "In February, gunmen killed 32 people at a market in Dogon, the rights office documented.",
            (("Attack", "incident"), ("Attack", "background"))),
           (_LEAD + "A think tank said insurgents carried out two attacks in Niger in January, killing 19 people.",
            (("Attack", "incident"), ("Attack", "background")))],
      probe=event_roles, off=nothing)
def period_tally(f: Any, sent: Any, table: Any) -> str | None:
    """``aggregate`` when attack frame `f` of sentence `sent` (entities in `table`) is a tally of
    a month's or a year's dead (see the module); else None."""
    text = span_text(sent)
    if f.kind != "Attack" or not (f.killed or f.wounded) or not _month_or_year(f, text):
        return None
    if not (TALLY_VERB.search(text) or _counts_acts(text)):
        return None
    return "aggregate" if _wide_placed(f, text, table) else None
