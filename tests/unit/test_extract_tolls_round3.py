"""Tolls, third round: number phrasings (coordinated figures of two digits, a possessive
in a list of victims, "left injured", "claimed 23 lives", an article before a harm word
used as an adjective, a part's list closing a clause) and a toll told a sentence or two
after its incident. Sentences are written for these tests, not taken from any evaluation
set."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.events import Frame
from sitgraph.loaders.extract.merging import tells_only_toll, toll_gap
from sitgraph.loaders.extract.numbers import find_casualties

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2023-11-13"


def tolls(sentence):
    c = find_casualties(sentence)
    return c.killed, c.wounded


def events_of(nlp, text):
    x = extracted(nlp, text, MONDAY)
    return [(v.role, v.killed, v.wounded) for v in x.events]


# --- figures coordinated in a list ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Fighting killed 10 soldiers and 25 militants.", (35, None)),
    ("The raid killed 12 villagers and 14 herders.", (26, None)),
    ("14 civilians and 11 policemen were killed.", (25, None)),
    # one figure of two digits alone, and an age, are as before
    ("Fighting killed 10 soldiers near the border.", (10, None)),
    ("A 12-year-old boy and his father were killed.", (1, None)),
    # "and 25 were wounded": a clause of its own, not a second object
    ("The blast killed 10 people and 25 were wounded.", (10, 25)),
])
def test_coordinated_figures_of_two_digits_add_up(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A roadside bomb killed a farmer and his two sons.", (3, None)),
    ("A woman and her three children were killed when the shell hit.", (4, None)),
    ("Shelling killed two nurses and their two drivers.", (4, None)),
    # a possessive with no count after it adds nobody
    ("A roadside bomb killed a farmer and his cattle.", (1, None)),
    ("A woman and her house were hit.", (None, None)),
])
def test_a_possessive_before_a_coordinated_count(sentence, expected):
    assert tolls(sentence) == expected


def test_a_list_of_a_part_does_not_join_the_next_clause():
    sentence = "At least 11 people were killed, including seven children, and 17 others were hurt, residents said."
    assert tolls(sentence) == (11, 17)
    # subjects coordinated outside any list still add up
    assert tolls("Two paramedics and one driver were killed.") == (3, None)


# --- wounded phrasings -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("At least 8 people were left injured.", (None, 8)),
    ("Four passengers were left seriously wounded by the blast.", (None, 4)),
    ("The attack left 3 people with injuries.", (None, 3)),
    ("The shelling hit the market, leaving 12 shoppers with severe burns.", (None, 12)),
    ("Two were left dead in the street.", (2, None)),
    ("Four passengers left the bus before the blast.", (None, None)),
    ("The attack left 3 houses with damage.", (None, None)),
    ("Twelve families left with their belongings.", (None, None)),
])
def test_left_injured_and_left_with_injuries(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Paramedics carried an injured man to the ambulance.", (None, None)),
    ("A wounded soldier was evacuated by helicopter.", (None, None)),
    # a figure, or an article standing alone, still counts
    ("Two wounded soldiers were evacuated by helicopter.", (None, 2)),
    ("The blast hit a bus: one dead, a child injured.", (1, 1)),
    ("A child injured in the blast died in hospital.", (1, 1)),
])
def test_an_article_before_a_harm_adjective_counts_no_one(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The bombing claimed 23 lives.", (23, None)),
    ("The attack cost at least 40 civilian lives.", (40, None)),
    ("Twelve lives were lost in the fire.", (12, None)),
    ("The raid put 40 lives at risk.", (None, None)),
    ("Rescuers saved 23 lives.", (None, None)),
])
def test_lives_claimed_or_lost_are_the_dead(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Five of the wounded were in a critical condition.", (None, 5)),  # a part: kept only as a lower bound
    ("Thirty people were wounded; five of the wounded were in a critical condition.", (None, 30)),
])
def test_n_of_the_wounded_is_a_part(sentence, expected):
    assert tolls(sentence) == expected


# --- a toll told a sentence or two after its incident --------------------------------------------

def test_a_toll_after_a_caption_is_the_incidents(nlp):
    text = ("Gunmen stormed a hotel in Kismayo on Sunday, killing 9 people.\n\n"
            "Soldiers walk past the hotel in Kismayo, Somalia, Nov. 12, 2023.\n\n"
            "Troops freed dozens of guests from the building.\n\n"
            "At least 18 people were injured.")
    assert [t for t in events_of(nlp, text) if t[0] == "incident"] == [("incident", 9, 18)]


def test_a_toll_update_on_a_later_day_is_the_same_incident(nlp):
    text = ("Missiles struck an apartment block in Dnipro on Saturday.\n\n"
            "The number of dead climbed to 40 on Monday, with 75 people wounded, officials said.")
    assert events_of(nlp, text) == [("incident", 40, 75)]


def test_a_toll_of_another_day_without_an_update_is_another_incident(nlp):
    text = ("Gunmen shot dead three traders in Kano on Saturday.\n\n"
            "On Monday, two people were killed in Kano.")
    assert events_of(nlp, text) == [("incident", 3, None), ("incident", 2, None)]


class _Ent:
    def __init__(self, kind, type_):
        self.kind, self.type = kind, type_


class _Table:
    entities = {"civ": _Ent("Actor", "civilians"), "army": _Ent("Actor", "state"), "town": _Ent("Place", "town"),
                "hosp": _Ent("Facility", "medical")}


def _frame(i, **kw):
    base = {"kind": "Attack", "type": None, "sent_start": i * 10, "sent_end": i * 10 + 9, "sent_index": i}
    return Frame(**{**base, **kw})


LEAD = {"type": "missile_strike", "places": ["town"], "date": "2023-11-11", "date_explicit": True, "killed": 4}


@pytest.mark.parametrize("later,text,expected", [
    ({"wounded": 18, "targets": ["civ"]}, "At least 18 people were injured.", True),
    ({"wounded": 18, "type": "bombing"}, "A car bomb wounded 18 people.", False),
    ({"wounded": 18, "places": ["town"]}, "At least 18 people were injured in the town.", False),
    # a struck side's dead told apart are the incident's (toll.forces-told-apart), not the attackers' own
    ({"killed": 2, "targets": ["army"]}, "Two soldiers were killed.", True),
    ({"killed": 2, "targets": ["army"], "places": ["town"]}, "Two soldiers were killed in the town.", False),
    ({"killed": 2, "actors": ["army"]}, "The army killed two people.", False),
    ({"killed": 40, "date": "2023-11-13", "date_explicit": True}, "The death toll rose to 40 on Monday.", True),
    ({"killed": 40, "date": "2023-11-13", "date_explicit": True}, "On Monday, 40 people were killed.", False),
    ({"killed": 40, "role": "background"}, "Last year, 40 people were killed.", False),
    ({}, "Nobody was counted.", False),
    # a hospital that speaks is no target of its own; one where people died is
    ({"killed": 10, "targets": ["hosp", "civ"]}, "A hospital official said 10 people had died.", True),
    ({"killed": 10, "targets": ["hosp", "civ"]}, "Ten people were killed at the hospital.", False),
])
def test_what_tells_only_a_toll(later, text, expected):
    assert tells_only_toll(_frame(0, **LEAD), _frame(1, **later), _Table(), text) is expected


def test_the_gap_to_a_toll_skips_captions_and_stops_at_other_frames():
    lead = _frame(2, evidence_index=[4], **LEAD)
    caption = _frame(5, role="caption")
    background = _frame(6, role="background")
    assert toll_gap(lead, 7, [lead, caption]) == 2
    assert toll_gap(lead, 5, [lead]) == 1
    assert toll_gap(lead, 7, [lead, caption, background]) is None


def test_the_dead_of_the_other_side_told_after_add_up(nlp):
    text = ("Militants ambushed an army convoy in Waziristan on Monday, killing seven soldiers.\n\n"
            "Two civilians were also killed.")
    assert events_of(nlp, text) == [("incident", 9, None)]


# --- families, bodies, counts added to a toll ----------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("An airstrike hit a house, killing a family of five.", (5, None)),
    ("A family of seven was killed when the shell landed.", (7, None)),
    ("An entire family of 9 died in the strike.", (9, None)),
    # a parent's children are not victims
    ("A father of five was killed in the strike.", (None, None)),
    ("The strike killed a mother of three.", (1, None)),
    ("The family of the victim was told.", (None, None)),
])
def test_a_family_of_n_counts_its_members(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A local official said at least 40 bodies had been buried.", (40, None)),
    ("Rescuers pulled 7 bodies from the rubble.", (7, None)),
    ("The bodies of 12 people were found near the road.", (12, None)),
    ("Rescuers are still searching for bodies.", (None, None)),
    ("The bodies were returned to their families.", (None, None)),
    ("Police found the bodies of two women.", (None, None)),  # no verb the count is the subject of
])
def test_bodies_recovered_are_the_dead(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Three more died later in hospital, bringing the death toll to eight.", (8, None)),
    ("Another two people died, raising the toll to 14.", (14, None)),
    ("A further 3 were killed, bringing the toll to 11.", (11, None)),
    # no count said to come on top: the sentence's own figure stays (a period's toll is apart)
    ("A strike killed 12 people, bringing the overall toll to 1,200.", (12, None)),
    # the toll told of the incident is its total
    ("Three people died, bringing the toll to eight.", (8, None)),
    ("Two more people were killed.", (2, None)),
])
def test_counts_added_to_a_stated_toll_give_the_toll(sentence, expected):
    assert tolls(sentence) == expected


def test_bringing_the_death_toll_to_n_updates_the_incident(nlp):
    text = ("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing five people.\n\n"
            "Three more died later in hospital, bringing the death toll to eight.")
    assert events_of(nlp, text) == [("incident", 8, None)]


def test_a_total_in_all_is_an_aggregate_not_the_last_attacks_toll(nlp):
    text = ("A car bomb killed 8 people at a market in Mosul on Monday.\n\n"
            "A second bomb killed 5 people at a bus station in Tikrit.\n\n"
            "In all, 13 people died and 40 were wounded.")
    assert events_of(nlp, text) == [("incident", 8, None), ("incident", 5, None), ("aggregate", 13, 40)]


# --- the attackers' own dead ---------------------------------------------------------------------

def test_the_attackers_own_dead_told_after_come_on_top(nlp):
    text = ("Militants ambushed an army convoy in Waziristan on Monday, killing seven soldiers.\n\n"
            "Ten militants were killed in the exchange of fire, the army said.")
    assert events_of(nlp, text) == [("incident", 17, None)]


def test_the_victims_told_again_are_not_added(nlp):
    text = ("Militants ambushed an army convoy in Waziristan on Monday, killing seven soldiers.\n\n"
            "Ten soldiers were killed in the exchange of fire, the army said.")
    assert events_of(nlp, text) == [("incident", 10, None)]


# --- lists, hospitals, armies' words, abductions -------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("The blast killed 12 students, the principal and two policemen.", (15, None)),
    ("The raid killed 3 fighters, the group commander, and two civilians.", (6, None)),
    # a speaker or a plural without an s is nobody in the list
    ("The blast killed 12 students, the police said, and two teachers.", (12, None)),
    ("The blast killed 12 students, the police and two soldiers.", (12, None)),
    ("Shelling killed 4 people, the ministry said.", (4, None)),
])
def test_a_definite_person_in_a_list_of_victims_counts_one(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("More than 40 people were taken to hospital.", (None, 40)),
    ("Nine people were being treated in hospital.", (None, 9)),
    ("Six were rushed to a nearby hospital.", (None, 6)),
    ("Twelve bodies were taken to hospital.", (None, None)),
    ("The hospital was evacuated.", (None, None)),
])
def test_people_taken_to_hospital_are_wounded(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ('The army said 30 assailants were "neutralised" in the counter-attack.', (30, None)),
    ("Troops neutralised 12 terrorists.", (12, None)),
    ("Engineers neutralised 3 bombs.", (None, None)),
    ("The army neutralised the threat.", (None, None)),
])
def test_neutralised_enemies_are_dead(sentence, expected):
    assert tolls(sentence) == expected


def test_the_dead_of_a_raid_that_also_abducts_are_the_attacks(nlp):
    x = extracted(nlp, "Gunmen attacked the village of Dogo on Thursday, killing six people and "
                       "abducting 20 women.", MONDAY)
    assert sorted((v.kind, v.killed) for v in x.events) == [("Abduction", None), ("Attack", 6)]


def test_a_figure_two_sentences_on_is_the_incidents_a_zero_is_not(nlp):
    lead = "Paramilitary forces shelled a market in Omdurman on Sunday, killing at least 15 people.\n\n"
    between = "Doctors said the dead included four children.\n\n"
    assert events_of(nlp, lead + between + "More than 40 people were taken to hospital.") == [("incident", 15, 40)]
    assert events_of(nlp, lead + between + "No one else was hurt.") == [("incident", 15, None)]


def test_the_abducted_who_were_killed_are_the_abductions_dead_too(nlp):
    x = extracted(nlp, "An aid worker was abducted and killed in Idlib on Thursday.", MONDAY)
    assert sorted((v.kind, v.killed) for v in x.events) == [("Abduction", 1), ("Attack", 1)]


def test_a_toll_after_the_toll_of_an_earlier_attack_is_that_attacks(nlp):
    text = ("Rebels took control of the town of Ansongo on Monday, residents said.\n\n"
            "The move comes a day after rebels overran an army base in Tessit.\n\n"
            "During the attack at least eight soldiers and five rebels were killed.\n\n"
            "Twelve wounded soldiers were taken to hospitals in Gao.")
    got = [t for t in events_of(nlp, text) if t[1] is not None or t[2] is not None]
    assert got == [("background", 13, 12)]


# --- ranges with one scale, the bomber among the dead --------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("two to three hundred", 200),
    ("20 to 30 thousand", 20000),
    ("2 to 3 million", 2000000),
    ("two hundred to three hundred", 200),
    ("300 to 400", 300),
    ("five or six", 5),
    ("between 10 and 15", 10),
])
def test_a_scale_said_once_is_both_ends_of_a_range(text, value):
    from sitgraph.loaders.extract.quantities import parse_number

    assert parse_number(text) == value


@pytest.mark.parametrize("sentence,killed,attackers", [
    ("A suicide bomber struck a market in Kunduz, killing himself and 12 others.", 13, 1),
    ("The bomber killed himself and at least 20 people at a wedding, officials said.", 21, 1),
    ("A suicide bomber blew himself up at a market in Kunduz, killing 12 people.", 12, None),
    ("The bomber killed himself.", 1, None),
])
def test_a_bomber_who_killed_himself_and_others_is_one_of_the_dead(sentence, killed, attackers):
    c = find_casualties(sentence)
    assert (c.killed, c.attackers_killed) == (killed, attackers)


@pytest.mark.parametrize("sentence,killed", [
    ("Five soldiers were killed and 10 militants died.", 15),
    ("Nine civilians were killed and four soldiers died, officials said.", 13),
    ("Three soldiers were killed and two others died later.", 5),
    # sources that differ: the largest; another occasion: the incident's own
    ("Police said 12 people were killed, but residents said 20 people died.", 20),
    ("The blast killed 3 soldiers, two days after 15 civilians were killed in a similar attack.", 3),
    # two sources set side by side across a semicolon differ too: never their sum, the largest
    ("Officials said 12 were killed; residents said 20 died.", 20),
])
def test_counts_of_different_groups_in_one_sentence_add_up(sentence, killed):
    assert find_casualties(sentence).killed == killed


@pytest.mark.parametrize("sentence,killed", [
    ("The army lost 14 soldiers.", 14),
    ("The group lost two of its fighters in the clash.", 2),
    ("The army said it lost 14 soldiers, while 20 rebels were killed.", 34),
    ("Ukraine lost 3 tanks.", None),
    ("The economy lost 1,000 jobs.", None),
    ("The army lost 20 percent of its men.", None),
])
def test_a_side_that_lost_its_men_counts_its_dead(sentence, killed):
    assert find_casualties(sentence).killed == killed


def test_a_toll_a_hospital_official_gives_is_the_incidents_and_the_hospital_no_target(nlp):
    text = ("A bomb exploded on a crowded bus in Kabul on Wednesday.\n\n"
            "Police said seven passengers were killed.\n\n"
            "A hospital official later said 10 people had died and 23 had been wounded.")
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    assert [(v.killed, v.wounded, sorted(names[t] for t in v.targets)) for v in x.events] == \
        [(10, 23, ["civilians"])]


@pytest.mark.parametrize("sentence,expected", [
    ("Six people were found dead after the raid.", (6, None)),
    ("Four people suffered burns.", (None, 4)),
    ("Two people were found alive.", (None, None)),
    ("Four people suffered losses.", (None, None)),
])
def test_found_dead_and_suffered_burns(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize("sentence,killed", [
    ("The Houthis are fighting a war that has killed tens of thousands.", None),
    ("Clashes killed tens of people.", None),
    ("Militants killed 1980s veterans.", None),
    ("The attack killed ten people.", 10),
    ("The blast killed 12.", 12),
])
def test_a_count_is_a_whole_word(sentence, killed):
    assert find_casualties(sentence).killed == killed


@pytest.mark.parametrize("after,expected", [
    ("Two civilians also died.", (5, None)),
    ("Two civilians died as well.", (5, None)),
    ("Two civilians were killed as well, and four were hurt.", (5, 4)),
    ("Two civilians died.", (3, None)),  # no word says they come on top: the largest figure
])
def test_a_toll_said_to_come_on_top_adds_to_the_incidents(nlp, after, expected):
    text = "A roadside bomb hit an army truck in Kunar on Monday, killing three soldiers.\n\n" + after
    assert events_of(nlp, text) == [("incident", *expected)]


# --- a campaign's toll stays out of the incident -------------------------------------------------

STRIKE_LEAD = "A drone strike killed 6 people in Sumy on Monday.\n\n"


@pytest.mark.parametrize("sentence,expected", [
    ("More than 40,000 Palestinians have been killed in the Israeli offensive, according to the health ministry.",
     [("incident", 6, None), ("aggregate", 40000, None)]),
    ("Drone strikes have killed 120 civilians in the province in recent weeks.",
     [("incident", 6, None), ("aggregate", 120, None)]),
    # the offensive of a given day is the incident's, as before
    ("At least 12 people were killed in the Israeli offensive on the town on Monday.", [("incident", 12, None)]),
])
def test_a_campaigns_toll_is_an_aggregate(nlp, sentence, expected):
    assert events_of(nlp, STRIKE_LEAD + sentence) == expected


@pytest.mark.parametrize("sentence,killed,attackers", [
    ("Soldiers later repelled the attackers, killing eight of them.", 8, 8),
    ("Troops clashed with the gunmen, killing 3 of them.", 3, 3),
    ("The attackers shot 10 villagers, killing six of them.", 6, None),
    ("Gunmen stormed the village and killed 12 residents, four of them children.", 12, None),
])
def test_of_them_after_the_attackers_counts_the_attackers(sentence, killed, attackers):
    c = find_casualties(sentence)
    assert (c.killed, c.attackers_killed) == (killed, attackers)


def test_attackers_killed_by_those_repelling_them_come_on_top(nlp):
    text = ("Militants attacked the village of Kukawa on Thursday, killing six civilians.\n\n"
            "Soldiers later repelled the attackers, killing eight of them.")
    assert [t for t in events_of(nlp, text) if t[0] == "incident"][0] == ("incident", 14, None)
