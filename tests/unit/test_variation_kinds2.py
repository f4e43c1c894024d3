"""Events other than attacks told the way a report goes on after its lead, as other outlets
tell them: a metamorphic table of tiny reports written for these tests (wire and broadcaster
copy, military statements, local media, encyclopedia-style accounts; wars in South Sudan,
Iraq, Ethiopia, Ukraine, Afghanistan, Somalia, Burkina Faso, Sudan, Myanmar, Cameroon, Kenya,
Pakistan, DR Congo), each row with the exact events the evaluation guide asks for: kind,
perpetrators, places and date (reports published Thursday 14 March 2024).

Classes: ground told back with "the town" / "the city" after the report named it, or a part of
it ("most of", "parts of"), with the phrasal verbs of taking and losing ground ("took over",
"withdrew from", "pulled out of", "abandoned", "lost control of"), as a single verb of taking
already was; an arrest of suspects told after an attack with no place of its own, made where
the attack was; people arrested for protesting, who are no armed side's captives; a participle
of result ("..., killing dozens") after a main verb whose subject is a pronoun for the side
named before ("they overran the town, killing ..."). The negatives are residents and aid
workers leaving, a vague "area", threats, a deal withdrawn from, ground with nothing to point
back to, arrests with a place or day of their own or told apart, pronouns inside what someone
said. Rows that still fail are strict xfails with the reason: they say what is left.
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


GROUND_TOLD_BACK = [
    ("Heavy fighting erupted in Bor on Monday, officials said. Rebel soldiers took over the town on Wednesday.",
     [("Attack", set(), {"Bor"}, "2024-03-11"), ("Capture", {"rebels"}, {"Bor"}, "2024-03-13")]),
    ("The Islamic State attacked Ramadi on Friday. Iraqi troops withdrew from the city on Sunday, police said.",
     [("Attack", {"Islamic State"}, {"Ramadi"}, "2024-03-08"), ("Capture", set(), {"Ramadi"}, "2024-03-10")]),
    ("Fano militiamen attacked Lalibela on Tuesday. Federal troops pulled out of the town on Thursday, residents "
     "said.", [("Attack", {"Fano"}, {"Lalibela"}, "2024-03-12"), ("Capture", set(), {"Lalibela"}, "2024-03-14")]),
    ("Russian troops shelled Vovchansk on Monday. Ukrainian units retreated from parts of the town on Wednesday, the "
     "General Staff said.",
     [("Attack", {"Russia"}, {"Vovchansk"}, "2024-03-11"), ("Capture", set(), {"Vovchansk"}, "2024-03-13")]),
    ("JNIM fighters besieged Djibo on Monday. The army lost control of the town on Wednesday, a security source "
     "said.", [("Capture", set(), {"Djibo"}, "2024-03-13")]),
    ("Ukrainian forces advanced on Kherson on Monday. Russian troops abandoned the city on Friday, the Ukrainian "
     "military said.", [("Capture", set(), {"Kherson"}, "2024-03-08")]),
    ("RSF fighters stormed El Obeid on Monday. Sudanese troops later abandoned much of the city, residents said.",
     [("Attack", {"Rapid Support Forces"}, {"El Obeid"}, "2024-03-11"),
      ("Capture", set(), {"El Obeid"}, "2024-03-11")]),
    ("Ukrainian forces pushed into Kupiansk on Monday. They liberated the town on Wednesday, the General Staff said.",
     [("Capture", set(), {"Kupiansk"}, "2024-03-13")]),
    ("The Arakan Army attacked Maungdaw on Saturday. Junta troops withdrew from the town on Monday, local media "
     "reported.",
     [("Attack", {"Arakan Army"}, {"Maungdaw"}, "2024-03-09"), ("Capture", set(), {"Maungdaw"}, "2024-03-11")]),
    ("Al-Shabaab attacked Mogadishu on Monday. The militants abandoned most of the city in August 2011.",
     [("Attack", {"al-Shabaab"}, {"Mogadishu"}, "2024-03-11"), ("Capture", set(), {"Mogadishu"}, "2011-08")]),
    # a part of ground named outright
    ("Government troops lost control of most of the district of Khanashin on Monday.",
     [("Capture", set(), {"Khanashin"}, "2024-03-11")]),
    ("Al-Shabaab fighters abandoned large parts of the town of Afgooye in May 2012.",
     [("Capture", set(), {"Afgooye"}, "2012-05")]),
    # a single verb of taking did so already; the told-back capture by the other side is its own
    ("M23 rebels seized Rubaya on Monday. Congolese troops retook the town on Thursday, the army said.",
     [("Capture", {"M23"}, {"Rubaya"}, "2024-03-11"),
      ("Capture", {"Democratic Republic of the Congo"}, {"Rubaya"}, "2024-03-14")]),
]


@pytest.mark.parametrize("text,expected", GROUND_TOLD_BACK, ids=[t[:60] for t, _ in GROUND_TOLD_BACK])
def test_ground_told_back_or_in_part_is_ground(nlp, text, expected):
    assert events(nlp, text) == expected


NOT_GROUND = [
    ("Heavy fighting erupted in Bor on Monday. Thousands of residents abandoned the town on Wednesday.",
     [("Attack", set(), {"Bor"}, "2024-03-11")]),
    ("Heavy fighting erupted in Bor on Monday. Aid workers withdrew from the town on Wednesday.",
     [("Attack", set(), {"Bor"}, "2024-03-11")]),
    ("Heavy fighting erupted in Bor on Monday. Government troops withdrew from the area on Wednesday.",
     [("Attack", set(), {"Bor"}, "2024-03-11")]),
    ("Heavy fighting erupted in Bor on Monday. The rebels threatened to take over the town.",
     [("Attack", set(), {"Bor"}, "2024-03-11")]),
    # leaving a deal is no ground taken: a violation of the deal (as gold reads a side pulling out of one)
    ("Heavy fighting erupted in Bor on Monday. Russia withdrew from the grain deal on Wednesday.",
     [("Attack", set(), {"Bor"}, "2024-03-11"), ("Violation", {"Russia"}, set(), "2024-03-13")]),
    ("The army lost control of most of its vehicles near Khanashin on Monday.", []),
    ("The army lost control of the town on Monday.", []),
]


@pytest.mark.parametrize("text,expected", NOT_GROUND, ids=[t[:60] for t, _ in NOT_GROUND])
def test_leaving_vague_areas_threats_and_deals_are_no_ground_taken(nlp, text, expected):
    assert events(nlp, text) == expected


ARRESTS = [
    ("Two women blew themselves up at the market in Kerawa on Tuesday, killing 16 people. A third suspected bomber "
     "was arrested by members of a local vigilance committee before she could reach the market.",
     [("Attack", set(), {"Kerawa"}, "2024-03-12"), ("Abduction", {"vigilance committee"}, {"Kerawa"}, "2024-03-12")]),
    ("Gunmen attacked a bus near Mandera on Tuesday, killing 11 passengers. Police later arrested two suspects.",
     [("Attack", {"unknown gunmen"}, {"Mandera"}, "2024-03-12"), ("Abduction", {"Kenya"}, {"Mandera"}, "2024-03-12")]),
    ("A suicide bomber struck a Shiite mosque in Kunduz on Friday, killing 46 worshippers. Taliban security forces "
     "later detained two suspected accomplices, a spokesman said.",
     [("Attack", set(), {"Kunduz"}, "2024-03-08"), ("Abduction", {"Taliban"}, {"Kunduz"}, "2024-03-08")]),
    ("A car bomb exploded outside a police station in Quetta on Monday, killing nine people. Police said they had "
     "detained three suspects.",
     [("Attack", set(), {"Quetta"}, "2024-03-11"), ("Abduction", {"Police"}, {"Quetta"}, "2024-03-11")]),
    ("Gunmen stormed a hotel in Mogadishu on Friday, killing 12 guests. Security forces captured two of the "
     "attackers alive, police said.",
     [("Attack", {"unknown gunmen"}, {"Mogadishu"}, "2024-03-08"),
      ("Abduction", {"Somalia"}, {"Mogadishu"}, "2024-03-08")]),
    # an arrest with a place, a day or a mark of its own keeps what it tells
    ("Two women blew themselves up at the market in Kerawa on Tuesday, killing 16 people. Police arrested two "
     "suspects in Mora on Tuesday.",
     [("Attack", set(), {"Kerawa"}, "2024-03-12"), ("Abduction", {"Cameroon"}, {"Mora"}, "2024-03-12")]),
    ("Two women blew themselves up at the market in Kerawa on Tuesday, killing 16 people. Separately, police "
     "arrested two suspects on Tuesday.",
     [("Attack", set(), {"Kerawa"}, "2024-03-12"), ("Abduction", {"government forces"}, set(), "2024-03-12")]),
    ("A car bomb exploded outside a police station in Quetta on Monday, killing nine people. Police detained three "
     "suspects on Thursday.",
     [("Attack", set(), {"Quetta"}, "2024-03-11"), ("Abduction", {"Pakistan"}, set(), "2024-03-14")]),
    ("A car bomb exploded outside a police station in Quetta on Monday, killing nine people. Police arrested three "
     "suspects in the days after the attack.",
     [("Attack", set(), {"Quetta"}, "2024-03-11"), ("Abduction", {"Pakistan"}, set(), "2024-03-11")]),
    ("Gunmen attacked a bus near Mandera on Tuesday, killing 11 passengers. Police arrested two suspects in "
     "connection with the attack, a spokesman said.",
     [("Attack", {"unknown gunmen"}, {"Mandera"}, "2024-03-12"), ("Abduction", {"Kenya"}, set(), "2024-03-12")]),
    ("Police arrested two suspects on Tuesday.", [("Abduction", {"government forces"}, set(), "2024-03-12")]),
    # arrests in raids, by an armed side, stay abductions
    ("Israeli forces arrested 20 Palestinians in raids across the West Bank on Monday.",
     [("Abduction", {"Israel"}, {"West Bank"}, "2024-03-11")]),
    ("Soldiers detained 12 suspected militants in a raid in Bannu on Monday.",
     [("Abduction", {"Pakistan"}, {"Bannu"}, "2024-03-11")]),
]


@pytest.mark.parametrize("text,expected", ARRESTS, ids=[t[:60] for t, _ in ARRESTS])
def test_an_arrest_at_the_scene_is_placed_there(nlp, text, expected):
    assert events(nlp, text) == expected


PROTEST_ARRESTS = [
    "Police arrested 40 protesters in Nairobi on Tuesday.",
    "Security forces detained dozens of demonstrators in Khartoum on Monday.",
    "Police in Lagos detained dozens of people protesting against fuel prices on Monday.",
    "Riot police arrested 25 demonstrators outside parliament in Tbilisi on Sunday.",
    "Hundreds of protesters were arrested in Dhaka on Monday, police said.",
    "A court in Abuja on Monday sentenced three men over the abduction of schoolgirls in Chibok.",
]


@pytest.mark.parametrize("text", PROTEST_ARRESTS, ids=[t[:60] for t in PROTEST_ARRESTS])
def test_arrests_for_protesting_and_verdicts_are_no_event(nlp, text):
    assert events(nlp, text) == []


JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
PARTICIPLE_AFTER_PRONOUN = [
    ("Islamic State fighters captured Mocimboa da Praia in August 2020. In March 2021, they overran the town of "
     "Palma, killing dozens of civilians.",
     [("Capture", {"Islamic State"}, {"Mocimboa da Praia"}, "2020-08"),
      ("Capture", {"Islamic State"}, {"Palma"}, "2021-03"), ("Attack", {"Islamic State"}, {"Palma"}, "2021-03")]),
    ("The Taliban launched an assault on Kunduz on Monday. They captured the city on Tuesday, killing 12 policemen.",
     [("Capture", {"Taliban"}, {"Kunduz"}, "2024-03-12"), ("Attack", {"Taliban"}, {"Kunduz"}, "2024-03-12")]),
    ("Al-Shabaab fighters attacked Merca on Monday. They overran the town on Tuesday, killing eight soldiers.",
     [("Attack", {"al-Shabaab"}, {"Merca"}, "2024-03-11"), ("Capture", {"al-Shabaab"}, {"Merca"}, "2024-03-12"),
      ("Attack", {"al-Shabaab"}, {"Merca"}, "2024-03-12")]),
    # a named subject did so already; the raid and the ground taken are told apart
    ("Boko Haram fighters raided Gwoza on Sunday. They seized the town, killing at least 20 residents.",
     [("Attack", {"Boko Haram"}, {"Gwoza"}, "2024-03-10"), ("Capture", {"Boko Haram"}, {"Gwoza"}, "2024-03-10")]),
    # a pronoun inside what someone said stands for nobody the reader can name
    ("Islamic State fighters captured Mocimboa da Praia in August 2020. Residents said they overran the town of "
     "Palma in March 2021, killing dozens of civilians.",
     [("Capture", {"Islamic State"}, {"Mocimboa da Praia"}, "2020-08"), ("Capture", set(), {"Palma"}, "2021-03"),
      ("Attack", set(), {"Palma"}, "2021-03")]),
    ("JNIM fighters attacked the town of Djibo on Sunday. Residents said they overran the town on Monday, killing "
     "15 soldiers.", [("Attack", {JNIM}, {"Djibo"}, "2024-03-10"), ("Capture", set(), {"Djibo"}, "2024-03-11")]),
    ("Villagers fled Gwoza on Sunday. They reached Maiduguri on Monday, carrying their wounded.", []),
]


@pytest.mark.parametrize("text,expected", PARTICIPLE_AFTER_PRONOUN, ids=[t[:60] for t, _ in PARTICIPLE_AFTER_PRONOUN])
def test_a_participle_of_result_shares_the_pronoun_subject(nlp, text, expected):
    assert events(nlp, text) == expected


LEFT = [
    _left("A suicide bomber blew herself up at a mosque in Konduga on Friday, killing 12 worshippers. A second "
          "suspected bomber was arrested before she could detonate her vest.",
          [("Attack", set(), {"Konduga"}, "2024-03-08"), ("Abduction", set(), {"Konduga"}, "2024-03-08")],
          "an arrest naming no one who made it is not grounded: the frame is dropped before it can be placed"),
    _left("A grenade exploded at a bus stop in Srinagar on Sunday, wounding 12 people. One of the attackers was "
          "caught by the police at the scene.",
          [("Attack", set(), {"Srinagar"}, "2024-03-10"), ("Abduction", {"Police"}, {"Srinagar"}, "2024-03-10")],
          "'was caught' is not read as an arrest"),
    _left("Al-Shabaab attacked Mogadishu on Monday. The militants abandoned most of the city in August 2011 but have "
          "continued to carry out bombings in the capital.",
          [("Attack", {"al-Shabaab"}, {"Mogadishu"}, "2024-03-11"), ("Capture", set(), {"Mogadishu"}, "2011-08")],
          "a sentence that goes on to a pattern ('has continued to carry out bombings') makes all its frames "
          "generic, the ground lost with them"),
    _left("Al-Shabaab fighters attacked Merca on Monday. This is the second time the militants have taken over the "
          "town since February.",
          [("Attack", {"al-Shabaab"}, {"Merca"}, "2024-03-11"), ("Capture", {"al-Shabaab"}, {"Merca"}, "2024-02")],
          "a capture told as 'the second time ... since February' is read as a pattern over a period"),
    _left("Russian forces attacked Avdiivka on Monday. They captured the town on Wednesday, killing 30 Ukrainian "
          "soldiers, the Russian Defence Ministry said.",
          [("Attack", {"Russia"}, {"Avdiivka"}, "2024-03-11"), ("Capture", {"Russia"}, {"Avdiivka"}, "2024-03-13"),
           ("Attack", {"Russia"}, {"Avdiivka"}, "2024-03-13")],
          "a pronoun subject under a trailing 'X said' is not the main clause's: the participle takes no side"),
]


@pytest.mark.parametrize("text,expected", LEFT)
def test_what_is_left(nlp, text, expected):
    assert events(nlp, text) == expected
