"""Acts a denial of responsibility takes for granted: "the coalition denied responsibility for a
September 28 attack that killed 130 people", "the group rejected any role in the bombing of a
market in Mopti on Friday", "the army denied carrying out the 3 May strike on the clinic". What
is denied is who did it, not that it happened: the attack, told with a time or a clause of its
own, is an incident of the report (the guide keeps a disputed incident and lists the side the
sources blame). A bare "denied the attack", "denied attacking civilians" or "denied
responsibility" with no act of its own still tells no incident.

One predicate over one step of the climb from a trigger to its ancestors
(:func:`sitgraph.loaders.extract.trigger_mood._clause_ancestors`): where it holds, the climb
stops and the denial above no longer reaches the trigger. It looks at a token, its head and
the trigger's children: constant cost.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, event_kinds, no, rule
from sitgraph.loaders.extract.time_tokens import tells_time

# Nouns that name a share in an act: "responsibility for", "a role in", "any involvement in".
SHARE_NOUNS = frozenset("responsibility involvement role part hand complicity".split())
# Verbs that carry an act noun after a denial: "denied carrying out / launching the attack".
CARRY_VERBS = frozenset("carry launch conduct stage mount perpetrate commit order".split())


def _own_detail(act: Any) -> bool:
    """Does the act noun carry something of its own: a time ("a September 28 attack", "the
    bombing of 12 May") or a clause ("an attack that killed 130", "the strike carried out on
    the clinic")? Without it the noun is the report's own incident or a generic act."""
    if any(c.dep_ in ("relcl", "acl") for c in act.children):
        return True
    return any(tells_time(t) for t in act.subtree if t.i != act.i)


@rule("event.disowned-act", "'X denied responsibility for a September 28 attack that killed 130': the attack, "
      "told with a time or clause of its own, happened; only its author is disputed",
      pos=[("The coalition denied responsibility for a March 15 attack that killed 40 people at a market in Hajjah.",
            ("Attack",)),
           ("Al-Shabaab denied responsibility for a blast that killed 12 people at a hotel in Beledweyne.",
            ("Attack",))],
      neg=[("The army denied attacking civilians in the town of Kidal.", ()),
           ("The rebels denied that they had shelled the town of Goma.", ())],
      probe=event_kinds, off=no)
def disowned_act(step: Any, act: Any) -> bool:
    """Is `step`, one ancestor above the trigger `act` on its climb, where a denial stops
    reaching it: the "for"/"in" of a share noun ("responsibility for", "role in") or a verb
    carrying the act ("denied carrying out"), with the act noun telling a time or clause of
    its own?"""
    if act.pos_ not in ("NOUN", "PROPN") or step.head.i == step.i:
        return False
    if step.dep_ == "prep" and step.lower_ in ("for", "in") and step.head.lemma_.lower() in SHARE_NOUNS:
        return _own_detail(act)
    if step.pos_ == "VERB" and step.lemma_.lower() in CARRY_VERBS and step.dep_ in ("xcomp", "ccomp", "dobj", "pcomp"):
        return act.head.i == step.i and _own_detail(act)
    return False


def disowned_share(obj: Any) -> bool:
    """Is `obj`, the object of a denial, a share noun "for"/"in" an act noun telling a time or
    clause of its own ("responsibility for a September 28 attack that killed 130")? One denies
    such a share only when blamed for it: the denier is the side the report's sources blame."""
    if obj.lemma_.lower() not in SHARE_NOUNS:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("for", "in") and disowned_act(p, g)
               for p in obj.children for g in p.children if g.dep_ == "pobj")


@rule("claim.disowned-blamed", "'X denied responsibility for a March 15 attack that killed 40': X, denying a "
      "share in an act told on its own, is the side blamed for it",
      pos=[("Moscow denied responsibility for the 8 July strike on the Okhmatdyt children's hospital in Kyiv.",
            (("Russia",),))],
      neg=[("A car bomb killed nine people in Kabul on Monday. The Taliban denied responsibility for the attack.",
            ((),))],
      probe=event_actors, off=no)
def denier_blamed(objs: list[Any]) -> bool:
    """Does a denial with objects `objs` disown a share in an act told on its own, or deny
    carrying out such an act ("denied carrying out the 3 May airstrike on the clinic")?"""
    return any(disowned_share(o) or (o.lemma_.lower() in CARRY_VERBS and
                                     any(g.dep_ == "dobj" and disowned_act(o, g) for g in o.children))
               for o in objs)
