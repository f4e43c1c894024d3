"""Event classes of the third round: an outbreak of fighting is an incident, a caused flight
happened, habits and period patterns are no incident, two attacks of one sentence are two
events, and further sentences about one incident join it. Each with sentences that must and
must not trigger the rule (written for these tests)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def read(nlp, text, published="2024-03-14"):
    x = extracted(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    return [
        {"kind": v.kind, "role": v.role, "type": v.type, "actors": {names[a] for a in v.actors},
         "targets": {names[a] for a in v.targets}, "places": {names[a] for a in v.places},
         "killed": v.killed, "date": v.date, "evidences": len(v.evidences)}
        for v in x.events
    ]


# --- an outbreak of fighting is an incident; "the fighting" alone is a campaign ------------------

def test_fighting_that_broke_out_at_a_place_is_a_clash_and_takes_the_toll_told_after(nlp):
    ev = read(nlp, "Officials say rebel soldiers seized control of Bor, where fighting broke out on Wednesday at "
                   "an army camp. The Red Cross says 19 civilians have been killed in the town.")
    assert [(e["kind"], e["places"], e["killed"]) for e in ev] == [("Capture", {"Bor"}, None),
                                                                    ("Attack", {"Bor"}, 19)]
    assert ev[1]["type"] == "armed_clash" and "army camp" in ev[1]["targets"]


def test_sides_engaged_in_fighting_are_its_actors(nlp):
    ev = read(nlp, "Rebels and soldiers engaged in heavy fighting in the town of Adra on Monday.")
    assert [(e["kind"], e["places"], e["date"]) for e in ev] == [("Attack", {"Adra"}, "2024-03-11")]
    assert "rebels" in {a.lower() for a in ev[0]["actors"]}


@pytest.mark.parametrize("text", [
    "The fighting has displaced 3,000 people around Bor.",
    "Since fighting erupted in Bor in May, the army has lost two bases.",
    "Rebels are preparing for more fighting in the town of Adra.",
    "Fighting could break out again in the town of Adra.",
])
def test_fighting_that_does_not_break_out_here_and_now_is_no_clash(nlp, text):
    assert [e for e in read(nlp, text) if e["kind"] == "Attack"] == []


# --- "forced thousands to flee": the flight happened ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The clashes in Bor forced 3,000 residents to flee.",
    "Heavy fighting in Bor has caused hundreds of families to flee.",
])
def test_a_flight_someone_caused_is_a_displacement(nlp, text):
    ev = read(nlp, text)
    assert [(e["kind"], e["places"]) for e in ev if e["kind"] == "Displacement"] == [("Displacement", {"Bor"})]


@pytest.mark.parametrize("text", [
    "The army wants residents of Bor to flee before the offensive.",
    "The army threatened to force residents of Bor to flee.",
    "The clashes in Bor did not force residents to flee.",
])
def test_a_flight_wanted_threatened_or_denied_is_none(nlp, text):
    assert [e for e in read(nlp, text) if e["kind"] == "Displacement"] == []


# --- habits and patterns over a period --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Al-Shabab still holds Jilib and often stages attacks on the road to Afgoye.",
    "Militants frequently shell the town of Ariha.",
    "The air force has bombed militia bases in Derna several times over the past month.",
    "Rights groups accuse the army of shelling villages near Kidal since the start of its offensive in 2022.",
])
def test_a_habit_or_a_pattern_over_a_period_is_no_incident(nlp, text):
    assert read(nlp, text) == []


def test_a_habit_in_one_clause_leaves_the_event_of_the_other(nlp):
    ev = read(nlp, "Al-Shabab was ousted from the port city of Kismayo in March 2023, but still has a presence in "
                   "the region and often stages attacks there.")
    assert [e["kind"] for e in ev] == ["Capture"]


@pytest.mark.parametrize("text,expected", [
    ("Al-Shabab staged an attack on the road to Afgoye on Monday.", [("Attack", "incident")]),
    ("The air force bombed militia bases in Derna several times on Monday.", [("Attack", "incident")]),
    ("The army has shelled villages near Kidal since Monday.", [("Attack", "incident")]),
    ("Army shelling has killed 40 people near Kidal since January.", [("Attack", "aggregate")]),
])
def test_one_day_of_attacks_and_a_period_toll_stay(nlp, text, expected):
    assert [(e["kind"], e["role"]) for e in read(nlp, text)] == expected


# --- two attacks in one sentence ------------------------------------------------------------------

def test_two_attacks_in_clauses_with_places_apart_are_two_events_each_with_its_own_toll(nlp):
    ev = read(nlp, "Gunmen attacked a checkpoint in Kandahar, and a bomb exploded at a market in Kunduz on Monday, "
                   "killing five people.")
    assert [(e["kind"], e["places"], e["killed"]) for e in ev] == [("Attack", {"Kandahar"}, None),
                                                                    ("Attack", {"Kunduz"}, 5)]
    assert [e["type"] for e in ev] == ["shooting", "bombing"]
    assert "market" in ev[1]["targets"] and "market" not in ev[0]["targets"]


def test_airstrikes_here_while_shelling_there_are_two_events(nlp):
    ev = read(nlp, "Airstrikes hit Ariha while rebels shelled Saraqib.")
    assert [(e["places"], e["type"]) for e in ev] == [({"Ariha"}, "airstrike"), ({"Saraqib"}, "shelling")]
    assert "rebels" not in {a.lower() for a in ev[0]["actors"]}


def test_an_attack_told_a_day_before_the_one_reported_is_its_own_background_event(nlp):
    ev = read(nlp, "Israeli jets struck targets in Gaza City on Thursday, a day after an Israeli missile strike "
                   "killed a Hamas commander in Khan Younis.")
    assert [(e["kind"], e["role"], e["places"]) for e in ev] == [("Attack", "incident", {"Gaza City"}),
                                                                  ("Attack", "background", {"Khan Younis"})]


@pytest.mark.parametrize("text", [
    # one scene: the dead of the attack told after them
    "Seven police officers were killed in Kunduz after their checkpoint came under attack by insurgents.",
    # one place named in both clauses
    "Gunmen attacked a checkpoint in Kandahar and a bomb exploded at the checkpoint on Monday.",
    # two sides of one clash, no place apart
    "Rebels attacked the base in Kidal on Monday and the army shelled their positions.",
])
def test_clauses_of_one_incident_stay_one_event(nlp, text):
    assert [e["kind"] for e in read(nlp, text)] == ["Attack"]


def test_a_later_sentence_joins_the_clause_it_fits_of_a_sentence_told_apart(nlp):
    ev = read(nlp, "Troops retook the town of Afgoye that al-Shabab had captured in Marka on Friday. The African "
                   "Union confirmed the troops had retaken Afgoye.")
    assert [(e["kind"], e["places"], e["evidences"]) for e in ev] == [("Capture", {"Afgoye"}, 2),
                                                                        ("Capture", {"Marka"}, 1)]


# --- further sentences about one incident ---------------------------------------------------------

HOTEL = ("Al-Shabab claimed an attack on the Sahafi Hotel in Kismayo on Sunday. A suicide car bomb exploded outside "
         "the gate. Moments later four gunmen stormed the building. ")


def test_a_toll_told_after_a_photo_caption_and_an_aside_is_the_incidents(nlp):
    ev = read(nlp, HOTEL + "Soldiers carry a wounded man outside the Sahafi Hotel in Kismayo, Somalia, Aug. 16, "
                   "2020. Troops rescued more than 200 guests. At least 18 people were injured.",
              published="2020-08-17")
    assert [e["kind"] for e in ev] == ["Attack"]
    assert ev[0]["evidences"] >= 4


def test_a_toll_told_after_a_caption_in_a_place_of_its_own_is_another_event(nlp):
    ev = read(nlp, HOTEL + "Soldiers carry a wounded man outside the Sahafi Hotel in Kismayo, Somalia, Aug. 16, "
                   "2020. Troops rescued more than 200 guests. At least 18 people were injured in a blast in Baidoa.",
              published="2020-08-17")
    assert [(e["kind"], e["places"]) for e in ev] == [("Attack", {"Kismayo", "Somalia"}), ("Attack", {"Baidoa"})]


def test_a_victim_of_the_militants_told_later_is_a_target_of_the_incident(nlp):
    ev = read(nlp, HOTEL + "A journalist, Ali Warsame, was shot dead by the militants after the first shots were "
                   "fired, a witness said.")
    assert len(ev) == 1 and "Ali Warsame" in ev[0]["targets"]


@pytest.mark.parametrize("text", [
    # a side of its own, not the one told before
    "A journalist, Ali Warsame, was shot dead by Somali soldiers, a witness said.",
    # a place of its own
    "A journalist, Ali Warsame, was shot dead by the militants in Baidoa, a witness said.",
])
def test_a_victim_shot_elsewhere_or_by_other_men_is_another_event(nlp, text):
    assert len(read(nlp, HOTEL + text)) == 2


def test_the_dead_of_the_fighting_after_a_capture_are_its_toll(nlp):
    ev = read(nlp, "Rebels seized the town of Kalemie on Friday. At least four people were killed in the fighting, "
                   "officials said.")
    assert [(e["kind"], e["type"], e["killed"], e["evidences"]) for e in ev] == [
        ("Capture", "territory_taken", 4, 2)]


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Kalemie on Friday. At least four people were killed in fighting in Uvira.",
    "Rebels seized the town of Kalemie on Friday. Gunmen attacked a bus near Kalemie on Friday. At least four "
    "people were killed in the fighting, officials said.",
])
def test_a_toll_elsewhere_or_after_an_attack_is_no_toll_of_the_capture(nlp, text):
    ev = read(nlp, text)
    assert [e["killed"] for e in ev if e["kind"] == "Capture"] == [None]


def test_a_recalled_attack_on_the_facility_just_named_is_that_incident(nlp):
    ev = read(nlp, "A student died on Saturday of wounds from a Taliban attack on the Istiqlal School in Kabul "
                   "earlier this month. A suicide bomber blew himself up at the Istiqlal School on December 11, "
                   "wounding a cameraman.", published="2014-12-21")
    assert [(e["kind"], e["role"], e["evidences"]) for e in ev] == [("Attack", "incident", 2)]


def test_a_recalled_attack_on_the_same_facility_in_another_year_stays_apart(nlp):
    ev = read(nlp, "A student died on Saturday of wounds from a Taliban attack on the Istiqlal School in Kabul "
                   "on December 11. A suicide bomber blew himself up at the Istiqlal School in March 2012, wounding "
                   "a cameraman.", published="2014-12-21")
    assert [(e["kind"], e["role"]) for e in ev] == [("Attack", "incident"), ("Attack", "background")]


# --- a date told of something else ------------------------------------------------------------------

def test_a_date_in_a_relative_clause_about_a_side_does_not_date_the_clash(nlp):
    ev = read(nlp, "Unrest is reported in the north, following clashes near Bossangoa between militias and the "
                   "Seleka coalition that came to power earlier this year.")
    assert [(e["kind"], e["role"], e["date"]) for e in ev] == [("Attack", "incident", "2024-03-14")]


def test_a_date_in_the_relative_clause_of_the_event_itself_dates_it(nlp):
    ev = read(nlp, "Officials named the militias that attacked Bossangoa on Monday.")
    assert [(e["kind"], e["date"]) for e in ev] == [("Attack", "2024-03-11")]


@pytest.mark.parametrize("text,kinds", [
    ("Reprisal attacks by the militia have prompted thousands of families to flee Bangui.", ["Displacement"]),
    ("Raids by the militia have driven hundreds of families out of Bangui.", []),
    # a day, an article or a toll makes them an incident
    ("Reprisal attacks by the militia on Monday have prompted thousands of families to flee Bangui.",
     ["Attack", "Displacement"]),
    ("The attacks by the militia have prompted thousands of families to flee Bangui.", ["Attack", "Displacement"]),
    ("Clashes between militias and the Seleka have left at least 23 people dead in Gaga.", ["Attack"]),
])
def test_bare_plural_attacks_with_no_time_and_no_toll_are_a_pattern(nlp, text, kinds):
    assert [e["kind"] for e in read(nlp, text)] == kinds
