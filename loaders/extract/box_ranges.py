"""Two layouts of a summary box's toll line that the box reader (infobox_tolls.py) takes from
here: a range ("Deaths: 20-25", "Killed 80–85 (est.)", "Fatalities: 129 to 147") and a toll
field whose name and figure are set apart by spaces only ("Killed 80", "Non-fatal injuries
180"), as a box copied out of an encyclopedia page often is.

A range stands for sources or estimates that differ; eval/GUIDE.md takes the largest figure
given for the incident, so the top of the range is the toll. A year span ("1992-1995") is no
toll range and is never read here: the second figure must be larger and the line a toll field.

Cost: one anchored regex match per toll field.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls

# The second figure right after the first: "20-25", "20 – 25", "129 to 147".
_UPPER = re.compile(r"\s*(?:[-\u2013\u2014]|to)\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b")
# The toll fields a spaced layout may name: a plain "Date 5 May" is left to the colon forms.
_SPACED_NAMES = frozenset({"deaths", "death", "killed", "fatalities", "dead", "death toll", "injured", "injuries",
                           "wounded", "non-fatal injuries", "casualties"})

RANGE = branch("toll.infobox-range-top", "'Deaths: 20-25' in an article's summary box: the top of the range is the "
               "toll (the largest figure given stands)",
               pos=[("Kauda market bombing\nDate: 2 May 2016\nLocation: Kauda, Sudan\nAttack type: Bombing\n"
                     "Deaths: 20-25\nInjured: 50\n\nThe Kauda market bombing was a bombing at a market in Kauda, "
                     "South Kordofan, Sudan, on 2 May 2016.", ((25, 50, None),))],
               neg=[("Kauda market bombing\nDate: 2 May 2016\nLocation: Kauda, Sudan\nAttack type: Bombing\n"
                     "Deaths: 20 (5 children)\nInjured: 50\n\nThe Kauda market bombing was a bombing at a market "
                     "in Kauda, South Kordofan, Sudan, on 2 May 2016.", ((20, 50, None),))],
               probe=event_tolls, where="sitgraph.loaders.extract.box_ranges.range_top")
SPACED = branch("toll.infobox-spaced-field", "'Deaths 80' on a line of a summary box, name and figure set apart by "
                "spaces only: a toll field like 'Deaths: 80'",
                pos=[("Kauda market bombing\nDate: 2 May 2016\nLocation: Kauda, Sudan\nAttack type: Bombing\n"
                      "Deaths 33\nNon-fatal injuries 50\n\nThe Kauda market bombing was a bombing at a market in "
                      "Kauda, South Kordofan, Sudan, on 2 May 2016.", ((33, 50, None),))],
                neg=[("Kauda market bombing\nDate: 2 May 2016\nLocation: Kauda, Sudan\nAttack type: Bombing\n"
                      "Displaced 3000\n\nThe Kauda market bombing was a bombing at a market in Kauda, South "
                      "Kordofan, Sudan, on 2 May 2016.", ((None, None, None),))],
                probe=event_tolls, where="sitgraph.loaders.extract.box_ranges.spaced_toll_field")


def spaced_toll_field(name: str) -> bool:
    """May a line naming `name` then spaces then a figure be read as a toll field?"""
    return enabled(SPACED) and name.strip().lower() in _SPACED_NAMES


def range_top(value: str, at: int, n: int) -> int:
    """The toll of a field `value` whose first figure `n` ends at `at`: the top of a range
    told there ("20-25": 25), else `n`."""
    if not enabled(RANGE):
        return n
    m = _UPPER.match(value, at)
    if m is None:
        return n
    top = int(m["n"].replace(",", ""))
    return top if n < top <= 10 * n + 10 else n
