"""Narratives that tie an attack to a group and to its offshoot, wing or proxy (kin_sides.py):
officials blame the group and the offshoot claims the attack, or the claimer is called the
group's proxy. Both sides are the attack's perpetrators, and they are one family, not allies.

Rows that must stay one-sided: a rival of the blamed group claims it, a group named only in the
background, a condemning government, a side that denies the attack, and an offshoot blamed for
an earlier attack recalled apart. Sentences written for these tests; each row gives the exact
events (kind, actors, killed) and the report's ALLIED_WITH relations.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2019-03-02"
FIELDS = "kind actors killed"
LEAD = ("The 2016 Batman bus bombing was a car bomb attack on a bus carrying riot police in Batman, Turkey, on "
        "12 June 2016. Seven officers and a passer-by were killed. ")
PKK, TAK = "Kurdistan Workers' Party", "Kurdistan Freedom Hawks"


def rows(nlp, text):
    return event_fields(nlp, text, FIELDS, published=PUBLISHED)


def alliances(nlp, text):
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return {frozenset((names[r.source], names[r.target])) for r in x.relations if r.type == "ALLIED_WITH"}


def test_a_breakaway_group_claiming_what_officials_blamed_on_its_parent_names_both(nlp):
    text = LEAD + (f"Turkish officials blamed the {PKK}. Two days later the {TAK}, a militant group that had broken "
                   f"away from the {PKK}, claimed the bombing.")
    assert rows(nlp, text) == [("Attack", frozenset({PKK, TAK}), 8)]
    assert alliances(nlp, text) == set()


def test_a_proxy_claiming_the_attack_stands_beside_the_group_the_police_blame(nlp):
    text = LEAD + (f"The {TAK} claimed the bombing. Police blamed the {PKK} and described the {TAK} as its "
                   "proxy.")
    assert rows(nlp, text) == [("Attack", frozenset({PKK, TAK}), 8)]


def test_a_rival_of_the_blamed_group_claiming_it_stays_alone(nlp):
    text = LEAD + f"Turkish officials blamed the {PKK}. Two days later the {TAK}, a rival of the {PKK}, claimed the " \
                  "bombing."
    assert rows(nlp, text) == [("Attack", frozenset({TAK}), 8)]


def test_a_group_named_only_in_the_background_is_no_perpetrator(nlp):
    text = LEAD + f"The {TAK} claimed the bombing. The {TAK} had broken away from the {PKK} in 2004."
    assert rows(nlp, text) == [("Attack", frozenset({TAK}), 8)]


def test_a_condemning_government_and_a_denying_parent_are_no_perpetrators(nlp):
    text = LEAD + (f"The {TAK}, a splinter faction of the {PKK}, claimed the bombing. The {PKK} denied any "
                   "involvement, and the government of Germany condemned the attack.")
    assert rows(nlp, text) == [("Attack", frozenset({TAK}), 8)]
