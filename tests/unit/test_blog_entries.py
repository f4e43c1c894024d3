"""A live blog follows one incident through a day in timestamped entries, newest or oldest
first: each entry telling it again (its place, or "the strike", "the toll has risen") is that
incident (blog_entries.py). Beside them, rows that must stay apart: a second incident of the
same kind at another place, a catch-up entry's earlier attack dated another day, a recap's
cumulative toll, and an update never given to a second incident told in the entry beside it.

Sentences written for these tests; each row gives the exact events (kind, places, killed).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.blog_entries import Entries

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2026-03-05"


def events(nlp, text):
    """(kind, places, killed) of every event of `text` read as one report, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, frozenset(names[a] for a in v.places), v.killed) for v in x.events]


TWO_PLACES = (
    "Live: missile strikes on Zaporizhzhia\n\n"
    "Thursday 5 March. Oldest entries first.\n\n"
    "08:10 GMT\nA Russian missile struck an apartment block in Zaporizhzhia this morning, killing three "
    "people, the regional governor said.\n\n"
    "09:25 GMT\nThe mayor announced a day of mourning on Friday.\n\n"
    "11:40 GMT\nA Russian missile struck a grain warehouse in Odesa, killing two workers, the port "
    "authority said.\n"
)

NEWEST_FIRST = (
    "Live: missile strike on Dnipro office block kills nine\n\n"
    "Thursday 5 March. Newest entries first.\n\n"
    "16:30 GMT\nThe toll has risen to nine dead, regional officials said. Rescuers are still searching.\n\n"
    "15:10 GMT\nA separate attack: a Russian drone hit a lorry near the village of Pokrovske, killing its "
    "driver, officials said.\n\n"
    "12:00 GMT\nCatch up: on Monday, a Russian missile struck a railway depot in Pavlohrad, killing four "
    "workers. The UN says more than 12,000 civilians have been killed in Ukraine since the invasion.\n\n"
    "09:15 GMT\nA Russian missile struck an office block in the centre of Dnipro this morning, killing "
    "four people, officials said.\n"
)


def test_entries_are_found_by_their_stamp_lines():
    assert len(Entries(NEWEST_FIRST).starts) == 4
    assert not Entries("The strike came at 09:15 GMT on Thursday, officials said.\n\nNo other attack was reported.")


def test_newest_first_entries_are_one_incident_beside_a_second_an_earlier_and_a_total(nlp):
    # the opening entry (four dead) and the update above it (nine) are the headline's strike; the
    # separate drone strike, the catch-up's attack of Monday and the war's total stay apart, and
    # the total gives the strike no toll
    assert events(nlp, NEWEST_FIRST) == [
        ("Attack", frozenset({"Dnipro"}), 9),
        ("Attack", frozenset({"Pokrovske"}), 1),  # "killing its driver": one (lone_victims.py)
        ("Attack", frozenset({"Pavlohrad"}), 4),
        ("Attack", frozenset({"Ukraine"}), 12000),
    ]


def test_two_incidents_of_one_kind_at_two_places_stay_apart(nlp):
    got = [(k, p) for k, p, _n in events(nlp, TWO_PLACES)]
    assert got == [("Attack", frozenset({"Zaporizhzhia"})), ("Attack", frozenset({"Odesa"}))]


def test_without_the_rule_the_opening_entry_splits_off(nlp):
    with R.disabled({"assemble.blog-entry-retells"}):
        off = events(nlp, NEWEST_FIRST)
    assert ("Attack", frozenset({"Dnipro"}), 4) in off
    assert len(off) == 5
