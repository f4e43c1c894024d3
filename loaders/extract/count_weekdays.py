"""Which weekday a clause counted from another writes as its own day.

"The talks opened hours after a drone struck a depot in Kosti late on Tuesday": the clause
after "hours after" names its own weekday, and that weekday is the act's day, not the main
clause's (the day the talks opened), as after "two days after" (came_after.own_weekday).

Used by clause_days.py (:func:`clause_days._day_of`). A pure predicate; cost: a flag test.
"""

from __future__ import annotations

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
