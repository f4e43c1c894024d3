"""The government of the report's country, as an entity of the report: the state a bare
"the government", a governor or an agreement's unnamed party belongs to.

Input: a report's `RelationContext` (its entity table); output: the entity id of the state of
the country most of the report's place mentions lie in, when that country is the only one so
counted and the report mentions its state, else None. Cost: linear in the entities.
Used by the relation rules of `relations.py`, `state_bodies.py` and `agreement_parties.py`.
"""

from __future__ import annotations

from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.relation_context import RelationContext


def report_state(ctx: RelationContext) -> str | None:
    """The entity of the government of the report's country (where most of its places lie),
    when the report mentions it; else None."""
    from sitgraph.loaders.extract.report_country import country_state

    counts: dict[str, int] = {}
    for e in ctx.table.entities.values():
        if e.kind == "Place" and e.country:
            counts[e.country] = counts.get(e.country, 0) + len(e.mentions)
    if not counts:
        return None
    best = max(counts.values())
    top = [k for k, v in counts.items() if v == best]
    entry = country_state(load_actors(), top[0]) if len(top) == 1 else None
    return next((e.id for e in ctx.table.entities.values() if entry is not None and e.key == entry.entity_key
                 and e.mentions), None)
