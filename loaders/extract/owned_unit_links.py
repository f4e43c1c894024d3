"""A unit named after its owner's possessive is PART_OF that owner when the owner is an actor of
the report: "the Interior Ministry's OMON riot police" (OMON PART_OF the Interior Ministry).

The class is the one `owner_named_units.py` names (its units have a mention and no span); the
guide puts a named unit in its state or parent body with `PART_OF`, and the possessive states
which body owns it. An owner no rule reads as an actor ("the Mexican Army's", which the gold
keeps as the state) gives no relation. Cost: one regex match before each mention of the bodies
of the report, one look-up in the spans of the report's mentions.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.relation_context import RelationContext, relation_rule

# The owner's possessive right before the unit: "Ministry's ", "Forces' ".
POSSESSIVE = re.compile(r"['\u2019]s?\s+$")
BODY_TYPES = ("organization", "state_forces")


def _spanned(ctx: RelationContext, eid: str) -> bool:
    return any(e == eid for _s, _e, e in ctx.table.spans)


def _owner_ending(ctx: RelationContext, end: int) -> str | None:
    """The actor whose spanned mention ends at `end`, if one does."""
    return next((e for s, t, e in ctx.table.spans if t == end and s < end and ctx.is_(e, "Actor")), None)


@relation_rule("part-of-possessive-owner",
               '"the Interior Ministry\'s SOBR riot police": a unit named after its owner\'s possessive is '
               "part of that owner when the owner is an actor of the report",
               pos=[("Gunmen fired on a patrol of the Interior Ministry's SOBR riot police near Nazran on Monday, "
                     "wounding three officers.",
                     (("PART_OF", "SOBR", "Interior Ministry"),))],
               neg=[("Gunmen fired on a patrol of SOBR riot police near Nazran on Monday, the Interior "
                     "Ministry's spokesman said.",
                     (("PART_OF", "Interior Ministry", "Russia"),))])
def _part_of_possessive_owner(ctx: RelationContext) -> None:
    """Each body with no span (a name-only unit) whose mention follows an actor's possessive
    is PART_OF that actor."""
    text = ctx.text
    for e in list(ctx.table.entities.values()):
        if e.kind != "Actor" or e.type not in BODY_TYPES or not e.mentions or _spanned(ctx, e.id):
            continue
        for x in e.mentions:
            m = POSSESSIVE.search(text, max(0, x.start - 4), x.start)
            owner = _owner_ending(ctx, m.start()) if m else None
            if owner:
                ctx.add("PART_OF", e.id, owner, x.start)
                break
