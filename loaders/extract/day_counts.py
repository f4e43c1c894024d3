"""Further ways news copy counts days from the incident it told before: "The night before,
...", "the evening after", "Twenty-four hours earlier, ...", "48 hours later", "Two days on,
...", "The day before that, ...", "... the day after in a separate attack", "Two nights later, ...".

:data:`roles.COUNTED_DAY` reads "a day later", "the previous day", "the next morning" and "the
day before," (a comma or a stop after it); these are the forms it leaves, each a day count
from the incident told last, as wire agencies, broadcasters and military statements write
them. Not read: "the night before the vote" (a night counted from another happening, not from
the incident), "two nights after the vote" or "nights later" with no number, a
count of hours that is no whole number of days ("six hours later": the same day or the next,
the text does not say), "days on" without a number or before anything but a
pause ("two days on patrol").

Pure and regex based; the hook in :func:`roles.counted_day_of` calls :func:`further_count` only
for a frame with no date of its own in a sentence :data:`roles.COUNTED_DAY` finds nothing in.
"""

from __future__ import annotations

import datetime as dt
import re

from sitgraph.loaders.extract.rules import event_dates, rule

_HOUR_WORDS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72}
_DAY_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
# What may follow "the night before" when it counts from the incident told: a pause, "that",
# or a preposition or conjunction opening the rest of the clause (not a noun: "the vote").
_OPEN_AFTER = r"(?=\s*[,.;:]|\s+(?:that|then|too|also|in|at|near|on|outside|when|as|while|during|with|for)\b)"
FURTHER_COUNTED = re.compile(
    r"(?i)\bthe\s+(?:(?P<part>night|evening|morning|afternoon)|day)\s+(?P<dir>before|after)" + _OPEN_AFTER
    + r"|\b(?P<hours>\d{2,3}|twenty[- ]four|forty[- ]eight|seventy[- ]two)\s+hours\s+(?P<dir2>earlier|later)\b"
    + r"|\b(?P<n>a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+on(?=\s*[,.;])")
# "Two nights later they killed 11": raids told night by night count days in nights (or
# mornings, evenings); read only where none of the counts above is.
COUNTED_NIGHTS = re.compile(
    r"(?i)\b(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?:nights?|evenings?|mornings?)\s+"
    r"(?P<dir>later|earlier)\b")


@rule("date.counted-further", "'The night before, ...', 'Forty-eight hours later, ...', 'Two days on, ...': the day "
      "counted from the incident told before",
      pos=[("Troops repelled an attack on a base in Menaka on Monday. The night before, militants ambushed a convoy "
            "near Gao, killing six soldiers.", (("2023-11-13", None), ("2023-11-12", None))),
           ("Troops repelled an attack on a base in Menaka on Monday. Forty-eight hours later, militants ambushed a "
            "convoy near Gao, killing six soldiers.", (("2023-11-13", None), ("2023-11-15", None)))],
      neg=[("Troops repelled an attack on a base in Menaka on Monday. Six hours later, militants ambushed a convoy "
            "near Gao, killing six soldiers.", (("2023-11-13", None), ("2023-11-13", None)))],
      probe=event_dates, off=lambda sentence, reference: None)
def further_count(sentence: str, reference: str | None) -> tuple[int, str] | None:
    """(offset, ISO day) of the first further day count in `sentence` (:data:`FURTHER_COUNTED`),
    counted from ISO day `reference` (the incident told before), or None when the sentence holds
    none or `reference` is no day. Cost: one regex scan."""
    m = FURTHER_COUNTED.search(sentence)
    if m is None:
        return night_count(sentence, reference)  # "Two nights later, ...": counted in nights
    if not reference or len(reference) != 10:
        return None
    if m["dir"]:
        days = -1 if m["dir"].lower() == "before" else 1
    elif m["hours"]:
        text = " ".join(m["hours"].lower().split())
        hours = int(text) if text.isdigit() else _HOUR_WORDS[text.replace(" ", "-")]
        if hours % 24:
            return None  # not a whole number of days: the text does not say which
        days = hours // 24 * (-1 if m["dir2"].lower() == "earlier" else 1)
    else:
        n = int(m["n"]) if m["n"].isdigit() else _DAY_WORDS[m["n"].lower()]
        days = n * (7 if m["unit"].lower().startswith("week") else 1)
    return m.start(), (dt.date.fromisoformat(reference) + dt.timedelta(days=days)).isoformat()


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
    n = int(m["n"]) if m["n"].isdigit() else _DAY_WORDS[m["n"].lower()]
    days = n if m["dir"].lower() == "later" else -n
    return m.start(), (dt.date.fromisoformat(reference) + dt.timedelta(days=days)).isoformat()
