"""Dates relative to the publication date: "today", "yesterday", weekdays, "the weekend",
"last week", "this month", "over the past three days", "two days ago".

Each expression registers with the pattern table (:mod:`date_patterns`; importing
:mod:`dates` imports this module, after the explicit expressions); :func:`dates.find_dates`
reads them with the explicit ones. Conventions (see :mod:`dates`): a weekday is the most
recent such day on or before publication unless told as to come; "last Tuesday" is strictly
before publication. Pure and regex based; a sentence costs a few microseconds per pattern.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from sitgraph.loaders.extract.date_patterns import (
    _COUNT,
    _PART_OF_DAY,
    _THIRD,
    _UNIT,
    _WEEKDAY,
    MONTH_NUMBERS,
    WEEKDAYS,
    _back,
    _count,
    _day_part,
    _Part,
    _pattern,
    _rel,
    _third_days,
    _third_months,
)
from sitgraph.loaders.extract.dates import DateMention, find_dates
from sitgraph.loaders.extract.rules import branch, enabled, event_dates, nothing, rule


@_pattern(
    r"\b(?:(?i:earlier|early|late|later)\s+)?(?P<w>(?i:today|tonight|this\s+(?:morning|afternoon|evening)))\b"
    r"(?!['’]s\s+[A-Z])",
    "rel", "today",
)
@rule("date.today", "'today', 'tonight', 'this morning': the publication day",
      pos=[("Gunmen killed three villagers in Kano this morning, after a raid on Tuesday.",
            (("2023-11-16", None),))],
      neg=[("Gunmen killed three villagers in Kano on Tuesday.", (("2023-11-14", None),))],
      probe=event_dates, off=nothing)
def _today(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    if pub is None:
        return None
    # "Syria Today" is a title, not a date.
    before = m.string[: m.start()].rstrip()
    if m["w"][0] == "T" and before and before[-1] not in ".:;!?\n\"“(" and before.split()[-1][:1].isupper():
        return None
    return _day_part(pub), None


@_pattern(
    r"\b(?:(?i:early|late)\s+)?(?P<w>(?i:the\s+day\s+before\s+yesterday|yesterday|last\s+night))"
    r"(?:\s+(?i:morning|afternoon|evening|night))?\b",
    "rel", "yesterday",
)
@rule("date.yesterday", "'yesterday', 'last night': the day before publication",
      pos=[("Gunmen killed three villagers in Kano yesterday.", (("2023-11-15", None),))],
      neg=[("Gunmen killed three villagers in Kano on Tuesday.", (("2023-11-14", None),))],
      probe=event_dates, off=nothing)
def _yesterday(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    if pub is None:
        return None
    back = 2 if m["w"].lower().startswith("the") else 1
    return _day_part(pub - dt.timedelta(days=back)), None


_NOT_WEEKDAY_AFTER = ("good", "black", "bloody", "holy", "ash", "palm", "easter", "cyber", "great")


@_pattern(rf"\b(?:(?P<mod>(?i:last|this|past|on|early|late))\s+)?{_WEEKDAY}{_PART_OF_DAY}", "weekday")
@rule("date.weekday", "a weekday: the last such day on or before publication ('on Tuesday')",
      pos=[("Gunmen killed three villagers in Kano on Tuesday.", (("2023-11-14", None),))],
      neg=[("Gunmen killed three villagers in Kano on November 12.", (("2023-11-12", None),))],
      probe=event_dates, off=nothing)
def _weekday(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    if pub is None:
        return None
    words = m.string[: m.start()].split()
    if _no_one_day(m, words):
        return None
    if words[-2:] and [w.lower() for w in words[-2:]] in _COUNTED_WEEKDAY and enabled(COUNTED_WEEKDAY):
        return None  # "the previous Friday": counted from the day told before (day_counts.counted_day)
    target = WEEKDAYS.index(m["wd"].lower())
    if enabled(FUTURE_DAY) and (ahead := _days_ahead(m, pub, target)) is not None:
        return _day_part(pub + dt.timedelta(days=ahead)), None
    back = (pub.weekday() - target) % 7
    if back == 0 and (m["mod"] or "").lower() in ("last", "past"):
        back = 7
    return _day_part(pub - dt.timedelta(days=back)), None


_ANY_DAY_BEFORE = ("a", "an", "every", "each", "any", "another", "one")


def _no_one_day(m: re.Match[str], words: list[str]) -> bool:
    """Does the weekday of `m` (the words before it: `words`) name a feast ("Good Friday"), a
    place ("the Monday Market", "the Friday Mosque") or no one day ("on a Saturday market day",
    "every Friday")?"""
    last = words[-1].lower().strip(",") if words else ""
    if not m["mod"] and _NAMES_PLACE.match(m.string, m.end()) and enabled(WEEKDAY_PLACE):
        return True
    if last == "the" and not m["mod"] and _CAPITALISED.match(m.string, m.end()) and enabled(WEEKDAY_TITLE):
        return True
    return last in _NOT_WEEKDAY_AFTER or (not m["mod"] and last in _ANY_DAY_BEFORE and enabled(ANY_WEEKDAY))


# "the Sunday Trust reported", "the Sunday Times": a weekday between "the" and a capitalised
# word (not a month, a part of the day or a numeral) is a title's first word.
_CAPITALISED = re.compile(rf"\s+(?!(?:Morning|Afternoon|Evening|Night|{'|'.join(m[:3].title() for m in MONTH_NUMBERS)})"
                          r")[A-Z][a-z]+\b")
WEEKDAY_TITLE = branch("date.weekday-title", "'the Sunday Trust reported': a weekday between 'the' and a capitalised "
                       "word is a newspaper's or a place's name, not a day",
                       pos=[("Bandits killed 14 villagers in Zamfara state, the Sunday Trust reported.",
                             (("2023-11-16", None),))],
                       neg=[("Bandits killed 14 villagers in Zamfara state on the Sunday, the paper reported.",
                             (("2023-11-12", None),)),
                            ("Bandits killed 14 villagers in Zamfara state on the Sunday November 12.",
                             (("2023-11-12", None),))],
                       probe=event_dates, where="relative_dates._weekday")


# "the Monday Market", "the Friday Mosque", "Thursday bazaar": a place named for the day it
# keeps (a market held, a congregation met), not a date.
_NAMES_PLACE = re.compile(r"\s+(?i:market(?:place)?|mosque|bazaa?r|souk|suq)s?\b")
WEEKDAY_PLACE = branch("date.weekday-place", "a weekday naming a market or a mosque ('the Monday Market', 'the Friday "
                       "Mosque') is a place's name, not a day",
                       pos=[("A suicide bomber struck the Monday Market in Maiduguri on 12 November, killing 20 "
                             "people.", (("2023-11-12", None),))],
                       neg=[("A suicide bomber struck a market in Maiduguri on Monday, killing 20 people.",
                             (("2023-11-13", None),))],
                       probe=event_dates, where="relative_dates._weekday")

ANY_WEEKDAY = branch("date.any-weekday", "a weekday after an article or 'every' ('on a Saturday market day', 'every "
                     "Friday') names no one day: it dates nothing",
                     pos=[("Gunmen killed three villagers in Kano on 12 November. They struck on a Tuesday, when the "
                           "market was full.", (("2023-11-12", None),))],
                     neg=[("Gunmen killed three villagers in Kano on 12 November. They struck on Tuesday, when the "
                           "market was full.", (("2023-11-12", None), ("2023-11-14", None)))],
                     probe=event_dates, where="relative_dates._weekday")
_COUNTED_WEEKDAY = [["the", w] for w in ("previous", "preceding", "following")]
COUNTED_WEEKDAY = branch("date.counted-weekday", "'the previous Friday', 'the following Monday': counted from the day "
                         "told before, not from publication",
                         pos=[("Militiamen attacked a town near Gondar on 1 November. The previous Friday, fighters "
                               "had ambushed a bus near Bahir Dar, killing eight passengers.",
                               (("2023-11-01", None), ("2023-10-27", None)))],
                         neg=[("Militiamen attacked a town near Gondar on 1 November. On Friday, fighters ambushed a "
                               "bus near Bahir Dar, killing eight passengers.",
                               (("2023-11-01", None), ("2023-11-10", None)))],
                         probe=event_dates, where="relative_dates._weekday")


# "next Monday", "talks will open on Monday", "the parties on Saturday will ...": a day to come.
_NEXT_BEFORE = re.compile(r"(?i)\b(?:next|coming)\s+$")
_FUTURE_BEFORE = re.compile(r"(?i)\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\s+"
                            r"(?:[\w-]+\s+){0,4}$")
_FUTURE_AFTER = re.compile(r"(?i)^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:will|shall)\b")
FUTURE_DAY = branch("date.future-weekday", "a weekday told as to come ('next Monday', 'will open on Monday') is "
                    "the next such day, not the last",
                    pos=[("Gunmen killed three villagers in Kano, and police will open an inquiry on Monday.",
                          (("2023-11-16", None),))],
                    neg=[("Gunmen killed three villagers in Kano on Monday, and police will open an inquiry.",
                          (("2023-11-13", None),))],
                    probe=event_dates, where="dates._weekday")


def _days_ahead(m: re.Match[str], pub: dt.date, target: int) -> int | None:
    """Days from `pub` to the weekday `target` of match `m` when the text tells it as to
    come (the same day when that is publication's, a week on after "next"), else None."""
    before, after = m.string[: m.start()], m.string[m.end():]
    nxt = _NEXT_BEFORE.search(before) is not None
    if not (nxt or _FUTURE_BEFORE.search(before) or _FUTURE_AFTER.match(after)):
        return None
    ahead = (target - pub.weekday()) % 7
    return 7 if ahead == 0 and nxt else ahead


@_pattern(
    r"\b(?P<mod>(?i:last|this|past|over\s+the|at\s+the|on\s+the|during\s+the|the\s+past|the\s+last"
    r"|the(?=\s+weekend['’]s\s)))\s+(?i:weekend)\b",
    "rel", "weekend",
)
@rule("date.weekend", "'at the weekend', 'last weekend': the Saturday and Sunday before publication",
      pos=[("Gunmen killed three villagers in Kano at the weekend.", (("2023-11-11", "2023-11-12"),)),
           ("Police said the weekend's attack on a village in Kano killed three people.",
            (("2023-11-11", "2023-11-12"),))],
      neg=[("Gunmen killed three villagers in Kano on Tuesday.", (("2023-11-14", None),))],
      probe=event_dates, off=nothing)
def _weekend(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part | None] | None:
    if pub is None:
        return None
    wd = pub.weekday()
    if wd >= 5 and not m["mod"].lower().endswith("last"):
        # Published on the weekend: "this weekend" is the current one, up to publication.
        return _rel(pub - dt.timedelta(days=wd - 5), pub)
    # The most recent Saturday strictly before this week's (or the current) weekend.
    saturday = pub - dt.timedelta(days=(wd - 5) % 7 + (7 if wd >= 5 else 0))
    return _rel(saturday, saturday + dt.timedelta(days=1))


@_pattern(
    r"\b(?P<w>(?i:(?:earlier\s+|later\s+)?this\s+week|last\s+week|(?:over\s+|during\s+|in\s+)?the\s+(?:past|last)\s+week"
    r"|(?:over\s+|during\s+|in\s+)?the\s+(?:past|last)\s+(?:few|couple\s+of)\s+days|in\s+recent\s+days))\b",
    "rel", "week",
)
@rule("date.week", "'last week', 'this week', 'earlier this week': those days",
      pos=[("Gunmen killed three villagers in Kano last week.", (("2023-11-06", "2023-11-12"),))],
      neg=[("Gunmen killed three villagers in Kano on Tuesday.", (("2023-11-14", None),))],
      probe=event_dates, off=nothing)
def _week(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part | None] | None:
    if pub is None:
        return None
    w = " ".join(m["w"].lower().split())
    if "this week" in w:
        return _rel(pub - dt.timedelta(days=pub.weekday()), pub)
    if w == "last week":
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        return _rel(monday, monday + dt.timedelta(days=6))
    if "couple" in w:
        return _rel(pub - dt.timedelta(days=2), pub)
    if "few" in w:
        return _rel(pub - dt.timedelta(days=3), pub)
    return _rel(pub - dt.timedelta(days=7), pub)


@_pattern(r"\b(?P<part>(?i:early|late))\s+(?i:last|the\s+previous)\s+(?i:week)\b", "rel", "week")
@rule("date.part-of-week", "'late last week': the Thursday to Sunday of last week; 'early last week': its Monday to "
      "Wednesday",
      pos=[("Gunmen killed three villagers in Kano late last week.", (("2023-11-09", "2023-11-12"),)),
           ("Gunmen killed three villagers in Kano early last week.", (("2023-11-06", "2023-11-08"),))],
      neg=[("Gunmen killed three villagers in Kano last week.", (("2023-11-06", "2023-11-12"),))],
      probe=event_dates, off=nothing)
def _part_of_week(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part | None] | None:
    """Last week's first three days ("early") or its last four ("late"): a range inside the
    week, so that its start falls in whatever range a reader gives it."""
    if pub is None:
        return None
    monday = pub - dt.timedelta(days=pub.weekday() + 7)
    if m["part"].lower() == "early":
        return _rel(monday, monday + dt.timedelta(days=2))
    return _rel(monday + dt.timedelta(days=3), monday + dt.timedelta(days=6))


@_pattern(
    r"\b(?P<w>(?i:(?:earlier\s+|later\s+)?this\s+(?:month|year)|last\s+(?:month|year)|so\s+far\s+this\s+(?:month|year)"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:month|year)))\b",
    "rel", "month_or_year",
)
@rule("date.month-or-year", "'last month', 'this year': that month or year",
      pos=[("Gunmen killed three villagers in Kano last month.", (("2023-10", None),))],
      neg=[("Gunmen killed three villagers in Kano in October.", (("2023-10", None),))],
      probe=event_dates, off=nothing)
def _month_or_year(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part | None] | None:
    if pub is None:
        return None
    w = " ".join(m["w"].lower().split())
    if w.startswith("last month"):
        prev = pub.replace(day=1) - dt.timedelta(days=1)
        return (prev.year, prev.month, None), None
    if w.startswith("last year"):
        return (pub.year - 1, None, None), None
    span_to_pub = w.startswith(("earlier", "so far", "since"))
    if w.endswith("month"):
        return ((pub.year, pub.month, 1), _day_part(pub)) if span_to_pub else ((pub.year, pub.month, None), None)
    return ((pub.year, 1, 1), _day_part(pub)) if span_to_pub else ((pub.year, None, None), None)


@_pattern(rf"{_THIRD}(?P<which>(?i:last|this))\s+(?P<unit>(?i:month|year))\b", "rel", "month_or_year")
@rule("date.third-of-relative-month", "'late last month', 'early this year': those days of that month (months of "
      "that year), not the whole of it",
      pos=[("Gunmen killed three villagers in Kano late last month.", (("2023-10-21", "2023-10-31"),))],
      neg=[("Gunmen killed three villagers in Kano last month.", (("2023-10", None),))],
      probe=event_dates, off=nothing)
def _third_of_relative_month(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part | None] | None:
    if pub is None:
        return None
    first, last = _third_days(m)
    if m["unit"].lower() == "year":
        year = pub.year - (m["which"].lower() == "last")
        start, end = _third_months(m)
        return ((year, start, None), (year, end, None)) if (year, start) <= (pub.year, pub.month) else None
    month = pub.replace(day=1) - dt.timedelta(days=1) if m["which"].lower() == "last" else pub
    lo = dt.date(month.year, month.month, first)
    hi = min(dt.date(month.year, month.month, min(last, calendar.monthrange(month.year, month.month)[1])), pub)
    return _rel(lo, hi) if lo <= pub else None


@_pattern(
    rf"\b(?:(?i:in|over|during|within|for)\s+)?(?i:the\s+)?(?i:past|last|previous)\s+(?:(?i:{_COUNT})\s+)?"
    rf"(?i:{_UNIT})\b",
    "rel", "past",
)
@rule("date.past-n", "'over the past three days': the range up to publication",
      pos=[("Gunmen killed three villagers in Kano over the past three days.", (("2023-11-13", "2023-11-16"),))],
      neg=[("Gunmen killed three villagers in Kano on Tuesday.", (("2023-11-14", None),))],
      probe=event_dates, off=nothing)
def _past_n(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part | None] | None:
    if pub is None or (m["n"] is None and not m["unit"].lower().startswith(("hour", "day"))):
        # "the past week/month" without a count are read by the week and month patterns;
        # "last year" and "last month" are calendar periods, not spans.
        return None
    if m["n"] is None and "previous" in m.group(0).lower():
        return None  # "the previous day": the day before the incident told, counted from it (day_counts.counted_day)
    if m["n"] is None and m.string.startswith(" of", m.end()):
        return None  # "on the last day of April": a day of that month, not the day before publication
    n = _count(m["n"]) if m["n"] else 1
    return _rel(_back(pub, n, m["unit"].lower(), up=True), pub)


@_pattern(rf"\b(?i:{_COUNT})\s+(?i:{_UNIT})\s+(?i:ago)\b", "rel", "ago")
@rule("date.ago", "'two days ago': counted back from publication",
      pos=[("Gunmen killed three villagers in Kano two days ago.", (("2023-11-14", None),))],
      neg=[("Gunmen killed three villagers in Kano on Tuesday.", (("2023-11-14", None),))],
      probe=event_dates, off=nothing)
def _ago(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    if pub is None:
        return None
    unit = m["unit"].lower()
    day = _back(pub, _count(m["n"]), unit, up=False)
    if unit.startswith("month"):
        return (day.year, day.month, None), None
    if unit.startswith("year"):
        return (day.year, None, None), None
    return _day_part(day), None


COUNTED_FROM_TOLD = branch(
    "date.counted-from-told", "'... on 27 October. Three days later, a strike killed ...': the days are counted "
    "from the event told last, an earlier one recalled included, not from the report's incident",
    pos=[("A drone strike killed two fighters in Tyre on Monday. Tensions rose after a rocket hit a football pitch in "
          "Majdal Shams on 27 October, killing 12 children. Three days later, an Israeli strike killed a commander "
          "in Beirut.", (("2023-11-13", None), ("2023-10-27", None), ("2023-10-30", None)))],
    neg=[("A drone strike killed two fighters in Tyre on 27 October. Three days later, an Israeli strike killed a "
          "commander in Beirut.", (("2023-10-27", None), ("2023-10-30", None)))],
    probe=event_dates, where="extractor._told_last")


# "The army said on 29 April that jihadists had attacked a convoy on Saturday": the Saturday
# before the statement, not before publication.
_WEEKDAY_WORD = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAYS)})\b")
STATEMENT_WEEK = branch(
    "date.weekday-of-statement", "a weekday in a sentence dating its statement explicitly ('the army said on 29 April "
    "that ... on Saturday') is the last such day on or before the statement, when publication would put it after",
    pos=[("The army said on 6 November that jihadists had attacked a convoy near Dori on Saturday, killing 15 "
          "soldiers.", (("2023-11-04", None),))],
    neg=[("The army said on Wednesday that jihadists had attacked a convoy near Dori on Saturday, killing 15 "
          "soldiers.", (("2023-11-11", None),))],
    probe=event_dates, where="relative_dates.weekdays_of_statement")


def weekdays_of_statement(dates: list[DateMention], told: list[DateMention]) -> list[DateMention]:
    """`dates` (one sentence's, in order) with each weekday that publication puts after the
    sentence's one explicit statement day (among `told`, the days told as a statement's)
    counted back from that day instead. Cost: linear in the mentions."""
    anchors = [d for d in told if d.precision == "day" and re.search(r"\d", d.text)]  # a written day, not a weekday
    if len(anchors) != 1 or not enabled(STATEMENT_WEEK):
        return dates
    day = anchors[0].date
    out = []
    for d in dates:
        if d.relative and d.precision == "day" and d.date > day and _WEEKDAY_WORD.search(d.text):
            again = [x for x in find_dates(d.text, day) if x.precision == "day"]
            if again:
                d = DateMention(d.start, d.end, d.text, again[0].date, None, "day", True)
        out.append(d)
    return out


# "KYIV, Ukraine, May 11 (Reuters) - ", "Goma, 12 May 2024 – ": a dateline with its filing day.
_DATED_LINE = re.compile(
    r"(?m)^[ \t]*[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40})?,\s*(?P<date>"
    rf"(?:(?:{'|'.join(w.title() for w in WEEKDAYS)}),?\s+)?(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)\s*(?:\([\w .]{1,30}\)\s*)?(?:—|–|--|-)\s")
DATELINE_DAY = branch(
    "date.dateline-day", "a dateline's day ('KYIV, May 11 (Reuters) - ') is the day the report's weekdays and "
    "'yesterday' count from, when it is up to a week before the page's date",
    pos=[("Report\n\nKANO, Nigeria, Nov. 13 (Reuters) - Gunmen killed three villagers in Kano on Tuesday.",
          (("2023-11-07", None),)),
         ("Report\n\nKano, 13 November – Gunmen killed three villagers in Kano yesterday.", (("2023-11-12", None),))],
    neg=[("Report\n\nKANO, Nigeria (Reuters) - Gunmen killed three villagers in Kano on Friday.",
          (("2023-11-10", None),)),
         ("Report\n\nKANO, Nigeria, Nov. 16 (Reuters) - Gunmen killed three villagers in Kano on Thursday.",
          (("2023-11-16", None),))],
    probe=event_dates, where="relative_dates.dateline_day")


def dateline_day(text: str, published: str | None) -> str | None:
    """The ISO day of the first dateline of `text` (in its first four lines) that gives one, when it
    falls within a week before `published` (the page's date, ISO): the guide reads a dateline
    as the report's publication date. None otherwise. Cost: one regex scan of the text's head."""
    if not published or len(published) != 10 or not enabled(DATELINE_DAY):
        return None
    head = "\n".join([line for line in text.splitlines() if line.strip()][:4])  # the title and the lead
    m = _DATED_LINE.search(head)
    if m is None:
        return None
    days = [d for d in find_dates(m["date"], published) if d.precision == "day"]
    if not days:
        return None
    day = dt.date.fromisoformat(days[0].date)
    pub = dt.date.fromisoformat(published)
    return days[0].date if pub - dt.timedelta(days=7) <= day < pub else None


@rule("date.dated-dateline", "a dateline giving its filing day ('GAO, Mali, 3 March 2024 — ', 'MOGADISHU, "
            "Somalia, Wednesday May 15, 2024 — ') is the report's, not its incident's",
            pos=[("Report\n\nGAO, Mali, Tuesday, November 14, 2023 — An IED struck an army convoy on Saturday, killing "
                  "four soldiers.", (("2023-11-11", None),))],
            # a sentence opening with a place and its day is no dateline: no dash follows
            neg=[("Report\n\nIn Gao, Mali, on Tuesday, November 14, 2023, an IED struck an army convoy, killing four "
                  "soldiers.", (("2023-11-14", None),))],
            probe=event_dates, off=lambda text: [])
def dated_dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of datelines with a filing day (:data:`_DATED_LINE`) anywhere at a line's start:
    where and when a report was filed, neither its incident's place nor its day. Cost: one
    regex scan."""
    return [(m.start(), m.end()) for m in _DATED_LINE.finditer(text)]


# Months and feasts told by name, and the opening months of a year ("the first nine months of
# 2023"), register their patterns here (modules of their own).
from sitgraph.loaders.extract import named_days, period_spans  # noqa: E402,F401
