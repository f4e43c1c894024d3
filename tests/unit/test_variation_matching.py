"""An incident found but placed wrongly, so that it matches nothing: the scene is told by
pointing back at an earlier sentence, across outlets and wars (wire copy, broadcasters,
encyclopedia articles, military briefings; Somalia, Nigeria, Afghanistan, Yemen, South Sudan,
DR Congo, Iraq, Kashmir, Mozambique, Mali).

- "the town" after a sentence that locates a town by a bearing or a route ("X lies 90 km north
  of Y", "on the road to Y"): the town is X, not Y;
- a locative "there" ("officials say 40 people have been killed there"): the place of the
  sentence before;
- "in the ensuing gunfight", "in the subsequent firefight": the fight brought on by what the
  sentence before told, at its place;
- two takings of one sentence, one told with the plain verb "take" ("X captured A and Y took
  B"): still folded into one (strict xfails).

Negatives: a bearing that is the only town named, an expletive "there", a "there" of speakers
elsewhere when the incident names its own town, a fight that names its own place, a "resulting"
that is no fight. Each row is one small report and the exact events (kind, actors, targets,
places) with names sorted. Every sentence here is written for these tests; rows still failing are
strict xfails whose reason says what is left.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import participants, still_missed  # noqa: E402

OPENING_NAME = "a town opening its sentence before 'is' or 'lies' is read as a person or not at all"

BEARINGS = [
    ("Afgooye sits on the Shabelle River north of Merca. Government troops retook the town from al-Shabaab in "
     "May 2012.", {("Capture", ("Somalia",), (), ("Afgooye",))}),
    ("Jowhar lies about 90 kilometres north of Mogadishu. Al-Shabaab fighters briefly overran the town in 2008.",
     {("Capture", ("al-Shabaab",), (), ("Jowhar",))}),
    ("Konduga is a town 35 km southeast of Maiduguri. Boko Haram fighters attacked the town on Sunday, killing "
     "five people.", {("Attack", ("Boko Haram",), ("civilians",), ("Konduga",))}),
    ("Kunduz lies on the road to Mazar-i-Sharif. Taliban fighters stormed the city in September 2015.",
     {("Attack", ("Taliban",), (), ("Kunduz",))}),
    ("Taiz sits in the hills, 250 km south of Sanaa. Houthi shelling killed four children in the city on Monday.",
     {("Attack", ("Houthis",), ("civilians",), ("Taiz",))}),
    ("Mocimboa da Praia is a port town 70 km south of Palma. Insurgents overran the town in August 2020.",
     {("Capture", ("rebels",), (), ("Mocimboa da Praia",))}),
    still_missed("Tal Afar is about 60 kilometres west of Mosul. A suicide bomber killed 14 people at a checkpoint in "
                 "the town on Friday.", {("Attack", (), ("checkpoint", "civilians"), ("Tal Afar",))}, OPENING_NAME),
    still_missed("Gwoza, near the Cameroon border, is about 130 km southeast of Maiduguri. Insurgents seized the town "
                 "in August 2014.", {("Capture", ("rebels",), (), ("Gwoza",))}, OPENING_NAME),
    # negatives: the town named as a bearing is the scene when no other town is named
    ("Villagers fled to Bama, 70 km southeast of Maiduguri, after the raid. Soldiers shelled militants near the "
     "town on Sunday.",
     {("Attack", (), ("civilians",), ("Bama", "Maiduguri")), ("Attack", ("Nigeria",), ("rebels",), ("Bama",)),
      ("Displacement", (), ("civilians",), ("Bama", "Maiduguri"))}),
    still_missed("Displaced families reached Monguno from Kukawa on Friday. A suicide bomber killed four people in the "
                 "town on Sunday.", {("Attack", (), ("civilians",), ("Monguno",))},
                 "a town of origin ('from X') is taken for 'the town' over the town reached"),
]

THERE = [
    ("Heavy fighting was reported in Malakal on Sunday. Officials say 40 people have been killed there since "
     "Friday.", {("Attack", (), ("civilians",), ("Malakal",))}),
    ("Fighting spread to Beni on Tuesday. Local officials said 11 civilians were killed there by gunmen on "
     "Wednesday.", {("Attack", ("unknown gunmen",), ("civilians",), ("Beni",))}),
    ("Government forces pushed into Sinjar this week. A medic said a mortar round killed three people there on "
     "Monday.", {("Attack", (), ("civilians",), ("Sinjar",))}),
    # negatives: an expletive "there"; speakers "there" while the incident names its own town
    ("Aid convoys reached Kalemie on Monday. There were no reports of fighting, but a grenade killed three "
     "people in Goma.", {("Attack", (), ("civilians",), ("Goma",))}),
    ("Troops entered Raqqa in June. There have been no casualties reported among the residents.", set()),
    ("Talks resumed in Geneva on Friday. Delegates there said a shell killed two children in Ariha.",
     {("Attack", (), ("civilians",), ("Ariha",))}),
    # "there" in a relative clause stands for the noun it hangs on, not the sentence before
    ("Heavy fighting was reported in Malakal on Sunday. A shell hit a church, killing five people who had "
     "sheltered there.", {("Attack", (), ("church", "civilians"), ())}),
]

ENSUING = [
    ("Police and soldiers cordoned off Chatripora village of Shopian district on Monday. In the ensuing "
     "gunfight, two militants were killed.", {("Attack", (), ("rebels",), ("Chatripora", "Shopian"))}),
    ("Commandos surrounded a compound in Kunduz city overnight. Four Taliban fighters were killed in the "
     "subsequent firefight.", {("Attack", (), ("Taliban",), ("Kunduz",))}),
    ("Soldiers and vigilantes moved into Bama at dawn on Tuesday. In the ensuing exchange of fire, three "
     "insurgents and a soldier were killed.", {("Attack", (), ("rebels",), ("Bama",))}),
    ("Federal police moved into Tikrit at dawn. In the ensuing clashes, at least nine officers were killed.",
     {("Attack", (), (), ("Tikrit",))}),
    # negatives: the fight names its own place; a "resulting" agreement is no fight
    ("Officials met elders in Ghazni on Monday. The resulting agreement reopened the road.", set()),
    ("Gunmen shot a trader in Gao on Monday. In a separate gunfight in Timbuktu, two soldiers were killed.",
     {("Attack", ("unknown gunmen",), ("civilians",), ("Gao",)), ("Attack", (), (), ("Timbuktu",))}),
]

# Two takings of one sentence, one told with the plain verb "take": unread, it was folded into
# the other, which kept neither its side nor its town. The plain verb is now read (event.took-ground);
# the rows still left keep TOOK as their reason.
TOOK = ("'took' with a named town as object is no capture trigger; read as one it split these sentences, but the "
        "taking it found had no source read and a claims measure fell")

TAKEN = [
    # a bare "took X" is a capture (event.took-ground); these four were strict xfails
    ("Kenyan troops took Kismayo on Friday after a two-day assault.",
     {("Capture", ("Kenya",), ("Kismayo",), ("Kismayo",))}),
    ("The army took the town of Bentiu on Friday, and rebels seized Malakal.",
     {("Capture", (), ("Bentiu",), ("Bentiu",)), ("Capture", ("rebels",), ("Malakal",), ("Malakal",))}),
    ("Government troops captured Bentiu on Friday and rebels took Malakal.",
     {("Capture", ("South Sudan",), ("Bentiu",), ("Bentiu",)), ("Capture", ("rebels",), ("Malakal",), ("Malakal",))}),
    ("Houthi fighters took Sanaa in September 2014.",
     {("Capture", ("Houthis",), ("Sanaa",), ("Sanaa",))}),
    still_missed("Al-Shabaab lost ground in southern Somalia, with Kenyan troops taking Kismayo and Ethiopian forces "
                 "capturing Baidoa.",
                 {("Capture", ("Kenya",), ("Kismayo",), ("Kismayo", "Somalia")),
            ("Capture", ("Ethiopia",), ("Baidoa",), ("Baidoa", "Somalia"))},
                 "the parse makes the first town a modifier of the second side ('Kismayo ... forces')"),
    # negatives: people taken somewhere, a list, part, shelter, prisoners, a time taken
    ("Gunmen took 20 passengers to a forest near Kaduna on Monday.", set()),
    ("The minister took Kismayo off the list of unsafe towns on Monday.", set()),
    ("The journey took the refugees to Gao in three days.", set()),
    ("Russian forces took part in exercises near Tartus on Monday.", set()),
    ("The offensive took Ethiopia to the brink of collapse.", set()),
    ("Residents took shelter in Malakal as fighting spread.", set()),
    ("It took the army three weeks to reach Bentiu.", set()),
]


@pytest.mark.parametrize("text,expected", BEARINGS + THERE + ENSUING + TAKEN)
def test_scene_told_before(nlp, text, expected):
    assert participants(nlp, text) == expected
