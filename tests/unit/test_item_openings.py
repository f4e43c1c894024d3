"""A list item's marker opens its line, and a side's own body speaks for the side.

Reports written for these tests in the styles of daily war roundups (bulleted developments),
monitoring updates (numbered items) and wire copy. Each row states the exact set of doers of
each incident, aggregates aside. Negatives: a demonym before the force word (another state's
arms), a bystander force in a later sentence, a cumulative toll, a condemnation, and a body of a
state that has no forces (an emergency service) speaking of its own teams.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import PUBLISHED  # noqa: E402

HEAD = "Roundup: the day's developments\n\nThe main developments on Friday, June 14.\n\n"


def _doers(nlp, text: str) -> list[set[str]]:
    """The set of perpetrator names of each incident of `text`, in order."""
    x = extract(Report.from_text(text, published=PUBLISHED), nlp=nlp)
    names = {e.id: e.name for e in x.entities}
    return [{names[a] for a in v.actors} for v in x.events if v.role == "incident"]


MARKER_ROWS = [
    # a bullet before bare arms of the report's state: its forces, as at a line's start
    (HEAD + "- Military jets bombed the town of Hakha in Chin State, Myanmar, on Thursday, killing nine people, "
     "a rights group said.\n", [{"Tatmadaw"}]),
    # a bullet sign before a force word opening a monitoring update's item
    (HEAD + "\u2022 Military aircraft bombed a market in the town of Falam, Myanmar, on Thursday, killing 12 people, "
     "residents said.\n", [{"Tatmadaw"}]),
    # the same words as running text: unchanged
    (HEAD + "Military jets bombed the town of Hakha in Chin State, Myanmar, on Thursday, killing nine people, a "
     "rights group said.\n", [{"Tatmadaw"}]),
    # negative: a demonym before the force word makes the arms another state's
    (HEAD + "- Ugandan army jets bombed a rebel camp near the town of Beni, Congo, on Thursday, killing nine "
     "fighters, residents said.\n", [{"Uganda"}]),
    # negative: the attackers are unnamed; the army is only told of later, responding
    (HEAD + "- Gunmen killed nine villagers in the town of Hakha in Chin State, Myanmar, on Thursday. The military "
     "said it was searching the area.\n", [{"unknown gunmen"}]),
    # negative: a cumulative toll opening an item is no incident with a doer
    (HEAD + "- At least 120 civilians have been killed in air strikes in Chin State, Myanmar, since January, a "
     "rights group said.\n", []),
]


@pytest.mark.parametrize("text,doers", MARKER_ROWS)
def test_item_marker_opens_the_line(nlp, text, doers):
    assert _doers(nlp, text) == doers


BODY_ROWS = [
    # a general staff of a state speaking of its forces: the state is the doer
    ("Ukraine's General Staff said its forces hit a Russian ammunition depot near the village of Hola Prystan on "
     "Tuesday night. Russia did not comment on the claim by Ukraine.", [{"Ukraine"}]),
    # negative: an emergency service of the same state has no forces; the drone's side stays the doer
    ("A Russian drone hit a fuel depot near the village of Hola Prystan on Tuesday night. Ukraine's State "
     "Emergency Service said its teams put out the fire.", [{"Russia"}]),
    # negative: a general staff condemning the other side's strike claims nothing of its own
    ("A Russian missile hit a school in the village of Hola Prystan on Tuesday, killing two teachers. Ukraine's "
     "General Staff condemned the strike.", [{"Russia"}]),
]


@pytest.mark.parametrize("text,doers", BODY_ROWS)
def test_a_body_speaks_for_its_side(nlp, text, doers):
    assert _doers(nlp, text) == doers
