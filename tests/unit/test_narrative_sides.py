"""Sides told after the incident in narratives and features: a side's own account given on a
later day ("the ministry said on Friday that its forces had struck ..."), the same account
taken in by a victims' sentence ("The wounded were taken to ..."), a blame answered by the
blamed side in a relative clause ("The government blamed X, which said the army had attacked
its camps"), and a state's statement naming "the air force" as the doer.

Rows that must stay apart: a statement of another side's act, another strike told in the
statement ("another command post"), a condemnation, a blame of a side that only holds ground,
an account by a side that is not the state, and a cumulative toll beside a strike.

Sentences written for these tests; each row gives the exact events (kind, places and targets,
actors, killed).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-02-05"
FIELDS = "kind places targets actors killed"


def rows(nlp, text):
    return event_fields(nlp, text, FIELDS, published=PUBLISHED)


MARKET = "Strike on Zarya market\n\nOn Thursday evening two bombs struck the market in the Ukrainian town of " \
         "Zarya, killing nine people and wounding 34, the regional governor said. "
HIT = ("Attack", frozenset({"Zarya"}), frozenset({"Zarya market", "civilians"}))


def test_an_own_account_given_on_a_later_day_names_the_doer(nlp):
    got = rows(nlp, MARKET + "The Russian defence ministry said on Friday that its forces had struck a command "
                             "post of the Ukrainian army in Zarya.")
    assert got == [(*HIT[:2], HIT[2] | {"Ukraine"}, frozenset({"Russia"}), 9)]


def test_an_account_of_the_other_sides_act_stays_apart(nlp):
    got = rows(nlp, MARKET + "The Russian defence ministry said on Friday that Ukrainian forces had shelled a "
                             "village near Zarya.")
    assert got == [(*HIT, frozenset(), 9),
                   ("Attack", frozenset({"Zarya"}), frozenset(), frozenset({"Ukraine"}), None)]


def test_another_strike_in_the_account_stays_apart(nlp):
    got = rows(nlp, MARKET + "The Russian defence ministry said on Friday that its forces had struck another "
                             "command post near Zarya.")
    assert got == [(*HIT, frozenset(), 9),
                   ("Attack", frozenset({"Zarya"}), frozenset(), frozenset({"Russia"}), None)]


def test_a_condemnation_names_no_doer(nlp):
    got = rows(nlp, MARKET + "The French foreign ministry condemned the strike on Friday.")
    assert got == [(*HIT, frozenset(), 9)]


VICTIMS = ("On Thursday evening two bombs struck the neighbourhood of Sonyachna Street in the Ukrainian town of "
           "Zarya. One hit the courtyard of an apartment building; the second landed on a row of garages. By "
           "Saturday the toll stood at nine dead and 34 wounded, according to the State Emergency Service.\n\n"
           "The wounded were taken to the regional hospital and to the city's emergency hospital on Lenin "
           "Avenue.\n\n")
OWN = "The Russian defence ministry said its forces had struck a command post of the Ukrainian army in Zarya.\n"


def test_a_victims_sentence_keeps_the_side_that_claimed_its_own_strike(nlp):
    assert [r[3:] for r in rows(nlp, VICTIMS + OWN)] == [(frozenset({"Russia"}), 9)]
    with R.disabled({"assemble.victims-keep-own-claim"}):
        assert [r[3:] for r in rows(nlp, VICTIMS + OWN)] == [(frozenset(), 9)]


def test_a_victims_sentence_with_a_condemnation_names_no_doer(nlp):
    text = VICTIMS + "The Russian defence ministry condemned what it called Ukrainian provocations in Zarya.\n"
    assert [r[3:] for r in rows(nlp, text)] == [(frozenset(), 9)]


SHELL = "On 6 June a shell struck the bus station in Korvath, killing nine people. "
STATION = ("Attack", frozenset({"Korvath"}), frozenset({"bus station", "civilians"}))


def test_a_blame_answered_by_the_blamed_side_is_about_the_shelling(nlp):
    got = rows(nlp, SHELL + "The government blamed the Highland Liberation Front, which said the army had "
                            "provoked the fighting by attacking its camps at Dresno.")
    assert got == [(*STATION, frozenset({"Highland Liberation Front"}), 9),
                   ("Attack", frozenset({"Dresno"}), frozenset(), frozenset({"government forces"}), None)]
    with R.disabled({"claim.blame-over-counter-account"}):
        assert [r[3] for r in rows(nlp, SHELL + "The government blamed the Highland Liberation Front, which said "
                                        "the army had provoked the fighting by attacking its camps at Dresno.")] \
            == [frozenset(), frozenset({"Highland Liberation Front", "government forces"})]


def test_a_blamed_side_that_only_holds_ground_is_still_blamed(nlp):
    got = rows(nlp, SHELL + "The government blamed the Highland Liberation Front, which holds the hills above "
                            "the town.")
    assert got == [(*STATION, frozenset({"Highland Liberation Front"}), 9)]


def test_an_account_without_a_blame_stays_its_own_act(nlp):
    got = rows(nlp, SHELL + "The Highland Liberation Front said the army had attacked its camps at Dresno.")
    assert got == [(*STATION, frozenset(), 9),
                   ("Attack", frozenset({"Dresno"}), frozenset(), frozenset({"government forces"}), None)]


CAMP = ("Airstrike on a camp in Demoso\n\nOn the night of 28 January bombs fell on a camp for displaced people "
        "near Demoso in Myanmar, killing eight people. ")


def test_the_air_force_in_the_militarys_statement_is_its_own(nlp):
    got = rows(nlp, CAMP + "In a statement on Friday, the military said the air force had struck a training camp "
                           "near Demoso.")
    assert got == [("Attack", frozenset({"Demoso", "Myanmar"}),
                    frozenset({"camp for displaced people", "civilians", "training camp"}),
                    frozenset({"Tatmadaw"}), 8)]


def test_the_air_force_in_a_rebel_statement_is_not_the_rebels(nlp):
    got = rows(nlp, CAMP + "The rebels said the air force had bombed a school in Loikaw on 3 January.")
    assert [r[3] for r in got if r[4] == 8] == [frozenset()]
    assert all(frozenset({"rebels"}) != r[3] for r in got)


def test_a_cumulative_toll_beside_the_strike_keeps_its_own_count(nlp):
    text = CAMP + ("In a statement on Friday, the military said the air force had struck a training camp near "
                   "Demoso. A rights group says more than 500 civilians have been killed in the state by the "
                   "military since 2021.")
    # the count since 2021 is an aggregate of its own, not the strike's toll
    assert event_fields(nlp, text, "role actors killed", published=PUBLISHED) == [
        ("incident", frozenset({"Tatmadaw"}), 8), ("aggregate", frozenset({"Tatmadaw"}), 500)]
