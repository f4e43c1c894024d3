"""The year a narrative is in: the last year the text wrote before a day told without one.

English prose sets its time once and then drops the year: "In April 2019, the LNA began an
offensive on Tripoli. On 7 December, its aircraft bombed a market in Zawiya." An
encyclopedia article, a rights group's documentation or a retrospective read years later
means 7 December 2019, not the December before the page's date. A news report tells its
incident within days of publication and writes a year when it goes back further, so a
year-less day that the page's date puts within :data:`story_dates.STORY_GAP_DAYS` of
publication stays where the page puts it, and a written year near publication (a page's
stamp, "since April 2024") changes nothing.

Cost: one date scan of the text (:func:`year_marks`), then a bisection per sentence and a
regular-expression test per date mention.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_WORDS
from sitgraph.loaders.extract.rules import branch, enabled, event_dates
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.story_dates import STORY_GAP_DAYS

_MONTH = rf"(?:{'|'.join(MONTH_WORDS)})\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A day written with its month and nothing else ("7 December", "Dec. 7", "the 7th of
# December", "11-13 April"): no year, no "last year", no weekday to tie it to the page.
BARE_DAY = re.compile(rf"(?i)^(?:the\s+)?{_DAY}(?:\s*[-–]\s*{_DAY})?(?:\s+of)?\s+{_MONTH}$|"
                      rf"^{_MONTH}\s+{_DAY}(?:\s*[-–]\s*{_DAY})?$")
FOUR_DIGITS = re.compile(r"\d{4}")  # what a written year needs (below: \b\d{4}\b in a date's text)
# A title naming its year before anything else ("2019 Janzour market shelling").
TITLE_YEAR = re.compile(r"^\W*((?:19|20)\d{2})\b(?!\s*(?:people|dead|killed|civilians))")


@dataclass(frozen=True)
class YearMark:
    """A year the text wrote: where (offset into the report's text), the first day of what
    it wrote (a day, a month, a year) and how far before that day a later year-less day may
    still fall (a story told on from a day or a month may step back a little; from a year,
    not out of it)."""

    at: int
    day: dt.date
    slack: int
    title: bool = False  # the year opening the first line: the whole report's, in any paragraph


# How far a story told on from a written day or month may step back: "On 7 December 2019,
# ... On 30 November, ..." is the same year.
STEP_BACK_DAYS = 60


def _mark(at: int, iso: str) -> YearMark | None:
    """The mark of ISO date `iso` written at offset `at`."""
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return YearMark(at, dt.date.fromisoformat(iso), STEP_BACK_DAYS)
        if len(parts) == 2:
            return YearMark(at, dt.date(int(parts[0]), int(parts[1]), 1), STEP_BACK_DAYS)
        return YearMark(at, dt.date(int(parts[0]), 1, 1), 0)
    except ValueError:
        return None


def year_marks(text: str, published: str | None) -> list[YearMark]:
    """Every year `text` writes out, in order: date mentions with a four-digit year that do not
    depend on the page's date ("In April 2019", "on 6 December 2019", "in 2015"; not a span
    of years), and a year opening the first line (a title, "2019 Tripoli clashes"). Cost: one
    date scan."""
    from sitgraph.loaders.extract.dates import find_dates

    marks = []
    first = TITLE_YEAR.match(text.lstrip().split("\n", 1)[0])
    if first:
        marks.append(YearMark(len(text) - len(text.lstrip()) + first.start(1), dt.date(int(first.group(1)), 1, 1), 0,
                              title=True))
    # A text with no four digits in a row writes no year: the scan of the whole text is spared.
    for d in find_dates(text, published) if FOUR_DIGITS.search(text) else ():
        # a span of years ("2015 and 2016") sets no one year
        spans_years = d.date_end is not None and d.date_end[:4] != d.date[:4]
        mark = None if d.relative or spans_years or not re.search(r"\b\d{4}\b", d.text) else _mark(d.start, d.date)
        if mark is not None and not period_start(text, d.start) and not back_to_now(text, d.end):
            marks.append(mark)
    return marks


def _mark_before(marks: list[YearMark], at: int) -> YearMark | None:
    """The last mark before offset `at`, if any."""
    i = bisect.bisect_left([m.at for m in marks], at)
    return marks[i - 1] if i else None


def _long_before(day: dt.date | None, page: dt.date | None) -> bool:
    return day is not None and page is not None and (page - day).days > STORY_GAP_DAYS


def _iso_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _years_to(day: dt.date, mark: YearMark) -> int:
    """The shift in years that puts the month and day of `day` first on or after `mark`'s
    day less its slack: a story goes on from the time it wrote."""
    for year in (mark.day.year - 1, mark.day.year, mark.day.year + 1):
        moved = dt.date.fromisoformat(_shifted(day.isoformat(), year - day.year))
        if (moved - mark.day).days >= -mark.slack:
            return year - day.year
    return mark.day.year + 1 - day.year


def _shifted(iso: str | None, years: int) -> str | None:
    day = _iso_day(iso)
    if day is None or not years:
        return iso
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:
        return day.replace(year=day.year + years, day=28).isoformat()


@named_rule("date.written-year", "a day told without a year ('On 7 December, ...') takes the year the text last "
            "wrote ('In April 2019, ...'), when the page's date would put it more than a month before publication",
            pos=[("Tripoli\n\nIn April 2019, the LNA began an offensive on Tripoli. On 7 December, LNA aircraft "
                  "bombed a market in Zawiya, killing five civilians.", (("2019-12-07", None),)),
                 ("Kerawa\n\nIn 2015, Boko Haram stepped up its raids in northern Cameroon. On 3 September, two "
                  "suicide bombers blew themselves up at a market in Kerawa, killing 19 people.",
                  (("2015-09-03", None),))],
            # a day within a month of publication is the news's own; a year-relative day is the page's
            neg=[("Sudan\n\nThe war began in April 2023. On 9 November, RSF shelling hit a market in El Fasher, "
                  "killing 12 people.", (("2023-11-09", None),)),
                 ("Tripoli\n\nIn April 2019, the LNA began an offensive on Tripoli. On 7 December last year, LNA "
                  "aircraft bombed a market in Zawiya, killing five civilians.", (("2022-12-07", None),))],
            probe=event_dates, off=lambda dates, marks, start, page, story=None, news_line=None: dates)
def near_written_year(dates: list[Any], marks: list[YearMark], start: int, page: str | None,
                      story: str | None = None, news_line: int | None = None) -> list[Any]:
    """`dates` (one sentence's mentions, offsets from `start`, the sentence's offset in the
    text) with each day written without a year (:data:`BARE_DAY`) that lies more than
    :data:`STORY_GAP_DAYS` before the `page`'s date moved to the year the last year the text
    wrote before it (:func:`year_marks`) puts it in, when that year too lies that long
    before the page. Unchanged once a `story` is read (its lead's day long past,
    story_dates.py; or the date of the dated entry the sentence is in, entry_dates.py): an
    article's background paragraph writes older years ("hit in September 2015", "since
    2014") and its story's later days are the story's, not theirs; an entry's heading gives
    its entries their year. `news_line`: in a news report (its lead read and within a month
    of publication), the offset where the sentence's line starts; a year written before it
    lends none (:data:`NEWS_OWN_PARAGRAPH`), save a title's ("2019 Kadji attack"), the whole report's.
    Cost: a bisection and a regular-expression test per mention."""
    if story:
        return dates
    page_day = _iso_day(page)
    out = []
    for d in dates:
        mark = _mark_before(marks, start + d.start)
        if mark is not None and news_line is not None and mark.at < news_line and not mark.title \
                and enabled(NEWS_OWN_PARAGRAPH):
            mark = None
        day = _iso_day(d.date)
        if mark is not None and d.relative and _long_before(day, page_day) and _long_before(mark.day, page_day) \
                and BARE_DAY.match(d.text.strip()):
            years = _years_to(day, mark)
            d = replace(d, date=_shifted(d.date, years), date_end=_shifted(d.date_end, years))
        out.append(d)
    return out


# A news report tells its incident within days of publication and writes a year where it goes
# back further; a year an earlier paragraph wrote belongs to what that paragraph told (old
# footage "first posted in 2022", a weapon "acquired in 2023", a statement "of January 2017"),
# not to a later paragraph's day: "On 3 March" there is the one before the page's date.
NEWS_OWN_PARAGRAPH = branch(
    "date.news-year-own-paragraph", "in a news report (its lead dated within a month of publication), a year "
    "written in an earlier paragraph ('the video was first posted in 2021') lends no year to a later "
    "paragraph's day told without one ('On 3 September, ...'): that day keeps the page's year",
    pos=[("Kherson market\n\nA shell hit the central market of Kherson on Tuesday, killing four people, the "
          "governor said.\n\nA video shared as footage of the strike was first posted in 2021.\n\nOn 3 "
          "September, a drone hit a school in Kherson, killing two teachers, the governor said.",
          (("2023-11-14", None), ("2023-09-03", None)))],
    # the year written in the day's own paragraph is its story's time; before the lead, no news is known
    neg=[("Kherson market\n\nA shell hit the central market of Kherson on Tuesday, killing four people, the "
          "governor said.\n\nIn April 2019, the army began an offensive on the city. On 7 September, its "
          "aircraft bombed a school in Kherson, killing two teachers.", (("2023-11-14", None), ("2019-09-07", None))),
         ("Kerawa\n\nIn 2015, the group stepped up its raids across the north.\n\nOn 3 September, two bombers "
          "blew themselves up at a market in Kerawa, killing 19 people.", (("2015-09-03", None),))],
    probe=event_dates, where="written_years.near_written_year")


# "since" opening the clause a written year is in, with no sentence end between: the start of
# a period running up to the page's date, not a time the story is told in.
SINCE_BEFORE = re.compile(r"(?i)\bsince\b[^.;:!?\n]*$")
# How far back from a year the "since" it hangs on may stand ("since the army seized power in").
SINCE_REACH = 80


@named_rule("date.since-sets-no-year", "a year written in a 'since' clause ('has been hit by raids since rebels took "
            "the town in May 2019') starts a period up to the page's date: later year-less days keep the page's year",
            pos=[("Ethiopia\n\nAmhara has been under emergency rule since clashes broke out there in August 2019. On "
                  "10 August, a drone strike on a bus near Bahir Dar killed 11 passengers.", (("2023-08-10", None),)),
                 ("Sudan\n\nEl Fasher has been besieged ever since RSF fighters took Nyala in October 2021. On 9 "
                  "July, RSF shelling hit a market in El Fasher, killing 12 people.", (("2023-07-09", None),))],
            # a year told as the story's own time ("since" later, about something else): the year goes on
            neg=[("Syria\n\nIn March 2015, rebels captured Idlib, weeks after fighting that went on since the winter. "
                  "On 10 April, government jets bombed a market in Idlib, killing 20 people.",
                  (("2015-04-10", None),))],
            probe=event_dates, off=lambda text, at: False)
def period_start(text: str, at: int) -> bool:
    """Is the year written at offset `at` of `text` in a clause "since" opens (within
    :data:`SINCE_REACH` characters back, no sentence end between)? Cost: one regex search
    of that stretch."""
    return SINCE_BEFORE.search(text, max(0, at - SINCE_REACH), at) is not None


# The rest of a year's sentence brought back to the page's present: "was pushed out of the city in
# 2011 but still controls the countryside", "seized the town in early 2015 and has used it as its
# base since". A present-perfect or a "still" present after the year, in its own sentence.
_NOW_AFTER = re.compile(r"(?i)[^.;!?\n]*?\b(?:but|and|yet|which|where)\s+(?:(?:it|they|he|she)\s+)?"
                        r"(?:(?:still|now)\s+[a-z]+s|(?:has|have)\s+(?:since\s+|still\s+)?[a-z]+(?:ed|en|t)|"
                        r"(?:is|are)\s+(?:still|now)\b)")


@named_rule("date.year-back-to-now", "a year whose sentence comes back to the present ('was pushed out of the city in "
            "2011 but still controls the countryside') sets no year for later year-less days: they keep the page's",
            pos=[("Somalia\n\nThe group was driven from the capital in 2011 but still holds much of the south. On "
                  "12 March, its fighters attacked a checkpoint near Baidoa, killing four soldiers.",
                  (("2023-03-12", None),)),
                 ("Libya\n\nThe group was driven out of Derna in 2014 and has launched raids from the desert since. "
                  "On 12 March, a car bomb at a checkpoint near Tobruk killed four soldiers.",
                  (("2023-03-12", None),))],
            # the year told as the story's own time, its sentence in the past throughout: the year goes on
            neg=[("Kerawa\n\nIn 2015, Boko Haram stepped up its raids in northern Cameroon and burned villages. On "
                  "3 September, two suicide bombers blew themselves up at a market in Kerawa, killing 19 people.",
                  (("2015-09-03", None),))],
            probe=event_dates, off=lambda text, end: False)
def back_to_now(text: str, end: int) -> bool:
    """Does the sentence of the year written up to offset `end` of `text` go on, after it, in
    the present ("but still controls", "and has used it")? Cost: one anchored regex match."""
    return _NOW_AFTER.match(text, end) is not None
