"""Lines that are a date alone, heading the sections of a live page or a diary.

A live blog, a diary of a siege or a daily digest sets its posts under headings that are
nothing but a day ("Monday 13 May", "Sunday, 12 May 2024", "12 May:"): each post counts its
"this morning" and its undated incident from its heading's day, not the page's. One such
line alone is a page's own date stamp or a title's date (page_dates.date_stamp_spans): only a
series of them (two or more) heads sections.

Cost: one date scan of each short line.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_dates
from sitgraph.loaders.extract.rules import rule as named_rule

# A heading line is short; a bullet may open it, a colon close it.
HEADING_CHARS = 40
BULLET = re.compile(r"^[ \t]*(?:[-*•–—#][ \t]+)?")
CLOSE = re.compile(r"^[ \t]*:?[ \t]*$")


def _heading_day(line: str, published: str | None) -> str | None:
    """The ISO day of `line` when it is a day alone (a weekday may go with it), else None."""
    from sitgraph.loaders.extract.dates import find_dates

    head = BULLET.match(line).end()  # type: ignore[union-attr]  # the pattern always matches
    body = line[head:]
    if not body.strip() or len(body.strip()) > HEADING_CHARS:
        return None
    found = find_dates(body, published)
    if len(found) != 1 or found[0].start != 0 or found[0].precision != "day" or found[0].date_end is not None:
        return None
    return found[0].date if CLOSE.match(body[found[0].end:]) else None


@named_rule("date.section-heading", "a series of lines that are a day alone ('Monday 13 May', 'Sunday 12 May') "
            "heads sections: each section's incidents take its heading's day",
            pos=[("Gaza live\n\nThursday 16 November\n\nAn Israeli strike on a house in Jabalia killed seven people."
                  "\n\nTuesday 14 November\n\nA strike on a school in Nuseirat killed 15 people.",
                  (("2023-11-16", None), ("2023-11-14", None)))],
            # one day alone under a title is the page's stamp: the body's weekday counts from publication
            neg=[("Gaza live\n\nThursday 16 November\n\nAn Israeli strike on a house in Jabalia killed seven people "
                  "on Tuesday.", (("2023-11-14", None),))],
            probe=event_dates, off=lambda text, published: [])
def section_heads(text: str, published: str | None) -> list[tuple[int, str]]:
    """(offset, ISO day) of each line of `text` that is a day alone, when there are two or
    more such lines; else none. Cost: a date scan of each line under :data:`HEADING_CHARS`."""
    heads, at = [], 0
    for line in text.split("\n"):
        day = _heading_day(line, published) if len(line) < HEADING_CHARS + 8 else None
        if day is not None:
            heads.append((at, day))
        at += len(line) + 1
    return heads if len(heads) >= 2 else []
