"""A record's date field with the time of day after the date: "Date: 9 October 2019, early
morning", "Date: 3 May 2004, at night", "Date: 12 June 2018, around 5 a.m.".

Incident records and rights databases give the time of day beside the date in their date
field. The date field reader (entry_dates.record_date) takes a field holding a date alone, so
such a field dated nothing and the record's incident took the page's date. The time of day
belongs to the date told before it: cut off, the field is a date alone.

Cost: one anchored regex search of the line.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import branch, enabled, event_dates

_PART = r"(?:morning|afternoon|evening|night|dawn|daybreak|dusk|midday|noon|midnight|daytime|nighttime)"
# ", early morning", " (night)", ", at around 5 a.m.", ", 05:30 local time" closing the line
TIME_TAIL = re.compile(
    r"(?i)[ \t]*(?:,|;|–|-)?[ \t]*\(?[ \t]*(?:(?:in|during|at)[ \t]+(?:the[ \t]+)?)?(?:(?:early|late|mid)[ \t]+)?"
    rf"(?:in[ \t]+the[ \t]+)?{_PART}(?:[ \t]+hours)?[ \t]*\)?[ \t]*$"
    # a clock time after a comma or "at"/"around": ", 05:30 local time", ", around 5 a.m."
    r"|[ \t]*(?:[,;][ \t]*|[ \t]+)(?:(?:at|around|about|approximately)[ \t]+)+\d{1,2}(?:[:.]\d{2})?[ \t]*"
    r"(?:a\.m\.|p\.m\.|am|pm|hrs|h)?(?:[ \t]+(?:local[ \t]+time|GMT|UTC))?[ \t]*$"
    r"|[ \t]*[,;][ \t]*(?:(?:at|around|about|approximately)[ \t]+)*\d{1,2}"
    r"(?:[:.]\d{2}[ \t]*|[ \t]*(?:a\.m\.|p\.m\.|am|pm))"
    r"(?:a\.m\.|p\.m\.|am|pm|hrs|h)?(?:[ \t]+(?:local[ \t]+time|GMT|UTC))?[ \t]*$")

TIME_OF_DAY = branch("date.record-field-time-of-day", "a record's date field with the time of day after the date "
                     "('Date: 9 October 2019, early morning') dates the record's incident as the date alone would",
                     pos=[("Killings in Tiguila\n\nRecord type: Killing of civilians\nDate: 9 October 2019, early "
                           "morning\nLocation: Tiguila village, Bankass cercle, Mopti region, Mali\n\nNarrative: Armed "
                           "men surrounded Tiguila at about 5 a.m. and shot residents as they left their houses.",
                           (("2019-10-09", None),))],
                     neg=[("Killings in Tiguila\n\nRecord type: Killing of civilians\nDate: 9 October 2019, the day "
                           "after the vote\nLocation: Tiguila village, Bankass cercle, Mopti region, Mali\n\n"
                           "Narrative: Armed men surrounded Tiguila at about 5 a.m. and shot residents as they left "
                           "their houses.",
                           (("2023-11-16", None),))],
                     probe=event_dates, where="sitgraph.loaders.extract.entry_dates.record_date")


def without_time_of_day(line: str) -> str:
    """`line` without the time of day closing it (", early morning", ", at 5 a.m.")."""
    return TIME_TAIL.sub("", line) if enabled(TIME_OF_DAY) else line
