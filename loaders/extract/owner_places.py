"""A place called a part of a country by the country's possessive, where the country is
read as the acting state rather than as a place ("Yemen's capital, Sanaa", "Pakistan's northwest
tribal region of Khyber", "Chad's Lake Region"). Outlets of every
region write a country this way; `relations.located-possessive` reads it only when the country's
mention is itself a place, and with no adjective between the direction and the admin word.

The place is LOCATED_IN the report's place entity of that country (the guide: a place in the
containing place the text names), so nothing is added when the report never names the country
as a place. Registers itself in `relations.RULES`.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.relation_context import RelationContext, relation_rule
from sitgraph.loaders.extract.relations import DIRECTION, POSSESSIVE_GAP

COMPASS = r"(?:north|south)-?(?:east|west)"  # "northwest", which DIRECTION leaves out
# What the place is to the country, right before its name.
PART = r"(?:capital|region|province|state|district|county|governorate|city|town|village|oblast|enclave|port)"
# "'s capital, ", "'s northwest tribal region of ", "'s " (a name with its own admin word after it).
OWNER_GAP = re.compile(
    rf"(?i)^['\u2019]s\s+(?:(?:{DIRECTION}|{COMPASS}|restive|tribal|border|coastal|main|commercial)\s+){{0,3}}"
    rf"(?:{PART}(?:\s+of)?,?\s+(?:the\s+)?)?$")

PART_WORD = re.compile(rf"(?i)\b{PART}\b")
MODIFIES = re.compile(rf"\s+(?!(?i:{PART})\b)[a-z]")


def _entry(ctx: RelationContext, eid: str) -> object | None:
    key = ctx.table.entities[eid].key or ""
    return load_actors().get(key[len("actor:"):]) if key.startswith("actor:") else None


def _country_place(ctx: RelationContext, eid: str, gap: str) -> str | None:
    """The report's country place for a country place or a state actor (by the actor dictionary)
    followed by a possessive gap."""
    e = ctx.table.entities[eid]
    if not OWNER_GAP.match(gap):
        return None
    if e.kind == "Place" and e.type == "country":
        return None if POSSESSIVE_GAP.match(gap) else eid  # `located-possessive` reads that form
    if e.kind != "Actor" or e.type != "state":
        return None
    country = getattr(_entry(ctx, eid), "country", None)
    return next((x.id for x in ctx.table.entities.values()
                 if country and x.kind == "Place" and x.type == "country" and x.country == country), None)


@relation_rule("located-owner-state",
               '"Yemen\'s capital, Sanaa", "Chad\'s Lake Region", "Pakistan\'s northwest tribal region of Khyber": '
               "a country's possessive before a place contains it, the country read as a place or a state",
       pos=[("Houthi rebels seized Yemen's capital, Sanaa, on Monday; fighting spread across Yemen.",
             (("LOCATED_IN", "Sanaa", "Yemen"),))],
       neg=[("Houthi rebels seized Sanaa on Monday, Yemen's government said; fighting spread across Yemen.",
             ())])
def _located_owner_state(ctx: RelationContext) -> None:
    spans, text, ent = ctx.table.spans, ctx.text, ctx.table.entities
    for i, (_s1, e1, a) in enumerate(spans[:-1]):
        s2, e2, b = spans[i + 1]
        if s2 < e1 or not ctx.is_(b, "Place") or ent[b].type == "country":
            continue
        # "Israel's Gaza offensive": with no part word before it, a place that modifies a noun after it
        # is no part of the country.
        if not PART_WORD.search(text[e1:s2]) and MODIFIES.match(text, e2):
            continue
        c = _country_place(ctx, a, text[e1:s2])
        # "Israel's Gaza offensive": only a place the gazetteer puts in that very country is a part of it.
        if c and ent[b].country and ent[b].country == ent[c].country:
            ctx.add("LOCATED_IN", b, c, s2)
