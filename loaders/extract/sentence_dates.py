"""The dates of one sentence, as the reader of a report's sentences takes them.

Dates inside a dateline (the filing date) are left out; dates told as a statement's day ("a
spokesman told Afghan media Saturday") come last, used only when the sentence has no other
(date_choice.py). A sentence the parser cut off inside the date heading a timeline's entry
("4" / "May 2016 – Hama: ...", entry_dates.cut_head) holds the rest of that date: it is the
entry's date, not the month left in the piece.

Cost: one date scan of the sentence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract import roles
from sitgraph.loaders.extract.dates import find_dates
from sitgraph.loaders.extract.relative_dates import weekdays_of_statement
from sitgraph.loaders.extract.statement_days import statement_day


def sentence_dates(text: str, start: int, published: str | None, datelines: list[tuple[int, int]],
                   cut: tuple[int, str] | None = None) -> tuple[list[Any], frozenset[int]]:
    """Dates of the sentence `text` (at offset `start` of the report), without those inside
    a dateline, and the starts of those told as a statement's day. `cut`: (end, date) of the
    rest of an entry's date the sentence opens with, when the parser cut it; the date there
    is the entry's `date`."""
    # Without a publication date only dates written out in full ("5 May 2019") count.
    dates = [d for d in find_dates(text, published) if not any(s <= start + d.start < e for s, e in datelines)]
    if cut is not None:
        dates = [replace(d, date=cut[1], date_end=None, precision="day", relative=False)
                 if start + d.end <= cut[0] else d for d in dates]
    told = [d for d in dates if roles.SAID_ON.search(text[max(0, d.start - 60):d.start])
            or statement_day(text[max(0, d.start - 80):d.start])]  # "In a statement read late Friday"
    dates = weekdays_of_statement(dates, told)
    return [d for d in dates if d not in told] + told, frozenset(d.start for d in told)
