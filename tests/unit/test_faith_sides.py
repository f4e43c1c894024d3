"""The followers of a faith named as the two sides of "clashes between X and Y" are actors of
the clash (ethnic_groups.faith_side_cands); the same words outside such a phrase give no actor:
victims counted by faith, a condemnation, an earlier toll recalled.

Sentences written for these tests; each row gives the exact (kind, actors) of every event and the
exact set of actor names of type "other".
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def read(nlp, text):
    """(events as (kind, actors), names of the "other" actors) of `text` read as one report."""
    x = extracted(nlp, text, "2024-07-02")
    names = {e.id: e.name for e in x.entities}
    others = {e.name for e in x.entities if e.kind == "Actor" and e.type == "other"}
    return [(v.kind, {names[a] for a in v.actors}) for v in x.events], others


ROWS = [
    # both sides after "clashes between"
    ("Four people were killed overnight in the port city of Latakia in clashes between Sunni Muslims and "
     "Alawites, doctors said on Tuesday.",
     [("Attack", {"Sunni Muslims", "Alawites"})], {"Sunni Muslims", "Alawites"}),
    # the other mention of a side is the same community, not a second actor
    ("Three people were killed in fighting between Christians and Muslims in Bangui on Monday. The city's Christian "
     "quarter was quiet on Tuesday.",
     [("Attack", {"Christians", "Muslims"})], {"Christians", "Muslims"}),
    # victims counted by faith: no side named
    ("Five Sunni Muslims and two Alawites died when a shell hit a market in Latakia on Monday.",
     None, set()),
    # a condemnation names the faiths, not as parties
    ("Religious leaders urged Christians and Muslims to keep the peace in Bangui.",
     None, set()),
]


@pytest.mark.parametrize("text,want,others", ROWS)
def test_faith_sides(nlp, text, want, others):
    got, got_others = read(nlp, text)
    assert got_others == others
    if want is not None:
        assert got == want
    else:
        assert all(not (acts & {"Sunni Muslims", "Alawites", "Christians", "Muslims"}) for _, acts in got)
