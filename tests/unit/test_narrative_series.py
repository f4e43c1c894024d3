"""An encyclopedic article on a series of attacks: each attack told in the body is an incident
of its own, with its own day and toll; the series' total ("Deaths: 9", "Nine people were
killed") is never one attack's toll. "The deadliest attack came on 20 April, when ..." picks one
attack out of the series (series_ordinals.py), and "the body of the third was found" counts the
one found dead of a kidnapping (toll_body_found.py).

Rows that must stay apart: an earlier attack by another group recalled in the background (its
own day and toll), a condemnation (no event, no doer), a claim naming the attack it claims,
"the deadliest attack" told without a site of its own, a body named by a description of its own.

Sentences written for these tests; each row gives the exact events (kind, role, places, date,
killed, actors).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2016-06-01"
FIELDS = "kind role places date killed actors"

BOX = ("2016 attacks on clinics in Varna Province\n\n"
       "Date: 3 March – 20 April 2016\nLocation: Varna Province, Ostrovia\nTarget: Health clinics and staff\n"
       "Deaths: 9\nPerpetrator: Red Hills Front\n\n"
       "The 2016 attacks on clinics in Varna Province were a series of attacks on rural health clinics and their "
       "staff in the Ostrovian province of Varna between March and April 2016, carried out by the Red Hills "
       "Front. Nine people were killed.\n\n")
BACKGROUND = ("Background\n\nThe Red Hills Front took up arms in 2011. On 4 May 2014 fighters of the Mountain "
              "Liberation Army bombed a police station in Lesko, killing six officers.\n\n")
ATTACKS = ("Attacks\n\nOn 3 March gunmen set fire to the clinic in Torun, destroying its pharmacy. On 21 March "
           "fighters stopped an ambulance near Kreva and abducted three nurses; two were released a week later, "
           "and the body of the third, Ana Lis, was found on 2 April. The deadliest attack came on 20 April, when "
           "fighters opened fire on a clinic in Brosk, killing eight people and wounding five.\n\n")
REACTIONS = ("Reactions\n\nThe Ostrovian health ministry condemned the attacks. The Red Hills Front claimed the "
             "Brosk attack in a statement.\n")
ARTICLE = BOX + BACKGROUND + ATTACKS + REACTIONS

FRONT = frozenset({"Red Hills Front"})
LEAD = ("Attack", "incident", frozenset({"Varna"}), "2016-03-03", 9, FRONT)  # the series as told by its lead
RECALLED = ("Attack", "background", frozenset({"Lesko"}), "2014-05-04", 6, frozenset())
TORUN = ("Attack", "incident", frozenset({"Torun"}), "2016-03-03", None, frozenset({"unknown gunmen"}))
KREVA = ("Abduction", "incident", frozenset({"Kreva"}), "2016-03-21", 1, frozenset())
BROSK = ("Attack", "incident", frozenset({"Brosk"}), "2016-04-20", 8, FRONT)


def rows(nlp, text):
    return event_fields(nlp, text, FIELDS, published=PUBLISHED)


def test_each_attack_of_the_series_is_its_own_incident_with_its_own_toll(nlp):
    # The series' nine dead stay on the lead; no attack takes them. The earlier bombing by
    # another group keeps its own day and toll and takes no doer of the series; the
    # condemnation makes no event; the claim names the Brosk attack, which it goes to.
    assert rows(nlp, ARTICLE) == [LEAD, RECALLED, TORUN, KREVA, BROSK]


def test_without_the_superlative_the_deadliest_attack_joins_the_kidnapping(nlp):
    with R.disabled({"assemble.series-rank"}):
        got = rows(nlp, ARTICLE)
    assert got[-1] == ("Abduction", "incident", frozenset({"Kreva", "Brosk"}), "2016-03-21", 8, FRONT)


def test_the_deadliest_attack_without_a_site_is_the_one_told_before(nlp):
    text = "A bomb at a market in Parachinar killed 12 people on Friday. The deadliest attack killed 12 people."
    assert event_fields(nlp, text, "kind places killed", published=PUBLISHED) == [
        ("Attack", frozenset({"Parachinar"}), 12)]


def test_the_body_of_the_third_found_is_a_dead_of_the_kidnapping(nlp):
    with R.disabled({"toll.body-of-one-found"}):
        assert rows(nlp, ARTICLE)[3] == KREVA[:4] + (None, frozenset())


def test_a_body_told_by_a_description_of_its_own_counts_nothing(nlp):
    text = ("On 21 March fighters stopped an ambulance near Kreva and abducted three nurses; two were released a "
            "week later, and the body of a soldier was found near the road on 2 April.")
    assert event_fields(nlp, text, "kind places date killed", published=PUBLISHED) == [
        ("Abduction", frozenset({"Kreva"}), "2016-03-21", None)]


CAMPS = ("Between 2 and 4 March 2005, armed men raided two camps for displaced people in Lira District, northern "
         "Uganda. At Okwang camp, on the night of 2 March, the attackers shot dead 12 residents and burned 100 huts. "
         "Two days later a smaller group attacked Barr camp, killing five people.\n\nThe two attacks killed 17 "
         "people in all, according to the army.\n\n")
SUSPECT = ("Survivors said the attackers were fighters of the Lord's Resistance Army (LRA). An army spokesman said "
           "a group led by the LRA commander Okot Odhiambo was suspected.")
LRA = frozenset({"Lord's Resistance Army"})


def test_a_lead_over_two_camps_keeps_each_camps_attack_apart(nlp):
    # The lead over both camps names no toll of its own; each camp's attack keeps its own; the
    # cumulative 17 is an aggregate, never an attack's toll.
    assert event_fields(nlp, CAMPS + SUSPECT, "kind role actors killed", published=PUBLISHED) == [
        ("Attack", "incident", LRA, None), ("Attack", "incident", LRA, 12), ("Attack", "incident", LRA, 5),
        ("Attack", "aggregate", frozenset(), 17)]
    with R.disabled({"actor.description-joins-sited-act"}):  # the camp's 12 dead were the lead's
        assert [r[3] for r in event_fields(nlp, CAMPS + SUSPECT, "kind role actors killed",
                                           published=PUBLISHED)] == [12, 5, 17]


def test_a_single_raid_told_by_its_doers_description_is_one_act(nlp):
    text = ("On 2 March 2005, armed men raided Okwang camp for displaced people in Lira District, northern Uganda, "
            "killing 12 residents.\n\n" + SUSPECT)
    assert event_fields(nlp, text, "kind role actors killed", published=PUBLISHED) == [
        ("Attack", "incident", LRA, 12)]
