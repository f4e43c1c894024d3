"""Claims, accusations and suspicions told in another sentence than the incident
(loaders/extract/attribution.py): each reaches the incident it speaks of with how the side
is tied; sentences that only look alike tie no one. Sentences are written for these tests,
not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2023-11-13"
BOMBING = "A car bomb killed eight people near a market in Kirkuk on Sunday. "


def tied(nlp, text):
    """(event type, actors, {(actor, how)}) of each event of `text`."""
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    return [(v.type, frozenset(names[a] for a in v.actors), frozenset((names[a.actor], a.how) for a in v.attribution))
            for v in x.events]


@pytest.mark.parametrize("later, how", [
    ("The attack was claimed by the Islamic State.", "claimed"),
    ("The Islamic State took responsibility for the blast.", "claimed"),
    ("The Islamic State accepted responsibility for the bombing.", "claimed"),
    ("The Islamic State said it was behind the attack.", "claimed"),
    ("Officials said the Islamic State was behind the bombing.", "accused"),
    ("Officials said the Islamic State was responsible.", "accused"),
    ("Officials said the Islamic State was responsible for the killings.", "accused"),
    ("Police attributed the attack to the Islamic State.", "accused"),
    ("The bombing was attributed to the Islamic State, police said.", "accused"),
    ("The attack bore the hallmarks of the Islamic State.", "suspected"),
    ("Police said the bombing bore the signature of the Islamic State.", "suspected"),
    ("The Islamic State was blamed for the attack.", "accused"),
    ("The Islamic State has been accused of carrying out the bombing.", "accused"),
    ("Officials said the Islamic State was the prime suspect.", "suspected"),
    ("Suspicion fell on the Islamic State.", "suspected"),
    ("Officials said the bombing was the work of the Islamic State.", "accused"),
])
def test_a_later_sentence_ties_the_side_to_the_incident(nlp, later, how):
    assert tied(nlp, BOMBING + later) == [
        ("bombing", frozenset({"Islamic State"}), frozenset({("Islamic State", how)}))]


@pytest.mark.parametrize("later", [
    "The Islamic State took control of the town in 2014.",
    "The Islamic State took responsibility for security in the town in 2014.",
    "Officials said the Islamic State was behind the front line.",
    "The Islamic State was responsible for security in the district until 2017.",
    "Police attributed the delay to heavy rain.",
    "The attack bore the marks of a large bomb.",
    "The Islamic State's signature was on a letter read out in the town in 2014.",
    "The bombing came a day after the signature of a truce between the army and the Islamic State.",
    "The Islamic State is widely blamed for such attacks.",
    "The Islamic State was accused of previous attacks on the town.",
    "Police said the suspect was a taxi driver.",
    "Officials said the rebuilding of the market was the work of the Islamic State.",
])
def test_look_alike_sentences_tie_no_one(nlp, later):
    assert [(t, a) for t, a, _ in tied(nlp, BOMBING + later) if t == "bombing"] == [("bombing", frozenset())]


def test_its_own_claim_in_the_incident_sentence(nlp):
    # "it was behind" in the group's own statement, in the sentence that tells the bombing.
    assert tied(nlp, "The Islamic State said on Tuesday it was behind a suicide bombing that killed 30 people "
                     "at a mosque in Kirkuk on Monday.") == [
        ("bombing", frozenset({"Islamic State"}), frozenset({("Islamic State", "claimed")}))]


def test_a_side_believed_to_be_behind_it_is_suspected(nlp):
    assert tied(nlp, BOMBING + "Islamic State militants are believed to be behind the bombing.") == [
        ("bombing", frozenset({"Islamic State"}), frozenset({("Islamic State", "suspected")}))]


def test_a_denial_in_a_relative_clause_is_the_group_s(nlp):
    # "X, which denied involvement": the denial is X's; the accusation still names X.
    (event,) = tied(nlp, BOMBING + "The government accused the Islamic State, which denied involvement.")
    assert event[2] == frozenset({("Islamic State", "accused"), ("Islamic State", "denied")})


def test_the_shooter_was_a_member_of_the_group(nlp):
    assert tied(nlp, "A gunman shot dead two police officers in Peshawar on Monday. The shooter was a member of "
                     "the Pakistani Taliban, police said.") == [
        ("shooting", frozenset({"Tehrik-i-Taliban Pakistan"}),
         frozenset({("Tehrik-i-Taliban Pakistan", "reported")}))]


def test_a_member_of_a_group_who_is_no_attacker_ties_no_one(nlp):
    assert [a for t, a, _ in tied(nlp, "A gunman shot dead two police officers in Peshawar on Monday. One of the "
                                       "officers was a member of the Pakistani Taliban's peace committee.")
            if t == "shooting"] == [frozenset()]


@pytest.mark.parametrize("later", [
    "The gunmen belonged to Boko Haram.",
    "The attackers were Boko Haram militants, police said.",
    "Police said the gunmen were from Boko Haram.",
    "The gunmen were identified as members of Boko Haram.",
])
def test_the_attackers_are_told_to_be_the_group(nlp, later):
    (event,) = tied(nlp, "Gunmen opened fire at a market in Maiduguri on Sunday, killing 30 people. " + later)
    assert event[:2] == ("shooting", frozenset({"Boko Haram"})) and ("Boko Haram", "reported") in event[2]


@pytest.mark.parametrize("later", [
    "The gunmen fled toward the Sambisa forest, a Boko Haram stronghold.",
    "The gunmen shouted slogans against Boko Haram.",
    "The victims belonged to a vigilante group that fought Boko Haram.",
])
def test_the_attackers_near_a_group_are_not_it(nlp, later):
    (event,) = tied(nlp, "Gunmen opened fire at a market in Maiduguri on Sunday, killing 30 people. " + later)
    assert event[:2] == ("shooting", frozenset({"unknown gunmen"}))


def test_a_kidnapping_claimed_by_the_group(nlp):
    (event,) = tied(nlp, "Gunmen abducted 20 students from a school in Kankara on Sunday. The kidnapping was "
                         "claimed by Boko Haram.")
    # the gunmen are the group that claimed them (late_attribution.fold_description)
    assert event[1:] == (frozenset({"Boko Haram"}), frozenset({("Boko Haram", "claimed")}))


@pytest.mark.parametrize("text, side", [
    ("Russia's defence ministry said its forces had captured the village of Krasnohorivka on Monday.", "Russia"),
    ("The Houthi military spokesman said its drones targeted a cargo ship off Hodeida on Monday.", "Houthis"),
    ("A suicide bomber killed 15 people at a mosque in Peshawar on Friday. The Islamic State's news agency said "
     "one of its fighters carried out the attack.", "Islamic State"),
])
def test_a_side_saying_its_own_forces_did_it_claims_it(nlp, text, side):
    (event,) = tied(nlp, text)
    assert event[1] == frozenset({side}) and (side, "claimed") in event[2]


def test_a_side_saying_its_forces_were_attacked_claims_nothing(nlp):
    (event,) = tied(nlp, "Russia's defence ministry said its forces had been attacked near the village of "
                         "Krasnohorivka on Monday.")
    assert ("Russia", "claimed") not in event[2]


def test_an_affiliate_saying_it_did_it_is_no_claim_of_its_patron(nlp):
    (event,) = tied(nlp, "Al-Qaida's Iraqi affiliate says it carried out a bombing that killed 60 people in Baghdad.")
    assert ("al-Qaeda", "claimed") not in event[2]


def test_the_accuser_is_not_the_attacker(nlp):
    # Parsed, the army is the subject of the shelling; it only blames the RSF for it.
    (event,) = tied(nlp, "The Sudanese army accused the RSF of shelling a hospital in El Fasher on Monday, killing "
                         "nine patients.")
    assert event[:2] == ("shelling", frozenset({"Rapid Support Forces"}))
