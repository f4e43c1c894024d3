"""Armed groups named only by an acronym the dictionary lacks (acronym_groups.py): "UNITA
fighters", "fighters of the FLEC", "RENAMO ambushed"; states, bodies, missions, media, agencies,
a state's services, weapons and known acronyms give no new group."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.acronym_groups import acronym_group_cands
from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.mentions import headline_spans

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _groups(text: str) -> set[str]:
    return {c.name for c in acronym_group_cands(text, load_actors(), headline_spans(text))}


def _mentions(text: str) -> list[str]:
    return [c.text for c in acronym_group_cands(text, load_actors(), headline_spans(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Zanla fighters and ZRLF rebels attacked an outpost near Moreno on Sunday.", {"ZRLF"}),
    ("MPLX militiamen burned three villages west of Kolda last week.", {"MPLX"}),
    ("Some 40 PRDM-K gunmen stormed a police post in the hills.", {"PRDM-K"}),
    ("Dozens of combatants from the FLNR overran an army base at dawn.", {"FLNR"}),
    ("Fighters of the UFDK ambushed a supply convoy on the road to Kolda.", {"UFDK"}),
    ("The MPSK claimed the bombing of the bridge in a statement.", {"MPSK"}),
    ("TRF9 ambushed a police patrol on the coast road on Friday.", {"TRF9"}),
    ("The governor blamed the MDFK for the attack on the market.", {"MDFK"}),
    ("The raid on the depot was carried out by the ALNK, residents said.", {"ALNK"}),
])
def test_acronym_shown_as_group(text: str, expected: set[str]) -> None:
    assert _groups(text) == expected


@pytest.mark.parametrize("text", [
    "UN peacekeepers and US troops patrolled the town on Saturday.",
    "ICRC staff treated the wounded at the district hospital, AFP reported.",
    "KFOR troops and EU monitors reached the village after the attack.",
    "DRC soldiers and UAE advisers were seen near the airport.",
    "MONUSCO peacekeepers evacuated 40 civilians from the camp.",
    "FAA soldiers retook the town from the rebels on Monday.",
    "An IED killed two soldiers near the bridge; the RPG attack wounded three more.",
    "APC supporters and PDP members clashed in the city after the vote.",
    "FDLR fighters attacked the village, killing four civilians.",  # the dictionary's own entry
    "WFP convoys and MSF teams reached the camp on Tuesday.",
])
def test_no_new_group(text: str) -> None:
    assert _groups(text) == set()


def test_bracket_defined_acronym_is_left_to_its_name() -> None:
    text = "The Angolan Armed Forces (FAR) said FAR soldiers repelled the attack."
    assert _groups(text) == set()


def test_acronym_in_capitals_is_no_group() -> None:
    # A headline or a line in capitals names no group, whatever follows its acronym.
    assert _groups("BREAKING NEWS: ZRLF REBELS ATTACKED MORENO\nResidents fled the town.") == set()
    assert _groups("LURD REBELS SEIZE TOWN IN NORTH\nThe town fell on Friday.") == set()


def test_other_uses_are_the_same_group() -> None:
    text = ("ZRLF rebels attacked an outpost near Moreno on Sunday. A ZRLF spokesman said "
            "the group held the hill.")
    assert _mentions(text) == ["ZRLF rebels", "ZRLF"]


def test_a_statement_alone_names_no_group() -> None:
    # Speaking is no act of a side: an agency or a committee says things too.
    assert _groups("The NRCK said 300 families had fled the fighting.") == set()


def _doers(nlp, text: str) -> list[frozenset[str]]:
    x = extracted(nlp, text, "2011-05-10")
    names = {e.id: e.name for e in x.entities}
    return [frozenset(names[a] for a in v.actors) for v in x.events if v.role != "aggregate"]


def test_acronym_fighters_are_the_perpetrator(nlp) -> None:
    # an acronym no dictionary file holds (LURD, UNITA and the FLEC are entries of their own now)
    text = "KLPF fighters attacked the town of Gbarnga on Tuesday, killing five soldiers, a spokesman said."
    assert _doers(nlp, text) == [frozenset({"KLPF"})]


def test_peacekeepers_are_no_perpetrator_group(nlp) -> None:
    text = "UN peacekeepers patrolled the town of Gbarnga on Tuesday after gunmen killed five soldiers."
    x = extracted(nlp, text, "2011-05-10")
    assert {e.name for e in x.entities if e.kind == "Actor" and e.type == "armed_group"} <= {"unknown gunmen"}


def test_passive_agent_is_a_group() -> None:
    assert _groups("Nine oil workers were kidnapped by MPLX gunmen and two more were abducted by ZRLF.") \
        == {"MPLX", "ZRLF"}


def test_party_rally_and_state_services_give_no_group() -> None:
    text = ("A rally held by the PDPK drew thousands. TNI soldiers and OMON riot police guarded the road; "
            "a man was killed by UXO near the bridge.")
    assert _groups(text) == set()


def test_stressed_word_in_capitals_is_no_group() -> None:
    assert _groups("The base was shelled by DOZENS of rockets, the ministry said.") == set()


def test_backer_before_a_hyphen_is_no_group() -> None:
    # "X-backed militias": the militias are someone else's, and the backer is not shown fighting.
    assert _groups("ZRLF-backed militias attacked a camp near Kolda on Sunday.") == set()


def test_dictionary_knows_its_forms() -> None:
    actors = load_actors()
    assert actors.knows("FDLR") and actors.knows("ETA")  # an alias; a context alias
    assert not actors.knows("ZRLF")


def test_word_lists_hold_only_what_the_dictionary_lacks() -> None:
    """The lists of acronyms that are no group leave out those the dictionary holds: those
    resolve to their entry and are never read as a new group."""
    from sitgraph.loaders.extract.acronym_groups import NOT_GROUPS
    from sitgraph.loaders.extract.wordlists import word_set

    listed = NOT_GROUPS - word_set("english_acronyms")
    assert {a for a in listed if load_actors().knows(a)} == set()
