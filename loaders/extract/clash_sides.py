"""The sides of a clash, for the relations: who fights whom in one event, so that two sides shown
fighting are never made allies.

A clash's actors are read as fighting each other ("the army and the rebels clashed near X"). When
the clash names its struck side apart, as an armed target that is none of its actors ("Somali
troops and AU soldiers fought al-Shabaab near X, killing 40 militants and 12 Somali soldiers"),
the actors stand on one side against that target: partners told fighting side by side elsewhere
("Somali forces and AU troops retook the town in 2012") stay allies. A side both acting and
struck (the soldiers of a state whose army is an actor) is one of the fighting sides, not a foe of
its co-actors. Every other event keeps the reading that its actors strike its targets.

Cost: linear in the events and their actors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitgraph.loaders.extract.rules import no, relations, rule


@rule("event.clash-one-side", "a clash whose struck side is named apart from its actors ('X and Y fought Z near "
      "W') has its actors on one side: allies told elsewhere stay allies",
      pos=[("Ethiopian troops and Eritrean soldiers shelled Adigrat on Monday. On Tuesday, Ethiopian troops and "
            "Eritrean soldiers clashed with Tigrayan forces near Adigrat, killing 20 Tigrayan fighters and six "
            "Ethiopian soldiers.", (("ALLIED_WITH", "Ethiopia", "Eritrea"),))],
      neg=[("Ethiopian troops and Eritrean soldiers shelled Adigrat on Monday. On Tuesday, Ethiopian troops and "
            "Eritrean soldiers clashed near Adigrat, killing six Ethiopian soldiers.", ())],
      probe=relations, off=no)
def one_side(ctx: Any, ev: Any, armed: tuple[str, ...]) -> bool:
    """Is `ev` a clash naming an armed target that is none of its actors (its struck side)?"""
    return ev.type == "armed_clash" and any(t not in ev.actors and ctx.is_(t, "Actor", armed) for t in ev.targets)


def adversaries(ctx: Any, armed: tuple[str, ...], family: Callable[[str, str, Any], bool]) -> set[frozenset[str]]:
    """Pairs of actors the report shows on opposite sides: one strikes the other in an event, or
    both fight in one clash (its actors against its struck side, when it names one apart; a
    target of one family with an actor, `family(x, y, table)`: a state and its own army, is that
    actor's side). Two such sides are never allies (a merged sentence may still name both as
    perpetrators of one event)."""
    out: set[frozenset[str]] = set()
    for ev in ctx.events:
        out |= _one_side_foes(ctx, ev, family) if one_side(ctx, ev, armed) else _foes(ev)
    return out


def _one_side_foes(ctx: Any, ev: Any, family: Callable[[str, str, Any], bool]) -> set[frozenset[str]]:
    """Each actor of clash `ev` against each struck side that is neither an actor nor of an
    actor's family."""
    struck = [t for t in ev.targets if t not in ev.actors and not any(family(a, t, ctx.table) for a in ev.actors)]
    return {frozenset((a, t)) for a in ev.actors for t in struck}


def _foes(ev: Any) -> set[frozenset[str]]:
    """Each actor of `ev` against each of its targets, and, in a clash, against each other."""
    out = {frozenset((a, t)) for a in ev.actors for t in ev.targets if a != t}
    if ev.type == "armed_clash":
        out |= {frozenset((a, b)) for a in ev.actors for b in ev.actors if a != b}
    return out
