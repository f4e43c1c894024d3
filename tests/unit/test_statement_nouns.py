"""A side's claim told through the statement, video or message it was made in
(loaders/extract/statement_nouns.py, read by own_claims.py): the side is the act's doer; a
side speaking of its own losses, a denial, a condemnation, a speaker that only treats or
counts, a bystander's video and an act told as history tie no one to the incident. Sentences
are written for these tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

TUESDAY = "2024-03-12"
BOMBING = "A car bomb exploded at an army checkpoint near Beledweyne on Sunday, killing six soldiers. "


def tied(nlp, text):
    """(event type, actors, {(actor, how)}) of each event of `text`."""
    x = extracted(nlp, text, TUESDAY)
    names = {e.id: e.name for e in x.entities}
    return [(v.type, frozenset(names[a] for a in v.actors), frozenset((names[a.actor], a.how) for a in v.attribution))
            for v in x.events]


@pytest.mark.parametrize("later, side", [
    ("Al-Shabaab said in a video posted overnight that its fighters had stormed the checkpoint and killed the "
     "soldiers.", "al-Shabaab"),
    ("The Free Hills Brigade said in a message to its supporters that two of its fighters had stormed the "
     "checkpoint.", "Free Hills Brigade"),
    ("Al-Shabaab, which has fought the government since 2006, said in a message to its supporters that two of its "
     "fighters had stormed the checkpoint.", "al-Shabaab"),
])
def test_a_side_s_statement_of_its_own_act_claims_it(nlp, later, side):
    assert tied(nlp, BOMBING + later) == [("bombing", frozenset({side}), frozenset({(side, "claimed")}))]


@pytest.mark.parametrize("later", [
    "Al-Shabaab said in a statement that six of its fighters had been killed near the checkpoint.",
    "Al-Shabaab said in a video posted overnight that its fighters had not attacked the checkpoint.",
    "The government said in a statement that it condemned the attack on its soldiers.",
    "The Somali Red Crescent said in a statement that its teams had treated the wounded.",
    "Villagers said in a video posted online that their homes had been shelled.",
    "Al-Shabaab said in a statement that was read on its radio that the town would fall.",
])
def test_no_own_act_in_the_statement_ties_no_one(nlp, later):
    assert tied(nlp, BOMBING + later) == [("bombing", frozenset(), frozenset())]


def test_an_act_told_as_history_is_no_claim_of_the_incident(nlp):
    later = ("Al-Shabaab said in a statement in 2019 that its fighters had stormed a base in Lamu, Kenya, killing 20 "
             "soldiers.")
    assert tied(nlp, BOMBING + later) == [
        ("bombing", frozenset(), frozenset()),
        ("raid", frozenset({"al-Shabaab"}), frozenset({("al-Shabaab", "claimed")}))]
