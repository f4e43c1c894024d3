"""One place, one entity: a country's compass region written as the possessive qualifier of
the province or town after it ("northern Mozambique's Cabo Delgado province") is one more form
of the country, as the annotation lists it ("Names list the forms used, with and without
qualifiers"), not a place of its own.

Sentences written for this file the ways wire agencies, broadcasters and monitors set a
story in a part of a country (Mozambique, Nigeria, DR Congo, Russia, Syria, Pakistan,
Thailand, Ukraine, Somalia, Mali, Chad, Sudan, South Sudan, the West Bank, Burkina Faso).
Each row is one tiny report and the exact set of its places, as (name, sorted distinct
forms). Negative rows: a region an incident is placed in ("a base in northern Mali"), a
region also named on its own in a later sentence, names that open with a compass word
("South Sudan", "North Darfur", "West Bank"), a country named only as a speaker.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def places(nlp, text: str) -> set[tuple[str, tuple[str, ...]]]:
    """(name, sorted distinct mention forms) of each place of `text` read as one report."""
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    return {(e.name, tuple(sorted({m.text for m in e.mentions}))) for e in x.entities if e.kind == "Place"}


FOLDED = [
    ("Gunmen killed five villagers in northern Mozambique's Cabo Delgado province on Monday. Mozambique "
     "has battled insurgents since 2017.",
     {('Cabo Delgado', ('Cabo Delgado province',)), ('Mozambique', ('Mozambique', 'northern Mozambique'))}),
    ("Islamist fighters stormed an army base in northeast Nigeria's Borno state on Friday, killing 12 "
     "soldiers, the army said. Nigeria's military has fought the group for years.",
     {('Borno', ('Borno state',)), ('Nigeria', ('Nigeria', 'northeast Nigeria'))}),
    ("Rebels attacked the village of Mabalako in eastern Congo's North Kivu province overnight, killing 9 "
     "civilians, local officials in Congo said.",
     {('North Kivu', ('North Kivu province',)), ('Mabalako', ('Mabalako',)), ('Congo', ('Congo', 'eastern Congo'))}),
    ("A drone struck a fuel depot in southern Russia's Rostov region on Tuesday, officials said. Air "
     "defences over Russia downed 20 more drones.",
     {('Rostov', ('Rostov region',)), ('Russia', ('Russia', 'southern Russia'))}),
    ("An airstrike hit a market in northwestern Syria's Idlib province on Sunday, killing 7 people. The "
     "war in Syria began in 2011.",
     {('Syria', ('Syria', 'northwestern Syria')), ('Idlib', ('Idlib province',))}),
    ("Police said a bomb wounded four people in southwestern Pakistan's Balochistan province. Separatists "
     "in Pakistan often target officers.",
     {('Balochistan', ('Balochistan province',)), ('Pakistan', ('Pakistan', 'southwestern Pakistan'))}),
    ("A bomb exploded in southern Thailand's Narathiwat province on Monday, killing 3 rangers.",
     {('Thailand', ('Thailand', 'southern Thailand')), ('Narathiwat', ('Narathiwat province',))}),
    ("Rebels shelled a town in eastern Ukraine's Donetsk region on Thursday, killing two people. Ukraine "
     "said it returned fire.",
     {('Ukraine', ('Ukraine', 'eastern Ukraine')), ('Donetsk', ('Donetsk region',))}),
    ("Russian forces shelled a village in eastern Ukraine's Kharkiv region on Monday, Ukraine said.",
     {('Kharkiv', ('Kharkiv region',)), ('Ukraine', ('Ukraine', 'eastern Ukraine'))}),
    ("Troops clashed with rebels in central Somalia's Hiran region on Wednesday. Somalia's government "
     "said 20 fighters died.",
     {('Hiran', ('Hiran region',)), ('Somalia', ('Somalia', 'central Somalia'))}),
]

# The region stays a place of its own: it locates an incident, it is named again on its own
# (annotators differ there: a background mention is kept apart, as most gold keeps it), or the
# compass word is part of a name.
KEPT_APART = [
    ('Jihadists attacked a military base in northern Mali on Tuesday, killing 10 soldiers. Mali has '
     'fought insurgents since 2012.',
     {('Mali', ('Mali',)), ('northern Mali', ('northern Mali',))}),
    ('Soldiers repelled an attack in eastern Chad on Sunday, killing 6 attackers. The army said troops in '
     'Chad were on alert.',
     {('eastern Chad', ('eastern Chad',)), ('Chad', ('Chad',))}),
    ("Gunmen killed 8 people in South Sudan's Jonglei state on Monday. South Sudan has seen clashes for months.",
     {('South Sudan', ("South Sudan's",)), ('Jonglei', ('Jonglei state',))}),
    ('Militia fighters killed 11 people in North Darfur on Monday. Darfur has been torn by war since 2003.',
     {('North Darfur', ('North Darfur',)), ('Darfur', ('Darfur',))}),
    ('Settlers attacked a village in the West Bank on Friday, the Palestinian health ministry said. '
     'Israel said it was looking into the incident.',
     {('West Bank', ('West Bank',))}),
    ("Gunmen attacked a convoy in northern Burkina Faso's Soum province on Friday, killing 14 soldiers. "
     "In northern Burkina Faso, jihadists control large areas.",
     {('northern Burkina Faso', ('northern Burkina Faso',)), ('Burkina Faso', ('Burkina Faso',)),
      ('Soum', ('Soum province',))}),
    ("Fighters from the group killed 9 herders in central Nigeria's Plateau state on Sunday; violence in "
     "central Nigeria has killed hundreds this year.",
     {('Plateau', ('Plateau state',)), ('Nigeria', ('Nigeria',)), ('central Nigeria', ('central Nigeria',))}),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED)
def test_a_possessive_region_is_a_form_of_its_country(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT_APART)
def test_a_region_that_locates_or_is_a_name_stays_apart(nlp, text, expected):
    assert places(nlp, text) == expected
