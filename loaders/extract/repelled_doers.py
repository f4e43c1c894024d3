"""The day of an attack told of the people a trigger's verb acted on, or of its doers after
"by": "The army says its soldiers shot dead 14 jihadists who attacked a customs post on
Saturday", "Troops repelled gunmen who stormed a base near Mopti overnight, killing 12 of them",
"Twelve farmers were killed by gunmen who attacked the village on Friday".

A side's own account of an attack puts its day in a relative clause on the attackers it
killed or drove off: the verb of the main clause (the side's response, the killing of the
attackers) writes no day, and the attack the clause tells is the same incident. Read as a
clause about who the attackers were, its day was dropped and the incident took the day of a
later statement or the page's. The day is the incident's only when the clause is an attack
told of the relative pronoun, with no comma before it (a clause set off by a comma tells who
they are), not in a perfect ("who had attacked a village in March": an earlier act the killing
followed), and when the main clause gives no day of its own (date_choice.py sorts it after
the trigger's own days, as :func:`date_choice.doers_act` is for the subject's clause).

Pure functions over the parse; cost: a look at the clause's verb and its children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule

# The relative pronouns a clause telling its noun's own act opens with.
RELATIVES = frozenset("who that which".split())


@named_rule("date.attackers-killed-act", "'its soldiers shot dead 14 jihadists who attacked a post on Saturday': "
            "the day of the attack told of the killed or repelled attackers, or of the doers after 'by', is the "
            "incident's when the main clause gives none",
            pos=[("Benin's army says its soldiers shot dead 14 jihadists who attacked a customs post near Porga "
                  "on Saturday.", (("2023-11-11", None),)),
                 ("Twelve farmers were killed by gunmen who attacked the village of Gidan Bawa on Friday, police "
                  "said on Saturday.", (("2023-11-10", None),))],
            # a perfect tells an earlier act the killing followed
            neg=[("Soldiers killed four gunmen who had attacked a village near Mopti on Saturday.",
                  (("2023-11-16", None),))],
            probe=event_dates, off=no)
def attackers_act(verb: Any, heads: set[int]) -> bool:
    """Is `verb`, heading a relative clause, an attack verb (or "opened fire") told of the relative pronoun and
    hung, without a comma, on the object of a trigger's clause or its doer after "by" (`heads`: token ids of the
    triggers and their clause heads)? "shot dead 14 jihadists who attacked a post on Saturday"."""
    noun = verb.head
    if verb.dep_ != "relcl" or not _attack_verb(verb):
        return False
    if not (noun.dep_ == "dobj" and noun.head.i in heads or _agent_of(noun, heads)):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    first = min(t.i for t in verb.subtree)
    return first > 0 and verb.doc[first - 1].text != ","


def _attack_verb(verb: Any) -> bool:
    """Is `verb` a verb of attacking ("attacked", "stormed", "ambushed") or "opened fire"?"""
    from sitgraph.loaders.extract.triggers import VERB_TRIGGERS

    lemma = verb.lemma_.lower()
    if lemma == "open":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
    return VERB_TRIGGERS.get(lemma) == "Attack"


def _agent_of(noun: Any, heads: set[int]) -> bool:
    """Is `noun` the doer after "by" of a trigger ("12 farmers were killed by gunmen who ...",
    "the killing of 12 farmers by gunmen who ...")?"""
    by = noun.head
    return noun.dep_ == "pobj" and by.lower_ == "by" and by.dep_ in ("agent", "prep") and by.head.i in heads
