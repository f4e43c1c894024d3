"""The publication day of a report that states none apart, read from its head: a dated
dateline ("GAO, Mali, 12 June 2024 — ", "BAMAKO, 12 June 2024 (Xinhua) -- ") or a bulletin
title ending in its issue day ("Flash Update No. 12 - 12 June 2024", "Situation Report: Ituri,
3 March 2025").

The guide reads a dateline, like a page's date stamp, as the publication date: a report
pasted without its page keeps them in its first lines, and its weekdays and "yesterday" count
from that day. Only a day with its year written counts (a year-less day needs the
publication year it is meant to give), and only in the first lines that say anything.

Not a switchable rule: the rule registry probes every rule with a publication date given, and
this reading only ever applies without one (its rows: test_variation_news_dates8.py and
test_variation_news_dates9.py). Pure functions over the report's text; cost: a date scan of
its first four lines.
"""

from __future__ import annotations

import re

# The lines read: a title, a dateline or stamp, the lead.
HEAD_LINES = 4
# A title's trailing day follows a dash or a comma ("... - 12 June 2024", "..., 3 March 2025").
TRAILING = re.compile(r"(?:—|–|--|-|,|:|\|)\s*$")
YEAR = re.compile(r"\b\d{4}\b")


def filing_day(text: str) -> str | None:
    """The ISO day of the first dated dateline or title trailing day, year written, in the
    first :data:`HEAD_LINES` lines of `text` that say anything; None when there is none."""
    from sitgraph.loaders.extract.dates import find_dates
    from sitgraph.loaders.extract.relative_dates import _DATED_LINE

    lines = [line for line in text.lstrip().split("\n") if line.strip()][:HEAD_LINES]
    for line in lines:
        m = _DATED_LINE.match(line)
        if m is not None:
            days = [d for d in find_dates(m["date"], None) if d.precision == "day" and YEAR.search(d.text)]
            if days:
                return days[0].date
        days = [d for d in find_dates(line, None) if d.precision == "day" and YEAR.search(d.text)]
        if days and not line[days[-1].end:].strip(" .)]") and TRAILING.search(line[:days[-1].start]):
            return days[-1].date
    return None
