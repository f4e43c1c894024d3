"""Acts told as the subject of a negated verb of effect: "the attack of 17 September against the
gendarmerie school, claimed by JNIM, did not weaken the army", "the 3 May shelling of the hospital
did not stop doctors from working", "Friday's bombing of the market has not deterred traders".
The negation denies an effect of the act, not the act: a definite act told with a time or a
clause of its own is presupposed, in every outlet's English. Verbs that say whether the act
happened at all ("did not take place", "never happened", "has not occurred") still undo it.

One predicate over one step of the climb from a trigger to its ancestors
(:func:`sitgraph.loaders.extract.trigger_mood._clause_ancestors`): where it holds, the climb
stops below the negated verb. It looks at a token, its head and their children: constant cost.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.disowned_acts import _own_detail
from sitgraph.loaders.extract.rules import event_kinds, no, rule

# Verbs whose negation says the act itself did not happen ("did not take place", "never came").
BEING_VERBS = frozenset("happen occur take materialize materialise go come exist succeed start begin "
                        "proceed be".split())


@rule("event.act-subject-of-negated-effect", "'the 3 May shelling of the hospital did not stop doctors from "
      "working': a negated effect of an act told on its own leaves the act told",
      pos=[("The 3 May shelling of the hospital in Kherson did not stop doctors from working, the director said.",
            ("Attack",))],
      neg=[("The attack on the base in Boulkessi planned for 3 May did not take place.", ()),
           ("The rebel assault on Goma on Monday never happened, the army said.", ())],
      probe=event_kinds, off=no)
def effect_denied_of(noun: Any) -> bool:
    """Is `noun`, on the climb from a trigger, an act noun that is the subject of a negated
    verb of effect ("did not weaken", "has not deterred"), with a time or clause of its own and
    no determiner of absence ("no attack")? The negation above it is not the act's."""
    if noun.dep_ != "nsubj" or not (noun.pos_ in ("NOUN", "PROPN") or noun.tag_ == "VBG"):
        return False
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in BEING_VERBS:
        return False
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
        return False
    return _own_detail(noun)
