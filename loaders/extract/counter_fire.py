"""Fire returned: "its artillery fired back at RSF positions", "its jets struck in response",
"our units returned fire". A side's statement after an attack on it tells its answer in these
words in every war; the answer is an act of its own against the attacker, never a claim of
the attack it answers (the statement of :func:`sitgraph.loaders.extract.own_claims.own_forces`
is not made).

Cost: a look at one verb's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, no
from sitgraph.loaders.extract.rules import rule as named_rule

ANSWER_NOUNS = frozenset("response retaliation reply reprisal revenge".split())


@named_rule("claim.counter-fire", "'the army said its artillery fired back at RSF positions': fire returned is the "
            "side's answer to the attack, no claim of it",
            pos=[("The RSF fired shells at Omdurman on Monday, killing 12 people. The army said its artillery had "
                  "fired shells back at RSF positions.", (("Rapid Support Forces",), ("Sudanese Armed Forces",)))],
            neg=[("Shells hit Omdurman on Monday, killing 12 people. The army said its artillery had fired shells at "
                  "RSF positions.", (("Sudanese Armed Forces",),))],
            probe=event_actors, off=no)
def fire_returned(verb: Any) -> bool:
    """Does `verb` tell fire returned: "fired back", "returned fire", "retaliated", "struck
    in response / in retaliation"?"""
    lemma = verb.lemma_.lower()
    if lemma == "retaliate" or (lemma == "return" and any(c.lower_ == "fire" for c in verb.children)):
        return True
    if any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "as") and any(
        g.lemma_.lower() in ANSWER_NOUNS for g in c.children) for c in verb.children)
