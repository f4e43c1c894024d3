"""A live blog's timestamped entries lend no day to one another (blog_days.py)."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract.blog_days import BlogEntries
from sitgraph.loaders.extract.extractor import extract_many

PUB = "2024-05-16"  # a Thursday

BLOG = ("Sudan live: drones over Omdurman\n\n18:00\nWe are closing the blog for today.\n\n"
        "16:40\nCatch up: the last strike on the city was on Tuesday, when a drone hit a bakery in Karari, killing "
        "four people.\n\n"
        "15:05\nA drone struck the fuel depot of Ombada this afternoon, killing two guards, the civil defence said.\n\n"
        "14:10\nResidents report heavy smoke over the west of the city.")


def dates(nlp, text: str) -> set[tuple[str, str | None, int | None]]:
    """(kind, date, killed) of every event extracted from `text`, published on PUB."""
    x = next(iter(extract_many([Report.from_text(text, published=PUB)], nlp=nlp)))
    return {(e.kind, e.date, e.killed) for e in x.events}


def test_entries_are_told_apart() -> None:
    entries = BlogEntries(BLOG)
    starts = [BLOG.index(s) for s in ("We are", "Catch up", "A drone struck", "Residents")]
    assert [entries.entered(at) for at in starts] == [True, True, True, True]
    assert entries.entered(starts[3] + 5) is False  # the same entry again


def test_no_blog_no_entries() -> None:
    text = "A drone hit a bakery on Tuesday.\n\n15:05\nAnother drone struck a depot."
    assert BlogEntries(text).entered(text.index("Another")) is False  # one timestamp is no blog


@pytest.mark.parametrize(("text", "expected"), [
    # the catch-up entry's Tuesday stays its own; the next entry's act is of the blog's day
    (BLOG, {("Attack", "2024-05-14", 4), ("Attack", "2024-05-16", 2)}),
    # no timestamps: one story, the next act takes the day told before it
    ("The last strike on the city was on Tuesday, when a drone hit a bakery in Karari, killing four people. A drone "
     "struck the fuel depot of Ombada, killing two guards, the civil defence said.",
     {("Attack", "2024-05-14", 4), ("Attack", "2024-05-14", 2)}),
])
def test_a_blog_entry_lends_no_day(nlp, text, expected) -> None:
    assert dates(nlp, text) == expected
