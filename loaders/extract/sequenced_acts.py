"""An incident placed in time against another act: "The attack followed two days of clashes
between X and Y", "The bombing came amid fighting between X and Y", "Clashes between X and Y
preceded the strike". Wire copy, broadcasters and local dailies of every war set an incident
told before against the fighting around it this way; the sides of that other act are not the
incident's attackers, even when the sentence is read as more of the incident ("the attack").

:func:`other_act_sides` gives the actors named in the other act's phrase, which the sentence's
frame referring back to the incident does not take as its own (sentence_frames.read_sentence).
Cost: a look at the children of the sentence's verbs.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors
from sitgraph.loaders.extract.rules import rule as named_rule

# Verbs that place one act against another in time.
SEQUENCE_VERBS = frozenset({"follow", "precede", "come", "coincide"})
# Determiners of the incident told before ("the attack", "this bombing").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Prepositions of "came after / amid / during" and "coincided with"; not "came from" (a source).
TIME_PREPS = frozenset({"after", "amid", "amidst", "during", "with", "before", "following"})
# Who is a party on the incident's side of the verb: its subject or object.
INCIDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})

_LEAD = "Drones hit a police station in Tibu, Colombia, on Wednesday, wounding four officers. Police blamed the ELN. "


def _incident(tok: Any) -> bool:
    """Is `tok` a definite noun for the incident told before ("the attack", "this bombing")?"""
    return tok.pos_ == "NOUN" and tok.dep_ in INCIDENT_DEPS and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _other_phrases(verb: Any, incident: Any) -> list[Any]:
    """The phrases of `verb` that name the other act: its subject or object that is not the
    incident, and the objects of its time prepositions ("amid fighting", "after clashes")."""
    out = [c for c in verb.children if c.dep_ in INCIDENT_DEPS and c.i != incident.i and c.pos_ in ("NOUN", "PROPN")]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in TIME_PREPS):
        out.extend(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
    return out


@named_rule("actor.sequenced-act-sides", "'The attack followed two days of clashes between X and Y': the sides of "
            "the act the incident is placed against in time are not its attackers",
            # "followed two days of clashes" makes the clashes an incident of their own
            # (followed_fights.py); "came amid" and "coincided with" stay this rule's
            pos=[(_LEAD + "The attack came amid fighting between the ELN and FARC dissidents in El Tarra.",
                  (("National Liberation Army",),)),
                 (_LEAD + "Clashes between the ELN and FARC dissidents preceded the attack.",
                  (("National Liberation Army",),))],
            neg=[(_LEAD + "The attack followed weeks of threats against police in the town.",
                  (("National Liberation Army",),))],
            probe=event_actors, off=lambda sent: frozenset())
def other_act_sides(sent: Any) -> frozenset[int]:
    """Positions of the tokens of `sent` naming the parties of another act the incident told
    before is placed against ("followed clashes between X and Y")."""
    out: set[int] = set()
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in SEQUENCE_VERBS:
            continue
        incident = next((c for c in verb.children if _incident(c)), None)
        if incident is None:
            continue
        for phrase in _other_phrases(verb, incident):
            # only the parties of a fight ("clashes between X and Y"): "came two weeks after the
            # killing of nine farmers by X" may be read as that earlier act itself, X its author
            out.update(t.i for b in phrase.subtree if b.dep_ == "prep" and b.lower_ == "between" for t in b.subtree)
    return frozenset(out)
