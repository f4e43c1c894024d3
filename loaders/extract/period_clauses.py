"""A trend's period and an incident's day joined by a semicolon: "Russian strikes on energy
sites intensified in May; on 4 June, a missile hit a power plant in Kharkiv".

News copy and flash updates set an incident against the trend it belongs to in one sentence:
a first clause tells the trend with a month or a year ("attacks rose sharply in March",
"fighting escalated in April"), a second, after a semicolon, the incident with its own day.
The trend's noun ("strikes", "attacks") is a trigger word too, so the frame read from the
sentence holds both clauses, and the first date of its clauses, the trend's month, used to
date the incident. The day told in the clause of the frame's verb ("hit", "bombed") is the
incident's; the month or year before the semicolon is the trend's.

Pure functions over a spaCy sentence, its date mentions and a frame's trigger tokens; cost:
a scan of the sentence's characters for semicolons, only for a frame with two or more dates.
"""

from __future__ import annotations

from bisect import bisect
from typing import Any

from sitgraph.loaders.extract.rules import event_dates, nothing, rule
from sitgraph.loaders.extract.span_text import span_text


@rule("date.day-after-period-clause", "a month or year telling a trend and a day told after a semicolon in the "
      "clause of the frame's verb ('attacks rose in March; on 3 May, shells struck the camp'): the day is the "
      "incident's",
      pos=[("Russian strikes on energy sites intensified in October; on 4 November, a missile hit a power plant in "
            "Kharkiv, wounding three workers.", (("2023-11-04", None),))],
      # the day before the semicolon and a month after it: the first clause's incident keeps its day
      neg=[("Shelling hit a school in Ariha on Monday; in October, a similar attack killed nine children there.",
            (("2023-11-13", None),))],
      probe=event_dates, off=nothing)
def day_after_period(sent: Any, kept: list[Any], triggers: list[Any]) -> Any | None:
    """Of the dates `kept` for a frame (mentions with offsets into spaCy sentence `sent`, in
    order) whose trigger tokens are `triggers`: the first day (a date to the day, no range)
    told after a semicolon in a stretch holding one of the frame's verb triggers, when the
    first date is a month, a year or a range ("so far this year") told in an earlier stretch;
    else None."""
    if len(kept) < 2 or ";" not in span_text(sent) or _is_day(kept[0]):
        return None
    cuts = [i for i, c in enumerate(span_text(sent)) if c == ";"]
    verbs = {bisect(cuts, t.idx - sent.start_char) for t in triggers if t.pos_ == "VERB"}
    first = bisect(cuts, kept[0].start)
    later = [d for d in kept[1:] if _is_day(d) and bisect(cuts, d.start) > first]
    return next((d for d in later if bisect(cuts, d.start) in verbs), None)


def _is_day(mention: Any) -> bool:
    """Is date `mention` one day (not a month, a year or a range)?"""
    return len(mention.date or "") == 10 and mention.date_end is None
