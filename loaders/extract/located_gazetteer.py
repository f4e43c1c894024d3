"""A place placed in its containing place by the gazetteer, where the report names both near
each other: a town in its province ("Militants attacked Maiduguri ... across Borno state") and
a province in its country ("a school in Borno state ..., police in Nigeria said").

The guide asks for a containing place "the text names" and for relations "the wording states or
plainly implies": a province named in the lead does not place every town the report names
paragraphs later (a hospital the wounded were taken to, a town of a recalled attack, a dateline's
city). So the two are read only when a mention of the inner place and one of the containing place
stand in one sentence or in two sentences next to each other (`NEAR_SENTENCES`): "attacked the
town of X. ... stormed the town in Y state" is read, "Y province" in the lead and "X" in a
closing paragraph is not. Registers itself in `relations.RULES`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from sitgraph.loaders.extract.relation_context import RelationContext, relation_rule
from sitgraph.loaders.extract.relations import ADMIN1, ADMIN1_AFTER, ADMIN1_BEFORE, CONTACT_LINE

# How many sentences apart the two places' mentions may stand (0: one sentence).
NEAR_SENTENCES = 1


def named_near(ctx: RelationContext, inner: str, outer: str, window: int = NEAR_SENTENCES) -> bool:
    """Takes the report's context and two entity ids; returns whether some mention of `inner`
    stands at most `window` sentences from some mention of `outer`. Cost: sentences plus
    mentions times log sentences."""
    starts = [s.start_char for s in ctx.doc.sents]
    ent = ctx.table.entities

    def index(pos: int) -> int:
        return bisect_right(starts, pos)

    outer_at = {index(m.start) for m in ent[outer].mentions}
    return any(abs(index(m.start) - o) <= window for m in ent[inner].mentions for o in outer_at)


@relation_rule("located-by-province",
               "a town lies in the province the gazetteer gives it when the report names that province "
               "in its sentence or the next",
       pos=[("Militants attacked Maiduguri on Friday, and troops were sent across Borno state.",
             (("LOCATED_IN", "Maiduguri", "Borno"),)),
            ("Gunmen stormed the town of Maiduguri late on Monday. They came from Borno state's forests.",
             (("LOCATED_IN", "Maiduguri", "Borno"),))],
       neg=[("Militants attacked Maiduguri on Friday.", ()),
            ("Militants attacked a camp in Borno state on Friday. The army said it repelled them. Aid "
             "groups suspended work. Three soldiers were flown to Maiduguri.", (("LOCATED_IN", "camp", "Borno"),))])
def _located_by_province(ctx: RelationContext) -> None:
    ent = ctx.table.entities
    provinces = {(e.country, e.name.lower()): e.id for e in ent.values()
                 if e.kind == "Place" and e.type == "province" and e.key and _named_outside_contact(ctx, e)}
    for e in ent.values():
        if e.kind == "Place" and e.type not in ("province", "country") and e.admin1:
            p = provinces.get((e.country, e.admin1.lower()))
            if p and p != e.id and named_near(ctx, e.id, p):
                ctx.add("LOCATED_IN", e.id, p, e.mentions[0].start)


def _named_outside_contact(ctx: RelationContext, e: Any) -> bool:
    """Is entity `e` named in a sentence other than a contact line or footer?"""
    return any(not CONTACT_LINE.search(ctx.sentence_of(m.start).text) for m in e.mentions)


def _called_province(text: str, start: int, end: int) -> bool:
    """The text calls this mention a province ("Kunar province", "the province of Ghazni")."""
    return bool(ADMIN1_AFTER.match(text, end) or ADMIN1_BEFORE.search(text[max(0, start - 30):start])
                or ADMIN1_AFTER.search(text[start:end]))


@relation_rule("located-by-country",
               '"X province" in a report naming X\'s country (by the gazetteer) as a place in its '
               "sentence or the next: X lies in it",
       pos=[("Militants attacked a school in Borno state on Friday, police in Nigeria said.",
             (("LOCATED_IN", "Borno", "Nigeria"), ("LOCATED_IN", "school", "Borno")))],
       neg=[("Militants attacked a school in Borno on Friday, police in Nigeria said.",
             (("LOCATED_IN", "school", "Borno"),)),
            ("Police in Nigeria said 40 people died in May. Talks resumed. Aid groups left. Militants "
             "attacked a school in Borno state.", (("LOCATED_IN", "school", "Borno"),))])
def _located_by_country(ctx: RelationContext) -> None:
    ent, text = ctx.table.entities, ctx.text
    countries = {e.country: e.id for e in ent.values()
                 if e.kind == "Place" and e.type == "country" and e.key and e.country}
    for e in ent.values():
        if e.kind == "Place" and e.type in ADMIN1 and e.key and e.country in countries and any(
                _called_province(text, m.start, m.end) for m in e.mentions) \
                and named_near(ctx, e.id, countries[e.country]):
            ctx.add("LOCATED_IN", e.id, countries[e.country], e.mentions[0].start)
