"""The period a superlative ranks an incident in: "The attack was the deadliest in the province
this year", "the worst on the region's oil industry so far this year", "the bloodiest day for the
army this month".

Wire and broadcaster copy of every war ranks its incident against the others of the current
year or month in a sentence of its own, a paragraph or more after the lead. "This year" there is
the stretch the ranking covers, not the incident's time: read as the incident's date it gave a
year alone to the frame restating the incident, and that year was lent on to the next incident
told without a day ("Hours later, a drone hit a base ..."), which the referee reads as wrong
against its day. A comparison with an earlier time by "since" is :data:`date_choice.SINCE_COMPARED`;
this is its other form, the running period.

Pure, regex based; one search per sentence holding a date, its spans added to the
comparisons the date chooser already skips.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_dates, rule

# A superlative, a few words (the place or sector ranked: "in Cauca", "on the region's oil
# industry", "for the army"), then the running period. No sentence stop in between, and no
# "since" (that form has its own pattern).
PERIOD_COMPARED = re.compile(
    r"(?i)\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|most\s+(?:lethal|serious|violent))\b"
    r"(?:\s+(?!since\b)[\w'’-]+){0,7}?\s+"
    r"(?:(?:so\s+far\s+|yet\s+)?(?:this|the\s+current)\s+(?:year|month|week)|of\s+the\s+(?:year|month))\b")


def _none(text: str) -> list[tuple[int, int]]:
    """Off value: no period skipped."""
    return []


@rule("date.superlative-period", "'The attack was the deadliest in the province this year': the period a "
      "superlative ranks the incident in is no date of it, and lends no year to the next incident",
      pos=[("Gunmen attacked a police post in Bannu on Monday, killing four officers. The attack was the deadliest "
            "in the district this year. Hours later, a roadside bomb wounded two soldiers in Tank.",
            (("2023-11-13", None), ("2023-11-13", None)))],
      # a period told of the incident itself, not ranked by a superlative, still dates it
      neg=[("Earlier this month, militiamen attacked a camp near Bunia, killing 23 people.",
            (("2023-11-01", "2023-11-16"),))],
      probe=event_dates, off=_none)
def period_compared(text: str) -> list[tuple[int, int]]:
    """Spans of sentence `text` from a superlative to the running period it ranks in ("the
    deadliest in Cauca this year"): a date mention starting inside one is no date of an event."""
    return [(m.start(), m.end()) for m in PERIOD_COMPARED.finditer(text)]
