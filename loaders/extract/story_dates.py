"""The day a narrative's later dates count from: its story's, not its page's.

An encyclopedia article, a rights group's documentation or an incident database tells an
attack months or years after it happened: "The 2019 Janzour market shelling was an attack
... on 6 December 2019." Its later sentences give days without a year ("On 7 December, GNA
forces shelled ..."), weekdays ("at 6:40 p.m. on a Saturday market day") and counts ("the
toll was revised the following day") told from the story's time, not from the page's date.
A news report tells its incident within days of publication, so its reference stays the
page's date.

The reference is the day of the report's lead (its first incident told in the body) when
that day lies more than :data:`STORY_GAP_DAYS` before publication; a written day without
a year then takes the year nearest that reference. Cost: linear in the frames read, once
per sentence until the lead is read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from sitgraph.loaders.extract.page_week_news import PAGE_WEEK_NEWS, tells_page_week
from sitgraph.loaders.extract.present_recalls import recalled_lead
from sitgraph.loaders.extract.rules import branch, enabled, event_dates
from sitgraph.loaders.extract.rules import rule as named_rule

# A report published more than a month after the first incident it dates tells a story
# from the past: no filing delay, weekly digest or late upload is that long.
STORY_GAP_DAYS = 31
# A year written in a date mention ("7 December 2019"): nothing to fill.
YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def _day(value: str | None) -> dt.date | None:
    """The date of ISO day `value`, else None (a month, a year, nothing)."""
    if value is None or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


@named_rule("date.story-reference", "in a narrative whose lead dates its incident long before publication ('... on "
            "6 December 2019.' on a 2024 page), later year-less days and weekdays count from the lead's day",
            pos=[("Janzour shelling\n\nRockets struck the market of Janzour, Libya, on 6 December 2019, killing 11 "
                  "civilians. On Saturday 7 December, GNA forces shelled positions near Al-Aziziya, killing two "
                  "fighters.", (("2019-12-06", None), ("2019-12-07", None))),
                 ("Suarez bombing\n\nA bomb exploded on the square of Suárez, Colombia, on 4 March 2023. On "
                  "Saturday evening, gunmen fired on the police station of Morales, wounding two officers.",
                  (("2023-03-04", None), ("2023-03-04", None)))],
            # a news report's incident within days of publication: its page's date counts
            neg=[("Janzour shelling\n\nRockets struck the market of Janzour, Libya, on 12 November 2023, killing 11 "
                  "civilians. On 7 December, GNA forces shelled positions near Al-Aziziya, killing two fighters.",
                  (("2023-11-12", None), ("2022-12-07", None)))],
            probe=event_dates, off=lambda frames, texts, published: "")
def lead_story(frames: Iterable[Any], texts: dict[int, str], published: str | None) -> str | None:
    """Once the report's lead is read (its first incident told in a closed sentence of the
    body, :func:`lead_days.no_lead_yet`): the lead's explicit day when it lies more than
    :data:`STORY_GAP_DAYS` before `published`, else "" (no story: the page's date counts);
    "" too when the lead's sentences already told a day of the page's week (news of the day
    about a past attack: page_week_news.py). None while no lead is read yet. Cost: linear in
    the frames."""
    from sitgraph.loaders.extract.lead_days import closed

    lead = next((f for f in frames if f.role == "incident"
                 and any(closed(texts.get(i, "")) for i in (f.sent_index, *f.evidence_index))), None)
    if lead is None:
        return None
    if enabled(SINCE_LEAD) and lead.date and since_year(texts.get(lead.sent_index, ""), lead.date[:4]):
        return ""  # "ever since they overran the city in September 2014": a period's start, no story
    if not lead.date_explicit:
        return ""
    past = long_past(lead.date, published)
    told = max((lead.sent_index, *lead.evidence_index))  # the lead's sentences read so far
    if past and enabled(PAGE_WEEK_NEWS) and tells_page_week(texts, told, published):
        return ""  # "a court on Thursday convicted ... over the bombing in 2021": the page's news, no story
    return past or ""


SINCE_LEAD = branch("date.since-lead-no-story", "a first incident dated in a 'since' clause ('have held Sanaa ever "
                    "since they overran it in September 2014') starts a period up to the page: it sets no story time",
                    pos=[("Yemen\n\nThe Houthis have held Sanaa ever since they overran the city in September 2019. "
                          "On 9 August, Saudi-led jets bombed a prison in Dhamar, killing 30 inmates.",
                          (("2019-09", None), ("2023-08-09", None)))],
                    # a lead told as the story's own time: its year goes on
                    neg=[("Yemen\n\nThe Houthis overran Sanaa in September 2019. On 9 August, Saudi-led jets bombed "
                          "a prison in Dhamar, killing 30 inmates.", (("2019-09", None), ("2019-08-09", None)))],
                    probe=event_dates, where="story_dates.lead_story")


def since_year(sentence: str, year: str) -> bool:
    """Is `year` written in `sentence` in a clause "since" opens ("since the truce collapsed
    in March 2020"), no more than 80 characters after it?"""
    return re.search(rf"(?i)\bsince\b[^.;:!?\n]{{0,80}}?\b{re.escape(year)}\b", sentence) is not None


def story_after(story: str | None, frames: list[Any], texts: dict[int, str], published: str | None,
                doc: Any = None) -> str | None:
    """The story's day after a sentence is read: `story` once decided (a day, or "" for
    none), else :func:`lead_story` of the frames read so far; "" when that lead is a past
    recalled from the present in `doc` (present_recalls.py: a feature's flashback)."""
    if story is not None:
        return story
    found = lead_story(frames, texts, published)
    return "" if found and doc is not None and recalled_lead(frames, texts, doc) else found


def long_past(date: str | None, published: str | None) -> str | None:
    """ISO day `date` when it lies more than :data:`STORY_GAP_DAYS` before `published`
    (a story long past: a title's or a lead's day), "" when it does not, None when there
    is no day to judge (the lead may still tell one)."""
    day, page = _day(date) or _month_start(date), _day(published)
    if day is None:
        return None
    if not enabled("date.story-reference"):
        return ""
    return day.isoformat() if page is not None and (page - day).days > STORY_GAP_DAYS else ""


@named_rule("date.story-month", "a lead dating its incident to a month long past ('... in March 2019') is the "
            "story's time too: a later year-less day ('Late on 3 March') takes that month's year",
            pos=[("Kadji attack\n\nThe Kadji attack was an assault on the village of Kadji in the Diffa Region, "
                  "Niger, in March 2019. Late on Sunday 3 March, assailants on motorbikes shot dead 14 villagers.",
                  (("2019-03-03", None),))],
            neg=[("Kadji attack\n\nThe Kadji attack was an assault on the village of Kadji in the Diffa Region, "
                  "Niger, in 2019. Late on 3 March, assailants on motorbikes shot dead 14 villagers.",
                  # a year is no month: the day's year is the one written (date.written-year)
                  (("2019-03-03", None),))],
            probe=event_dates, off=lambda date: None)
def _month_start(date: str | None) -> dt.date | None:
    """The first day of ISO month `date` ("2019-03"), the reference a month's story counts
    year-less days from; None for anything else (a year alone places no day)."""
    if date is None or len(date) != 7:
        return None
    try:
        return dt.date.fromisoformat(date + "-01")
    except ValueError:
        return None


def near_reference(dates: list[Any], reference: str | None, page: str | None = None) -> list[Any]:
    """`dates` (one sentence's mentions, resolved against `reference`, a story's or an
    entry's day) with each written day lacking a year ("On 7 December", "on 13 September")
    given the year that puts it nearest `reference`: a story goes on after its lead, where a
    news report's past days fall before its page's date. Unchanged when `reference` is the
    `page`'s date itself. Cost: linear in the mentions."""
    from dataclasses import replace

    ref = _day(reference)
    if ref is None or reference == page:
        return dates
    out = []
    for d in dates:
        day = _day(d.date)
        if d.relative and day is not None and d.date_end is None and any(c.isdigit() for c in d.text) \
                and not YEAR_WRITTEN.search(d.text):
            shifted = min((_shift(day, n) for n in (-1, 0, 1)), key=lambda x: abs((x - ref).days))
            d = replace(d, date=shifted.isoformat())
        out.append(nearest_month(d, ref, _day(page)))
    return out


# A month named with a word tying it to the page's date ("last March", "this March"): not a story's.
PAGE_MONTH = re.compile(r"(?i)\b(?:last|this|past|next)\b")


@named_rule("date.story-month-nearest", "in a story long past, a month named alone ('In March, ...') is the one "
            "nearest the story's time (a later one on a tie), not the last before it; never after the page's month",
            pos=[("Sahel overview\n\nIn January, JNIM fighters killed 30 soldiers in an attack on a base in Djibo. "
                  "In March, an ambush near Tillaberi killed 23 soldiers.", (("2023-01", None), ("2023-03", None)))],
            # the month before the story's is the nearest: it stays before
            neg=[("Sahel overview\n\nIn March, JNIM fighters killed 30 soldiers in an attack on a base in Djibo. "
                  "In January, an ambush near Tillaberi killed 23 soldiers.", (("2023-03", None), ("2023-01", None)))],
            probe=event_dates, off=lambda d, ref, page: d)
def nearest_month(d: Any, ref: dt.date, page: dt.date | None) -> Any:
    """Date mention `d`, when it is a month named alone ("March", resolved as the last such
    month before the reference day `ref`), moved to the year that puts it nearest `ref`'s
    month (the later on a tie: a story goes on), unless that falls after the `page`'s month.
    Any other mention unchanged."""
    from dataclasses import replace

    if not (d.relative and d.precision == "month" and d.date_end is None and len(d.date) == 7) \
            or any(c.isdigit() for c in d.text) or PAGE_MONTH.search(d.text):
        return d
    year, month = int(d.date[:4]), int(d.date[5:])
    steps = {y: (y - ref.year) * 12 + month - ref.month for y in (ref.year - 1, ref.year, ref.year + 1)}
    best = min(steps, key=lambda y: (abs(steps[y]), -y))
    if best == year or (page is not None and (best, month) > (page.year, page.month)):
        return d
    return replace(d, date=f"{best:04d}-{month:02d}")


def _shift(day: dt.date, years: int) -> dt.date:
    """`day` moved by `years` (28 February for a 29th in a year without one)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@named_rule("date.title-day", "a title giving its incident's full date ('Grenade attack at X, Srinagar (4 March "
            "2019)') dates the first incident the body tells without a date of its own",
            pos=[("Grenade Attack at Hari Singh High Street, Srinagar (4 March 2019)\n\nThe grenade missed the "
                  "bunker and exploded on the road among shoppers in Srinagar, wounding 14 people.",
                  (("2019-03-04", None),))],
            neg=[("Grenade Attack at Hari Singh High Street, Srinagar\n\nThe grenade missed the bunker and "
                  "exploded on the road among shoppers in Srinagar on 4 March 2019, wounding 14 people.",
                  (("2019-03-04", None),)),
                 # a day of its own: the title's lends nothing (and, days before publication, tells no story)
                 ("Grenade Attack at Hari Singh High Street, Srinagar (14 November 2023)\n\nThe grenade missed the "
                  "bunker and exploded on the road among shoppers in Srinagar on Monday, wounding 14 people.",
                  (("2023-11-13", None),))],
            probe=event_dates, off=lambda text, heads: None)
def title_day(text: str, heads: list[tuple[int, int]]) -> tuple[str, None, str, int] | None:
    """When the text's first line is a headline (one of `heads`, spans of title-case lines,
    which are not read as sentences) naming one full date ("(4 March 2019)"): that day, as
    the date told last (ISO day, no end, precision, sentence index 0), lent to an undated
    incident of the first sentences. Else None. Cost: a date scan of the first line."""
    from sitgraph.loaders.extract.dates import find_dates

    start = len(text) - len(text.lstrip())
    if not any(s <= start < e for s, e in heads):
        return None
    line = text[start:].split("\n", 1)[0]
    days = [d for d in find_dates(line, None) if d.precision == "day" and YEAR_WRITTEN.search(d.text)]
    return (days[0].date, None, "day", 0) if len(days) == 1 else None


# The lines of a record's opening block searched for its date field (title, fields).
RECORD_BLOCK_LINES = 8


@named_rule("date.record-heading", "the heading over an incident record ('Incident record: shelling of X') is dated "
            "by the record's 'Date:' field under it, as the record's incident is",
            pos=[("Incident record: shelling of Nam Hkam village\n\nDate: 14 May 2018\nLocation: Nam Hkam, Kachin "
                  "State\n\nArtillery shells fired by the army landed on Nam Hkam village, killing five villagers.",
                  (("2018-05-14", None),))],
            neg=[("Incident record: shelling of Nam Hkam village\n\nLocation: Nam Hkam, Kachin State\n\nArtillery "
                  "shells fired by the army landed on Nam Hkam village, killing five villagers.",
                  (("2023-11-16", None),))],
            probe=event_dates, off=lambda text, published: None)
def record_heading_day(text: str, published: str | None) -> tuple[str, None, str, int] | None:
    """The day of the first "Date:" field among the first :data:`RECORD_BLOCK_LINES` lines of
    `text` (an incident record's opening block: its heading and fields), as the date told
    last (so the heading's incident takes it); None when there is none."""
    from sitgraph.loaders.extract.entry_dates import record_date

    for line in text.lstrip().split("\n")[:RECORD_BLOCK_LINES]:
        day = record_date(line, published)
        if day is not None:
            return day, None, "day", 0
    return None


def opening_day(text: str, heads: list[tuple[int, int]],
                published: str | None) -> tuple[str, None, str, int] | None:
    """The day the opening of `text` gives its first incident: a title's full date
    (:func:`title_day`), else a record's date field under its heading (:func:`record_heading_day`)."""
    return title_day(text, heads) or record_heading_day(text, published)
