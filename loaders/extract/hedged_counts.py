"""A count of time hedged by two words before it: "comes less than three weeks after",
"came more than a month after", "followed just over a year after".

"The attack came ... after X" tells X as an earlier act, apart from the report's incident
(roles.py). The words between the verb and "after" were bounded at three ("came barely two
weeks after", "came nearly ten years after"), and a hedge of two words ("less than", "more
than", "just over", "just under") with a count of two ("three weeks") made four: the earlier
act was then read as today's incident, joined to it, and its day moved the incident's date
("The market blast comes less than three weeks after a grenade was thrown into a bar on
February 14"). A hedge of two words before the count is read as one.

Used by roles.py (:func:`roles._after`) and recalled_acts.py (:func:`recalled_acts.restated_after`).
Pure; the patterns are compiled once there.
"""

from __future__ import annotations

from sitgraph.loaders.extract.rules import branch, event_dates

# A two-word hedge before a count of time: "less than", "more than", "just over", "just under".
HEDGE = r"(?:(?:less|more|fewer)\s+than\s+|just\s+(?:over|under)\s+|a\s+little\s+(?:over|more\s+than)\s+)"

HEDGED = branch(
    "date.hedged-count-after",
    "'The blast comes less than three weeks after a grenade was thrown into a bar on 14 October': a hedged "
    "count still tells an earlier act, apart from the incident, its day never the incident's",
    pos=[("A bomb exploded in the market of Goma on Thursday, killing 11 people. The market blast comes less than "
          "three weeks after a grenade was thrown into a bar in the Birere neighbourhood of Goma on 27 October, "
          "killing three people.",
          (("2023-11-16", None), ("2023-10-27", None)))],
    # no count of time before "after": one incident told again, its day stays
    neg=[("A bomb exploded in the market of Goma on Thursday, killing 11 people. The market blast comes after "
          "weeks of calm in the city, officials said.",
          (("2023-11-16", None),))],
    probe=event_dates, where="roles._after")
