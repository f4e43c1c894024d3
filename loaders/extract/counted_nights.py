"""Days counted in nights or mornings from the incident told before: "Two nights later they
killed 11 people at X", "Three mornings earlier, gunmen had ...", "Two evenings later, ...".

Encyclopedic series and news copy of raids told night by night count the days between the
raids in nights; the day counts of :data:`roles.COUNTED_DAY` and :data:`day_counts.FURTHER_COUNTED`
read "days" and "hours" only, so the raid told "two nights later" took the day of the raid
told before. Each night (or morning, evening) counted is a day; the direction is the count's.
Not read: a count before anything but "later"/"earlier" ("two nights after the vote": counted
from another happening), and "nights" without a number ("nights later").

Pure and regex based; :func:`day_counts.further_count` asks it only for a sentence none of
the other day counts reads.
"""

from __future__ import annotations

import datetime as dt
import re

from sitgraph.loaders.extract.rules import event_dates, rule

_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
COUNTED_NIGHTS = re.compile(
    r"(?i)\b(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?:nights?|evenings?|mornings?)\s+"
    r"(?P<dir>later|earlier)\b")


@rule("date.counted-nights", "'Two nights later they killed 11 people at X': the day counted in nights from the "
      "incident told before",
      pos=[("Rebels attacked the village of Kasindi on Monday, killing eight people. Two nights later they killed "
            "11 people at Bubare.", (("2023-11-13", None), ("2023-11-15", None)))],
      # a count of nights after another happening than the incident: the usual lending
      neg=[("Rebels attacked the village of Kasindi on Monday, killing eight people. Two nights after the "
            "funeral, they killed 11 people at Bubare.", (("2023-11-13", None), ("2023-11-13", None)))],
      probe=event_dates, off=lambda sentence, reference: None)
def night_count(sentence: str, reference: str | None) -> tuple[int, str] | None:
    """(offset, ISO day) of the first count of nights in `sentence` (:data:`COUNTED_NIGHTS`),
    counted from ISO day `reference` (the incident told before), or None when the sentence
    holds none or `reference` is no day. Cost: one regex scan."""
    m = COUNTED_NIGHTS.search(sentence)
    if m is None or not reference or len(reference) != 10:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].lower()]
    days = n if m["dir"].lower() == "later" else -n
    return m.start(), (dt.date.fromisoformat(reference) + dt.timedelta(days=days)).isoformat()
