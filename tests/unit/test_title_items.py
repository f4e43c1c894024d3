"""A digest's title naming two of its items by commas tells no incident of its own: each item
is told in the body, with its own place, day and toll (title_items.py). Beside it, titles the
rule leaves alone: a news headline without a digest's label, a place with its country, one
place with a second act.

Sentences written for these tests; each row gives the exact events (kind, places, actors,
date, killed, wounded).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.title_items import lists_items

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

FIELDS = "kind places actors date killed wounded"
RULE = "event.title-lists-items"

BODY = ("\n\nSaturday, June 8, 2024. Security news from the region, in brief.\n\n"
        "KANO — A bomb exploded at a bus station in Kano on Monday, killing four people, police said.\n\n"
        "Gunmen attacked a church in Kaduna on Tuesday, wounding six worshippers, residents said.\n\n"
        "Aid: The World Food Programme said it had resumed deliveries to camps around Maiduguri.")

# The two items, each at its own place and day; the aid item is no incident.
ITEMS = [("Attack", frozenset({"Kano"}), frozenset(), "2024-06-03", 4, None),
         ("Attack", frozenset({"Kaduna"}), frozenset({"unknown gunmen"}), "2024-06-04", None, 6)]


def rows(nlp, text):
    return event_fields(nlp, text, FIELDS)


@pytest.mark.parametrize("label", ["West Africa weekly digest", "Nigeria news in brief", "Security roundup",
                                   "Northern Nigeria briefing"])
def test_a_digest_title_naming_two_items_adds_no_incident(nlp, label):
    title = f"{label}: bomb kills four in Kano, gunmen attack church in Kaduna"
    assert rows(nlp, title + BODY) == ITEMS


def test_without_the_rule_the_title_joins_the_first_item_with_the_second_items_place(nlp):
    with R.disabled({RULE}):
        found = rows(nlp, "Weekly digest: bomb kills four in Kano, gunmen attack church in Kaduna" + BODY)
    assert found[0][1] == frozenset({"Kano", "Kaduna"})
    assert found != ITEMS


@pytest.mark.parametrize("title", [
    # a news headline: no digest's label, whether or not a country heads it
    "Bomb kills four in Kano, gunmen attack church in Kaduna",
    "Nigeria: bomb kills four in Kano, gunmen attack church in Kaduna",
    # a place and its country; one place and a second act of one incident
    "Weekly digest: bomb kills four in Kano, Nigeria",
    "Weekly digest: gunmen storm church in Kaduna, wound six",
])
def test_titles_that_are_no_list_of_items_are_left_alone(nlp, title):
    found = rows(nlp, title + BODY)
    with R.disabled({RULE}):
        assert found == rows(nlp, title + BODY)


class _Ent:
    def __init__(self, kind):
        self.kind = kind


class _Table:
    """The few parts of an entity table the test reads: the text, its places' spans."""

    def __init__(self, text, places):
        self.report = type("R", (), {"text": text})()
        self.entities = {p: _Ent("Place") for p in places}
        self.spans = sorted((text.index(p), text.index(p) + len(p), p) for p in places)

    def in_span(self, lo, hi):
        return [t for t in self.spans if lo <= t[0] and t[1] <= hi]


def test_only_a_title_sentence_is_read_and_a_figure_comma_parts_nothing():
    title = "Weekly digest: 1,200 flee Kano, gunmen attack church in Kaduna"
    table = _Table(title, ["Kano", "Kaduna"])
    assert lists_items(title, 0, table, in_title=True)
    assert not lists_items(title, 0, table, in_title=False)
    one = "Weekly digest: 1,200 flee Kano"
    assert not lists_items(one, 0, _Table(one, ["Kano"]), in_title=True)
