"""The care of an incident's wounded told after its toll joins that incident: its hospital is
no target or place, its figure is the incident's toll; a struck hospital, another attack and
a hospital's running count stay apart."""

from __future__ import annotations

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract_many


def _names(x, ids) -> set[str]:
    by_id = {e.id: e.name for e in x.entities}
    return {by_id[i] for i in ids}


def _one(nlp, text: str):
    x = list(extract_many([Report.from_text(text, published="2023-11-16")], nlp=nlp))[0]
    return x, x.events


def test_wounded_flown_to_a_hospital_in_another_city_join_the_bombing(nlp):
    x, events = _one(nlp, "A car bomb exploded at a checkpoint in Kurram on Sunday, killing four soldiers. Doctors "
                          "at the military hospital in Rawalpindi, where the wounded were flown by helicopter, said "
                          "they had received seven injured men.")
    assert [(e.kind, e.type) for e in events] == [("Attack", "bombing")]
    assert "Rawalpindi" not in _names(x, events[0].places)
    assert not {"military hospital", "Rawalpindi"} & _names(x, events[0].targets)
    assert events[0].wounded == 7


def test_struck_hospital_and_hospital_count_stay_apart(nlp):
    _, struck = _one(nlp, "Militants attacked a police post in Loralai on Monday, killing three policemen. A second "
                          "bomb wounded three guards at the civil hospital in Quetta on Tuesday.")
    assert [e.kind for e in struck] == ["Attack", "Attack"]
    _, counted = _one(nlp, "A car bomb exploded at a checkpoint in Kurram on Sunday, killing four soldiers. The civil "
                           "hospital in Parachinar has received 300 wounded since October.")
    assert [e.kind for e in counted] == ["Attack", "Attack"]
    assert {e.killed for e in counted} >= {4}


def test_separate_attack_whose_wounded_went_to_the_same_hospital_stays_apart(nlp):
    _, events = _one(nlp, "A car bomb exploded at a checkpoint in Kurram on Sunday, killing four soldiers. In a "
                          "separate attack, gunmen shot dead two policemen in Hangu on Monday, and the wounded were "
                          "taken to the same hospital.")
    assert [e.kind for e in events] == ["Attack", "Attack"]
