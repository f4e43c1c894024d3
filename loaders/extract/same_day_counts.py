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

from sitgraph.loaders.extract.rules import branch, enabled, event_dates, no
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
    day,", "The same day,", "That evening,", "Shortly afterwards,", "Half an hour later,",
    "Within hours,") or with the night of that day ("That night,", "On the same night,")?"""
    if SAME_DAY_OPENING.match(text) is not None:
        return True
    return (enabled(FRACTIONS) and FRACTION_OPENING.match(text) is not None) \
        or (enabled(SAME_NIGHT) and NIGHT_OPENING.match(text) is not None)


# "Half an hour later", "Less than an hour later", "Two and a half hours later", "An hour and a
# half later", "A quarter of an hour later", "Within hours,", "At the same time,": a part of the
# day counted in more words than SAME_DAY_OPENING's one, as wire copy and encyclopedic
# narratives tell a second attack of the same evening.
FRACTION_OPENING = re.compile(
    r"^\s*(?:(?:and|but|then)\s+)?(?:(?:less|more)\s+than\s+|barely\s+|nearly\s+|almost\s+|about\s+|around\s+"
    r"|some\s+|just\s+|roughly\s+)?(?:half\s+an\s+hour|an?\s+quarter\s+of\s+an\s+hour|an?\s+hour\s+and\s+an?\s+"
    r"(?:half|quarter)|(?:an?|one|two|three|four|five|\d)\s+and\s+a\s+half\s+hours|an?\s+hour)\s+"
    r"(?:earlier|later|before|afterwards?)\b(?!\s+(?:on|that\s+\w+day)\b)"
    r"|^\s*(?:(?:and|but)\s+)?within\s+(?:(?:an?|the|a\s+few)\s+)?(?:hours?|minutes?)\s*,"
    r"|^\s*(?:(?:and|but)\s+)?(?:at\s+(?:about|around|roughly)?\s*the\s+same\s+time|simultaneously)\s*,",
    re.IGNORECASE)
_LEAD = ("Gunmen attacked a church in Kaduna on Sunday, killing six worshippers. Police said the attackers fled on "
         "motorcycles. The church had been attacked before. Officials said security would be stepped up. ")
FRACTIONS = branch("date.same-day-fractions", "'Half an hour later, gunmen opened fire on a police post': a part of "
                   "the day counted in several words opening the sentence takes the day of the incident told last, "
                   "however far back",
                   pos=[(_LEAD + "Half an hour later, gunmen opened fire on a police post in Zaria, killing two "
                         "officers.", (("2023-11-12", None), ("2023-11-12", None))),
                        (_LEAD + "Within hours, gunmen opened fire on a police post in Zaria, killing two officers.",
                         (("2023-11-12", None), ("2023-11-12", None)))],
                   # half a year is no part of the day: far from the lead, the report's own day
                   neg=[(_LEAD + "Half a year later, gunmen opened fire on a police post in Zaria, killing two "
                         "officers.", (("2023-11-12", None), ("2023-11-16", None)))],
                   probe=event_dates, where="same_day_counts.opens_same_day")

# "That night, ...", "Later that night", "On the same night": the night of the day told last.
# The guide gives a night the range of the day it starts and the next; the day it starts is in
# it, and is what the incident told last gives.
NIGHT_OPENING = re.compile(
    r"^\s*(?:(?:and|but)\s+)?(?:(?:later|earlier)\s+)?(?:on\s+|during\s+)?(?:that|the\s+same)\s+night\b", re.IGNORECASE)
SAME_NIGHT = branch("date.same-night-opening", "'On the same night, gunmen stopped a bus': a sentence opening with "
                    "the night of the day told last takes that day, however far back it was told",
                    pos=[(_LEAD + "That night, gunmen opened fire on a police post in Zaria, killing two officers.",
                          (("2023-11-12", None), ("2023-11-12", None)))],
                    # a night named after its own happening: not read
                    neg=[(_LEAD + "The night before the vote, gunmen opened fire on a police post in Zaria, killing "
                          "two officers.", (("2023-11-12", None), ("2023-11-16", None)))],
                    probe=event_dates, where="same_day_counts.opens_same_day")
