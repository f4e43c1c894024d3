"""Counts within the day of the incident told last: "Hours earlier, a strike hit a house in X",
"Minutes later, a second device exploded", "Later that day, gunmen attacked a post in Y",
"Earlier in the day, ...", "The same day, ...", "That evening, ...", "Shortly afterwards, ...".

News copy of every outlet opens a sentence with such a count to tie one more incident to the
one the story is about, often after a paragraph of statements, reactions or tolls. The count
says the day is that incident's, however many sentences lie between; without it, an undated
incident told far from the last dated one takes the report's day (lent_dates.py). Not a
count within the day: "days earlier", "earlier this month", "hours of fighting", a count told
inside the sentence rather than opening it ("... said hours later that ...": a statement's
time).

Pure and regex based; the hook in :func:`lent_dates.reach` asks only whether an undated
incident's sentence opens with such a count. Cost: one anchored regex match per sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule

# A count within one day opening the sentence (after an optional "And"/"But"/"Just").
SAME_DAY_OPENING = re.compile(
    r"^\s*(?:(?:and|but|then)\s+)?(?:just\s+|only\s+|some\s+|a\s+few\s+|several\s+|about\s+|around\s+)?"
    r"(?:(?:\w+|\d{1,2})\s+)?(?:hours?|minutes?|moments?)\s+(?:earlier|later|before|afterwards?)\b"
    r"(?!\s+(?:on|that\s+\w+day)\b)"
    r"|^\s*(?:(?:and|but)\s+)?(?:shortly|soon)\s+(?:before|after(?:wards?)?)\s*,"
    r"|^\s*(?:(?:and|but)\s+)?(?:that|the\s+same)\s+(?:morning|afternoon|evening)\b"
    r"|^\s*(?:(?:and|but)\s+)?(?:earlier|later)\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening)\b"
    r"|^\s*(?:(?:and|but)\s+)?(?:on\s+)?(?:that|the)\s+same\s+(?:day|morning|afternoon|evening)\b",
    re.IGNORECASE)


@named_rule("date.same-day-opening", "'Hours earlier, a strike hit a house in Aita al-Shaab': a sentence opening with "
            "a count within the day takes the day of the incident told last, however far back it was told",
            pos=[("A drone struck a car near Nabatieh on Tuesday, killing two men. The ministry first reported one "
                  "dead. A second man died in hospital. The army said it had targeted two fighters. Hours earlier, "
                  "an Israeli strike hit a house in Aita al-Shaab, wounding a woman.",
                  (("2023-11-14", None), ("2023-11-14", None)))],
            # a count of days is not within the day: far from the lead, the report's own day
            neg=[("A drone struck a car near Nabatieh on Tuesday, killing two men. The ministry first reported one "
                  "dead. A second man died in hospital. The army said it had targeted two fighters. Days earlier, "
                  "an Israeli strike hit a house in Aita al-Shaab, wounding a woman.",
                  (("2023-11-14", None), ("2023-11-16", None)))],
            probe=event_dates, off=no)
def opens_same_day(text: str) -> bool:
    """Does sentence `text` open with a count within one day ("Hours earlier,", "Later that
    day,", "The same day,", "That evening,", "Shortly afterwards,")? Not "That night" (it
    may run into the next day)."""
    return SAME_DAY_OPENING.match(text) is not None
