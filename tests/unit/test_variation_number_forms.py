"""Every toll construction crossed with every way a figure is written.

The constructions once spelled their own alternation of number words, so one toll was read in
one wording and missed in another ("a dozen" counted one, "twenty-one" read as one, "1,200"
split at its comma). They now match quantities.FIGURE. The table crosses each construction
with the forms "twenty-one", "twenty one", "21", "1,200", "a dozen", "two dozen" (exact
figures) and "dozens", "scores" (no figure, eval/GUIDE.md), and asserts the exact toll; a few
near-miss rows (a year, a speaker after a list, a clause after a vague count) must not change.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.numbers import find_casualties
from sitgraph.loaders.extract.quantities import figures_in, parse_number
from sitgraph.loaders.extract.roles import separate

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed, tolls  # noqa: E402

# (written form, its figure, the form before a noun): a vague count takes "of" before a noun.
FORMS = [
    ("twenty-one", 21, "twenty-one"),
    ("twenty one", 21, "twenty one"),
    ("21", 21, "21"),
    ("1,200", 1200, "1,200"),
    ("a dozen", 12, "a dozen"),
    ("two dozen", 24, "two dozen"),
    ("dozens", None, "dozens of"),
    ("scores", None, "scores of"),
]


def _plus(base: int | None, extra: int | None) -> int | None:
    """The toll when `extra` comes on top of `base`; a vague `extra` leaves `base`."""
    return base if extra is None else (base or 0) + extra


# One row per construction: (template, expected toll from the form's figure). The templates
# range over wars and outlets; {n} is the form before a noun.
SENTENCE_ROWS = [
    # a list of people one by one, the object of an active verb (toll_person_lists)
    ("Gunmen shot dead the district governor, his driver and {n} bodyguards in Ghazni on Tuesday.",
     lambda v: None if v is None else v + 2),
    # a list of people one by one, the subject of a passive verb (toll_person_lists)
    ("The village chief, his wife and {n} other villagers were killed when fighters raided Ngouboua.",
     lambda v: None if v is None else v + 2),
    # the attackers dying with their victims (toll_selves)
    ("Two suicide bombers struck a checkpoint near Maiduguri, killing themselves and {n} soldiers.",
     lambda v: None if v is None else v + 2),
    # the attackers told apart from the toll (toll_idioms)
    ("Gunmen stormed a hotel in Mogadishu, and the death toll rose to 27, not including {n} attackers.",
     lambda v: _plus(27, v)),
    # the attackers counted beside their victims (toll_counted)
    ("Militants stormed a school in Peshawar, killing 30 pupils and the {n} gunmen.",
     lambda v: _plus(30, v)),
]


@pytest.mark.parametrize("template, toll", SENTENCE_ROWS)
@pytest.mark.parametrize("form, value, noun_form", FORMS)
def test_sentence_toll_reads_every_form(template, toll, form, value, noun_form) -> None:
    assert find_casualties(template.format(n=noun_form)).killed == toll(value)


@pytest.mark.parametrize("form, value, noun_form", FORMS)
def test_another_count_is_no_other_incident(form, value, noun_form) -> None:
    """"Another N were wounded" adds to the toll told before (roles.NUM_WORD): a figure or a
    vague count alike."""
    assert separate(f"Another {form} people were wounded in the blast, the health ministry said.") is False


@pytest.mark.parametrize("sentence, apart", [
    ("Another attack hit a market in Kunduz on Friday.", True),
    ("Another explosion struck a bus station in Quetta an hour later.", True),
    ("Another 40 were wounded, medics in Gaza said.", False),
])
def test_another_act_is_another_incident(sentence, apart) -> None:
    assert separate(sentence) is apart


@pytest.mark.parametrize("form, value, noun_form", FORMS)
def test_respectively_pairs_every_form(nlp, form, value, noun_form) -> None:
    """'killing N and three people respectively': a breakdown by place (toll_respectively)."""
    got = tolls(nlp, f"Russian shelling hit Kherson and Nikopol on Sunday, killing {form} and three people "
                     "respectively.")
    assert got == ([(value, None), (3, None)] if value is not None else [(None, None)])


@pytest.mark.parametrize("form, value, noun_form", [f for f in FORMS if f[1] is not None])
def test_respectively_middle_figure(nlp, form, value, noun_form) -> None:
    got = tolls(nlp, f"Drone strikes on Kharkiv, Sumy and Poltava on Tuesday wounded four, {form} and two people, "
                     "respectively, regional officials said.")
    assert got == [(None, 4), (None, value), (None, 2)]


_ARTICLE = "The 2011 Kano police attack was an assault on a police station in Kano, Nigeria, on 20 January 2011. "


@pytest.mark.parametrize("form, value, noun_form", FORMS)
def test_more_died_adds_every_form(nlp, form, value, noun_form) -> None:
    """'N more died in hospital' after an article's toll (toll_additions)."""
    opening = form[0].upper() + form[1:]
    got = tolls(nlp, _ARTICLE + f"Gunmen killed nine officers. {opening} more died in hospital over the following "
                                "days.")
    assert got == [(_plus(9, value), None)]


@pytest.mark.parametrize("form, value, noun_form", FORMS)
def test_breakdown_by_place_every_form(nlp, form, value, noun_form) -> None:
    """'killed N people in X and nine in Y': the parts by place (breakdowns)."""
    got = tolls(nlp, f"Airstrikes on Idlib province killed {noun_form} people in Ariha and nine in Saraqib on Monday, "
                     "rescuers said.")
    assert got == ([(value, None), (9, None)] if value is not None else [(None, None)])


# Near misses: what the union of the forms must leave as it was.
@pytest.mark.parametrize("sentence, killed", [
    # a year before the attackers is no count of them
    ("In 2015 two women blew themselves up at a market in Maiduguri, killing themselves and five traders.", 7),
    # a vague count opening a clause of its own: no list, no vague toll
    ("Gunmen shot dead the headmaster and his deputy, and several pupils fled the school in Borno.", 2),
    still_missed("Gunmen shot dead the headmaster and several pupils fled the school in Borno.", 1,
                 "the object read on into the vague subject of the next clause, one vague phrase"),
    still_missed("Gunmen shot dead the headmaster, his deputy and several others fled the school in Borno.", 2,
                 "two people listed without 'and' before a clause of a vague count: no list is read"),
    # a vague count closing the list: no figure
    ("A drone killed the commander, his deputy and many more near Kidal, the army said.", None),
    # the speaker after a list is no victim
    ("Gunmen shot dead the cleric, his driver and two guards, a relative said.", 4),
    # a father of five: his children, not victims
    ("Gunmen shot dead a father of five near Ghazni on Tuesday.", 1),
    still_missed("Gunmen shot dead the imam, his son and a 12-year-old boy at a mosque near Kaduna.", 3,
                 "an item told with an article and an age ends the list reader's walk"),
])
def test_near_misses(sentence, killed) -> None:
    assert find_casualties(sentence).killed == killed


@pytest.mark.parametrize("text, values", [
    ("nine, six and twenty-one", [9, 6, 21]),
    ("1,200 and 300", [1200, 300]),
    ("two hundred and fifty and 3", [250, 3]),
    ("twenty one, a dozen and half a dozen", [21, 12, 6]),
    ("dozens and three", [3]),
    ("scores, tens and 4", [4]),
])
def test_figures_of_a_list(text, values) -> None:
    assert figures_in(text) == values


@pytest.mark.parametrize("text, value", [
    ("twenty-one", 21), ("Twenty one", 21), ("1,200", 1200), ("a dozen", 12), ("two dozen", 24),
    ("half a dozen", 6), ("dozens", None), ("scores", None), ("hundreds", None),
])
def test_parse_number_of_every_form(text, value) -> None:
    assert parse_number(text) == value
