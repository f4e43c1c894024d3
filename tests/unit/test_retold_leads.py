"""National dailies tell one attack in the order the paper got it: the lead, the police
statement with its own toll, a lawmaker's "the attackers also shot at the vehicle" told on
a later day, the care of the wounded. Each later telling that adds no place, doer or day
of its own is the lead's incident (retold_leads.py). Beside them, rows that must stay
apart: a second attack in another village the same night, an earlier attack recalled with
its date, a reprisal by the other side the next day, an act marked "separately".

Sentences written for these tests; each row gives the exact events (kind, places).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday


def events(nlp, text):
    """(kind, places) of every event of `text` read as one report, in event order."""
    return event_fields(nlp, text, "kind places", PUBLISHED)


# Rows the rule alone decides: with it off, the telling stays an event of its own.
DECIDED = [
    # a lawmaker's account on a later day, after a commander's account naming the convoy's destination (an
    # event of its own, still left over): "the attackers also shot at the vehicle" is the lead's bombing
    ("Four police reservists were killed when their vehicle ran over a bomb in Lagdera Sub-county, Garissa County, "
     "on Sunday evening. The county police commander, Peter Mwangi, said the reservists were escorting a fuel "
     "tanker to Modogashe village when the explosive went off. The injured were airlifted to Garissa County "
     "Referral Hospital. Lagdera MP Hassan Abdi told reporters on Monday that the attackers also shot at the "
     "vehicle after the blast and that a fifth reservist died on the way to the hospital.",
     [("Attack", {"Lagdera", "Garissa"}),  # "X Sub-county" names the place X
      ("Attack", {"Modogashe"})]),
    # the commander's account of an ambush right after the lead: the rebels and their weapons told again, no
    # place of its own; merging.compatible finds no tie (no place, no target in common), so the lead it
    # retells is looked for among all earlier incidents, the last one included
    ("Two soldiers and a farmer were killed when New People's Army rebels ambushed a military truck in a village "
     "of Butuan City on Sunday morning, the Army said on Monday. Col. Ramon Dela Cruz, commander of the Army's "
     "4th Infantry Battalion, said the troops were on their way to deliver rice to residents of a remote village "
     "when the rebels detonated a landmine and opened fire.",
     [("Attack", {"Butuan City"})]),
]

RETOLD = DECIDED + [
    # a lawmaker's account on a later day: "the attackers also shot at the vehicle"
    ("Five police reservists were killed when their vehicle hit a roadside bomb in Mandera County on Sunday "
     "evening. The local MP told reporters on Monday that the attackers also shot at the vehicle after the "
     "blast and that a sixth reservist died on the way to hospital.",
     [("Attack", {"Mandera"})]),
    # the police statement: the attackers and their weapons told again, no place of its own
    ("Two soldiers were killed when rebels ambushed an army truck in Bukidnon province on Sunday morning. "
     "The battalion commander said the rebels detonated a landmine and opened fire as the truck slowed down.",
     [("Attack", {"Bukidnon"})]),
]

APART = [
    # a second attack in another village the same night
    ("Gunmen killed six villagers in Maru on Saturday night. Gunmen also killed four farmers in Gusau on "
     "Saturday night.",
     [("Attack", {"Maru"}), ("Attack", {"Gusau"})]),
    # an earlier attack recalled with its date
    ("Gunmen killed six villagers in Maru on Saturday night. On June 12, gunmen killed two traders on a road "
     "nearby.",
     [("Attack", {"Maru"}), ("Attack", set())]),
    # a reprisal by the other side the next day
    ("Militants attacked a police post in Maru on Saturday, killing four officers. Soldiers killed six "
     "militants in an air strike on Sunday.",
     [("Attack", {"Maru"}), ("Attack", set())]),
    # an act marked as another one
    ("Gunmen killed six villagers in Maru on Saturday night. Separately, gunmen shot at a bus, wounding two "
     "passengers.",
     [("Attack", {"Maru"}), ("Attack", set())]),
]


@pytest.mark.parametrize(("text", "expected"), RETOLD + APART)
def test_retold_lead_rows(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), DECIDED)
def test_rows_fall_apart_without_the_rule(nlp, text, expected):
    """The decided rows are the rule's doing: with it off, the telling is an event of its own."""
    with R.disabled({"assemble.retold-lead"}):
        assert len(events(nlp, text)) == len(expected) + 1


def test_own_means_are_attack_types():
    """Every means of its own is a type the attack-type table gives: a name no frame can
    carry would leave that means out of the rule unseen."""
    from sitgraph.loaders.extract.triggers import ATTACK_TYPES, OWN_MEANS

    assert OWN_MEANS <= {t for t, _ in ATTACK_TYPES}
    assert OWN_MEANS == {"drone_strike", "barrel_bomb", "shelling", "rocket_attack", "missile_strike", "arson",
                         "looting"}
