"""Acts a sentence takes for granted while it negates or hedges something else, by a
convention of written English that holds for every outlet and war: a participle clause with a
time of its own on a noun ("the agreement signed on 4 June 1999 never held", "the town,
captured by the M23 in June 2022, has not been retaken") asserts its act on its own, whatever
the main verb says of the noun (:func:`dated_participle`).

Predicates over one step of the climb from a trigger to its ancestors
(:func:`sitgraph.loaders.extract.trigger_mood._clause_ancestors`): where one holds, the climb
stops and a negation or hedge above no longer reaches the trigger. It looks at a token and
its children: constant cost.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.time_tokens import tells_time


@rule("event.dated-participle", "'the agreement signed on 4 June 1999 never held': a participle clause with a "
      "time of its own asserts its act whatever the main verb says",
      pos=[("The Arusha accord signed on 4 August 1993 never held.", ("Agreement",))],
      neg=[("The Arusha accord was never signed.", ()),
           ("The parties did not sign the Arusha accord in August.", ())],
      probe=event_kinds, off=no)
def dated_participle(t: Any) -> bool:
    """Is `t` a past participle clause on a noun ("the agreement signed ...") with a time of
    its own (a date or a year in its prepositions or bare modifiers)? A negation or hedge on
    the noun's verb does not reach it."""
    if t.dep_ != "acl" or t.tag_ != "VBN" or any(c.dep_ in ("neg", "aux", "auxpass") for c in t.children):
        return False
    return any(tells_time(g) for c in t.children if c.dep_ in ("prep", "npadvmod")
               for g in c.subtree)
