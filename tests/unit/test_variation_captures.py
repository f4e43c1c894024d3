"""Captures, agreements, abductions and arrests, and clashes, as other outlets tell them: a
metamorphic table of sentences and tiny reports written for these tests (wire and
broadcaster copy, ISW-style daily updates, OCHA-style sitreps, ACLED-style entries,
encyclopedia leads, military statements; wars in the Sahel, Somalia, Sudan, Myanmar,
Ukraine, DR Congo, Yemen, Nigeria, Haiti, Mozambique, Colombia, Ethiopia, Gaza/Lebanon),
each row with the exact events the evaluation guide asks for: kind, perpetrators, places and
date (reports published Thursday 14 March 2024).

What the guide says of these classes: ground taken is a `Capture` by who took it, ground lost
without a taker named is a `Capture` with no actor; ground held since a time was taken then
(a capture recalled with its year is an event of its own, dated so); people taken are an
`Abduction` by who took them; an agreement made or in force is an `Agreement` of its
parties; a fight between sides is an `Attack` (armed_clash) naming one of them. The
negatives are threats, plans, contested control, talks, calls for truces, people released
and ground named by who holds it ("Houthi-controlled Sanaa"). Rows that still fail are strict
xfails with the reason: they say what is left.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402
from incident_rows import still_missed as _left  # noqa: E402

PUBLISHED = "2024-03-14"


def events(nlp, text):
    """(kind, perpetrators, places, date) of every event of `text` read as one report."""
    return event_fields(nlp, text, "kind actors places date", PUBLISHED)


FOUND = [
    # ground taken, active, passive and nominal
    ("The town of Kalehe was captured by M23 rebels on Monday.",
     [("Capture", {"M23"}, {"Kalehe"}, "2024-03-11")]),
    ("The village of Krynky was retaken by Russian forces on Wednesday.",
     [("Capture", {"Russia"}, {"Krynky"}, "2024-03-13")]),
    ("Al-Shabaab's capture of the town of Mahas on Monday alarmed officials.",
     [("Capture", {"al-Shabaab"}, {"Mahas"}, "2024-03-11")]),
    ("The RSF's takeover of Nyala on Monday was confirmed by residents.",
     [("Capture", {"Rapid Support Forces"}, {"Nyala"}, "2024-03-11")]),
    ("On 16 January 2024, the Arakan Army captured the town of Paletwa in Chin State.",
     [("Capture", {"Arakan Army"}, {"Chin State", "Paletwa"}, "2024-01-16")]),
    ("Geolocated footage published on March 9 indicates that Russian forces recently seized Kotlyne, southwest "
     "of Pokrovsk.", [("Capture", {"Russia"}, {"Kotlyne", "Pokrovsk"}, "2024-03-09")]),
    ("The Kachin Independence Army wrested control of Bhamo from the junta on Monday.",
     [("Capture", {"Kachin Independence Army"}, {"Bhamo"}, "2024-03-11")]),
    ("Gangs gained control of the commune of Mirebalais on Monday, the UN said.",
     [("Capture", {"gangs"}, {"Mirebalais"}, "2024-03-11")]),
    # ground fallen into a side's hands (event.fell-into-hands, event.holder-named)
    ("Goma fell into the hands of M23 rebels on Monday.", [("Capture", {"M23"}, {"Goma"}, "2024-03-11")]),
    ("Bunagana fell under M23 control on Monday.", [("Capture", {"M23"}, {"Bunagana"}, "2024-03-11")]),
    # "it fell to X" in a clause after another capture: X took it (event.fell-to before the main subject)
    ("Sudan's army recaptured Wad Madani on Saturday, a year after the city fell to the RSF.",
     [("Capture", {"Sudanese Armed Forces"}, {"Wad Madani"}, "2024-03-09"),
      ("Capture", {"Rapid Support Forces"}, {"Wad Madani"}, "2024-03-09")]),
    # ground lost to a side (event.ground-lost-to)
    ("The junta lost the town of Lashio to the MNDAA on 3 August.",
     [("Capture", {"Myanmar National Democratic Alliance Army"}, {"Lashio"}, "2023-08-03")]),
    # a side driven off ground (event.driven-off-ground)
    ("Somali forces dislodged al-Shabaab from the town of Harardhere on Monday.",
     [("Capture", {"Somalia"}, {"Harardhere"}, "2024-03-11")]),
    ("Al-Shabaab was ousted from Mogadishu in August 2011.", [("Capture", set(), {"Mogadishu"}, "2011-08")]),
    # ground held since a time: taken then (event.ground-held-since)
    ("M23 rebels have held Bunagana since June 2022.", [("Capture", {"M23"}, {"Bunagana"}, "2022-06")]),
    ("Sanaa has been under the control of the Houthis since September 2014.",
     [("Capture", {"Houthis"}, {"Sanaa"}, "2014-09")]),
    # two sides taking one ground in one sentence are two captures (event.ground-taken-back), the
    # officials' own forces take only the capture of their clause (claim.capture-not-blamed), and the
    # toll told next is the capture's the report went on with (assemble.capture-toll)
    ("Somali forces have retaken two towns in Lower Shabelle that al-Shabaab fighters briefly captured on Friday. "
     "The governor said troops retook the towns on Saturday. At least four people were killed in the fighting, "
     "officials said.",
     [("Capture", {"Somalia"}, {"Lower Shabelle"}, "2024-03-09"),
      ("Capture", {"al-Shabaab"}, {"Lower Shabelle"}, "2024-03-08")]),
    # ground lost, no taker named
    ("Ukrainian forces pulled out of the town of Vuhledar on Tuesday, the army said.",
     [("Capture", set(), {"Vuhledar"}, "2024-03-12")]),
    # a capture recalled with its calendar year stays beside the report's incident
    # (assemble.capture-recalled-by-year); a capture takes no accusation (claim.capture-not-blamed)
    ("Houthi rebels, who took control of Sanaa in 2014, blamed a Saudi-led coalition for the airstrike.",
     [("Capture", {"Houthis"}, {"Sanaa"}, "2014"), ("Attack", {"Saudi-led coalition"}, {"Sanaa"}, "2024-03-14")]),
    ("Al-Shabaab attacked an army base in Baidoa on Monday. The group captured the town of Jilib in 2009.",
     [("Attack", {"al-Shabaab"}, {"Baidoa"}, "2024-03-11"), ("Capture", {"al-Shabaab"}, {"Jilib"}, "2009")]),
    ("Sudan army retakes Wad Madani from RSF\nKHARTOUM (AFP) - Sudan's army on Saturday recaptured Wad Madani, the "
     "capital of Gezira state. The RSF seized Wad Madani in December 2023, forcing hundreds of thousands to flee.",
     [("Capture", {"Sudanese Armed Forces"}, {"Gezira", "Sudan", "Wad Madani"}, "2024-03-09"),
      ("Capture", {"Rapid Support Forces"}, {"Wad Madani"}, "2023-12"),
      ("Displacement", set(), {"Wad Madani"}, "2023-12")]),
    # abductions and arrests
    ("More than 280 pupils were kidnapped by armed men in Kuriga on Thursday.",
     [("Abduction", {"unknown gunmen"}, {"Kuriga"}, "2024-03-14")]),
    ("The abduction of 20 passengers by bandits near Kaduna on Monday angered residents.",
     [("Abduction", {"bandits"}, {"Kaduna"}, "2024-03-11")]),
    ("Al-Shabaab militants took 12 aid workers hostage near Baidoa on Monday.",
     [("Abduction", {"al-Shabaab"}, {"Baidoa"}, "2024-03-11")]),
    ("JNIM claimed the kidnapping of two Chinese workers near Bamako on Monday.",
     [("Abduction", {"Jama'at Nusrat al-Islam wal-Muslimin"}, {"Bamako"}, "2024-03-11")]),
    ("Five Indian workers were abducted by suspected JNIM fighters near Kobri in western Mali on Monday.",
     [("Abduction", {"Jama'at Nusrat al-Islam wal-Muslimin"}, {"Kobri", "Mali"}, "2024-03-11")]),
    ("Israeli forces arrested 15 Palestinians overnight in the West Bank city of Nablus, the Palestinian Prisoners "
     "Society said.", [("Abduction", {"Israel"}, {"Nablus", "West Bank"}, "2024-03-14")]),
    # a second participle after the first takes the main verb's subject (event.second-participle-subject)
    ("Gang members attacked the town of Gressier on Monday, killing at least 12 people and kidnapping a doctor, "
     "police said.", [("Attack", {"gangs"}, {"Gressier"}, "2024-03-11"),
                      ("Abduction", {"gangs"}, {"Gressier"}, "2024-03-11")]),
    ("Ten soldiers were taken prisoner by the Arakan Army in Buthidaung on Monday.",
     [("Abduction", {"Arakan Army"}, {"Buthidaung"}, "2024-03-11")]),
    # agreements made or in force
    ("The Sudanese army and the Rapid Support Forces signed a ceasefire in Jeddah on Saturday.",
     [("Agreement", {"Rapid Support Forces", "Sudanese Armed Forces"}, {"Jeddah"}, "2024-03-09")]),
    ("DR Congo: M23 and Kinshasa sign truce in Doha\nThe Democratic Republic of Congo and the M23 rebel group "
     "signed a ceasefire agreement in Doha on Saturday, Qatar's foreign ministry said. Previous ceasefires between "
     "the two sides collapsed within weeks.",
     [("Agreement", {"Democratic Republic of the Congo", "M23"}, {"DR Congo", "Doha"}, "2024-03-09")]),
    ("Hamas and Israel reached a truce deal on Wednesday, Qatari mediators said.",
     [("Agreement", {"Hamas", "Israel"}, set(), "2024-03-13")]),
    ("The Arakan Army announced a unilateral ceasefire on Monday.",
     [("Agreement", {"Arakan Army"}, set(), "2024-03-11")]),
    ("Colombia's government and the ELN guerrillas extended their ceasefire by six months on Monday.",
     [("Agreement", {"Colombia", "National Liberation Army"}, set(), "2024-03-11")]),
    # a dated participle under a hedge or a "despite" (event.dated-participle)
    ("Fighting has continued despite a peace plan signed in Minsk on 5 September.",
     [("Agreement", set(), {"Minsk"}, "2023-09-05")]),
    ("Israel violated the ceasefire by striking a car in southern Lebanon on Monday, Hezbollah said.",
     [("Violation", {"Israel"}, {"Lebanon", "southern Lebanon"}, "2024-03-11"),
      ("Attack", {"Israel"}, {"Lebanon", "southern Lebanon"}, "2024-03-11")]),
    # clashes between sides
    ("Fighting between the army and the RSF in El Obeid killed 12 civilians on Monday.",
     [("Attack", {"Rapid Support Forces"}, {"El Obeid"}, "2024-03-11")]),
    ("Fano fighters clashed with government troops near Bahir Dar on Monday, residents said.",
     [("Attack", {"Fano"}, {"Bahir Dar"}, "2024-03-11")]),
    ("Junta troops and the Karen National Union fought for control of Myawaddy on Monday.",
     [("Attack", {"Karen National Union", "Tatmadaw"}, {"Myawaddy"}, "2024-03-11")]),
    # a verb of battle between armed sides (event.battled-sides)
    ("Government troops battled al-Shabaab fighters in the town of Mahas on Monday.",
     [("Attack", {"government forces"}, {"Mahas"}, "2024-03-11")]),
    ("M23 rebels battled with Congolese soldiers near the town of Sake on Monday.",
     [("Attack", {"M23"}, {"Sake"}, "2024-03-11")]),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[t[:60] for t, _ in FOUND])
def test_captures_agreements_abductions_and_clashes_as_outlets_tell_them(nlp, text, expected):
    assert events(nlp, text) == expected


NOT_EVENTS = [
    "Rebels threatened to seize the town of Sake on Monday.",
    "The army aims to retake the town of Bor before the rainy season.",
    "Control of the area around Bakhmut remains contested.",
    "Russian forces are trying to capture the town of Chasiv Yar.",
    "The RSF vowed on Monday to take El Fasher.",
    "Russia has occupied Crimea since 2014.",
    "The RSF controls most of Darfur.",
    "The area remains under the control of the army.",
    "The documents fell into the hands of journalists in Goma on Monday.",
    "The fighting drove thousands of residents out of the town of Palma on Monday.",
    "Bandits released 20 abducted passengers in Zamfara on Monday.",
    "Troops rescued 17 kidnapped farmers in Borno State on Monday.",
    "The militants threatened to kidnap foreign workers in Cabo Delgado.",
    "The family of the kidnapped priest appealed for his release on Monday.",
    "Talks on a ceasefire resumed in Doha on Monday.",
    "The United Nations called for a truce in El Fasher on Monday.",
    "The mediators proposed a 60-day truce on Monday.",
    # a bare plural names no one agreement (facility.agreement-plural)
    "Previous ceasefires between the two sides in Sudan collapsed within weeks.",
    "Several truces brokered in Jeddah were violated by both sides.",
    "The RSF rejected a ceasefire proposal on Monday.",
    "Fighting could resume in Tripoli if talks fail.",
    "The battle for hearts and minds in Cabo Delgado continues.",
    "Firefighters battled the blaze at the market in the town of Mahas on Monday.",
    "The RSF has been battling the army since April 2023.",
]


@pytest.mark.parametrize("text", NOT_EVENTS, ids=[t[:60] for t in NOT_EVENTS])
def test_threats_plans_talks_and_releases_are_no_event(nlp, text):
    assert events(nlp, text) == []


LEFT = [
    _left("Russian troops entered the village of Tonenke on Monday, the Russian Defence Ministry said.",
          [("Capture", {"Russia"}, {"Tonenke"}, "2024-03-11")],
          "an armed side entering a place is not read as a capture (entering is also how raids are told)"),
    _left("M23 fighters marched into Goma on Monday, meeting little resistance.",
          [("Capture", {"M23"}, {"Goma"}, "2024-03-11")],
          "marching into a town is not read as a capture"),
    _left("The Malian army now controls Kidal, officials said on Monday.",
          [("Capture", {"Mali"}, {"Kidal"}, "2024-03-11")],
          "'now controls' is not read as ground taken: read so, it cost a false event on VOA dev where the "
          "side holding was named in a form the entities did not find"),
    _left("Al-Shabaab militants, who had held Harardhere since 2010, fled ahead of the advance.",
          [("Capture", {"al-Shabaab"}, {"Harardhere"}, "2010")],
          "a town named bare after a verb is not found as a place"),
    _left("The jihadists were forced to withdraw from the town of Konna after French airstrikes.",
          [("Attack", {"France"}, {"Konna"}, "2024-03-14"), ("Capture", set(), {"Konna"}, "2024-03-14")],
          "a withdrawal told as the complement of 'were forced' has no subject of its own: not read as ground "
          "lost"),
    _left("Somali forces retook the town of Bariire on Sunday, two days after al-Shabaab fighters had captured it.",
          [("Capture", {"Somalia"}, {"Bariire"}, "2024-03-10"), ("Capture", {"al-Shabaab"}, {"Bariire"}, "2024-03-08")],
          "the clause told 'two days after' another is dated by the other's day"),
    _left("The army said on Monday that it had regained control of the town of Djibo, which JNIM fighters had "
          "overrun on Friday.",
          [("Capture", {"Burkina Faso"}, {"Djibo"}, "2024-03-11"),
           ("Capture", {"Jama'at Nusrat al-Islam wal-Muslimin"}, {"Djibo"}, "2024-03-08")],
          "'overrun' after 'had' is parsed as a noun: its clause is not told apart"),
    _left("In 2021, gunmen kidnapped 279 girls from a school in Jangebe, Zamfara State.",
          [("Abduction", {"unknown gunmen"}, {"Jangebe", "Zamfara"}, "2021")],
          "an incident dated by a year alone, before the report, is dropped as too vague (only captures are "
          "kept so)"),
    _left("The signing of the peace deal between the government and the rebels in Juba on Monday was welcomed.",
          [("Agreement", {"rebels"}, {"Juba"}, "2024-03-11")],
          "the noun 'signing' of an agreement is not read as the agreement made"),
    _left("Rebels seize key town in eastern Congo\nM23 rebels seized the town of Sake, 25 km west of Goma, on "
          "Tuesday, residents said.",
          [("Capture", {"M23"}, {"Goma", "Sake"}, "2024-03-12")],
          "a headline naming the region only ('key town in eastern Congo') is not joined to the lead's capture"),
]


@pytest.mark.parametrize("text,expected", LEFT)
def test_what_is_left(nlp, text, expected):
    assert events(nlp, text) == expected
