"""Which weekday a clause counted from another writes as its own day.

"The talks opened hours after a drone struck a depot in Kosti late on Tuesday": the clause
after "hours after" names its own weekday, and that weekday is the act's day, not the main
clause's (the day the talks opened), as after "two days after" (came_after.own_weekday).

"The debate came a day after the Houthis fired missiles at a ship on Tuesday", where the day
counted from is only a month (the incident told last is a month's tally, "300 violations in
February alone"): a month is no day to count back from, and the clause's own weekday (read
against the publication date, so within the week before it) is its day.

Used by clause_days.py (:func:`clause_days._day_of`). Pure predicates; cost: a flag test, a
length test.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import branch, enabled, event_dates

HOURS_WEEKDAY = branch(
    "date.hours-after-own-weekday",
    "'The talks opened hours after a drone struck a depot late on Tuesday': the weekday the clause after "
    "'hours after' writes is the act's day, not the main clause's",
    pos=[("Delegations arrived in Jeddah on Thursday for talks. The talks opened hours after a drone struck a fuel "
          "depot in Kosti late on Tuesday, killing three workers.",
          (("2023-11-14", None),))],
    # a statement's weekday after the cut dates no act there: the main clause's day stays
    neg=[("The talks opened on Thursday, hours after a drone struck a fuel depot in Kosti, killing three workers, "
          "the civil defence said on Tuesday.",
          (("2023-11-16", None),))],
    probe=event_dates, where="count_weekdays.hours_weekday")


def hours_weekday(hours: str | None) -> bool:
    """Does a count of hours (`hours`, the "hours" group of a match of clause_days.AFTER_CLAUSE,
    None when the count is of days or more) let the clause after it keep a weekday of its own?"""
    return bool(hours) and enabled(HOURS_WEEKDAY)


COARSE_BASE = branch(
    "date.after-clause-coarse-base",
    "'The debate came a day after the rebels fired missiles at a ship on Tuesday', counted from an incident told "
    "only by its month: the clause's own weekday is its day, not a day counted back from the month",
    pos=[("Houthi gunmen shelled a market in Taiz on Thursday, killing four people. Monitors had logged 300 "
          "violations of the ceasefire around the port of Hodeidah in October alone. The debate came a day after the "
          "Houthis said they had fired missiles at a bulk carrier in the Gulf of Aden on Tuesday.",
          (("2023-11-16", None), ("2023-10", None), ("2023-11-14", None)))],
    # counted from a day told last: the rule has nothing to change
    neg=[("Houthi gunmen shelled a market in Taiz on Thursday, killing four people. Government forces shelled the "
          "port of Hodeidah on Wednesday. The debate came a day after the Houthis said they had fired missiles at a "
          "bulk carrier in the Gulf of Aden on Tuesday.",
          (("2023-11-16", None), ("2023-11-15", None), ("2023-11-14", None)))],
    probe=event_dates, where="count_weekdays.coarse_base")

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def coarse_base(base: str | None) -> bool:
    """Is ISO `base` (the date a count of days runs from) coarser than a day (a month, a
    year), so that a weekday the counted clause writes is its day whatever the count?"""
    return bool(base) and _DAY.match(base or "") is None and enabled(COARSE_BASE)
