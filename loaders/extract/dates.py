"""Dates in report text: explicit ones, and ones relative to the publication date.

:func:`find_dates` reads a sentence (or any string) and returns every date expression it
recognises as a :class:`DateMention`: its span, an ISO date (``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``), the end of the range where the text names one, and a precision.

Conventions, chosen to match how conflict reports are written and coded:

- Numeric dates are read day first (``05/04/2019`` is 5 April), as in most reports
  written outside the US; they are read month first only when the day-first reading is
  impossible (``04/25/2019``). :func:`find_dates` takes ``dayfirst=False`` for US sources.
- A date without a year takes the publication year, moved back a year if that would put
  it more than a month after publication (a January report speaking of "December 28"
  means last December). Without a publication date such dates are skipped, as are
  relative expressions ("yesterday", "on Monday", "last weekend").
- Weekdays name the most recent such day on or before publication ("on Tuesday" in a
  Tuesday report is that day); "last Tuesday" is strictly before publication.
- "since X" is a range from X to the publication date; "early/mid/late May" are the
  days 1-10, 11-20 and 21-end; "early/mid/late 2019" the months 1-4, 5-8 and 9-12.
- Month names count only when capitalised and next to a day, a year or a preposition
  ("in May"), so the modal verb ("forces may attack") and the noun ("a march") are not
  dates; abbreviations ("Sept") count only next to a day or year. Four-digit numbers
  count as years only after a preposition ("in 2018"), in ranges, or with a month, so
  times ("1145 GMT") and counts are not dates.

Held here: ISO values (:func:`parse_iso`, :func:`format_iso`, :func:`shift_back`) and the
reading itself: the pattern table's matches (:mod:`date_patterns`; the explicit expressions
in :mod:`explicit_dates`, the relative ones in :mod:`relative_dates` and :mod:`named_days`)
are ordered, the overlapping ones dropped, neighbours joined into ranges
(:mod:`date_ranges`), years filled and mentions made. Everything is pure and regex based:
no model, no I/O; a sentence costs a few microseconds per pattern.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sitgraph.errors import SitgraphError

# Importing explicit_dates registers the explicit expressions first (relative_dates below).
from sitgraph.loaders.extract import explicit_dates  # noqa: F401
from sitgraph.loaders.extract.date_patterns import _NEEDS, _PATTERNS, _back, _Found, _granularity, _Part
from sitgraph.loaders.extract.date_ranges import _combine
from sitgraph.loaders.extract.rules import branch, enabled, event_dates

__all__ = ["DateError", "DateMention", "find_dates", "parse_iso", "find_date_spans", "shift_back"]


class DateError(SitgraphError):
    """A date given to this module (such as a publication date) is not ISO."""


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a string.

    ``start``/``end`` are offsets into the string given to :func:`find_dates` and
    ``text`` is ``string[start:end]``. ``date`` is ISO (``YYYY-MM-DD``, ``YYYY-MM`` or
    ``YYYY``), the start of the range when there is one; ``date_end`` is the ISO end of
    the range or None. ``precision`` is ``"day"``, ``"month"``, ``"year"`` or
    ``"range"``. ``relative`` is True when the value depends on the publication date
    (relative expressions, dates without a year, ranges running up to publication).
    """

    start: int
    end: int
    text: str
    date: str
    date_end: str | None
    precision: str
    relative: bool


# ---------------------------------------------------------------------------- ISO values

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_iso(value: str) -> tuple[int, int | None, int | None]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a time after the day, ``T08:00`` or
    `` 08:00``, is ignored) into ``(year, month, day)`` with None for missing parts.

    Raises :class:`DateError` when the value is not such a date. Cost: one regex match.
    """
    text = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}[T\s]\d", text):
        text = text[:10]  # "2019-05-07T08:00Z", "2019-05-07 08:00": the day is what counts
    match = _ISO.match(text)
    if not match:
        raise DateError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as exc:
        raise DateError(f"not a valid date: {value!r}") from exc
    return year, month, day  # type: ignore[return-value]


def format_iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO text for a partial date: ``2019``, ``2019-05`` or ``2019-05-07``."""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _published(value: str | dt.date | None) -> tuple[dt.date | None, int | None]:
    """The publication day (None unless known to the day) and year (None if unknown)."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), value.year
    if isinstance(value, dt.date):
        return value, value.year
    year, month, day = parse_iso(value)
    if month is not None and day is not None:
        return dt.date(year, month, day), year
    return None, year


def shift_back(iso: str, n: int, unit: str) -> str:
    """ISO `iso` moved `n` units (days, weeks, months, years) back, at no finer precision
    than it had: "2015-03" less two months is "2015-01", "2013-01-28" less a day
    "2013-01-27"; days or weeks off a month or a year leave it as it is. Raises DateError
    on a value that is not ISO. Cost: constant."""
    y, m, d = parse_iso(iso)
    if d is not None:
        return _back(dt.date(y, m or 1, d), n, unit, False).isoformat()
    if m is not None and unit.startswith(("month", "year")):
        months = y * 12 + m - 1 - (n if unit.startswith("month") else 12 * n)
        return format_iso(months // 12, months % 12 + 1)
    if m is None and unit.startswith("year"):
        return format_iso(y - n)
    return iso


# ---------------------------------------------------------------------------- assembly


@functools.lru_cache(maxsize=256)
def _scan(text: str, patterns: int) -> tuple[tuple[re.Match[str], ...], ...]:
    """The matches in `text` of each of the first `patterns` patterns of the table, in
    order (none for a pattern whose need the text lacks). Cached: a sentence is read for
    its dates and again for the date spans that mask its counts, a line's head by both the
    page's stamp and the entries' dates; only the handlers depend on the publication date.
    Cost: one regex scan per pattern needed, once per text."""
    present = {name: bool(regex.search(text)) for name, regex in _NEEDS.items()}
    return tuple(() if needs is not None and not present[needs] else tuple(regex.finditer(text))
                 for regex, _handler, _kind, needs in _PATTERNS[:patterns])


def _candidates(text: str, pub: dt.date | None, dayfirst: bool = True) -> Iterator[_Found]:
    for (regex, handler, kind, _needs), matches in zip(_PATTERNS, _scan(text, len(_PATTERNS)), strict=True):
        for match in matches:
            try:
                value = handler(match, pub)
            except (KeyError, ValueError):
                continue
            if value is None:
                continue
            lo, hi = value
            if kind == "numeric":
                lo, kind = _numeric_order(lo, pub, dayfirst), "abs"
            # A preposition that only licenses the date ("in 2018") is not part of it.
            start = match.start("body") if "body" in regex.groupindex else match.start()
            yield _Found(start, match.end(), lo, hi, kind != "abs", kind)


def _numeric_order(lo: _Part, pub: dt.date | None, dayfirst: bool) -> _Part:
    """(year, day, month) of a numeric date read as (year, first, second): in the order
    asked, unless only the other order is a date, or unless the asked order falls after
    publication and the other does not (a report dated 5 Dec telling of "11/12/2023" in the
    US way means 12 November)."""
    year, first, second = lo
    day, month = (first, second) if dayfirst else (second, first)
    if (month or 0) > 12 and (day or 0) <= 12:
        return year, day, month  # only the other reading is a date
    if enabled(NUMERIC_AFTER) and _after_unless_swapped(year, month, day, pub):
        return year, day, month
    return year, month, day


def _after_unless_swapped(year: int | None, month: int | None, day: int | None, pub: dt.date | None) -> bool:
    """Does (year, month, day) fall after `pub` while (year, day, month) does not?"""
    if pub is None or year is None or month is None or day is None or day > 12:
        return False
    try:
        return dt.date(year, month, day) > pub >= dt.date(year, day, month)
    except ValueError:
        return False


NUMERIC_AFTER = branch("date.numeric-not-after", "a numeric date whose usual reading falls after publication is "
                       "read the other way ('11/12/2023' in a 5 December report is 12 November)",
                       pos=[("Gunmen killed three villagers in Kano on 11/12/2023.", (("2023-11-12", None),))],
                       neg=[("Gunmen killed three villagers in Kano on 11/10/2023.", (("2023-10-11", None),))],
                       probe=event_dates, where="dates._numeric_order")


def _select(found: list[_Found]) -> list[_Found]:
    """Longest non-overlapping expressions, explicit ones before relative ones."""
    ranked = sorted(found, key=lambda f: (-(f.end - f.start), f.kind != "abs", f.start))
    taken: list[_Found] = []
    for f in ranked:
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)


# A sentence speaking of what is to come: a year-less day after publication may be this year's.
_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|would|is\s+to|are\s+to|due|scheduled|planned|expected|set\s+to|upcoming|next|until|till"
    r"|deadline|from\s+\w+\s+on|starting|beginning|ahead\s+of|before|postponed|to\s+be\s+held)\b|['’]ll\b")
PAST_YEAR = branch("date.past-year", "a day and month without a year that would fall after publication, in a "
                   "sentence not speaking of the future, is last year's ('on 5 December' in a November report)",
                   pos=[("Gunmen killed three villagers in Kano on 5 December.", (("2022-12-05", None),))],
                   neg=[("Gunmen killed three villagers in Kano on 15 November.", (("2023-11-15", None),)),
                        ("Gunmen killed three villagers in Kano on 5 December 2022.", (("2022-12-05", None),))],
                   probe=event_dates, where="dates._fill_year")


def _fill_year(part: _Part, pub: dt.date | None, pub_year: int | None, future: bool = True) -> _Part | None:
    """Give a year-less date the publication year, or the one before when the date would
    fall more than a month after publication, or more than a day after it in a sentence
    that does not speak of the future (`future` False): what happened before its report."""
    if part[0] is not None:
        return part
    if pub_year is None:
        return None
    year = pub_year
    if pub is not None:
        month, day = part[1] or 1, part[2] or 1
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February in a year without one
            candidate = dt.date(year, month, 28)
        ahead = 31 if future or not enabled(PAST_YEAR) else 1
        if candidate > pub + dt.timedelta(days=ahead):
            year -= 1
    return (year,) + part[1:]


def _valid(part: _Part) -> _Part | None:
    year, month, day = part
    if year is None:
        return None
    if month is None:
        return part
    if not 1 <= month <= 12:
        return None
    if day is None:
        return part
    last = calendar.monthrange(year, month)[1]
    return part if 1 <= day <= last else None


def _end_part(lo: _Part, hi: _Part) -> _Part:
    """A range's end with the start's year when it has none (the next year when it falls
    earlier in the year), and its day no later than its month's last: "late February"
    ends with the month, whatever its length."""
    if hi[0] is None:
        hi = (lo[0] + (1 if (hi[1] or 0, hi[2] or 0) < (lo[1] or 0, lo[2] or 0) else 0),) + hi[1:]  # type: ignore[operator]
    if hi[2] is not None and hi[1] is not None and hi[0] is not None:
        hi = (hi[0], hi[1], min(hi[2], calendar.monthrange(hi[0], hi[1])[1]))
    return hi


def _mention(text: str, f: _Found, pub: dt.date | None, pub_year: int | None, future: bool) -> DateMention | None:
    """The mention a found expression gives, or None when its date (or its range's end)
    is not a real one or needs a publication year that is unknown. `future`: does `text`
    speak of what is to come (:data:`_FUTURE`)?"""
    lo = _fill_year(f.lo, pub, pub_year, future=future)
    if lo is None:
        return None
    relative = f.relative or f.lo[0] is None
    hi = _end_part(lo, f.hi) if f.hi is not None else None
    lo = _valid(lo)
    hi = _valid(hi) if hi is not None else None
    if lo is None or (f.hi is not None and hi is None):
        return None
    date = format_iso(*lo)  # type: ignore[arg-type]
    date_end = format_iso(*hi) if hi is not None else None  # type: ignore[arg-type]
    if date_end == date:
        date_end = None
    precision = "range" if date_end else _granularity(lo)
    return DateMention(f.start, f.end, text[f.start : f.end], date, date_end, precision, relative)


def find_dates(
    text: str, published: str | dt.date | None, *, dayfirst: bool = True
) -> list[DateMention]:
    """Every date expression in ``text``, in order of position.

    ``published`` is the report's publication date (ISO string, ``datetime.date`` or
    None). Relative expressions and dates without a year are resolved against it and
    skipped when it is None (a year-only or year-month publication date still gives
    year-less dates their year). ``dayfirst`` chooses how ``05/04/2019`` is read.
    Raises :class:`DateError` when ``published`` is not ISO. Cost: linear in the text,
    about twenty regex scans.
    """
    pub, pub_year = _published(published)
    found = _select(list(_candidates(text, pub, dayfirst)))
    found = _combine(text, found, pub)
    # One test of the whole text, not one per mention (a report's text holds dozens).
    future = bool(found) and _FUTURE.search(text) is not None
    mentions = (_mention(text, f, pub, pub_year, future) for f in found)
    return [m for m in mentions if m is not None]


def find_date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of explicit date expressions ("5 May", "2019-05-05", "in 2018"), with or
    without a year, regardless of any publication date: for other extractors to mask
    dates so their digits are not read as counts. Cost: as :func:`find_dates`."""
    return [(f.start, f.end) for f in _select(list(_candidates(text, None))) if f.kind == "abs"]


# The relative expressions register their patterns here (a module of their own).
from sitgraph.loaders.extract import relative_dates  # noqa: E402,F401
