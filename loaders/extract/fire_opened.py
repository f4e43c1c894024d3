""""Gunmen opened fire on diners at a restaurant", "troops opened fire at the crowd": the
commonest way English reporting in any war says that someone was shot at. The verb ("open")
names no violence and its object ("fire") is no noun of an attack of its own, so the phrase
is read as one: an attack, when the fire is aimed at someone or somewhere (never "into the
air", a warning).

Cost: a look at a verb's children.
"""

from __future__ import annotations

from typing import Any

# Where warning shots go: no one is aimed at.
_NO_AIM = frozenset({"air", "sky", "skies"})


def _aim(verb: Any) -> bool:
    """A preposition under `verb` (or under its "fire") aiming it: on, at, upon, into, towards
    someone or something other than the air."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "fire")]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "upon", "into",
                                                                                         "towards", "toward")]
    # "on 13 August", "on Friday": when, not at whom
    return any(g.dep_ == "pobj" and g.lemma_.lower() not in _NO_AIM and g.ent_type_ not in ("DATE", "TIME")
               for p in preps for g in p.children)


def opens_fire(tok: Any, lemma: str) -> bool:
    """Is verb `tok` (its lemma `lemma`) "open fire" aimed at someone or somewhere?"""
    return lemma == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in tok.children) and _aim(tok)
