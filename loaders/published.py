"""Publication and incident dates, as written by feeds, pages, PDFs and datasets, to ISO.

Every reader hands whatever date it found to :func:`iso_date`, which returns
``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (as precise as the input) or None. The date is
taken as written, in the writer's own time zone: a report published "Tue, 07 May 2019
23:30 -0400" is dated the 7th, as its readers saw it.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?=$|[T\s])")
_COMPACT = re.compile(r"(?:D:)?(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:\d{2,6})?(?:[Z+\-'].*)?$")
_DAY_MONTH_YEAR = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4})", re.I)
_MONTH_DAY_YEAR = re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})", re.I)
_MONTH_YEAR = re.compile(r"^" + _MONTH + r",?\s+(?P<y>\d{4})$", re.I)
_SLASHED_ISO = re.compile(r"^(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?!\d)")
# "25/05/2019", "05/25/2019", "07.05.2019", "13-11-2023": day and month in either order.
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")


def _ymd(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """Format a (partial) date, or None when it does not exist (2019-02-30)."""
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(a: int, b: int, year: int, sep: str) -> str | None:
    """A numeric day and month in either order: the reading that is a date when only one is
    (25/05 is day first, 05/25 month first), day first with dots (the European way, 07.05);
    None when both readings are dates and nothing tells which."""
    if a > 12 or (sep == "." and b <= 12):
        return _ymd(year, b, a)
    if b > 12:
        return _ymd(year, a, b)
    return None


def iso_date(value: object) -> str | None:
    """A date written in any common way, as an ISO date string, or None.

    Accepts ``datetime``/``date`` objects and strings: ISO 8601 (``2019-05-07``,
    ``2019-05-07T10:00:00+03:00``, ``2019-05``, ``2019``), RFC 822 as feeds write it
    (``Tue, 07 May 2019 10:00:00 GMT``), PDF dates (``D:20190507120000Z``), ``2019/05/07``,
    ``2019.05.07``, ``7 May 2019``, ``7th of May 2019``, ``May 7, 2019`` and ``May 2019``.
    Numeric day-month forms are read when only one order is a date (``25/05/2019``,
    ``05/25/2019``) and day first with dots (``07.05.2019``); ``05/07/2019`` is ambiguous
    and gives None. Cost: a few regex matches.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        return _ymd(int(m["y"]), m["m"] and int(m["m"]), m["d"] and int(m["d"]))
    m = _COMPACT.match(text)
    if m:
        return _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _SLASHED_ISO.match(text)
    if m:
        return _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _NUMERIC.match(text)
    if m:
        return _numeric(int(m["a"]), int(m["b"]), int(m["y"]), m["sep"])
    if "," in text[:5] or re.search(r"\d{2}:\d{2}", text):
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = pattern.search(text)
        if m:
            return _ymd(int(m["y"]), _MONTHS[m["month"].lower()], int(m["d"]))
    m = _MONTH_YEAR.match(text)
    if m:
        return _ymd(int(m["y"]), _MONTHS[m["month"].lower()])
    return None
