"""A date fronted before a group's name is not part of the name: "On 29 August the Zagros
Freedom Hawks claimed ...", "In March the X Brigade attacked ...".

A title-case run reads across a fronted date ("On", a day number, a month name, "the" all join a
run), so the group found in it would be named "On 29 August the Zagros Freedom Hawks" and match
no other mention of the group, and the event it claims or carries out loses its doer. The date is
cut where a preposition opens it, or where "the" follows it; a day that belongs to the name ("the
14 July Movement", "the 17 February Revolution") has neither and stays.
Cost: one anchored regex match per title-case run.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS

_MONTH = "|".join(w.title() for w in MONTH_NUMBERS)
_WEEKDAY = "|".join(w.title() for w in WEEKDAYS)
_ORD = r"(?:st|nd|rd|th)?"
_DATE = (rf"(?:(?:{_WEEKDAY}),?\s+)?(?:\d{{1,2}}{_ORD}\s+(?:{_MONTH})|(?:{_MONTH})(?:\s+\d{{1,2}}{_ORD})?"
         rf"|{_WEEKDAY})(?:,?\s+(?:19|20)\d{{2}})?,?")
# "On 29 August the", "In March 2004 the", "On Monday the", "29 August the".
FRONTED_DATE = re.compile(rf"^(?:(?:On|In|By|Since|Until|From|Early\s+on|Late\s+on)\s+{_DATE}\s+(?:the\s+)?"
                          rf"|{_DATE}\s+the\s+)")


def fronted_date_end(run: str) -> int:
    """Length of the date fronted before a name in `run` ("On 29 August the "), 0 if none."""
    m = FRONTED_DATE.match(run)
    return m.end() if m else 0
