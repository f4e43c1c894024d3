"""The day a capture was made, told by the entry after it: "The army says it has captured the
town of X after two days of fighting. A spokesman said troops entered X on Sunday morning."

A capture is often announced first ("says it has captured", "now controls") with no day, and
the next sentences tell when the taking side went in: "troops entered the town on Sunday",
"fighters took control of the base late Saturday", "soldiers overran the camp on Friday". That
sentence grounds no event of its own (entering a town is no attack), so it fell to the reading
of a sentence that tells when the incident happened (roles.date_told_after), which knows
incidents by their nouns ("the fighting", "the attack") and not a capture told by the entry of
its takers; the capture then kept the page's date. Per the guide, a capture takes the day the
text gives it.

Only a capture dated by nothing but the report, a neighbour or a statement is dated, and only
by a day within the week before that date; the entering side must be armed men ("troops",
"fighters", "rebels"...): aid workers or residents entering a town date no capture.

Pure function over the last incident and the sentence's date mentions; cost: one regex scan
of a sentence grounding no event, after a capture.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_dates, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speech_verbs import STATEMENT

_SAYING = re.compile(rf"(?i)\b(?:{STATEMENT})\b")

# Armed men going in: "troops entered", "fighters took control of", "insurgents overran".
ENTERED = re.compile(
    r"(?i)\b(?:troops|forces|soldiers|fighters|rebels|militants|insurgents|militiamen|army|gunmen|jihadists)\s+"
    r"(?:had\s+|have\s+|first\s+|finally\s+)?(?:entered|moved\s+into|rolled\s+into|stormed\s+into|took\s+control\s+of|took\s+over"
    r"|overran|seized|captured|retook|recaptured)\b")
# How far back from the capture's date (the page's or a statement's) the day told after may lie.
_WEEK = 7


@named_rule("date.capture-entered", "'A spokesman said troops entered Waat on Sunday morning.': after a capture "
            "announced without a day, the day its takers went in dates it",
            pos=[("The army says it has captured the town of Akobo after two days of fighting. A spokesman said "
                  "government troops entered the town on Sunday morning.", (("2023-11-12", None),))],
            neg=[  # others entering the town: no capture's day
                 ("The army says it has captured the town of Akobo after two days of fighting. A spokesman said aid "
                  "workers entered the town on Sunday morning.", (("2023-11-16", None),)),
                 # an earlier capture recalled, long before: not this one's day
                 ("The army says it has captured the town of Akobo after two days of fighting. Rebels first entered "
                  "the town on 3 March 2014.", (("2023-11-16", None),))],
            probe=event_dates, off=nothing)
def date_capture_entered(last: Any, sentence: str, dates: list[Any], said: frozenset[int]) -> None:
    """Give capture `last`, dated only by the report, a neighbour or a statement, the first day
    of `sentence` (its date mentions `dates`, those told as a statement's day at starts `said`
    left out, unless told after the entry: :func:`_entry_day`) when the sentence tells armed
    men entering or taking a place (:data:`ENTERED`) and that day lies within the week before
    `last`'s date."""
    from sitgraph.loaders.extract.roles import _before, apart

    if last is None or last.kind != "Capture" or last.date_explicit or not last.date or len(last.date) != 10:
        return
    m = ENTERED.search(sentence)
    if m is None or apart(sentence):
        return
    days = [d for d in dates if d.precision == "day" and d.date_end is None and _entry_day(d, said, m.end(), sentence)]
    if not days or _before(days[0].date, last.date, _WEEK) or days[0].date > last.date:
        return
    last.date, last.date_end, last.precision, last.date_explicit = days[0].date, None, "day", True
    last.date_told = False


def _entry_day(d: Any, said: frozenset[int], entered: int, sentence: str) -> bool:
    """Is date mention `d` of the sentence a day of the entry (which ends at `entered`), not a
    statement's? A day read as a statement's ("said troops entered the town on Sunday") is the
    entry's when it follows the entry with no saying verb between."""
    if d.start not in said:
        return True
    return d.start >= entered and _SAYING.search(sentence[entered:d.start]) is None
