"""The doer named in a later sentence of the incident's section, often hedged: an investigation's
finding ("The strike appears to have been carried out by the armed forces"), a witness's
telling of where the fire came from ("the shot came from Houthi positions"), an official's
blame with its reason ("blamed Russia, saying that the missiles had been fired from ...").
The act's sentence names no doer; the later sentence gives it to the incident. Negatives: a
denial, a critic, a defender, a place alone, an accusation of the other side, an earlier attack
recalled. Every sentence here is written for these tests.

Each row: a text, and per incident (events whose role is "incident", in order) the sorted names
of its perpetrators, exactly."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-06-18"
BF, JNIM = "Burkina Faso", "Jama'at Nusrat al-Islam wal-Muslimin"

MARKET = ("On 2 June, a drone strike hit the weekly market in the village of Kouka, Burkina Faso, killing 11 "
          "civilians, according to four witnesses. ")
SNIPER = "On 30 July, a sniper shot and killed a girl in the Sala neighbourhood of Taiz, Yemen. "
SCHOOL = "On 3 June, two missiles hit a school in the Kyivskyi district of Kharkiv, killing two people. "

ROWS = [
    # a hedged finding: the agent of the raised passive
    (MARKET + "The army operates armed drones in the area. The strike appears to have been carried out by the "
     "Burkinabè armed forces.", [[BF]]),
    (MARKET + "The strike seems to have been launched by JNIM, which has drones of its own.", [[JNIM]]),
    (MARKET + "The strike is believed to have been carried out by the Burkinabè armed forces.", [[BF]]),
    # not a doer: a critic, a defender, a denial, a side present before the strike
    (MARKET + "The strike appears to have been condemned by JNIM.", [[]]),
    (MARKET + "The attack appears to have been repelled by the Burkinabè armed forces.", [[]]),
    (MARKET + "Witnesses said JNIM fighters had been at the market but had left before the strike.", [[]]),
    # where the fire came from: the side whose ground it was
    (SNIPER + "Two residents said the shot came from Houthi positions on a hill to the east.", [["Houthis"]]),
    (SNIPER + "Two residents said the shots were fired from Houthi positions on a hill to the east.",
     [["Houthis"]]),
    # a place alone names no side, nor a description of whoever holds it; the side under fire is no doer
    (SNIPER + "Two residents said the shot came from an area held by armed men.", [[]]),
    (SNIPER + "Two residents said the shot came from a hill to the east.", [[]]),
    (SNIPER + "The Houthis said their positions had come under fire from the city.", [[]]),
    # a blame with its reason: the blame reaches the strike, no second strike from the reason
    (SCHOOL + "The governor, Ivan Petrenko, blamed Russia, saying that S-400 missiles had been fired from the "
     "Belgorod region.", [["Russia"]]),
    (SCHOOL + "The governor, Ivan Petrenko, blamed Russia, saying that the missiles had been fired from the "
     "Belgorod region.", [["Russia"]]),
    # a speaker telling where they came from blames no one
    (SCHOOL + "The governor, Ivan Petrenko, said that the missiles had been fired from the Belgorod region.",
     [[]]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_late_doer(nlp, text, expected):
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    assert [sorted(names[a] for a in v.actors) for v in x.events if v.role == "incident"] == expected
