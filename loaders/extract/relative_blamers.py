"""A blame told in a relative clause on the one who blames: "..., killing nine people,
according to local officials, who blamed al-Shabaab", "according to the opposition's shadow
government, which accused the army". Wires and broadcasters close an incident sentence with
its source and hang the source's accusation on it. The blamer is the head the clause hangs
from, but the head's phrase holds the clause, so read whole it names the side blamed too, and
the side blamed was dropped as the blamer's own name. The blamer is its phrase without the
clause; for the same reason the source of "according to X, which blamed Y" is X alone, not Y.

Used by :func:`sitgraph.loaders.extract.attribution._accused` and
:func:`sitgraph.loaders.extract.claims._named_in`. Cost: a walk of the head's phrase for a
verb set in a relative clause.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.background_cues import blamed_for_many
from sitgraph.loaders.extract.blame_verbs import SIDE_OBJECT
from sitgraph.loaders.extract.rules import event_attributions, event_claimers, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

# Relative pronouns that make the head the subject of the clause's verb.
RELATIVES = frozenset("which who that".split())
# Verbs of a blame; words that make what is blamed earlier or many acts ("such attacks").
BLAME_LEMMAS = SIDE_OBJECT  # blame_verbs.py
HABITUAL = frozenset("such similar many previous past other earlier".split())


@named_rule("claim.relative-blamer", "'according to officials, who blamed X': the blamer is the clause's head "
            "without the clause, so X is accused by it, not taken for the blamer",
            pos=[("A bomb killed nine people at a market in Baidoa on Monday, according to local officials, who "
                  "blamed al-Shabaab.", ((("al-Shabaab", "accused"),),))],
            neg=[("A bomb killed nine people at a market in Baidoa on Monday, according to local officials, who "
                  "condemned al-Shabaab.", ((),))],
            probe=event_attributions, off=lambda verb, reader: None)
def relative_blamer(verb: Any, reader: Any) -> list[str] | None:
    """The actors named by the head of the relative clause `verb` heads, the clause left out
    ("local officials, who blamed X": the officials); None when `verb` is no relative clause
    whose subject is a relative pronoun."""
    if not _relative(verb):
        return None
    inside = {t.i for t in verb.subtree}
    return reader.ents_in([t for t in verb.head.subtree if t.i not in inside], ("Actor",))


def _relative(verb: Any) -> bool:
    """Is `verb` a relative clause whose subject is a relative pronoun ("who blamed X")?"""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.dep_ == "relcl" and bool(subj) and all(t.lower_ in RELATIVES for t in subj)


@named_rule("claim.source-clause", "'according to police, who blamed X': what the source's relative clause names "
            "is not the source",
            pos=[("A bomb killed nine people at a market in Baidoa on Monday, according to local police, who blamed "
                  "al-Shabaab.", (("local police",),))],
            neg=[("A bomb killed nine people at a market in Baidoa on Monday, according to the Somali police.",
                  (("Somalia",),))],
            probe=event_claimers, off=nothing)
def source_clause(tok: Any, inside: set[int]) -> None:
    """Add to `inside` the positions of the relative clauses in `tok`'s phrase that blame this
    attack on a side ("Baku, which blamed Armenian forces": the blamed are no source). Any
    other clause stays (a side condemned, or blamed for many attacks, is still kept out of the
    doers as part of the source's phrase)."""
    for t in tok.subtree:
        if _relative(t) and _blames_this(t) and t.i not in inside:
            inside.update(x.i for x in t.subtree)


def _blames_this(verb: Any) -> bool:
    """Is `verb` a blame of one act ("who blamed X"), not of many ("blamed X for such attacks")?"""
    if verb.lemma_.lower() not in BLAME_LEMMAS or blamed_for_many(verb):
        return False
    objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children]
    return not any(m.lower_ in HABITUAL for o in objs for m in o.subtree)
