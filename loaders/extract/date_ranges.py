"""Dates read together with their neighbours: two explicit dates joined into a range ("30
April to 5 May", "between 24 March and early April 2021"), and a date widened by the words
before it ("since X" runs to publication, "the week of X" is seven days, "the night of X").

:func:`_combine` takes the expressions :func:`dates.find_dates` selected, in text order, and
returns them joined and widened. Pure: linear in the expressions (each looks back over a
few dozen characters, not the whole text before it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sitgraph.loaders.extract.date_patterns import _day_part, _Found, _granularity
from sitgraph.loaders.extract.rules import branch, enabled, event_dates

_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$", re.I)
_SINCE = re.compile(r"(?i:\b(?:ever\s+)?since|\bfrom)\s+(?:the\s+(?:start|beginning)\s+of\s+)?$")
_WEEK_OF = re.compile(r"(?i:\b(?:during|in|over)\s+)?(?i:the\s+)?(?i:week)\s+(?i:of)\s+$")
_NIGHT_OF = re.compile(r"(?i:\b(?:on\s+)?the\s+(?:night|morning|evening|afternoon)\s+of)\s+$")
_OPEN = re.compile(r"(?i:\b(?:between|from))\s+$")
# The most letters any of the four patterns above can match ("ever since the beginning of":
# 23); whitespace between words is unbounded, so windows are counted in letters.
_LOOKBACK = 32


def _before(rx: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """`rx` (anchored with ``$``) searched in ``text[:end]``, looking back only as far as a
    match could reach. Why: a report names dozens of dates, and a search of the whole text
    before each one made a report's dates cost its length squared. Searching from `lo` with
    ``endpos`` keeps the match exactly as in the slice (``\\b`` still sees the character
    before `lo`; ``$`` is at `end`), and no match can start before a window holding more
    letters than the pattern has. Cost: linear in the window."""
    lo = end
    while lo > 0:
        lo = max(0, lo - 4 * _LOOKBACK)
        if sum(map(len, text[lo:end].split())) > _LOOKBACK:
            break
    return rx.search(text, lo, end)


def _combine(text: str, found: list[_Found], pub: dt.date | None) -> list[_Found]:
    """Join explicit dates into ranges ("30 April to 5 May") and read "since X",
    "the week of X" and "the night of X" around a date."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and _joins(text, f, nxt):
            f = _range_of(text, f, nxt)
            i += 1
        out.append(_widen(text, f, pub))
        i += 1
    return out


def _joins(text: str, f: _Found, nxt: _Found) -> bool:
    """Do two explicit dates of one granularity form a range ("30 April to 5 May")? A
    bare "and" joins them only after "between" or "from"."""
    between = text[f.end : nxt.start]
    if not (f.hi is None and f.kind == nxt.kind == "abs" and _JOIN.match(between) is not None
            and (between.strip().lower() != "and" or _before(_OPEN, text, f.start) is not None)):
        return False
    if nxt.hi is None and _granularity(f.lo) == _granularity(nxt.lo):
        return True
    # "between 24 March and early April 2021": a year-less start takes the end's year
    return f.lo[0] is None and nxt.lo[0] is not None and enabled(RANGE_YEAR)


RANGE_YEAR = branch("date.range-year", "a year-less start of a range ('between 24 March and early April 2021') takes "
                    "the year of its end, whatever the end's grain",
                    pos=[("Insurgents attacked Palma between 24 March and early April 2021, killing dozens of people.",
                          (("2021-03-24", "2021-04-10"),))],
                    neg=[("Insurgents attacked Palma between 24 March and 2 April 2021, killing dozens of people.",
                          (("2021-03-24", "2021-04-02"),))],
                    probe=event_dates, where="date_ranges._joins")


def _range_of(text: str, f: _Found, nxt: _Found) -> _Found:
    """The range from `f` to `nxt`, taking "between"/"from" before it; a year-less start
    takes the end's year (the one before when it falls later in the year)."""
    lo = f.lo
    if lo[0] is None and nxt.lo[0] is not None:
        lo = (nxt.lo[0] - (1 if (lo[1], lo[2] or 0) > (nxt.lo[1], nxt.lo[2] or 0) else 0),) + lo[1:]
    opener = _before(_OPEN, text, f.start)
    start = opener.start() if opener else f.start
    return _Found(start, nxt.end, lo, nxt.hi or nxt.lo, f.relative or nxt.relative, "abs")


def _since(f: _Found, since: re.Match[str], pub: dt.date | None) -> _Found:
    """"since X": from X to publication (known only with a publication date)."""
    if pub is not None and f.kind != "rel":
        return _Found(since.start(), f.end, f.lo, _day_part(pub), True, f.kind)
    return f


def _week_of(f: _Found, week: re.Match[str]) -> _Found:
    """"the week of X": the seven days from a day X."""
    hi = f.hi
    if hi is None and _granularity(f.lo) == "day" and f.lo[0] is not None:
        hi = _day_part(dt.date(*f.lo) + dt.timedelta(days=6))  # type: ignore[arg-type]
    return replace(f, start=week.start(), hi=hi)


def _widen(text: str, f: _Found, pub: dt.date | None) -> _Found:
    """A date with the words before it that change what it spans: "since", "the week of",
    "the night of" ("from X" alone changes nothing)."""
    since = _before(_SINCE, text, f.start)
    if since and since.group(0).lower().strip().startswith(("since", "ever")):
        return _since(f, since, pub)
    if week := _before(_WEEK_OF, text, f.start):
        return _week_of(f, week)
    if night := _before(_NIGHT_OF, text, f.start):
        return replace(f, start=night.start())
    return f
