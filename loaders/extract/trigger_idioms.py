"""Trigger constructions that change who is who in an incident: "X came under fire/attack"
(X is struck), "the patrol hit a landmine" (who hit a laid weapon is its victim, not its
author), and a side owning up to "the strike" ("X said it had carried out the strike"),
which speaks of the last incident told.

Predicates over a spaCy trigger token; each looks at the token's head, children and a few
ancestors.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.attack_forms import LAID_WEAPON, ran_over_weapon
from sitgraph.loaders.extract.rules import event_actors, event_kinds, event_targets, no, nothing, rule

OWNING_VERBS = frozenset({"carry", "conduct", "launch", "perform", "stage", "execute", "claim", "commit"})
OWNING_SPEECH = frozenset({"confirm", "admit", "acknowledge", "claim", "say", "announce", "state", "accept"})


@rule("event.owned-up-strike", "a side owning up to 'the strike' ('X said it had carried out the strike "
      "against Y') speaks of the last incident, and Y is its aim",
      pos=[("An airstrike hit a school in Depayin, Sagaing region, on Friday, killing 12 people. The junta said it "
            "had conducted the airstrike against fighters of the People's Defence Force.",
            (("People's Defence Force", "civilians", "school"),))],
      neg=[("An airstrike hit a school in Depayin, Sagaing region, on Friday, killing 12 people.",
            (("civilians", "school"),))],
      probe=event_targets, off=no)
def claims_back(tok: Any) -> bool:
    """"(X confirmed that) it had carried out the strike", "X claimed the attack": a speaker
    owning up to an incident named by a definite noun."""
    gov = tok.head
    if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in ("claim", "confirm", "admit", "acknowledge"):
        return True  # "X claimed the attack", "the junta confirmed the strike"
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in OWNING_VERBS:
        return False
    return any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in OWNING_SPEECH for a in list(gov.ancestors)[:3])


UNDER_NOUNS = frozenset("fire gunfire attack shelling shellfire bombardment assault attacks".split())
UNDER_VERBS = frozenset("come be remain fall".split())


@rule("event.came-under-fire", "'X came under fire/attack': an attack whose subject is struck",
      pos=[("A UN convoy came under fire near Gao.", ("Attack",))],
      neg=[("A UN convoy came under scrutiny near Gao.", ())],
      probe=event_kinds, off=nothing)
def under_fire(tok: Any) -> Any:
    """The verb of "X came under fire/attack" whose object noun is `tok`, else None."""
    if tok.lemma_.lower() not in UNDER_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return None
    verb = tok.head.head
    return verb if verb.lemma_.lower() in UNDER_VERBS else None


@rule("event.ran-into-mine", "'the patrol hit a landmine': who hit a laid weapon is its victim, not its author",
      pos=[("A Wagner Group patrol hit a landmine near Gao.", ((),))],
      neg=[("The Wagner Group hit the market in Gao with rockets.", (("Wagner Group",),))],
      probe=event_actors, off=no)
def ran_into_weapon(tok: Any) -> bool:
    """"The patrol hit a landmine", "a bus struck an explosive device": the subject ran
    into a laid weapon rather than attacking with it."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ("hit", "strike"):
        return tok.pos_ in ("VERB", "AUX") and ran_over_weapon(tok)  # "their car ran over a mine"
    return any(c.dep_ == "dobj" and LAID_WEAPON.search(" ".join(t.text for t in c.subtree)) for c in tok.children)
