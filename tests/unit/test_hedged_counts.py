"""A count of time hedged by two words ("comes less than three weeks after X") still tells X
as an earlier act, its day never the incident's (hedged_counts.py, roles._after)."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract.extractor import extract_many

PUB = "2024-05-16"  # a Thursday


def events(nlp, text: str) -> set[tuple[str, str | None, int | None]]:
    """(kind, date, killed) of every event extracted from `text`, published on PUB."""
    x = next(iter(extract_many([Report.from_text(text, published=PUB)], nlp=nlp)))
    return {(e.kind, e.date, e.killed) for e in x.events}


@pytest.mark.parametrize(("text", "expected"), [
    # the earlier act keeps its own day, today's incident keeps today's
    ("A bomb exploded in the cattle market of Bunia on Thursday, killing nine people. The blast comes less than "
     "three weeks after a grenade was thrown into a bar in Mudzipela on 28 April, killing two people.",
     {("Attack", "2024-05-16", 9), ("Attack", "2024-04-28", 2)}),
    # the earlier act named in the same town: still apart, its day its own
    ("A bomb exploded in the cattle market of Bunia on Thursday, killing nine people. The market blast comes less "
     "than three weeks after a grenade was thrown into a bar in the Mudzipela quarter of Bunia on 28 April, killing "
     "two people.",
     {("Attack", "2024-05-16", 9), ("Attack", "2024-04-28", 2)}),
    ("Gunmen stormed a church in Kaduna on Thursday, killing six worshippers. The raid came more than a month "
     "after a bomb was set off in a mosque in Zaria on 2 April, killing eleven people.",
     {("Attack", "2024-05-16", 6), ("Attack", "2024-04-02", 11)}),
    # the hedged count names no attack after it: one incident, its day unchanged
    ("A bomb exploded in the cattle market of Bunia on Thursday, killing nine people. The blast comes less than "
     "three weeks after the governor visited the market.",
     {("Attack", "2024-05-16", 9)}),
    # no hedge, no count: nothing changes either
    ("A bomb exploded in the cattle market of Bunia on Thursday, killing nine people. The blast comes after weeks "
     "of calm in the town, officials said.",
     {("Attack", "2024-05-16", 9)}),
])
def test_a_hedged_count_tells_an_earlier_act(nlp, text, expected) -> None:
    assert events(nlp, text) == expected
