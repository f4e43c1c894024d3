"""Aftermath news (a return, an anniversary, a verdict) telling attacks of years before:

- a later body's count of an earlier attack's dead ("its investigators had confirmed 27 deaths",
  told of the finding's year) is that attack's toll, with the attack's own day
  (toll_revisions.py); a revised count of another incident, and a war-wide toll told by the
  same body, stay apart;
- an anniversary's act told again with its own day is one incident (anniversary_joins.py);
  another attack the speakers remember, and a fresh strike of the week, stay apart;
- a side suspending a ceasefire or pulling out of a truce breaks it: a violation, no attack
  (kind_phrases.py), while a verdict over the attack is no new attack.

Reports written for these tests; each row gives the exact events (kind, places and targets but
the generic civilians, date, killed, wounded).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import attack_scenes, event_fields  # noqa: E402

PUBLISHED = "2026-08-06"  # a Thursday

RETURN = ("Families returned this week to Dilling, a market town in South Kordofan, more than four years after "
          "most of its residents fled. On Feb. 3, 2021, soldiers went house to house in the town and shot dead at "
          "least 20 men, according to residents and a report published later that year by the Rights Commission "
          "(RC). On June 2, 2021, an air strike hit the town's market, killing at least 14 people, the health bureau "
          "said at the time. ")
SHOOTING = ("Attack", frozenset({"Dilling"}), "2021-02-03", 20, None)
RETURNS = ("Attack", frozenset({"Dilling", "South Kordofan"}), None, None, None)


def attacks(nlp, text, published=PUBLISHED):
    return attack_scenes(nlp, text, published)


def test_an_inquirys_later_count_is_the_earlier_strikes_toll_with_its_own_day(nlp):
    got = attacks(nlp, RETURN + "The RC said in a report last year that its investigators had confirmed 27 deaths, "
                  "including six children, and 40 wounded.")
    assert [g[2:] for g in got] == [("2021-02-03", 20, None), ("2021-06-02", 27, 40)]


def test_a_revised_count_of_another_incident_stays_apart(nlp):
    got = attacks(nlp, RETURN + "The RC also said in a report last year that its investigators had confirmed 31 "
                  "deaths, including six children, in a strike on Kadugli.")
    assert [g[2:] for g in got] == [("2021-02-03", 20, None), ("2021-06-02", 14, None), ("2025", 31, None)]


def test_a_war_wide_toll_told_by_the_inquiry_stays_apart(nlp):
    got = event_fields(nlp, RETURN + "The RC said in a report last year that more than 3,000 civilians had been "
                       "killed in the war since 2019.", "kind role date killed", PUBLISHED)
    assert [g for g in got if g[0] == "Attack"] == [
        ("Attack", "background", "2021-02-03", 20), ("Attack", "background", "2021-06-02", 14),
        ("Attack", "aggregate", "2019", 3000)]


def test_a_count_told_the_next_day_is_left_to_the_joins_of_the_day(nlp):
    # a figure of the days after: the toll joins of the day read it (one attack, the larger toll)
    got = attacks(nlp, "A car bomb exploded near a market in Kadugli on Monday, killing six people. On Tuesday "
                  "the health ministry confirmed 11 deaths.", "2026-08-06")
    assert [g[2:] for g in got] == [("2026-08-03", 11, None)]


MARKING = ("Hundreds of villagers in South Kordofan gathered in the ruins of a church on Saturday to mark one year "
           "since an air strike killed dozens of people sheltering there. ")


def test_an_anniversarys_act_told_again_with_its_day_is_one_incident(nlp):
    # the act's own day, not the one counted back from the marking (Saturday, a year before)
    got = attacks(nlp, MARKING + "Forty people died when a jet dropped two bombs on the church, on the edge of "
                  "Dilling town, on the afternoon of July 31, 2025.")
    assert [g[2:] for g in got] == [("2025-07-31", 40, None)]


def test_another_attack_remembered_at_the_anniversary_stays_apart(nlp):
    got = attacks(nlp, MARKING + "Speakers also remembered an air strike on a school in Kadugli in September 2023, "
                  "in which nine children were killed.")
    assert [g[2:] for g in got] == [("2025-08-01", None, None), ("2023-09", 9, None)]


def test_a_fresh_strike_of_the_week_is_no_anniversarys_act(nlp):
    got = attacks(nlp, MARKING + "Forty people died when a jet dropped two bombs on the church, on the edge of "
                  "Dilling town, on the afternoon of July 31, 2025. On Wednesday, military jets bombed a village "
                  "near Kadugli, killing four civilians and wounding six.")
    assert [g[2:] for g in got] == [("2025-07-31", 40, None), ("2026-08-05", 4, 6)]


def test_a_suspended_ceasefire_is_a_violation_by_the_side_that_suspended_it(nlp):
    got = event_fields(nlp, "The Sudanese army suspended the ceasefire with the RSF in March 2024, after an attack on "
                       "a convoy near Kadugli.", "kind date actors", PUBLISHED)
    assert [g for g in got if g[0] == "Violation"] == [("Violation", "2024-03", frozenset({"Sudanese Armed Forces"}))]
    got = event_fields(nlp, "The rebels pulled out of the truce on Monday.", "kind date", PUBLISHED)
    assert got == [("Violation", "2026-08-03")]


def test_a_ceasefire_signed_or_talks_suspended_break_nothing(nlp):
    got = event_fields(nlp, "The government signed a ceasefire with the rebels in March 2024. The government "
                       "suspended talks with the rebels on Monday.", "kind", PUBLISHED)
    assert got == [("Agreement",)]


def test_a_verdict_over_an_attack_is_no_new_attack(nlp):
    got = attacks(nlp, "A court in Kadugli on Thursday sentenced two militia commanders to life in prison over the "
                  "bombing of the town's market on Jan. 18, 2025, which killed 28 people. The defendants denied the "
                  "charges and said they would appeal.")
    assert [g[2:] for g in got] == [("2025-01-18", 28, None)]


VERDICT = ("A suicide bomber struck the cattle market in Kadugli on Jan. 18, 2025, killing 28 people. A court "
           "convicted three men over the bombing on Thursday. Hours before the verdict, a roadside bomb struck a "
           "military patrol on the road between Dilling and Kadugli, killing two soldiers. ")


def test_a_victim_wounded_in_the_market_that_day_is_of_the_market_bombing(nlp):
    got = attacks(nlp, VERDICT + "\"Today someone answers for it,\" said a trader who was wounded in the market "
                  "that day.")
    assert [g[3:] for g in got] == [(28, 1), (2, None)]


def test_a_quoted_threat_or_vow_is_no_attack(nlp):
    got = attacks(nlp, VERDICT + "\"They will pay for what they did to our children,\" said a trader whose two sons "
                  "were killed. \"We will hunt down every one of them,\" the governor said.")
    assert [g[3:] for g in got] == [(28, None), (2, None)]
