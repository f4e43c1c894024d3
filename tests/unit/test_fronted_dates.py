"""A date fronted before a group's name is cut from the name (fronted_dates.py, group_names.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.fronted_dates import fronted_date_end
from sitgraph.loaders.extract.group_names import group_name_cands

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _names(text: str) -> set[str]:
    return {c.text for c in group_name_cands(text, load_actors(), [])}


def test_fronted_date_cut() -> None:
    assert fronted_date_end("On 3 May the Kavkaz Brigade") == len("On 3 May the ")
    assert fronted_date_end("In March 2004 the Kavkaz Brigade") == len("In March 2004 the ")
    assert fronted_date_end("On Friday the Kavkaz Brigade") == len("On Friday the ")
    assert fronted_date_end("On August 3, 2009, the Kavkaz Brigade") == len("On August 3, 2009, the ")


def test_day_of_the_name_stays() -> None:
    assert fronted_date_end("the 14 July Movement") == 0
    assert fronted_date_end("17 February Revolution Brigade") == 0
    assert fronted_date_end("Kavkaz Brigade") == 0


def test_claimant_after_date_is_named_alone() -> None:
    assert _names("On 3 May the Kavkaz Lions Brigade claimed the bombing of a bus.") == {"Kavkaz Lions Brigade"}


def test_condemnation_names_no_group() -> None:
    assert _names("On 3 May the Kavkaz Lions Brigade was condemned by the mayor over a bombing.") == set()


def test_past_perpetrator_after_date_is_named_alone() -> None:
    # A group recalled as the doer of an earlier attack is still named without the date.
    text = "The bombing recalled an attack in which, on 2 April, the Kavkaz Lions Brigade ambushed a patrol."
    assert _names(text) == {"Kavkaz Lions Brigade"}


def _doers(nlp, text: str) -> list[frozenset[str]]:
    """The perpetrators of each event of `text` but aggregates, by name."""
    x = extracted(nlp, text, "2011-05-10")
    names = {e.id: e.name for e in x.entities}
    return [frozenset(names[a] for a in v.actors) for v in x.events if v.role != "aggregate"]


def test_claimed_bombing_keeps_its_claimant(nlp) -> None:
    text = ("A suicide bomber killed three police officers at a checkpoint in Nazran on 2 May. "
            "On 4 May the Kavkaz Lions Brigade claimed the bombing in a statement on its website.")
    assert _doers(nlp, text) == [frozenset({"Kavkaz Lions Brigade"})]
