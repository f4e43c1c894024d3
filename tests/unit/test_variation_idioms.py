"""Arrests, official idioms, anaphoric subjects and events in subordinate clauses, as other
outlets tell them: a metamorphic table of sentences written for these tests (police and army
press releases, South Asian, Nigerian, Sahel and Ethiopian official English, ministry
statements, wire and broadcaster copy; wars in Nigeria, Pakistan, Kashmir, Bangladesh, Haiti,
Colombia, Ethiopia, Mali, Sudan, Myanmar, Mozambique, Somalia, Gaza), each row with the
exact events the evaluation guide asks for: kind, perpetrators, places and killed.

What the guide says of these classes: an arrest or detention is an `Abduction` whose actor
is who arrested (a body telling its own arrests, "the agency said it had arrested four", is
that actor; a statement's speaker otherwise is not); police or troops without a name of
their own act for their state (one actor per party), a named police force is its own actor;
"neutralised", "eliminated", "took out", "martyred" and "made the supreme sacrifice" are
people killed (`Attack` with its toll); who repelled an attack was attacked, not its author;
ground taken is a `Capture`, people taken an `Abduction`. The negatives are the everyday
senses of the same words and arrests ordered, not made. A tiny report has no country, so its
unnamed forces stay "government forces"; a report naming a place of a country resolves them
to that country. Rows that still fail are strict xfails with the reason: they say what is left.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402
from incident_rows import still_missed as _left  # noqa: E402

PUBLISHED = "2024-03-14"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"


def events(nlp, text):
    """(kind, perpetrators, places, killed) of every event of `text` read as one report."""
    return event_fields(nlp, text, "kind actors places killed", PUBLISHED)


FOUND = [
    # arrests and detentions with their agent
    ("Troops of the 3rd Infantry Brigade arrested a suspected arms dealer in Maiduguri on Monday.",
     [("Abduction", {"3rd Infantry Brigade", "Nigeria"}, {"Maiduguri"}, None)]),
    ("Police detained a wounded man at a checkpoint in Bannu on Tuesday.",
     [("Abduction", {"Pakistan"}, {"Bannu"}, None)]),
    ("A suspected bomb maker was arrested by members of a vigilance committee in Konduga on Monday.",
     [("Abduction", {"vigilance committee"}, {"Konduga"}, None)]),
    ("The National Investigation Agency said it had arrested four suspects in Srinagar on Monday.",
     [("Abduction", {"National Investigation Agency"}, {"Srinagar"}, None)]),
    ("Four suspects were arrested by the police in Peshawar on Wednesday.",
     [("Abduction", {"Pakistan"}, {"Peshawar"}, None)]),
    ("Three students were picked up by plainclothes police in Dhaka on Monday.",
     [("Abduction", {"government forces"}, {"Dhaka"}, None)]),
    ("Rangers took five suspected militants into custody in Karachi on Friday, a spokesman said.",
     [("Abduction", set(), {"Karachi"}, None)]),
    ("The Haitian National Police said its officers had arrested a gang leader in Croix-des-Bouquets on Monday.",
     [("Abduction", {"Haitian National Police"}, {"Croix-des-Bouquets"}, None)]),
    ("Police officers of the Haitian National Police detained two men in Petion-Ville on Monday.",
     [("Abduction", {"Haitian National Police"}, {"Petion-Ville"}, None)]),
    ("Houthi security forces rounded up dozens of aid workers in Sanaa on Thursday.",
     [("Abduction", {"Houthis"}, {"Sanaa"}, None)]),
    # arrests ordered, not made
    ("Arrest warrants were issued for three rebel commanders in Goma on Monday.", []),
    ("A court in Bamako issued warrants for the arrest of two former ministers on Monday.", []),
    # passive by-agent perpetrators
    ("At least 40 soldiers were killed by an al-Shabaab suicide bomber in Mogadishu on Monday.",
     [("Attack", {"al-Shabaab"}, {"Mogadishu"}, 40)]),
    ("Twelve farmers were abducted by gunmen of the Lakurawa group in Sokoto State on Monday.",
     [("Abduction", {"Lakurawa"}, {"Sokoto"}, None)]),
    ("The hospital in El Obeid was hit by a drone launched by the Rapid Support Forces on Monday.",
     [("Attack", {"Rapid Support Forces"}, {"El Obeid"}, None)]),
    ("Six civilians were shot dead by soldiers of the Malian army near Mopti on Monday.",
     [("Attack", {"Mali"}, {"Mopti"}, 6)]),
    ("Five police officers were killed by suspected TTP militants in Dera Ismail Khan on Monday.",
     [("Attack", {"Tehrik-i-Taliban Pakistan"}, {"Dera Ismail Khan"}, 5)]),
    ("Eight people were killed by a roadside bomb planted by Boko Haram near Gwoza on Monday.",
     [("Attack", {"Boko Haram"}, {"Gwoza"}, 8)]),
    # official idioms of killing and fighting
    ("Troops neutralised 12 terrorists during an operation in Kupwara district on Monday, the army said.",
     [("Attack", {"government forces"}, {"Kupwara"}, 12)]),
    ("Security forces eliminated three militants in an encounter in Bannu on Monday.",
     [("Attack", {"Pakistan"}, {"Bannu"}, 3)]),
    ("Security forces took out two ELN commanders in Arauca on Monday.",
     [("Attack", {"Colombia"}, {"Arauca"}, 2)]),
    ("The ENDF said it had neutralized 45 Fano militants and captured 17 others in North Wollo on Sunday.",
     [("Attack", {"Ethiopian National Defense Force"}, {"Wollo"}, 45),
      ("Abduction", {"Ethiopian National Defense Force"}, {"Wollo"}, None)]),
    ("A soldier was martyred in the exchange of fire in Kurram on Monday, ISPR said.",
     [("Attack", set(), {"Kurram"}, 1)]),
    ("Two soldiers made the supreme sacrifice in the operation in Kupwara on Monday.",
     [("Attack", set(), {"Kupwara"}, 2)]),
    ("An encounter broke out between security forces and militants in Pulwama on Monday.",
     [("Attack", {"rebels"}, {"Pulwama"}, None)]),
    ("A gunfight broke out between police and bandits in Gusau on Monday.",
     [("Attack", {"bandits"}, {"Gusau"}, None)]),
    ("Troops engaged the terrorists near Bannu on Monday, killing four.",
     [("Attack", {"Pakistan"}, {"Bannu"}, 4)]),
    ("Nigerian troops repelled an attack by Boko Haram on their base in Damboa on Monday.",
     [("Attack", {"Boko Haram"}, {"Damboa"}, None)]),
    ("Fano militiamen occupied parts of the town of Lalibela on Monday.",
     [("Capture", {"Fano"}, {"Lalibela"}, None)]),
    ("JNIM fighters overran an army post in Djibo on Monday.",
     [("Capture", {JNIM}, {"Djibo"}, None)]),
    # the everyday senses of the same words
    ("The police neutralised the threat in Kupwara district on Monday.", []),
    ("Farmers took out loans in Arauca on Monday.", []),
    ("Obama said the soldiers who died in Iraq had made the ultimate sacrifice for their country.", []),
    ("This year, 61 terrorists have been neutralised in Kupwara district, the army said.", []),
    ("In a brief encounter with reporters in Pulwama, the minister said little.", []),
    ("The troops made contact with village elders near Gusau on Monday.", []),
    # a pronoun acting for the side that was the subject before
    ("Islamic State fighters entered the town of Palma in Cabo Delgado on Monday. They overran the town within days.",
     [("Capture", {"Islamic State"}, {"Palma"}, None)]),
    # (seizing the base it attacked is more of that attack: rule assemble.incident-part)
    ("The Arakan Army attacked a junta base near Maungdaw on Monday. It seized the town of Buthidaung after two "
     "days of fighting.",
     [("Attack", {"Arakan Army"}, {"Maungdaw"}, None), ("Capture", {"Arakan Army"}, {"Buthidaung"}, None)]),
    ("RSF fighters entered El Geneina on Monday. They then killed at least 40 men in the Ardamata camp.",
     [("Attack", {"Rapid Support Forces"}, {"Ardamata"}, 40)]),
    ("Residents said they had fled the town of Palma on Monday.",
     [("Displacement", set(), {"Palma"}, None)]),
    # an earlier incident in a reason clause
    ("The rocket fire came in response to an Israeli army raid in Khan Younis the previous day.",
     [("Attack", {"Israel"}, {"Khan Younis"}, None)]),
    ("Palestinian militants fired six rockets at the town of Sderot on Monday, wounding three people. The al-Quds "
     "Brigades claimed the attack, saying it was a response to an Israeli army raid in Khan Younis the previous day.",
     [("Attack", {"Al-Quds Brigades"}, {"Sderot"}, None), ("Attack", {"Israel"}, {"Khan Younis"}, None)]),
    ("Russian missiles struck Kharkiv on Monday, killing seven people. Moscow said the strike was in response to a "
     "Ukrainian drone attack on Belgorod on Saturday.",
     [("Attack", {"Russia"}, {"Kharkiv"}, 7), ("Attack", {"Ukraine"}, {"Belgorod"}, None)]),
    # an agreement recalled by its signing
    ("Tigray has been calm since the Pretoria peace agreement signed on 2 November 2022 between the government "
     "and the TPLF.",
     [("Agreement", {"Tigray People's Liberation Front"}, {"Pretoria", "Tigray"}, None)]),
    ("The Lusaka accord signed in 1999 by the government and the rebels collapsed a year later.",
     [("Violation", {"rebels"}, {"Lusaka"}, None)]),
]

LEFT = [
    _left("Israeli strikes killed 12 people in Bint Jbeil on Monday. Within hours, Hezbollah said it had fired "
          "rockets at Kiryat Shmona in response to the massacre in Bint Jbeil.",
          [("Attack", {"Israel"}, {"Bint Jbeil"}, 12), ("Attack", {"Hezbollah"}, {"Kiryat Shmona"}, None)],
          "a side's retaliation told with the incident it answers ('in response to the massacre') is merged into it"),
    _left("The school was set on fire by members of the Ambazonia separatist movement in Bamenda on Monday.",
          [("Attack", {"Ambazonia separatist movement"}, {"Bamenda"}, None)],
          "a separatist movement named by a demonym and a common noun is no actor"),
    # once a strict xfail ('the camp at Boulkessi' named no place): now read
    pytest.param("Malian soldiers repulsed an attack by JNIM on the camp at Boulkessi on Monday, killing 20 "
                 "assailants.", [("Attack", {JNIM}, {"Boulkessi"}, 20)]),
    _left("M23 rebels laid siege to the town of Sake on Monday.",
          [("Attack", {"M23"}, {"Sake"}, None)],
          "a siege has no kind in the guide; not read as an event"),
    _left("The army foiled an infiltration bid along the Line of Control in Uri on Monday; two intruders were killed.",
          [("Attack", {"government forces"}, {"Uri"}, 2)],
          "the killing after a foiled bid takes neither the army nor the place of the clause before"),
    _left("Myanmar's army recalled the ceasefire agreement reached on 15 October 2015 between the government and "
          "eight armed groups.",
          [("Agreement", set(), set(), None)],
          "only 'signed' tells an agreement made by a participle after its name: 'reached' in passing cost a "
          "false event on VOA dev, whose gold holds none there"),
    _left("The insurgency began in October 2017 with attacks on police stations in Mocimboa da Praia.",
          [("Attack", set(), {"Mocimboa da Praia"}, None)],
          "attacks told as how a war began ('began with attacks on') make no event"),
    _left("Six hostages escaped on Tuesday during a clash with pursuing marines in Patikul in which two marines were "
          "killed.",
          [("Attack", {"government forces"}, {"Patikul"}, 2)],
          "the marines of a clash told after 'with' are no side"),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t[:60] for t, _ in FOUND])
def test_idioms_are_read(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_idioms_left(nlp, text, expected):
    assert events(nlp, text) == expected
