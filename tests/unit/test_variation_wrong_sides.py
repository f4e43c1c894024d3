"""The wrong side named as the attacker. Written for these tests across wars, outlets, tenses and
voices (Somalia, Iraq, Nigeria, Lebanon, Afghanistan, Colombia, Ukraine, Syria, Pakistan, Niger,
Chad, Cameroon, Burkina Faso, Mali, Mozambique, Kenya, DR Congo, Ethiopia):

- a headline's country label over a bomb going off ("Iraq: Suicide bomber kills 14 at market")
  is where it went off, not the bomber (`actor.label-over-bombing`); negatives: a side named after
  the label, aircraft, another state's bomb, the label's forces acting;
- a label over its forces struck together with others ("soldiers and civilians killed") is the
  side struck (`actor.label-forces-paired`); negatives: the pair acting, a named ally acting;
- a sweep of groups tied to a patron ("armed groups linked to al-Qaida and the Islamic State
  group have fought there") does not make the report's unnamed militants the patron
  (`actor.sweep-tied-to-patron`); negatives: the militants themselves tied to the patron;
- "the group" blamed after unnamed gunmen is the armed group the report named before
  (`claim.the-group-is-named`); negatives: no group named before, "the group" doing something
  other than being blamed.
"""

import pytest

from tests.unit.incident_rows import NONE, still_missed
from tests.unit.incident_rows import side_set as _s
from tests.unit.incident_rows import sides_killed as sides

BOMB_ROWS = [
    ("Somalia: Car bomb kills seven at hotel in Mogadishu", [(NONE, 7)]),
    ("Iraq: Suicide bomber kills 14 at market in Baquba", [(NONE, 14)]),
    ("Nigeria: Bomb blast kills five at bus station in Maiduguri", [(NONE, 5)]),
    ("Lebanon: Car bomb kills three in Tripoli\n\nA car bomb exploded near a mosque in Tripoli on Friday, killing "
     "three worshippers, the civil defence said.", [(NONE, 3)]),
    ("Afghanistan - roadside bomb kills four at market in Kandahar", [(NONE, 4)]),
    ("Colombia: Motorcycle bomb kills two in Jamundi town square", [(NONE, 2)]),
    # negatives: a side named after the label; aircraft; another state's bomb; the label's forces acting
    ("Somalia: Car bomb kills seven at Mogadishu hotel as al-Shabaab claims attack", [(_s("al-shabaab"), 7)]),
    ("Nigeria: air force jets bomb bandit camp in Zamfara, killing 16", [(_s("nigeria"), 16)]),
    ("Ukraine: Russian glide bomb kills five in Kharkiv", [(_s("russia"), 5)]),
    ("Syria: Israeli jets bomb weapons depot near Homs, killing four", [(_s("israel"), 4)]),
    ("Pakistan: Soldiers killed 12 militants after bomb attack in Bannu", [(_s("pakistan"), 12)]),
]


@pytest.mark.parametrize("text,expected", BOMB_ROWS)
def test_label_over_bombing_is_no_side(nlp, text, expected):
    assert sides(nlp, text) == expected


PAIRED_ROWS = [
    ("Niger: 17 soldiers and civilians killed in attack on Tillia post", [(NONE, 17)]),
    ("Chad - nine soldiers and two civilians killed on Lake Chad island", [(NONE, 11)]),
    ("Cameroon: Gendarmes and teachers killed in attack near Mora", [(NONE, None)]),
    ("Burkina Faso: 30 soldiers and auxiliaries killed in ambush near Arbinda", [(NONE, 30)]),
    # negatives: the pair acting, a named ally acting beside the label's soldiers
    ("Niger: soldiers and gendarmes killed 30 jihadists near Tillia", [(_s("niger"), 30)]),
    ("Mali: soldiers and Wagner fighters killed 20 jihadists near Gao", [(_s("wagner group"), 20)]),
]


@pytest.mark.parametrize("text,expected", PAIRED_ROWS)
def test_label_over_paired_forces_is_struck(nlp, text, expected):
    assert sides(nlp, text) == expected


SWEEP_ROWS = [
    ("Gunmen attacked a police post near Tillaberi on Monday, killing four officers. Armed groups linked to "
     "al-Qaida and the Islamic State group have fought in western Niger for years.", [(_s("unknown gunmen"), 4)]),
    ("Jihadists killed nine villagers near Djibo on Friday, residents said. Several factions linked to al-Qaida and "
     "the Islamic State group are active in the area.", [(_s("rebels"), 9)]),
    still_missed("Militants stormed a school near Palma on Sunday, killing six teachers. Armed groups affiliated with "
                 "al-Shabaab and the Islamic State have operated in the province since 2017.", [(_s("rebels"), 6)],
                 "the bare militants still follow the last group the report names"),
    # negatives: the militants themselves tied to the patron (gold names them by it)
    ("Militants linked to al-Qaida attacked a police post near Tillaberi on Monday, killing four officers.",
     [(_s("al-qaeda"), 4)]),
    ("Militants attacked a police post near Tillaberi on Monday, killing four officers. The militants, linked to "
     "al-Qaida, have fought in western Niger for years.", [(_s("al-qaeda"), 4)]),
]


@pytest.mark.parametrize("text,expected", SWEEP_ROWS)
def test_sweep_tied_to_patron_names_no_attacker(nlp, text, expected):
    assert sides(nlp, text) == expected


GROUP_ROWS = [
    ("Al-Shabaab has fought the government since 2007. On Monday, gunmen attacked a bus near Mandera, killing six "
     "passengers. Police blamed the group.", [(_s("al-shabaab"), 6)]),
    ("Boko Haram has waged an insurgency in the north-east since 2009. Armed men burned a market in Gwoza on "
     "Saturday, killing eight traders. The governor blamed the group for the attack.", [(_s("boko haram"), 8)]),
    ("The Fano militia has fought federal forces in Amhara since 2023. Gunmen shot dead four officials near Gondar "
     "on Sunday. Regional authorities accused the militia of the killings.", [(_s("fano"), 4)]),
    ("The ADF has killed hundreds of civilians around Beni since 2014. Attackers raided a village near Oicha on "
     "Tuesday night, killing 12 people. The army blamed the same group.", [(_s("allied democratic forces"), 12)]),
    # negatives: no group named before; "the group" not blamed
    ("On Monday, gunmen attacked a bus near Mandera, killing six passengers. Police blamed the group.",
     [(_s("unknown gunmen"), 6)]),
    ("Al-Shabaab has fought the government since 2007. On Monday, gunmen attacked a bus near Mandera, killing six "
     "passengers. Police said the group had crossed from Somalia.", [(_s("unknown gunmen"), 6)]),
    ("Al-Shabaab has fought the government since 2007. On Monday, gunmen attacked a bus near Mandera, killing six "
     "passengers. The group escaped on foot, police said.", [(_s("unknown gunmen"), 6)]),
]


@pytest.mark.parametrize("text,expected", GROUP_ROWS)
def test_the_group_blamed_is_the_named_group(nlp, text, expected):
    assert sides(nlp, text) == expected
