"""Zero tolls told as the object of the attack's verb ("hitting no one") or beside damage and
reports ("with no damage or casualties", "there were no reports of casualties"), and the
denials that are no zero of the incident: one side's harm ("no casualties among the
attackers"), one group's ("no reports of civilian casualties"), a hospital's patients, an
unclaimed attack, a zero told of another incident."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.numbers import find_casualties
from sitgraph.loaders.extract.toll_zero_forms import zero_form_figures

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import placed_tolls  # noqa: E402


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen fired on an army post near Pattani, hitting no one.", {("killed", 0), ("wounded", 0)}),
    ("Militants stormed a checkpoint near Bannu, injuring nobody but burning a truck.",
     {("killed", 0), ("wounded", 0)}),
    ("The shell fell in a field, killing no one.", {("killed", 0)}),
    ("A drone blew up near a depot, with no damage or casualties.", {("killed", 0), ("wounded", 0)}),
    ("No damage or injuries were reported after the launch.", {("killed", 0), ("wounded", 0)}),
    ("There were no reports of deaths after the blast.", {("killed", 0)}),
    ("The rocket hit a field without causing damage or casualties.", {("killed", 0), ("wounded", 0)}),
    # not zeros of the incident
    ("No one has claimed responsibility for the attack.", set()),
    ("There is no end in sight to the shelling.", set()),
    ("The rebels said there were no casualties among the attackers.", set()),
    ("There were no reports of civilian casualties in the nearby village.", set()),
    ("The clinic received no patients overnight.", set()),
    ("Gunmen fired on an army post, hitting no one else.", set()),
    ("The strike caused heavy damage to the bridge, officials said.", set()),
])
def test_zero_forms_read(sentence: str, expected: set) -> None:
    assert {(f.category, f.value) for f in zero_form_figures(sentence)} == expected


def test_side_only_denial_gives_no_zero() -> None:
    c = find_casualties("The rebels said there were no casualties among the attackers.")
    assert (c.killed, c.wounded) == (None, None)


CASES: list = [
    pytest.param("Gunmen fired on a police post in Yala on Tuesday, hitting no one. No one has claimed "
                 "responsibility.", [("Attack", 0, 0, "2024-06-11", ("Yala",))], id="hitting-no-one"),
    pytest.param("A drone exploded near a fuel depot in Kherson on Monday, with no damage or casualties reported. "
                 "The governor said there was no end in sight to the attacks.",
                 [("Attack", 0, 0, "2024-06-10", ("Kherson",))], id="no-damage-or-casualties"),
    pytest.param("A mortar round landed near a market in Kidal on Monday. There were no reports of casualties.",
                 [("Attack", 0, 0, "2024-06-10", ("Kidal",))], id="no-reports-next-sentence"),
    pytest.param("Rebels attacked an army camp near Kidal on Monday and said there were no casualties among the "
                 "attackers. The army said four soldiers were killed.",
                 [("Attack", 4, None, "2024-06-10", ("Kidal",))], id="side-denial-no-zero"),
    pytest.param("A shell hit a school in Donetsk on Monday, killing three pupils. On Sunday a drone struck a "
                 "bakery in Horlivka, hitting no one.",
                 [("Attack", 3, None, "2024-06-10", ("Donetsk",)), ("Attack", 0, 0, "2024-06-09", ("Horlivka",))],
                 id="zero-of-another-incident"),
    pytest.param("A rocket hit a house in Sderot on Wednesday, wounding two people. The city's hospital said it had "
                 "received no patients from other towns.",
                 [("Attack", None, 2, "2024-06-12", ("Sderot",))], id="hospital-no-patients"),
    pytest.param("A missile struck a depot in Dnipro on Monday, killing two workers. There were no reports of "
                 "civilian casualties in the nearby village.",
                 [("Attack", 2, None, "2024-06-10", ("Dnipro",))], id="one-group-denied"),
    pytest.param("A shell hit a market in Kidal on Monday, with no reports of casualties. Officials later said two "
                 "traders had been killed.", [("Attack", 2, 0, "2024-06-10", ("Kidal",))], id="later-figure-wins"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_zero_forms_events(nlp, text: str, expected: list) -> None:
    assert placed_tolls(nlp, text) == expected
