"""Tolls of an incident told over several sentences: attackers killed on top of their
victims, zeros said after a clash, period tolls kept out of incidents. Sentences are
written for these tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.events import Frame
from sitgraph.loaders.extract.numbers import find_casualties
from sitgraph.loaders.extract.roles import frame_role

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2023-11-13"


def events_of(nlp, text):
    x = extracted(nlp, text, MONDAY)
    return [(v.role, v.killed, v.wounded) for v in x.events]


# --- attackers killed ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence,killed,attackers", [
    ("Police said all three of the attackers who stormed the bank were shot dead.", 3, 3),
    ("The two gunmen were also killed.", 2, 2),
    ("Troops killed the five assailants.", 5, 5),
    ("Militants killed 9 villagers before two of the attackers were shot dead by police.", 11, 2),
    # the attackers are part of the total, or the killers, not victims of their own
    ("At least 20 people were killed, including three gunmen.", 20, None),
    ("The attackers killed 7 farmers.", 7, None),
    ("Militants killed five soldiers.", 5, None),
    ("Three other gunmen were arrested.", None, None),
])
def test_attackers_killed_are_counted_apart(sentence, killed, attackers):
    c = find_casualties(sentence)
    assert (c.killed, c.attackers_killed) == (killed, attackers)


def test_attackers_shot_dead_later_come_on_top_of_the_victims(nlp):
    text = ("Gunmen stormed a guest house in Baidoa on Saturday, killing 11 people.\n\n"
            "A police spokesman said all three attackers were shot dead by security forces.")
    assert events_of(nlp, text) == [("incident", 14, None)]


def test_a_repeated_attackers_figure_is_added_once(nlp):
    text = ("Gunmen stormed a guest house in Baidoa on Saturday, killing 11 people.\n\n"
            "The three attackers were shot dead by security forces.\n\n"
            "The death toll from the attack rose to 12, and the three gunmen were also killed.")
    assert events_of(nlp, text) == [("incident", 15, None)]


def test_victims_alone_are_not_increased(nlp):
    text = ("Gunmen stormed a guest house in Baidoa on Saturday, killing 11 people.\n\n"
            "Police said the gunmen escaped.")
    assert events_of(nlp, text) == [("incident", 11, None)]


# --- zeros said after a clash ------------------------------------------------------------------

@pytest.mark.parametrize("sentence,killed,wounded", [
    ("No causalities were reported from the latest clashes.", 0, 0),
    ("There were no casualites.", 0, 0),
    ("The causes of the clashes were not reported.", None, None),
])
def test_misspelt_casualties_still_read_as_zero(sentence, killed, wounded):
    c = find_casualties(sentence)
    assert (c.killed, c.wounded) == (killed, wounded)


def test_no_casualties_from_the_clashes_is_the_last_incidents_toll(nlp):
    text = ("Army troops shelled rebel positions outside Myitkyina on Saturday.\n\n"
            "No causalities were reported from the latest clashes.")
    assert events_of(nlp, text) == [("incident", 0, 0)]


def test_a_zero_far_from_the_incident_is_not_its_toll(nlp):
    text = ("Army troops shelled rebel positions outside Myitkyina on Saturday.\n\n"
            "The rebels say they want talks.\n\n"
            "Aid groups say they have been unable to reach the area for weeks.\n\n"
            "No causalities were reported.")
    assert events_of(nlp, text) == [("incident", None, None)]


# --- tolls over a period ---------------------------------------------------------------------------

def frame(killed):
    return Frame(kind="Attack", type=None, sent_start=0, sent_end=10, sent_index=0, killed=killed)


@pytest.mark.parametrize("sentence,role", [
    ("The U.N. says as many as 2,300 civilians have been killed in eight months of shelling.", "aggregate"),
    ("More than 900 fighters died over two years of fighting.", "aggregate"),
    ("The agency says 1,500 civilians were killed in the first half of the year.", "aggregate"),
    ("At least 9,000 people were killed in the 1994-1996 war.", "aggregate"),
    ("A strike raised the overall death toll from the bombardment to 60.", "aggregate"),
    ("A drone killed six people in a market on Monday, bringing the total killed since June to 410.", "incident"),
    ("The death toll from the market attack rose to 40.", "incident"),
    ("A total of 12 people were killed in the attack on the bus.", "incident"),
    ("Gunmen who had been held for six months killed two guards on Sunday.", "incident"),
])
def test_period_tolls_are_aggregates(sentence, role):
    assert frame_role(sentence, frame(5), MONDAY) == role


def test_a_period_toll_does_not_become_the_incidents_toll(nlp):
    text = ("Airstrikes hit a wedding in Hodeidah on Sunday, killing at least 12 people.\n\n"
            "The U.N. says as many as 2,300 civilians have been killed in eight months of airstrikes.")
    tolls = events_of(nlp, text)
    assert [t for t in tolls if t[0] == "incident"] == [("incident", 12, None)]
    assert [t for t in tolls if t[0] == "aggregate"] == [("aggregate", 2300, None)]


# --- "N days after": the clause after it happened earlier ---------------------------------------

@pytest.mark.parametrize("iso,n,unit,expected", [
    ("2015-03", 2, "months", "2015-01"),
    ("2015-01", 1, "month", "2014-12"),
    ("2013-01-28", 1, "day", "2013-01-27"),
    ("2016-03-31", 1, "month", "2016-02-29"),
    ("2015-03", 3, "days", "2015-03"),
    ("2016", 2, "years", "2014"),
])
def test_shift_back_keeps_the_precision_it_was_given(iso, n, unit, expected):
    from sitgraph.loaders.extract.dates import shift_back

    assert shift_back(iso, n, unit) == expected


def dated(nlp, text, published="2023-11-14"):
    x = extracted(nlp, text, published)
    return sorted((v.kind, v.date) for v in x.events)


def test_the_clause_after_n_months_after_is_dated_that_much_earlier(nlp):
    text = "The coalition began its air campaign in March, two months after rebels took control of Kidal."
    assert dated(nlp, text) == [("Capture", "2023-01")]


def test_the_clause_after_a_day_after_is_the_day_before(nlp):
    text = "Government troops withdrew on Monday, a day after rebels seized the airport in Menaka."
    assert dated(nlp, text) == [("Capture", "2023-11-12")]


@pytest.mark.parametrize("text", [
    # the main clause names the place too: no telling which clause each frame is
    "The army shelled Gao on Monday, a day after rebels seized the airport in Menaka.",
    # the incident is the main clause; what follows "after" is no incident
    "Rebels seized the airport in Menaka on Monday, a day after talks collapsed.",
])
def test_a_frame_of_the_main_clause_keeps_its_date(nlp, text):
    assert {d for _, d in dated(nlp, text)} == {"2023-11-13"}


# --- a date the report lent is no other day ---------------------------------------------------

class _Ent:
    def __init__(self, kind, type_, name):
        self.kind, self.type, self.name = kind, type_, name


class _Table:
    entities = {"c1": _Ent("Place", "country", "Somalia"), "p2": _Ent("Place", "province", "Bay")}


def _pair(explicit):
    from sitgraph.loaders.extract.merging import compatible

    prev = Frame(kind="Attack", type="bombing", sent_start=0, sent_end=10, sent_index=0, places=["c1"],
                 date="2023-11-11", date_explicit=True, killed=4)
    later = Frame(kind="Attack", type="bombing", sent_start=11, sent_end=20, sent_index=1, places=["p2"],
                  date="2023-11-13", date_explicit=explicit, wounded=18)
    return compatible(prev, later, _Table(), "At least 18 people were injured in Bay.")


def test_a_sentence_dated_by_the_report_is_not_another_day():
    assert _pair(explicit=False) is True


def test_a_sentence_naming_another_day_is_another_incident():
    assert _pair(explicit=True) is False


# --- tolls told after the lead ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,wounded", [
    ("Doctors said 15 people were being treated for injuries.", 15),
    ("At least 40 people were hospitalised.", 40),
    ("Nine were treated for minor wounds.", 9),
    ("The hospital treated patients for years.", None),
    ("Two doctors were treated with respect.", None),
])
def test_people_treated_for_injuries_are_wounded(sentence, wounded):
    assert find_casualties(sentence).wounded == wounded


def test_another_n_wounded_is_more_of_the_same_incident(nlp):
    text = ("Gunmen attacked a police station in Kandahar on Sunday, killing five officers.\n\n"
            "Another 10 people were wounded, a police spokesman said.")
    assert events_of(nlp, text) == [("incident", 5, 10)]


def test_another_n_killed_comes_on_top(nlp):
    text = ("Gunmen attacked a police station in Kandahar on Sunday, killing five officers.\n\n"
            "Another three people were killed, a police spokesman said.")
    assert events_of(nlp, text) == [("incident", 8, None)]


def test_another_attack_is_still_another_incident(nlp):
    text = ("Gunmen attacked a police station in Kandahar on Sunday, killing five officers.\n\n"
            "Another attack in Helmand killed three soldiers.")
    assert [t[1] for t in events_of(nlp, text)] == [5, 3]


def test_a_later_update_of_the_death_toll_wins(nlp):
    text = ("A car bomb exploded near a checkpoint in Mogadishu on Sunday, killing at least seven people.\n\n"
            "The police later said the death toll had risen to 11.")
    assert events_of(nlp, text) == [("incident", 11, None)]


def test_a_smaller_figure_after_the_lead_is_no_update(nlp):
    text = ("A car bomb exploded near a checkpoint in Mogadishu on Sunday, killing at least seven people.\n\n"
            "Police said four people were killed.")
    assert events_of(nlp, text) == [("incident", 7, None)]


@pytest.mark.parametrize("sentence,role", [
    ("Shelling has pushed the death toll in Donbas to 9,000.", "aggregate"),
    ("The death toll in the Gaza Strip rose to 41,000.", "aggregate"),
    ("The death toll in Sunday's attack rose to 30.", "incident"),
    ("The death toll in the attack rose to 30.", "incident"),
    ("The death toll in Kabul rose to 30 after the bombing.", "incident"),
])
def test_a_toll_of_a_place_is_an_aggregate(sentence, role):
    assert frame_role(sentence, frame(5), MONDAY) == role


@pytest.mark.parametrize("update", [
    "The health ministry says the death toll in Gaza has risen to 41,000.",
    "The overall death toll has risen to 41,000, the ministry said.",
    "The death toll has risen to 41,000 since the war began.",
])
def test_a_period_or_place_toll_is_no_update_of_the_incident(nlp, update):
    text = "An airstrike on a school in Gaza City killed 22 people on Thursday, officials said.\n\n" + update
    assert [t for t in events_of(nlp, text) if t[0] == "incident"] == [("incident", 22, None)]


# --- one of the wounded died ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence,killed", [
    ("The nurse was taken to a clinic but died of her injuries.", 1),
    ("He later succumbed to his wounds.", 1),
    ("She is recovering from her injuries.", None),
    ("The injuries were serious.", None),
])
def test_died_of_her_injuries_is_one_killed(sentence, killed):
    assert find_casualties(sentence).killed == killed


def test_a_wounded_victim_who_died_moves_to_the_dead(nlp):
    text = ("A nurse was wounded when shells hit a clinic in Idlib on Sunday.\n\n"
            "She was taken to a hospital in Idlib but died of her injuries.")
    assert events_of(nlp, text) == [("incident", 1, 0)]


def test_a_wounded_victim_recovering_stays_wounded(nlp):
    text = ("A nurse was wounded when shells hit a clinic in Idlib on Sunday.\n\n"
            "She was taken to a hospital in Idlib and is recovering from her injuries.")
    assert events_of(nlp, text) == [("incident", None, 1)]


# --- a toll told of a named scene goes to that incident ----------------------------------------

TWO_BOMBINGS = ("A suicide bomber killed 12 people at a mosque in Kabul on Friday.\n\n"
                "Separately, a roadside bomb in Helmand killed three soldiers.\n\n")


def test_wounded_in_the_mosque_attack_go_to_the_mosque_incident(nlp):
    assert events_of(nlp, TWO_BOMBINGS + "At least 20 people were wounded in the mosque attack.") == [
        ("incident", 12, 20), ("incident", 3, None)]


def test_wounded_in_the_attack_go_to_the_last_incident(nlp):
    assert events_of(nlp, TWO_BOMBINGS + "At least 20 people were wounded in the attack.") == [
        ("incident", 12, None), ("incident", 3, 20)]


# --- a lead counting attacks told one by one in their places ---------------------------------------

def test_a_lead_counting_attacks_told_place_by_place_is_their_total(nlp):
    text = ("Two bombings in Iraq killed 14 people on Sunday, police said.\n\n"
            "In Baghdad, a car bomb exploded near a market, killing nine people.\n\n"
            "In Mosul, a roadside bomb killed five soldiers.")
    x = extracted(nlp, text, MONDAY)
    assert [(v.role, v.killed) for v in x.events] == [("aggregate", 14), ("incident", 9), ("incident", 5)]
    assert [v.parent for v in x.events] == [None, x.events[0].id, x.events[0].id]


def test_parts_adding_up_to_more_than_the_lead_are_no_breakdown(nlp):
    text = ("Two bombings in Iraq killed 4 people on Sunday, police said.\n\n"
            "In Baghdad, a car bomb exploded near a market, killing nine people.\n\n"
            "In Mosul, a roadside bomb killed five soldiers.")
    assert "aggregate" not in [t[0] for t in events_of(nlp, text)]


def test_one_attack_told_after_a_plural_lead_is_no_breakdown(nlp):
    text = ("Two bombings in Iraq killed 14 people on Sunday, police said.\n\n"
            "In Baghdad, a car bomb exploded near a market, killing nine people.")
    assert "aggregate" not in [t[0] for t in events_of(nlp, text)]
