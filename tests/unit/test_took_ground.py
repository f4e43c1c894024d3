"""Ground taken told with the bare verb "take" (took_ground.py): "the rebels took the town of X",
"the town of X was taken by the rebels", "the militia said it had taken the village of X" are
captures, and so is "occupied the centre of X town" (official_idioms.py). Beside them, rows that
must stay apart: people taken to a hospital, a road or a flight taken, a witness's quoted "they
have taken the city", protesters occupying a town centre, a plan to take a town that did not
happen, a condemnation of the capture and a cumulative toll (no second capture).

Sentences written for these tests; each row gives the exact events (kind, places, actors, date).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.took_ground import took_ground

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2025-03-12"  # a Wednesday
HEAD = "Rebels gain ground in the east\n\nGOMA, 12 March 2025 (Wire) — "


def read(nlp, body: str) -> list[tuple]:
    return event_fields(nlp, HEAD + body, "kind places actors date", PUBLISHED)


CASES = [
    # an armed side took a named town
    ("The rebels took the town of Uvira on 3 February after a week of fighting.",
     [("Capture", {"Uvira"}, {"rebels"}, "2025-02-03")]),
    # told in the passive, the taker in the "by" phrase
    ("The town of Butembo was taken by the rebels on 20 February.",
     [("Capture", {"Butembo"}, {"rebels"}, "2025-02-20")]),
    # "took back": ground retaken
    ("Government troops took back the town of Rubaya on Tuesday.",
     [("Capture", {"Rubaya"}, {"government forces"}, "2025-03-11")]),
]

NEGATIVE = [
    # people taken to a hospital: no ground taken
    "Soldiers took the wounded to the hospital in Uvira on Monday.",
    # a road, a flight: unarmed travellers
    "Residents took the road to the town of Uvira on Monday.",
    "The minister took a flight to Uvira on Monday.",
    # a witness's quoted words name no side the report told
    '"They have taken the city," a teacher in Uvira said on Monday.',
    # a plan that did not happen
    "The rebels threatened to take the town of Uvira.",
    # "took part", "took place": no ground
    "Rebels took part in talks in the town of Uvira on Monday.",
]


@pytest.mark.parametrize("body,want", CASES)
def test_bare_take_of_ground_is_a_capture(nlp, body, want):
    got = read(nlp, body)
    assert [(k, set(p), {a for a in acts}, d) for k, p, acts, d in got] == \
        [(k, p, a, d) for k, p, a, d in want]


@pytest.mark.parametrize("body", NEGATIVE)
def test_no_capture_without_ground_taken_by_a_side(nlp, body):
    assert [row for row in read(nlp, body) if row[0] == "Capture"] == []


def test_condemnation_and_toll_add_no_capture(nlp):
    body = ("The rebels took the town of Uvira on Monday. The government condemned the capture of the town. "
            "More than 7,000 people have been killed in the province since January.")
    assert [row for row in read(nlp, body) if row[0] == "Capture"] == \
        [("Capture", frozenset({"Uvira"}), frozenset({"rebels"}), "2025-03-10")]


def test_side_pronoun_takes_ground(nlp):
    """A side's own statement: "it" stands for the side named before."""
    got = read(nlp, "The militia said on Monday that it had taken the town of Kalehe.")
    assert [(k, set(p), d) for k, p, _, d in got] == [("Capture", {"Kalehe"}, "2025-03-10")]


@pytest.mark.xfail(strict=True, reason="the pronoun is not yet resolved to the side named before it")
def test_side_pronoun_names_the_taker(nlp):
    got = read(nlp, "The militia said on Monday that it had taken the town of Kalehe.")
    assert [set(acts) for _, _, acts, _ in got] == [{"militia"}]


def test_rule_is_named():
    assert R.RULES["event.took-ground"].where.endswith("took_ground") and callable(took_ground)


# "occupied the centre of X town" (official_idioms.occupied_ground): a part of a town occupied by an
# armed side is ground taken; protesters occupying it are no side.
@pytest.mark.parametrize("body,want", [
    ("Insurgents briefly occupied the centre of Uvira town on Tuesday, looting shops.",
     [("Capture", frozenset({"Uvira"}), "2025-03-11")]),
    ("Protesters occupied the centre of Uvira town on Tuesday.", []),
])
def test_centre_of_a_town_occupied(nlp, body, want):
    assert [(k, p, d) for k, p, _, d in read(nlp, body) if k == "Capture"] == want
