"""The side owning what an attack struck, across outlets, wars, tenses and voices: never the
attack's sole armed side to blame. Every sentence here is written for these tests.

Class: an attack that names no attacker of its own, told with the struck thing's owner only
("rammed a car into a convoy of the Frontier Corps", "crashed into a convoy of the Egyptian
army", "ripped through a bus carrying members of X", "blew himself up among a group of Y
soldiers"). The owner was struck; the incident is left without an attacker. Negative rows: an
attacker named as the subject beside the owner, an agent phrase, a side an attack was blamed on,
and a side's own statement about an attack on its base, which stays among the sources.

Each row: a text and, per incident (aggregates aside), the names of its perpetrators and of its
sources, in lower case.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import PUBLISHED, still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402


def sides(nlp, text: str) -> list[tuple[set, set]]:
    """(perpetrators, sources) of each incident of `text`, by lower-case name."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name.lower() for e in x.entities}
    return [({names[a] for a in v.actors}, {names[c] for c in v.claimed_by}) for v in x.events
            if v.role == "incident"]


ROWS = [
    # driven into what the side owned (wire, Pakistan; broadcaster, Sinai; Red Sea)
    ("A suicide bomber rammed a pickup loaded with explosives into a convoy of the Frontier Corps near Turbat "
     "on Sunday, killing five troops.", [(set(), set())]),
    ("A car laden with explosives crashed into a convoy of the Egyptian army in northern Sinai on Tuesday, "
     "killing six soldiers.", [(set(), set())]),
    ("An explosives-laden boat rammed into a frigate of the Saudi navy off Hodeidah on Monday, killing two "
     "sailors, officials said.", [(set(), {"officials"})]),
    ("A suicide bomber has driven a truck packed with explosives into a convoy of the Somali National Army "
     "near Afgoye, killing six soldiers.", [(set(), set())]),
    # what the side carried or stood among (Balochistan, Khyber Pakhtunkhwa)
    ("A bomb ripped through a bus carrying members of the Frontier Corps in Quetta on Monday, killing four of "
     "them.", [(set(), set())]),
    ("A suicide attacker blew himself up among a group of Pakistani soldiers in Bannu on Tuesday, killing six.",
     [(set(), set())]),
    # negative: the attacker is the subject beside the owner
    ("Fighters of the Islamic State drove a car bomb into a checkpoint of the Syrian army near Palmyra on "
     "Tuesday, killing nine soldiers.", [({"islamic state"}, set())]),
    ("Jama'at Nusrat al-Islam wal-Muslimin fighters stormed a base of the Malian army near Boulkessi on "
     "Monday, killing 20 soldiers.", [({"jama'at nusrat al-islam wal-muslimin"}, set())]),
    ("Houthi forces fired a missile at a destroyer of the US Navy in the Red Sea on Friday.",
     [({"houthis"}, set())]),
    # negative: a side the attack was blamed on stays its perpetrator
    ("An attack on a police post in Konna, blamed on the Macina Liberation Front, killed four officers on "
     "Sunday.", [({"macina liberation front"}, set())]),
    # negative: the struck side's own statement stays among the sources
    ("Attackers hurled grenades into a camp of the Ugandan army in Bundibugyo on Sunday, wounding eight "
     "soldiers, the army said.", [(set(), {"uganda"})]),
    ("A landmine exploded under a vehicle of the Nigerian army near Gwoza on Thursday, killing three soldiers, "
     "military sources said.", [(set(), {"nigeria"})]),
    # missed: "at the hands of" names the doer, read as struck by an older rule
    still_missed("Six villagers were killed at the hands of the Rapid Support Forces near El Geneina on "
                 "Wednesday.", [({"rapid support forces"}, set())],
                 "the side after 'at the hands of' is read as the victims' side, not the attacker"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_struck_owner(nlp, text: str, expected: list) -> None:
    assert sides(nlp, text) == expected
