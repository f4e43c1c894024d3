"""A month or year and a day inside it told of one act: "In August this year, a convoy was
ambushed near X on 4 August"; "In 2023, on 12 May, gunmen stormed the camp".

Features, analyses and news copy of any outlet frame a recalled incident by its month or year
first and give its day later in the same clause. Both dates hang on the act's clause, and the
first date of a sentence used to date it, so the incident took the month. The day told
inside the first date's month (or year) is the more specific date of the same time, and the
guide dates an event as precisely as the text allows. A day outside that month, or a month
told after the day changes nothing. A period first ("Earlier this month, on May 11, ...", "Late
last month, on 27 May, ...") is refined the same way by a day inside it.

Pure function over a frame's kept date mentions; cost: a comparison of a few ISO strings, only
for a frame with two or more dates.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_dates, nothing, rule


@rule("date.day-refines-month", "a month or year and then a day inside it, both of the act ('In August this year, a "
      "convoy was ambushed near X on 4 August'): the day is the act's",
      pos=[("In October this year, a supply convoy was ambushed near Djibo on 4 October, and nine drivers were "
            "killed.", (("2023-10-04", None),))],
      # a day of another month, and a month told after the day: the first date stays
      neg=[("In October, a supply convoy was ambushed near Djibo, nine days before talks opened on 4 November.",
            (("2023-10", None),)),
           ("On 4 October, a supply convoy was ambushed near Djibo, and nine drivers were killed in October.",
            (("2023-10-04", None),))],
      probe=event_dates, off=nothing)
def day_in_first(kept: list[Any]) -> Any | None:
    """Of the date mentions `kept` for a frame (in sentence order): the first later one that is
    one day inside the month or year of the first, when the first is a month or a year (no
    range); else None."""
    if len(kept) < 2:
        return None
    first = kept[0]
    if first.date_end is not None:
        return _day_in_period(first, kept[1:]) if enabled(PERIOD) else None
    if len(first.date or "") not in (4, 7):
        return None
    return next((d for d in kept[1:] if d.date_end is None and len(d.date or "") == 10
                 and d.date.startswith(first.date)), None)


def _day_in_period(first: Any, later: list[Any]) -> Any | None:
    """Of date mentions `later`: the first single day inside the range of `first` (a period:
    "earlier this month", "late last month"); else None."""
    lo, hi = first.date or "", first.date_end or ""
    if len(lo) < 7 or len(hi) < 7:
        return None
    return next((d for d in later if d.date_end is None and len(d.date or "") == 10
                 and lo[:10] <= d.date <= hi[:10] + "~"), None)


PERIOD = branch("date.day-refines-period",
                "a period and then a day inside it told of one act ('Earlier this month, on May 11, gunmen killed "
                "nine farmers'): the day is the act's",
                pos=[("Earlier this month, on November 6, gunmen killed nine farmers in Yelwata.",
                      (("2023-11-06", None),))],
                # a day outside the period: the period stays
                neg=[("Earlier this month, gunmen killed nine farmers in Yelwata, a week after talks ended on "
                      "October 20.", (("2023-11-01", "2023-11-16"),))],
                probe=event_dates, where="refined_days.day_in_first")
