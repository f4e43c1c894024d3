"""A broadcaster's report of an attack tells one incident over many paragraphs: the lead with
its toll and the teller ("..., the UN mission in X said"), a rival group's claim in its own
words ("said in a statement that its fighters had attacked ..."), reactions,
a speech and the war's background. The lead and the claim are the incident
(speaker_clause_places.py, statement_joins.py); the rest adds no event, and an earlier
attack recalled stays a background event of its own.

Sentences written for these tests, in a broadcaster's form; each row gives the exact events
(kind, places, killed) of the report, aggregates left out.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-06-11"  # a Tuesday
RAID = ("Niger: Gunmen kill 11 villagers near Mainé-Soroa\n\n"
        "Suspected Boko Haram fighters killed 11 villagers in a night raid on the village of Kablewa, near "
        "Mainé-Soroa, late on Saturday, the interior ministry said on Sunday.\n\n")


def events(nlp, text):
    """(kind, places, killed) of every event of `text` read as one report, in event order."""
    return [(k, p, n) for k, r, p, n in event_fields(nlp, text, "kind role places killed", PUBLISHED)
            if r != "aggregate"]


# A rival group's claim in its own words: the raid, not a second act.
CLAIMS = [
    (RAID + "On Monday, Islamic State West Africa Province said in a statement that its fighters had attacked "
     "an army position in Kablewa.",
     [("Attack", {"Kablewa", "Mainé-Soroa"}, 11)]),
]

APART = [
    # the army's own act after the raid: a reprisal, another event
    (RAID + "On Monday, the army said in a statement that its troops had killed 12 Boko Haram fighters near "
     "Gagamari.",
     [("Attack", {"Kablewa", "Mainé-Soroa"}, 11), ("Attack", {"Gagamari"}, 12)]),
    # a claim of an act at another town: another event
    (RAID + "On Monday, Islamic State West Africa Province said in a statement that its fighters had attacked "
     "an army post in Bosso.",
     [("Attack", {"Kablewa", "Mainé-Soroa"}, 11), ("Attack", {"Bosso"}, None)]),
]

# Lines that add no event: a condemnation, a speech, and an attack of an earlier year that stays
# a background event of its own.
NO_EVENT = [
    (RAID + "The UN refugee agency condemned the attack and called for the women to be freed.",
     [("Attack", {"Kablewa", "Mainé-Soroa"}, 11)]),
    (RAID + "Speaking in Niamey on Monday, the president said the army \"will not surrender a single village\" "
     "to the militants.",
     [("Attack", {"Kablewa", "Mainé-Soroa"}, 11)]),
    (RAID + "In February 2021, militants stormed the town of Toumour, killing 28 people.",
     [("Attack", {"Kablewa", "Mainé-Soroa"}, 11), ("Attack", {"Toumour"}, 28)]),
]


@pytest.mark.parametrize("text,expected", CLAIMS + APART + NO_EVENT)
def test_broadcaster_rows(nlp, text, expected):
    assert events(nlp, text) == expected


SCENE = ("Suspected Boko Haram fighters killed 11 villagers in a raid on a village in Niger's Diffa region, "
         "officials said on Sunday. Gunmen on motorbikes stormed Kablewa late on Friday, shooting at residents and "
         "burning the market, the governor said. ")
RIVAL = SCENE + ("On Monday, Islamic State Sahel Province said in a statement that its fighters had attacked an army "
                 "post in Kablewa.")


def test_rival_claim_is_one_incident_and_no_co_doer(nlp):
    """The claim joins the raid as a claim: its teller is no doer beside the group blamed."""
    assert event_fields(nlp, RIVAL, "kind places actors killed", PUBLISHED) == [
        ("Attack", {"Niger", "Diffa", "Kablewa"}, {"Boko Haram"}, 11)]
    # the group's claim with the raid's own tellers (the governor, Niger's officials)
    assert event_fields(nlp, RIVAL, "claimed_by", PUBLISHED) == [
        ({"Islamic State Sahel Province", "governor", "Niger"},)]
    # off, the claim is an attack of its own with its teller as the doer
    with R.disabled({"assemble.rival-claim"}):
        assert event_fields(nlp, RIVAL, "kind places actors killed", PUBLISHED) == [
            ("Attack", {"Niger", "Diffa"}, {"Boko Haram"}, 11),
            ("Attack", {"Kablewa"}, {"Islamic State Sahel Province"}, None)]


# The teller's name locates no clause: a toll and the ambush of its "when" clause are one event.
AMBUSH = ("A soldier was killed and three others were wounded when their convoy was ambushed near Kaga Bandoro "
          "on Monday, the governor of Ouham province said.")


def test_teller_place_sets_no_clause_apart(nlp):
    assert event_fields(nlp, AMBUSH, "kind places killed wounded", PUBLISHED) == [
        ("Attack", {"Kaga Bandoro", "Ouham"}, 1, 3)]
    # off, the teller's province parts the toll's clauses and the ambush into three events
    with R.disabled({"event.teller-no-clause-place"}):
        assert event_fields(nlp, AMBUSH, "kind places killed wounded", PUBLISHED) == [
            ("Attack", {"Ouham"}, 1, None), ("Attack", {"Ouham"}, None, 3), ("Attack", {"Kaga Bandoro"}, None, None)]


def test_two_clauses_with_their_own_places_stay_two(nlp):
    text = ("Gunmen killed five farmers in Bambari, and a bomb exploded at a market in Bria on Sunday, the UN "
            "mission in the Central African Republic said.")
    assert event_fields(nlp, text, "kind places killed", PUBLISHED) == [
        ("Attack", {"Bambari", "Central African Republic"}, 5), ("Attack", {"Bria"}, None)]
