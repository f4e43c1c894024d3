"""A one-word name spaCy tags a person while it stands as a modifier of a common noun ("Tuareg
rebel groups", "Azerbaijani forces", "a local Yazidi armed group", "a Nigerien army position")
is a people's, a faith's or a nation's word, not a person.

Class of case: demonyms and names of peoples and faiths that the actor dictionary does not list
as a state's (Tuareg, Yazidi, Nigerien beside Nigerian, Azerbaijani in some parses): spaCy's
small model tags such a word PERSON about as often as NORP, and every such tag became a person
actor the referee counts as false.

What stays a person: a name that acts or speaks ("Pascual said", "Katz ordered": the next word is a
verb), that owns ("Guterres's spokesman": a possessive), that is apposed or listed (a comma
follows), a name before an act it suffered ("the Rushdie attack"), every name of two words or more
("Ali Mohamed"), and a word the report also writes standing alone ("the Kalbo attack" beside "around
Kalbo": a place's name); only a single capitalised word parsed, wherever the report writes it, as a
modifier (amod, compound, nmod) of a lower-case noun after it is dropped.

Cost: one pass over the report's tokens per one-word person span.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sitgraph.loaders.extract.rules import actors
from sitgraph.loaders.extract.rules import rule as named_rule

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# An act named by whom it struck ("the Rushdie attack", "the Bhutto assassination"): the name is
# the victim's, a person.
_ACT_NOUNS = frozenset({"attack", "attacks", "assassination", "killing", "murder", "shooting", "stabbing",
                        "kidnapping", "abduction", "bombing", "ambush", "massacre", "trial", "case", "funeral"})


@named_rule("person.modifier-word", "a one-word spaCy PERSON that modifies a lower-case noun after it ('Tuareg "
            "rebel groups', 'Azerbaijani forces') is a people's or a nation's word, no person",
            pos=[("An alliance of mainly Tuareg rebel groups seized the town of Anefis on Sunday.",
                  ("Tuareg rebel groups",))],
            neg=[("Gunmen shot dead a farmer in Tanout on Sunday, Issoufou said.",
                  ("Issoufou", "civilians", "unknown gunmen"))],
            probe=actors, off=lambda ent: False)
def modifier_word(ent: Any) -> bool:
    """Is spaCy span `ent` one capitalised word parsed as a modifier of a lower-case common noun
    that follows it?"""
    if len(ent) != 1:
        return False
    # Every use of the word in the report modifies a noun: a name that also stands alone ("the
    # Kalbo attack" beside "around Kalbo") is a name, which other readers place.
    return all(_modifies(t) for t in ent.doc if t.text == ent[0].text)


def _modifies(tok: Any) -> bool:
    """Is token `tok` a modifier of a lower-case common noun that follows it, right after it?"""
    if tok.i + 1 >= len(tok.doc):
        return False
    head = tok.head
    return (tok.dep_ in _MODIFIER_DEPS and head.i > tok.i and head.pos_ == "NOUN" and head.text[:1].islower()
            and head.text not in _ACT_NOUNS and tok.nbor(1).text[:1].islower())


def person_org_spans(ents: Iterable[Any]) -> list[Any]:
    """The spaCy PERSON and ORG spans of `ents`, less the one-word PERSON spans that are a
    people's word modifying a noun (`modifier_word`). Cost: one pass over the spans."""
    return [e for e in ents if e.label_ == "ORG" or (e.label_ == "PERSON" and not modifier_word(e))]
