"""Sentences that are not incidents, and list items that are: a metamorphic table of tiny
reports written for these tests in the styles of many outlets (wire, broadcaster, UN sitrep
and bulletin, rights group, national paper, military press release, ministry briefing
transcript, monitor digest) and wars (Sudan, Ukraine, Nigeria, Pakistan, Syria, Gaza, DR
Congo, Haiti, the Sahel, Myanmar, Somalia, Mali), each row with the exact events the
evaluation guide asks for.

Classes varied here:
- where the wounded were taken, treated or received: the hospital treated, nobody was struck
  there, and the sentence tells no second attack;
- questions (a briefing's "Q:", a reporter's question, a headline question), a bulletin's
  key-figures line, a defused or failed second device, a reaction quote: no incident;
- titles, section titles and numbered item headings over the body that tells the incident:
  one event, not two;
- bulletin and digest list items: each item its own incident, with its own date and place.

Rows that still fail are strict xfails with the reason: they say what is left.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-03-14"


def _extraction(nlp, text, published=PUBLISHED):
    return extracted(nlp, text, published)


def events(nlp, text, published=PUBLISHED):
    """(kind, type, perpetrators, places) of every event of `text` read as one report."""
    x = _extraction(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.type, {names[a] for a in v.actors}, {names[a] for a in v.places}) for v in x.events]


def facts(nlp, text, published=PUBLISHED):
    """(kind, places, date, killed, wounded) of every event of `text`."""
    x = _extraction(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, {names[a] for a in v.places}, v.date, v.killed, v.wounded) for v in x.events]


def targets(nlp, text):
    """The targets of every event of `text`."""
    x = _extraction(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return [{names[a] for a in v.targets} for v in x.events]


RSF = "Rapid Support Forces"

# --- where the wounded were taken: the hospital treated, it was not struck -----------------------

TAKEN = [
    ("Drones attacked a power station in Kherson on Sunday. The injured were evacuated to Mykolaiv.",
     [("Attack", "drone_strike", set(), {"Kherson"})]),
    ("Drones attacked a power station in Kherson on Sunday. The wounded were taken to hospital in Mykolaiv.",
     [("Attack", "drone_strike", set(), {"Kherson"})]),
    ("Gunmen opened fire on a bus near Quetta on Monday, killing nine passengers. Rescue workers transported the "
     "wounded to a hospital in Mastung.", [("Attack", "shooting", {"unknown gunmen"}, {"Quetta"})]),
    ("Gunmen opened fire on a bus near Quetta on Monday, killing nine passengers. Ambulances took the injured to "
     "Mastung.", [("Attack", "shooting", {"unknown gunmen"}, {"Quetta"})]),
    ("Gunmen opened fire on a bus near Quetta on Monday, killing nine passengers. The wounded were shifted to the "
     "Civil Hospital in Quetta.", [("Attack", "shooting", {"unknown gunmen"}, {"Quetta"})]),
    ("Armed men attacked a checkpoint in Kidal on Monday. The wounded were flown to Gao for treatment.",
     [("Attack", None, {"unknown gunmen"}, {"Kidal"})]),
    ("Gunmen attacked a village in Ituri on Monday, killing 20. The wounded were receiving care at a MONUSCO base "
     "in Bunia.", [("Attack", "shooting", {"unknown gunmen"}, {"Ituri"})]),
    ("A bomb exploded at a market in Maiduguri on Monday, killing 12 people. The wounded were taken to hospitals in "
     "Maiduguri and Biu.", [("Attack", "bombing", set(), {"Maiduguri"})]),
    ("A bomb exploded at a market in Maiduguri on Monday, killing 12 people. Injured people were rushed to a clinic "
     "in Konduga.", [("Attack", "bombing", set(), {"Maiduguri"})]),
    ("RSF shelling killed nine people in El Obeid on Monday. The injured were taken to El Obeid Teaching Hospital.",
     [("Attack", "shelling", {RSF}, {"El Obeid"})]),
    ("Jihadists attacked a convoy near Djibo on Sunday. Survivors were treated at the Djibo health centre.",
     [("Attack", None, {"rebels"}, {"Djibo"})]),
    # a second attack told after the wounded were taken stays an attack
    ("Drones struck a market in Kordofan on Monday. The wounded were taken to a hospital in El Obeid, which was "
     "itself shelled later that day.",
     [("Attack", "drone_strike", set(), {"Kordofan"}), ("Attack", "shelling", set(), {"El Obeid"})]),
    # the hurt told as a verb is an attack of its own
    ("Drones attacked a power station in Kherson on Sunday. Shelling wounded three people in Mykolaiv on Monday.",
     [("Attack", "drone_strike", set(), {"Kherson"}), ("Attack", "shelling", set(), {"Mykolaiv"})]),
]


@pytest.mark.parametrize("text,expected", TAKEN, ids=[t[:60] for t, _ in TAKEN])
def test_where_the_wounded_were_taken_is_no_attack(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # where another verb of the sentence moved the hurt is no place of the incident either
    ("A suicide bomber attacked a police station in Dera Ismail Khan on Monday, killing 11 officers. The wounded "
     "were taken to a hospital in Tank; nine were airlifted to a military hospital in Peshawar.",
     [("Attack", "bombing", set(), {"Dera Ismail Khan"})]),
])
def test_where_the_wounded_were_taken_by_another_verb(nlp, text, expected):
    # The victims' sentence joins the incident told just before (assemble.victims-told).
    assert events(nlp, text) == expected


# The toll such a sentence gives is the incident's.
TAKEN_TOLLS = [
    ("Drones attacked a power station in Kherson on Sunday. Three wounded workers were taken to a hospital in "
     "Mykolaiv.", [("Attack", {"Kherson"}, "2025-03-09", None, 3)]),
    ("An airstrike hit a market in Idlib on Monday, killing 12. Twenty-five injured were admitted to hospitals in "
     "Idlib and Sarmada, the White Helmets said.", [("Attack", {"Idlib"}, "2025-03-10", 12, 25)]),
    ("Gunmen attacked a village in Zamfara State on Tuesday, killing 15 people. Eight injured people were evacuated "
     "to the Federal Medical Centre in Gusau.", [("Attack", {"Zamfara"}, "2025-03-11", 15, 8)]),
    ("Shelling hit the town of Goma on Friday, killing three civilians. Twenty wounded were being treated at the "
     "CBCA Ndosho hospital, MSF said.", [("Attack", {"Goma"}, "2025-03-14", 3, 20)]),
]


@pytest.mark.parametrize("text,expected", TAKEN_TOLLS, ids=[t[:60] for t, _ in TAKEN_TOLLS])
def test_the_toll_of_the_taken_is_the_incidents(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Gunmen stormed a hospital in Port-au-Prince on Monday and killed two nurses.", [{"hospital", "civilians"}]),
    ("A suicide bomber killed 12 at a mosque in Peshawar on Friday. Lady Reading Hospital said it had received 38 "
     "injured people.", [{"mosque", "civilians"}]),
])
def test_a_hospital_struck_is_a_target_one_that_received_is_not(nlp, text, expected):
    assert targets(nlp, text) == expected


# --- no incident: questions, key figures, a defused device, a reaction quote -----------------------

LEAD = "A bomb exploded at a bus station in Quetta on Monday, killing 12 people. "
LEAD_EVENT = [("Attack", "bombing", set(), {"Quetta"})]
AFTER_LEAD = [
    "Police said a second device was defused at the scene.",
    "A second bomb failed to detonate, police said.",
    "Bomb disposal experts defused another explosive device nearby.",
    "\"This is an attack on ordinary people,\" the provincial chief minister said.",
    "Q: Is it true that the Tehrik-i-Taliban Pakistan bombed a market in Bannu yesterday?",
    "Reporter: Did the army shell the village of Miranshah on Sunday?",
    "Why did the police fail to stop the bomber at the gate of the station in Quetta?",
]


@pytest.mark.parametrize("later", AFTER_LEAD)
def test_a_sentence_after_the_incident_adds_none(nlp, later):
    assert events(nlp, LEAD + later) == LEAD_EVENT


# A clause asked about or doubted, or a condition, is not asserted; a sentence asserting its own strike beside
# such a clause still tells it.
MARKET = "A drone struck a market in El Obeid on Monday, killing 12 people. "
MARKET_EVENT = ("Attack", "drone_strike", set(), {"El Obeid"})
ASKED = [
    ("Asked whether the army had shelled RSF positions in response, a spokesman declined to comment.",
     [MARKET_EVENT]),
    ("It was not clear whether the army had shelled RSF positions in Bara.", [MARKET_EVENT]),
    ("Reporters asked if Russian forces had struck the hospital in Kherson.", [MARKET_EVENT]),
    ("It is unclear if drones hit the fuel depot in Port Sudan.", [MARKET_EVENT]),
    ("Officials are investigating whether gunmen set fire to the clinic in Kenscoff.", [MARKET_EVENT]),
    ("Witnesses said gunmen opened fire on a crowd in Kenscoff, although it was unclear whether anyone was killed.",
     [MARKET_EVENT, ("Attack", "shooting", {"unknown gunmen"}, {"Kenscoff"})]),
    ("The army shelled RSF positions in Bara on Tuesday, whether in response or not.",
     [MARKET_EVENT, ("Attack", "shelling", {"government forces"}, {"Bara"})]),
    ("If drones hit the fuel depot in Port Sudan, the city will lose power.", [MARKET_EVENT]),
    ("Officials warned that the city would run out of fuel if drones struck the depot in Port Sudan.",
     [MARKET_EVENT]),
    ("When drones hit the fuel depot in Port Sudan on Tuesday, the city lost power.",
     [MARKET_EVENT, ("Attack", "drone_strike", set(), {"Port Sudan"})]),
    ("If the RSF shells the city again, aid groups will withdraw.", [MARKET_EVENT]),
]


@pytest.mark.parametrize("later,expected", ASKED)
def test_a_clause_asked_about_is_not_told(nlp, later, expected):
    assert events(nlp, MARKET + later) == expected


NO_INCIDENT = [
    "Q: Is it true that the RSF shelled the camp in Zamzam yesterday?\nA: We cannot confirm that at this stage.",
    "Question: Did Israeli forces strike the school in Nuseirat on Tuesday?",
    "Journalist: Has the army bombed the village of Let Yet Kone?",
    "Did Russian drones hit the power station in Odesa on Monday?",
    "Who shelled the market in Goma on Monday?",
    "Key figures: 12 attacks on health care, 5 health workers abducted and 3 killed this month.",
    "KEY FIGURES\n- 12 attacks on health facilities\n- 5 health workers abducted\n- 3 health workers killed",
    "In numbers: 40 schools damaged and 12 teachers killed in North Kivu since January.",
    "By the numbers\n- 230 civilians killed\n- 41 attacks on markets",
]


# A monitor's count of incidents is an aggregate with its toll (optional in gold), no incident.
COUNTED = [
    ("In February, partners recorded 14 attacks on health care in the West department, in which 9 people were "
     "killed.", [("Attack", "aggregate", set(), {"West"})]),
    ("The Monitor recorded 8 security incidents in Diyala this week, in which 16 people were killed.",
     [("Attack", "aggregate", set(), {"Diyala"})]),
    ("Twelve attacks on schools were documented in North Kivu in January.", []),
    ("The monitor documented 30 airstrikes on villages in Sagaing Region in October.", []),
    # one incident a monitor recorded stays an incident
    ("Partners recorded an attack on a health centre in Kenscoff on Monday, in which two nurses were killed.",
     [("Attack", None, set(), {"Kenscoff"})]),
]


@pytest.mark.parametrize("text,expected", COUNTED, ids=[t[:60] for t, _ in COUNTED])
def test_a_count_of_incidents_is_no_incident(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", NO_INCIDENT, ids=[t[:60] for t in NO_INCIDENT])
def test_a_question_or_a_key_figure_is_no_incident(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed 3 health workers in Kenscoff on Monday.", [("Attack", "shooting", {"unknown gunmen"},
                                                                   {"Kenscoff"})]),
    ("INCIDENTS\n- Gunmen killed 3 health workers in Kenscoff on Monday.",
     [("Attack", "shooting", {"unknown gunmen"}, {"Kenscoff"})]),
    ("Residents asked why no one came. The RSF shelled the camp in Zamzam on Monday, killing six people.",
     [("Attack", "shelling", {RSF}, {"Zamzam"})]),
])
def test_statements_near_questions_and_figures_still_tell(nlp, text, expected):
    assert events(nlp, text) == expected


# --- a title, section title or item heading over the body: one incident --------------------------

TITLED = [
    ("Eleven killed in RSF shelling of El Fasher\n\nThe Rapid Support Forces shelled the Abu Shouk camp in El Fasher "
     "on Thursday, killing 11 people, local volunteers said.", [("Attack", "shelling", {RSF}, {"El Fasher"})]),
    ("Drones over Kordofan, another deadly day\n\nRSF drones struck a market in El Obeid on Thursday, killing nine "
     "people, the state government said.", [("Attack", "drone_strike", {RSF}, {"El Obeid"})]),
    ("Nigeria: gunmen kill 30 in Plateau attack\n\nGunmen attacked the village of Bokkos in Plateau State on Sunday "
     "night, killing 30 people, a local official said.",
     [("Attack", "shooting", {"unknown gunmen"}, {"Bokkos", "Plateau"})]),
    ("Ukraine war latest: Russian missiles hit Kharkiv\n\nRussian missiles struck the city of Kharkiv early on "
     "Thursday, killing four people and wounding 20, the regional governor said.",
     [("Attack", "missile_strike", {"Russia"}, {"Kharkiv"})]),
    ("DAILY DIGEST\n\n1. Eleven killed in El Fasher shelling\nThe Rapid Support Forces shelled the Abu Shouk camp in "
     "El Fasher on Thursday, killing 11 people.\n\n2. Drone strike on Kadugli market\nA drone struck the main market "
     "in Kadugli on Wednesday, killing four people.",
     [("Attack", "shelling", {RSF}, {"El Fasher"}), ("Attack", "drone_strike", set(), {"Kadugli"})]),
]


# A title's label ("Nigeria:", "Pakistan -") says where the story is, never who attacked. Left:
# a rule dropping the label's side was measured and removed, as on the blind written set it cost
# an event whose title's label was the side that struck (so a label is no bystander by form alone).
_LABEL_LEFT = "a title's label ('Nigeria: ...') is still read as a side"
LABELLED = [
    pytest.param("Nigeria: 30 killed in Plateau attack\n\nGunmen attacked the village of Bokkos in Plateau State "
                 "on Sunday night, killing 30 people, a local official said.",
                 [("Attack", "shooting", {"unknown gunmen"}, {"Bokkos", "Plateau"})],
                 marks=pytest.mark.xfail(strict=True, reason=_LABEL_LEFT)),
    ("Pakistan: 12 soldiers killed in North Waziristan attack", [("Attack", None, set(), {"Waziristan"})]),
    ("Sudan: 14 killed in drone strike on El Obeid market\n\nA drone struck the main market in El Obeid on Thursday, "
     "killing 14 people, the health ministry said.", [("Attack", "drone_strike", set(), {"El Obeid", "Sudan"})]),
    # the country named as a side in the title's own words stays a side
    ("Sudan: army jets bomb market in Nyala, killing 40", [("Attack", "airstrike", {"Sudanese Armed Forces"},
                                                            {"Nyala", "Sudan"})]),
]

# A line linking another story ("Read more:", "Related:") tells no incident of the report.
LINKED = [
    ("Pakistan: militants kill 12 soldiers in North Waziristan\n\nMilitants attacked a security post in North "
     "Waziristan on Saturday, killing 12 soldiers, the military said.\n\nRead more: Pakistan blames Afghanistan for "
     "surge in attacks", [("Attack", None, {"rebels"}, {"Waziristan"})]),
    ("Mali: dozens killed as jihadists attack army camp\n\nJihadist fighters attacked an army camp near Mopti on "
     "Thursday, killing dozens of soldiers, security sources said.\n\nRelated: Gunmen kill 20 in Burkina Faso "
     "raid", [("Attack", None, {"rebels"}, {"Mopti"})]),
    ("Gunmen killed three villagers in Kano on Monday.\n\nSee also: Bomb kills 20 at market in Maiduguri",
     [("Attack", "shooting", {"unknown gunmen"}, {"Kano"})]),
]


@pytest.mark.parametrize("text,expected", LABELLED + LINKED)
def test_a_label_or_a_link_adds_no_side_and_no_incident(nlp, text, expected):
    assert events(nlp, text) == expected


# A title listing the stories below it is a teaser: it lends the body's first incident none of the
# other stories' places, and adds no event of its own.
TEASERS = [
    ("In today's briefing: Drone strike in Kherson; shelling of Nikopol; power cuts in Odesa\n\nA Russian drone "
     "struck a bus in Kherson on Thursday morning, killing two passengers, the regional administration said. "
     "Russian artillery shelled Nikopol overnight, wounding three people.",
     [("Attack", "drone_strike", {"Russia"}, {"Kherson"}), ("Attack", "shelling", {"Russia"}, {"Nikopol"})]),
    ("Sudan live: RSF shells El Fasher; drone hits Kosti market; talks stall in Jeddah\n\nThe RSF shelled the Abu "
     "Shouk camp in El Fasher on Thursday, killing 11 people. Separately, a drone struck the market in Kosti, "
     "killing four.", [("Attack", "shelling", {RSF}, {"El Fasher"}), ("Attack", "drone_strike", set(), {"Kosti"})]),
    ("Morning brief | Strikes on Kharkiv | Blackouts in Odesa | Talks in Riyadh\n\nRussian missiles struck Kharkiv "
     "overnight, killing three people, the governor said.", [("Attack", "missile_strike", {"Russia"}, {"Kharkiv"})]),
    ("Gunmen kill 12 in Zamfara; 20 abducted in Katsina\n\nGunmen attacked the village of Kaura Namoda in Zamfara "
     "State on Monday, killing 12 people.", [("Attack", "shooting", {"unknown gunmen"}, {"Kaura Namoda", "Zamfara"})]),
]


@pytest.mark.parametrize("text,expected", TITLED + TEASERS, ids=[t[:60] for t, _ in TITLED + TEASERS])
def test_a_title_over_its_body_is_one_incident(nlp, text, expected):
    assert events(nlp, text) == expected


# --- bulletin and digest list items: each its own incident, date and place -----------------------

ITEMS = [
    ("Weekly security update\n\n- 10 March, Goma: M23 fighters shelled the Mugunga displacement site, killing five "
     "civilians.\n- 12 March, Rutshuru: unknown assailants burned 40 houses in the village of Kiwanja.",
     [("Attack", {"Goma", "Mugunga"}, "2025-03-10", 5, None), ("Attack", {"Kiwanja", "Rutshuru"}, "2025-03-12",
                                                                 None, None)]),
    ("Weekly security update\n\n- On 10 March, M23 fighters shelled the Mugunga displacement site in Goma, killing "
     "five civilians.\n- On 12 March, unknown assailants burned 40 houses in the village of Kiwanja, Rutshuru.",
     [("Attack", {"Goma", "Mugunga"}, "2025-03-10", 5, None), ("Attack", {"Kiwanja", "Rutshuru"}, "2025-03-12",
                                                                 None, None)]),
    ("Haiti bulletin\n\nIncidents\n- 3 February 2025, Kenscoff: gangs attacked the town, killing four residents.\n"
     "- 11 February 2025, Kenscoff: gangs looted and set fire to the health centre.\n\nBackground\n- In December "
     "2024, gunmen attacked the State University Hospital in Port-au-Prince, killing three people.",
     [("Attack", {"Kenscoff"}, "2025-02-03", 4, None), ("Attack", {"Kenscoff"}, "2025-02-11", None, None),
      ("Attack", {"Port-au-Prince"}, "2024-12", 3, None)]),
    # a date heading the item with a colon or a dash stays the item's, whatever the marker
    ("Weekly security update\n\n- 10 March: In Goma, M23 fighters shelled the Mugunga displacement site, killing "
     "five civilians.\n- 12 March: In Rutshuru, unknown assailants burned 40 houses in the village of Kiwanja.",
     [("Attack", {"Goma", "Mugunga"}, "2025-03-10", 5, None), ("Attack", {"Kiwanja", "Rutshuru"}, "2025-03-12",
                                                                 None, None)]),
    ("Weekly security update\n\n\u2022 10 March: In Goma, M23 fighters shelled the Mugunga displacement site, "
     "killing five civilians.\n\u2022 12 March: In Rutshuru, unknown assailants burned 40 houses in the village of "
     "Kiwanja.",
     [("Attack", {"Goma", "Mugunga"}, "2025-03-10", 5, None), ("Attack", {"Kiwanja", "Rutshuru"}, "2025-03-12",
                                                                 None, None)]),
    ("Weekly security update\n\n- 10/03/2025 \u2013 Goma: M23 fighters shelled the Mugunga displacement site, "
     "killing five civilians.\n- 12/03/2025 \u2013 Rutshuru: unknown assailants burned 40 houses in the village of "
     "Kiwanja.",
     [("Attack", {"Goma", "Mugunga"}, "2025-03-10", 5, None), ("Attack", {"Kiwanja", "Rutshuru"}, "2025-03-12",
                                                                 None, None)]),
    # lines opening with a date and a dash, several of them: a chronology, not the page's date stamp
    ("Weekly security update\n\n10 March \u2013 M23 fighters shelled the Mugunga displacement site in Goma, "
     "killing five civilians.\n12 March \u2013 Unknown assailants burned 40 houses in the village of Kiwanja, "
     "Rutshuru.",
     [("Attack", {"Goma", "Mugunga"}, "2025-03-10", 5, None), ("Attack", {"Kiwanja", "Rutshuru"}, "2025-03-12",
                                                                 None, None)]),
    # one such line at the top is the page's date: the weekday counts back from it
    ("March 18, 2025 - Gunmen killed three villagers in Kano on Sunday.",
     [("Attack", {"Kano"}, "2025-03-16", 3, None)]),
    pytest.param(
        "Gaza, 12 March\n\nOvernight, Israeli airstrikes killed 28 people across Gaza:\n- in Jabalia, a strike on a "
        "house killed 12 people;\n- in Khan Younis, a strike on a tent camp killed nine.",
        [("Attack", {"Gaza"}, "2025-03-12", 28, None), ("Attack", {"Jabalia"}, "2025-03-12", 12, None),
         ("Attack", {"Khan Younis"}, "2025-03-12", 9, None)],
        marks=pytest.mark.xfail(strict=True, reason="a dated heading line ('Gaza, 12 March') does not date the "
                                                    "items below it")),
]


@pytest.mark.parametrize("text,expected", ITEMS)
def test_each_list_item_is_its_own_incident(nlp, text, expected):
    assert facts(nlp, text, published="2025-03-20") == expected
