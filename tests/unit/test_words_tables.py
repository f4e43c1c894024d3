"""Word tables shared by several rules are read from loaders/data/words.yaml by every rule
that uses them, and spelled out nowhere else."""

from __future__ import annotations

import ast
import importlib
import inspect
import re

import pytest

from sitgraph.loaders.extract.wordlists import (
    DOER_NOUNS,
    noun_alternation,
    nouns_alternation,
    parse_words,
    plural,
    words,
)

# The regexes built from both lists of doers (wordlists.DOER_NOUNS), all in the plural.
DOER_USERS = [("retellings", name, "plural") for name in ("DEFENDED", "KILLED_ATTACKERS", "THE_ATTACKERS", "ENGAGED")]
DOER_USERS += [
    ("fight_followed", "FOES_KILLED", "plural"), ("box_series", "ATTACKERS_DEAD", "plural"),
    ("escape_places", "ESCAPE_BEFORE", "plural"), ("side_followups", "OPENING_SIDE", "plural")]
# Table -> the (module, name) of every regex built from it, with the grammatical number it takes.
USERS = {
    "munition_nouns": [("incident_parts", "SALVO_PART", "either"), ("toll_parts", "_FIRST_ROUND", "singular")],
    "attack_nouns": [("restatements", "RESTATED", "singular"), ("mentioned_acts", "SAME_SCENE_ACT", "either"),
                     ("mentioned_acts", "BACK_REF", "either"), ("mentioned_acts", "ANSWERED_ACT", "either"),
                     ("series", "SERIES", "plural"), ("series", "PICKED", "plural")],
    "attacker_nouns": [("toll_idioms", "_EXCLUDED_ATTACKERS", "plural"), ("toll_idioms", "_AND_ATTACKER", "singular"),
                       ("toll_figures", "_ATTACKER_NP", "either"), ("toll_figures", "_ATTACKERS_BEFORE", "plural"),
                       *DOER_USERS],
    "fighter_nouns": [("fighters_dead", "_FIGHTERS", "either"), *DOER_USERS],
}


def _module(name: str):
    return importlib.import_module(f"sitgraph.loaders.extract.{name}")


@pytest.mark.parametrize("table", sorted(USERS))
def test_each_table_is_a_list_of_distinct_singular_nouns(table) -> None:
    nouns = words(table)
    assert len(nouns) == len(set(nouns)) > 3
    assert all(n == n.lower() and not n.endswith("s") for n in nouns), nouns
    assert all(plural(n) != n for n in nouns)


@pytest.mark.parametrize(("table", "module", "name", "number"),
                         [(t, m, n, num) for t, users in USERS.items() for m, n, num in users])
def test_every_user_compiles_the_table(table, module, name, number) -> None:
    pattern = getattr(_module(module), name)
    assert noun_alternation(table, number) in pattern.pattern


@pytest.mark.parametrize(("table", "module"), sorted({(t, m) for t, users in USERS.items() for m, _, _ in users}))
def test_no_user_spells_the_table_out_again(table, module) -> None:
    """No string in a user's source names three or more of the table's nouns as
    alternatives ("rockets?|shells?|missiles?")."""
    forms = {n for n in words(table) for n in (n, plural(n))}
    source = inspect.getsource(_module(module))
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            pieces = {re.sub(r"\\s[+?]?", " ", p).rstrip("?").rstrip("s").strip()
                      for p in re.split(r"[|()]|\?:", node.value)}
            named = {p for p in pieces if p in forms or p + "s" in forms}
            assert len(named) < 3, (module, node.value)


def test_noun_alternation_takes_number_and_regular_plurals() -> None:
    text = "x: [raid, ambush, air strike]\n"
    assert parse_words(text)["x"] == ("raid", "ambush", "air strike")
    assert plural("ambush") == "ambushes" and plural("raid") == "raids" and plural("blast") == "blasts"
    assert plural("gunman") == "gunmen"
    assert re.fullmatch(f"(?:{noun_alternation('attacker_nouns')})", "gunmen")
    assert re.fullmatch(f"(?:{noun_alternation('attacker_nouns', 'plural')})", "gunman") is None
    with pytest.raises(ValueError):
        noun_alternation("attack_nouns", "dual")


@pytest.mark.parametrize("noun", words("attack_nouns"))
def test_attack_nouns_reach_every_rule(noun) -> None:
    series, restatements, acts = _module("series"), _module("restatements"), _module("mentioned_acts")
    assert series.SERIES.search(f"Dozens of {plural(noun)} hit the province this year.")
    assert restatements.RESTATED.match(f"The {noun} destroyed two houses.")
    assert acts.SAME_SCENE_ACT.search(f"There was an {noun} on the same market on Friday.")
    assert acts.ANSWERED_ACT.search(f"It came after a {noun} in the north.")


@pytest.mark.parametrize("noun", ["protest", "meeting", "election", "storm"])
def test_other_nouns_reach_none(noun) -> None:
    series, restatements, acts = _module("series"), _module("restatements"), _module("mentioned_acts")
    assert series.SERIES.search(f"Dozens of {plural(noun)} took place in the province this year.") is None
    assert restatements.RESTATED.match(f"The {noun} ended two hours later.") is None
    assert acts.SAME_SCENE_ACT.search(f"There was a {noun} on the same market on Friday.") is None


@pytest.mark.parametrize("noun", words("munition_nouns"))
def test_munition_nouns_reach_both_rules(noun) -> None:
    parts, tolls = _module("incident_parts"), _module("toll_parts")
    assert parts.SALVO_PART.match(f"One {noun} struck the courtyard of a school.")
    assert parts.SALVO_PART.match(f"{plural(noun).capitalize()} landed on a market.")
    assert tolls._FIRST_ROUND.search(f"One {noun} struck a kindergarten, wounding a guard")


@pytest.mark.parametrize("noun", ["man", "car", "letter"])
def test_other_nouns_are_no_rounds(noun) -> None:
    parts, tolls = _module("incident_parts"), _module("toll_parts")
    assert parts.SALVO_PART.match(f"{plural(noun).capitalize()} landed on a market.") is None
    assert tolls._FIRST_ROUND.search(f"One {noun} struck a kindergarten, wounding a guard") is None


@pytest.mark.parametrize("noun", words("attacker_nouns"))
def test_attacker_nouns_reach_every_rule(noun) -> None:
    idioms, figures = _module("toll_idioms"), _module("toll_figures")
    assert idioms._EXCLUDED_ATTACKERS.search(f"The toll rose to 27, not including the four {plural(noun)}.")
    assert idioms._AND_ATTACKER.search(f"Four civilians and the {noun} were killed.")
    assert figures._ATTACKER_NP.match(f" of the {plural(noun)}")
    assert figures._ATTACKERS_BEFORE.search(f"Soldiers repelled the {plural(noun)}, ")


@pytest.mark.parametrize("noun", ["soldier", "policeman", "worshipper"])
def test_victims_are_no_attackers(noun) -> None:
    idioms, figures = _module("toll_idioms"), _module("toll_figures")
    assert idioms._EXCLUDED_ATTACKERS.search(f"The toll rose to 27, not including the four {plural(noun)}.") is None
    assert idioms._AND_ATTACKER.search(f"Four civilians and the {noun} were killed.") is None
    assert figures._ATTACKER_NP.match(f" of the {plural(noun)}") is None


@pytest.mark.parametrize("noun", [*words("attacker_nouns"), *words("fighter_nouns")])
def test_doer_nouns_reach_the_readers_of_the_attackers(noun) -> None:
    tell, fight, box = _module("retellings"), _module("fight_followed"), _module("box_series")
    many = plural(noun)
    assert tell.ENGAGED.search(f"Police exchanged fire with the {many} near the bridge.")
    assert tell.THE_ATTACKERS.search(f"Troops killed three of the {many}, the army said.")
    assert tell.DEFENDED.search(f"The army said it killed 12 {many}.")
    assert fight.FOES_KILLED.search(f"Soldiers shot dead nine {many} in the gunbattle that followed.")
    assert box.ATTACKERS_DEAD.search(f"Eight {many} were killed.")
    assert _module("side_followups").OPENING_SIDE.match(f"Then the {many} set the market on fire.")


@pytest.mark.parametrize("noun", ["protester", "villager", "soldier", "journalist"])
def test_others_are_no_doers(noun) -> None:
    tell, fight = _module("retellings"), _module("fight_followed")
    many = plural(noun)
    assert tell.ENGAGED.search(f"Police exchanged fire with the {many} near the bridge.") is None
    assert tell.THE_ATTACKERS.search(f"Troops killed three of the {many}, the army said.") is None
    assert fight.FOES_KILLED.search(f"Soldiers shot dead nine {many} in the gunbattle that followed.") is None
    assert _module("side_followups").OPENING_SIDE.match(f"Then the {many} set the market on fire.") is None


def test_nouns_alternation_joins_lists_in_order() -> None:
    both = nouns_alternation(DOER_NOUNS, "plural")
    assert both == f"{noun_alternation('attacker_nouns', 'plural')}|{noun_alternation('fighter_nouns', 'plural')}"
    assert re.fullmatch(f"(?:{both})", "militiamen") and re.fullmatch(f"(?:{both})", "gunman") is None
