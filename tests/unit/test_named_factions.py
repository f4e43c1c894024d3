"""Named groups told in two forms news copy uses for the side it blames:

- an unnamed side's noun a verb of blame governs, followed by "of" and a named group ("police
  blamed the terrorist gangs of the Islamic State"): the group, not the generic side
  (people_of_groups.fold_side_of_group);
- a faction named for a person with its head word in lower case ("the Jaime Martinez front",
  blamed, attributed or told as a faction of a group): an armed group of its own
  (group_names.actor.person-named-faction).

Beside them, rows where nothing joins: the gangs of a place, bare gangs, a place's front, a
faction only denying, a speaker and a condemning government.

Every sentence here is written for these tests; each row gives the exact actor entities and,
per incident, its exact actors.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2024-05-13"


def read(nlp, text):
    """(sorted actor names, [sorted actors of each incident]) of `text`."""
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    return (sorted(e.name for e in x.entities if e.kind == "Actor"),
            [sorted(names[a] for a in v.actors) for v in x.events if v.role == "incident"])


@pytest.mark.parametrize("text, expected", [
    # Gangs "of" the group the police blame: the group only.
    ("Bomb kills six at Basra market\n\n"
     "A bomb hidden in a cart exploded at a fish market in Basra on Sunday, killing six people, police said. No "
     "group claimed the blast, but police blamed the terrorist gangs of the Islamic State. The government condemned "
     "the attack.\n",
     (["Islamic State", "civilians", "police"], [["Islamic State"]])),
    # Militias "of" the report's one group doing the act: the group (the one-group fold, not this rule).
    ("Militias of the Lord's Resistance Army raided the village of Banda on Sunday, killing four farmers, a local "
     "official said.\n",
     (["Lord's Resistance Army", "civilians", "local official"], [["Lord's Resistance Army"]])),
    # The gangs "of" a place: the generic side stays.
    ("Gangs attacked a market in Petion-Ville on Sunday, killing six people, police said. The gangs of the "
     "capital control most of its roads.\n",
     (["civilians", "gangs", "police"], [["gangs"]])),
])
def test_side_of_named_group(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Blamed, and told as a faction of the group: the faction is the side.
    ("A car bomb killed two police officers outside a station in Morales on Monday, the army said. The army blamed "
     "the Hernan Rojas front, a faction of the Estado Mayor Central.\n",
     (["Colombia", "Estado Mayor Central", "Hernan Rojas front"], [["Hernan Rojas front"]])),
    # Attributed to the faction in the incident's sentence.
    ("Prosecutors cited an earlier attack attributed to the Hernan Rojas front: the killing of three farmers in "
     "Caldono in January.\n",
     (["Hernan Rojas front", "civilians"], [["Hernan Rojas front"]])),
    # A place's front: no faction.
    ("Shelling killed two soldiers on the Zaporizhzhia front on Monday, the Ukrainian army said.\n",
     (["Ukraine"], [[]])),
    # The faction only denies, nobody blames it: no faction, no side.
    ("A car bomb killed two police officers outside a station in Morales on Monday. The Hernan Rojas front denied "
     "any part in the attack.\n",
     (["government forces"], [[]])),
])
def test_person_named_faction(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The report names the PDF: its "resistance forces" who say they captured a town are the PDF, and the
    # "resistance fighters" who tell the strike are its sources, not the strike's side.
    ("An air strike by Myanmar's military on a monastery in Magway killed nine people, local resistance fighters "
     "said. A spokesman for the local People's Defence Force said two jets bombed the village late on Saturday.\n"
     "Elsewhere in Magway, resistance forces said they had captured the town of Gangaw on Sunday after a week of "
     "fighting. The military has not commented.\n",
     (["People's Defence Force", "Tatmadaw", "civilians"], [["Tatmadaw"], ["People's Defence Force"]])),
    # No PDF named: the words name no one.
    ("Resistance forces said they had captured the town of Gangaw on Sunday after a week of fighting. The "
     "military has not commented.\n",
     ([], [[]])),
])
def test_resistance_forces_are_the_named_pdf(nlp, text, expected):
    assert read(nlp, text) == expected
