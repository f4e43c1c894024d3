"""An act a report marks a time since: "Friday marked a year since gunmen killed 30 people at
a hospital in X", "Monday marks six months since a drone hit ...".

The act after "since" is told, with its toll, a stated time before the marking day: an earlier
incident of its own (:func:`role_marked_since`), not a toll counted since a date. An act named
only as what an anniversary remembers ("the tenth anniversary of the mall attack") was tried as
no event and dropped: earlier tables keep it as an event of the marking day.

The same act told again with its own day is joined to it in assembly (anniversary_joins.py).

Pure; one pattern search per frame's sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_dates, nothing, rule

# "Friday marked a year since gunmen killed 30 people at ...", "Monday marks six months since a
# drone hit ...": the act after "since" is told, with its toll, a stated time before the marking.
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
MARKED_SINCE = re.compile(
    r"(?i)\b(?:marks?|marked|marking)\s+(?:exactly\s+)?(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"\s+(?P<unit>years?|months?)\s+since\s+(?P<act>[^.;]+)")
# The act's own verb: not the start of a period ("since the war began").
_ACT_VERB = re.compile(r"(?i)\b(?:killed|killing|hit|struck|stormed|attacked|bombed|shelled|raided|ambushed|"
                       r"exploded|blew\s+up|massacred|opened\s+fire)\b")


def _counted_back(day: str, n: int, unit: str) -> str:
    """ISO `day` less `n` years or months, kept to the day (the 29th of February to the 28th)."""
    y, m, d = (int(x) for x in day.split("-"))
    if unit.startswith("year"):
        y -= n
    else:
        y, m = y + (m - 1 - n) // 12, (m - 1 - n) % 12 + 1
    return f"{y:04d}-{m:02d}-{min(d, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31):02d}"


@rule("assemble.role-marked-since", "'Friday marked a year since gunmen killed 30 people at a hospital in X': the act "
      "after 'since' is an earlier incident of its own, dated that time before the marking day, not a toll since it",
      pos=[("Thursday marked a year since gunmen killed 30 people at a hospital in Bannu.", (("2022-11-16", None),))],
      # the start of a period: the toll since it is an aggregate, dated as before
      neg=[("More than 300 people have been killed in Bannu since January.", (("2023-01", "2023-11-16"),))],
      probe=event_dates, off=nothing)
def role_marked_since(sentence: str, f: Any, reference: str | None) -> str | None:
    """The role of frame `f` when `sentence` marks a time since an act ("marked a year since
    gunmen killed 30 ..."): background, its date counted back from the marking day it was
    given; None for any other sentence or an undated frame."""
    m = MARKED_SINCE.search(sentence)
    if m is None or f.kind != "Attack" or not _ACT_VERB.search(m["act"]) or not f.date or len(f.date) < 10:
        return None
    n = _NUMBERS.get(m["n"].lower()) or int(m["n"])
    f.date = _counted_back(f.date[:10], n, m["unit"].lower())
    f.date_end, f.precision, f.date_explicit, f.aggregate = None, "day", True, False
    return "background"

