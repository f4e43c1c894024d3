"""A sentence that tells no event lends no day: "Images captured on Wednesday by a satellite
show tents burned", "Footage from Tuesday shows the bridge destroyed".

The next incident told without a day of its own takes the day of the incident told last (at
most three sentences before). A frame read in a sentence but dropped as saying too little to
be an event (no one and nothing named: "tents burned", "the roof collapsed") is no incident
told: its day is the picture's or the description's, and it must not be lent on.

Pure function over the dates to carry; cost: a grounding test per frame of the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_dates
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.same_day_counts import opens_same_day

Lent = tuple[str | None, str | None, str | None, int]


def _lent_on(before: Lent, after: Lent, found: list[Any], table: Any) -> Lent:
    """Off value: the day the sentence's frames set, grounded or not."""
    return after


@named_rule("date.ungrounded-lends-none", "a sentence whose frames say too little to be events ('images captured on "
            "Wednesday show tents burned') lends its day to no later incident",
            pos=[("Troops shelled a camp near El Fasher on Monday. Images captured on Wednesday by a satellite show "
                  "tents burned. A drone struck a market in Kutum, killing six.",
                  (("2023-11-13", None), ("2023-11-13", None)))],
            # a grounded incident of its own lends its day
            neg=[("Troops shelled a camp near El Fasher on Monday. A drone struck a market in Kutum on Wednesday. "
                  "Gunmen attacked a clinic in Tawila, killing six.",
                  (("2023-11-13", None), ("2023-11-15", None), ("2023-11-15", None)))],
            probe=event_dates, off=_lent_on)
def lent_on(before: Lent, after: Lent, found: list[Any], table: Any) -> Lent:
    """The day to lend on after a sentence: `after` (what its frames `found` set) when one of
    them is grounded enough to be an event, else `before` (what was lent before it)."""
    from sitgraph.loaders.extract.sentence_frames import grounded

    return after if any(grounded(f, table) for f in found) else before


# How many sentences back the day of the incident told last is lent to an undated one.
NEAR = 3
# An incident told as one more of a series the report is telling: "a second explosion", "a
# separate strike", "another blast". Its day, when it gives none, is the series' own.
ONE_MORE = re.compile(
    r"(?i)\b(?:(?:a|the)\s+(?:second|third|fourth|separate|further|later|subsequent)|another)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:explosions?|blasts?|strikes?|airstrikes?|attacks?|bombs?|bombings?|shells?|missiles?"
    r"|drones?|rockets?|raids?|shelling)\b")


def _near(text: str) -> int:
    """Off value: the usual reach."""
    return NEAR


@named_rule("date.one-more-of-series", "an undated incident told as one more of the series ('a second explosion "
            "... hit a house nearby') takes the day of the incident told last, however many sentences of description "
            "lie between",
            pos=[("Jets struck a clinic in Khan Younis on Monday. The strike came at about 04:40. Videos posted at "
                  "05:00 show the clinic on fire. Residents said the ward was full. The first ambulance arrived at "
                  "05:10. A second strike hit a house nearby, killing four people.",
                  (("2023-11-13", None), ("2023-11-13", None)))],
            # no sign of one more of the series: far from the incident told last, the publication's day
            neg=[("Jets struck a clinic in Khan Younis on Monday. The strike came at about 04:40. Videos posted at "
                  "05:00 show the clinic on fire. Residents said the ward was full. The first ambulance arrived at "
                  "05:10. Gunmen attacked a checkpoint in Rafah, killing four people.",
                  (("2023-11-13", None), ("2023-11-16", None)))],
            probe=event_dates, off=_near)
def reach(text: str) -> int:
    """How many sentences back an undated incident told in sentence `text` takes the day of
    the incident told last: any number for one more of a series (:data:`ONE_MORE`), else
    :data:`NEAR`; any number too for one opening with a count within the day ("Hours earlier, ...")."""
    return 10_000 if ONE_MORE.search(text) or opens_same_day(text) else NEAR
