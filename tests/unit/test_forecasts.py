"""An assessment closes with an outlook: what a side "will likely" or "is likely to" do is no
incident (forecasts.py). Beside it, rows that must keep their events: a forecast beside a past
attack, a hedged past ("is likely to have been carried out"), a headline in the present with a
future clause after it, and an outlook paragraph after a dated strike in the same report.

Sentences written for these tests; each row gives the exact events (kind, targets and places,
date, killed).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-05-10"


def events(nlp, text):
    """(kind, targets and places, date, killed) of every event of `text`, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, frozenset(names[a] for a in [*v.targets, *v.places] if names[a] != "civilians"), v.date,
             v.killed) for v in x.events]


@pytest.mark.parametrize("text", [
    "The army is likely to keep shelling the villages of the Nuba Mountains with artillery.",
    "The air force is likely to intensify airstrikes on rebel-held villages in Kachin State.",
    "Drone strikes on power stations in Kharkiv will likely continue through the winter.",
    "The rebels will likely keep firing rockets at Beni, and army air strikes are unlikely to deter them.",
    "The militia may step up its raids on farms around Bunia in the coming weeks.",
])
def test_an_outlook_is_no_incident(nlp, text):
    assert events(nlp, text) == []


def test_the_rule_switched_off_reads_the_outlook_as_an_attack(nlp):
    with R.disabled({"event.forecast"}):
        found = events(nlp, "Drone strikes on power stations in Kharkiv will likely continue through the winter.")
    assert [kind for kind, *_ in found] == ["Attack"]


def test_a_forecast_beside_a_past_attack_keeps_the_attack(nlp):
    text = "The militia will likely strike again after it attacked the market in Beni on Monday, killing four people."
    assert events(nlp, text) == [("Attack", frozenset({"market", "Beni"}), "2024-05-06", 4)]


def test_a_hedged_past_keeps_the_attack(nlp):
    text = "The airstrike on the market in Hama on May 8 is likely to have been carried out by Russian jets."
    assert [(kind, date) for kind, _, date, _ in events(nlp, text)] == [("Attack", "2024-05-08")]


def test_a_present_headline_with_a_future_clause_keeps_the_attack(nlp):
    text = "Gunmen kill five at a market in Kaduna; police will investigate."
    assert [(kind, killed) for kind, _, _, killed in events(nlp, text)] == [("Attack", 5)]


def test_an_outlook_after_a_dated_strike_adds_nothing(nlp):
    text = ("Army drones struck a fuel depot in Kosti on May 8, killing two workers, the power company said.\n\n"
            "Outlook\n\n"
            "The army will likely continue drone strikes on fuel depots in Kosti and Rabak in the coming weeks.")
    assert [(kind, date, killed) for kind, _, date, killed in events(nlp, text)] == [("Attack", "2024-05-08", 2)]
