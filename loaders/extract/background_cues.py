"""Cues that a statement concerns many incidents, not the one the report tells: a side
"blamed for a spate of drone attacks", "accused of a series of raids", "blamed for attacks on
power stations" is blamed for a pattern, and is no perpetrator of the strike told before
(:func:`many_acts`, :func:`blamed_for_many`).

A closed class of English nouns counting acts (spate, series, string, wave, ...) and the bare
plural of an attack noun (no article, possessive or number before it) hold for any outlet
and war. Cost: a walk of the noun's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, no, rule

SERIES_NOUNS = frozenset("""spate series string wave rash slew succession litany flurry number host campaign
cycle pattern catalogue catalog""".split())
ATTACK_PLURALS = frozenset("""attacks strikes airstrikes bombings raids assaults ambushes killings massacres
abductions kidnappings shellings bombardments""".split())
_SPECIFIERS = frozenset({"det", "poss", "nummod", "predet"})


@rule("claim.blamed-for-series", "'X has been blamed for a spate of drone attacks': a side blamed for many "
      "incidents is no perpetrator of the one told before",
      pos=[("A drone hit a market in Kosti on Monday, killing 14 people. The RSF has been blamed for a spate of "
            "drone attacks on power stations.", ((),)),
           ("A drone hit a market in Kosti on Monday, killing 14 people. The army accused the RSF of a series of "
            "attacks on power stations.", ((),)),
           ("A drone hit a market in Kosti on Monday, killing 14 people. The army blamed the RSF for attacks on power "
            "stations.", ((),))],
      neg=[("A drone hit a market in Kosti on Monday, killing 14 people. The army blamed the RSF for the attack.",
            (("Rapid Support Forces",),)),
           ("A drone hit a market in Kosti on Monday, killing 14 people. The RSF has been blamed for the drone "
            "attacks.", (("Rapid Support Forces",),))],
      probe=event_actors, off=no)
def many_acts(noun: Any) -> bool:
    """Does `noun` (the object of "blamed for", "accused of") name many acts: a series noun
    ("a spate of", "a wave of") or an attack noun in the bare plural ("drone attacks on ...")?"""
    lower = noun.lower_
    if lower in SERIES_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True
    return lower in ATTACK_PLURALS and not any(c.dep_ in _SPECIFIERS for c in noun.children)


def blamed_for_many(verb: Any) -> bool:
    """Is the act `verb` blames or accuses of ("blamed for", "accused X of": the phrase may hang
    from the verb or from its object) many acts (:func:`many_acts`)?"""
    heads = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    return any(many_acts(g) for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
               for g in c.children)
