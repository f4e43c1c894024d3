"""The days news copy counts from the incident it told before, and the day a frame takes from them.

:data:`COUNTED_DAY` reads "a day later", "the previous day", "the next morning", "the previous
Friday" and "the day before," (a comma or a stop after it); :func:`earlier_date` "came a day
after X" (the earlier event's day, counted back). The further forms are read by
:data:`FURTHER_COUNTED` and :data:`COUNTED_NIGHTS`: "The night before, ...", "the evening
after", "Twenty-four hours earlier, ...", "48 hours later", "Two days on, ...", "The day before
that, ...", "... the day after in a separate attack", "Two nights later, ...", each a day count
from the incident told last, as wire agencies, broadcasters and military statements write
them. Not read: "the night before the vote" (a night counted from another happening, not from
the incident), "two nights after the vote" or "nights later" with no number, a
count of hours that is no whole number of days ("six hours later": the same day or the next,
the text does not say), "days on" without a number or before anything but a
pause ("two days on patrol").

Pure and regex based; :func:`counted_day_of` (the extractor's hook) calls :func:`further_count`
only for a frame with no date of its own in a sentence :data:`COUNTED_DAY` finds nothing in.
(Moved out of roles.py, which holds the roles of frames, with their rule names kept.)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sitgraph.loaders.extract.date_choice import counted_afterwards
from sitgraph.loaders.extract.date_patterns import WEEKDAYS
from sitgraph.loaders.extract.rules import event_dates, nothing, rule

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


DAYS_AFTER = re.compile(r"(?i)\b(?:came|comes?|follows?|followed)\s+(?:just\s+|only\s+)?(a|one|two|three|four|five|six)"
                        r"\s+days?\s+after\b")


@rule("assemble.days-after", "'came a day after bombings killed 65': the earlier event's day, counted back",
      pos=[("A car bomb killed 12 people in Kabul on Tuesday. In Kandahar, the blast came a day after gunmen "
            "killed 65 people.", (("2023-11-14", None), ("2023-11-13", None)))],
      neg=[("A car bomb killed 12 people in Kabul on Tuesday. Gunmen killed 65 people in Kandahar.",
            (("2023-11-14", None), ("2023-11-14", None)))],
      probe=event_dates, off=nothing)
def earlier_date(sentence: str, reference: str | None) -> str | None:
    """"The blasts came a day after bombings killed 65": the earlier event's day, counted
    back from `reference` (the incident's ISO day); None when the text gives no count."""
    from sitgraph.loaders.extract.numbers import parse_number

    m = DAYS_AFTER.search(sentence)
    if m is None or not reference or len(reference) < 10:
        return None
    n = parse_number(m.group(1)) or 1
    return (dt.date.fromisoformat(reference[:10]) - dt.timedelta(days=n)).isoformat()


COUNTED_DAY = re.compile(
    r"(?i)\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier)"
    r"|the\s+(?P<dir2>next|following|previous)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+(?P<dir3>after|before)(?=\s*[,.;])"
    rf"|the\s+(?P<dir4>previous|preceding|following)\s+(?P<wd>{'|'.join(WEEKDAYS)}))\b")


@rule("date.counted-day", "'A day later, militants ambushed ...': the day counted from the incident told before",
      pos=[("Troops repelled an attack on a base in Menaka on Monday. A day later, militants ambushed a "
            "convoy near Gao, killing six soldiers.", (("2023-11-13", None), ("2023-11-14", None)))],
      neg=[("Troops repelled an attack on a base in Menaka on Monday. Militants ambushed a convoy near Gao "
            "on Tuesday, killing six soldiers.", (("2023-11-13", None), ("2023-11-14", None))),
           ("Troops repelled an attack on a base in Menaka on Monday. Days later, militants ambushed a "
            "convoy near Gao, killing six soldiers.", (("2023-11-13", None), ("2023-11-13", None)))],
      probe=event_dates, off=nothing)
def counted_day(sentence: str, reference: str | None) -> str | None:
    """"A day later", "two days earlier", "a week earlier", "the next morning", "the day before,": the day
    counted from `reference` (the ISO day of the incident told before), or None when the
    sentence counts no days or the reference is no day. Cost: one regex scan."""
    from sitgraph.loaders.extract.numbers import parse_number

    m = COUNTED_DAY.search(sentence)
    if m is None or not reference or len(reference) != 10:
        return None
    if m["wd"]:
        return weekday_from(reference, m["wd"], m["dir4"].lower() != "following")
    n = (parse_number(m["n"]) or 1) if m["n"] else 1
    n *= 7 if (m["unit"] or "").lower().startswith("week") else 1
    back = (m["dir"] or m["dir2"] or m["dir3"]).lower() in ("earlier", "previous", "before")
    return (dt.date.fromisoformat(reference) + dt.timedelta(days=-n if back else n)).isoformat()


def weekday_from(reference: str, name: str, back: bool) -> str:
    """The ISO day of the weekday `name` ("Friday") before (`back`) or after ISO `reference`, never on it."""
    day = dt.date.fromisoformat(reference)
    target = WEEKDAYS.index(name.lower())
    shift = (day.weekday() - target) % 7 or 7
    return (day - dt.timedelta(days=shift) if back else day + dt.timedelta(days=(target - day.weekday()) % 7 or 7)
            ).isoformat()


def counted_day_of(f: Any, text: str, sent: Any, reference: str | None) -> str | None:
    """:func:`counted_day` for frame `f` of sentence `sent` (text `text`) when it has no
    date of its own, unless the count dates a later act about it ("Two days later, X
    claimed the bombing": :func:`date_choice.counted_afterwards`)."""
    counted = COUNTED_DAY.search(text)
    if counted is None and not f.date_explicit:
        # "The night before, ...", "48 hours later, ...": the forms day_counts reads
        further = further_count(text, reference)
        return further[1] if further and not counted_afterwards(sent, further[0], f.triggers) else None
    if f.date_explicit or counted is None or counted_afterwards(sent, counted.start(), f.triggers):
        return None
    return counted_day(text, reference)
