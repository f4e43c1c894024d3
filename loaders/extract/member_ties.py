"""People tied to the body they speak or act for by the title written around their name, in the
forms that `relations.py`'s member rules leave out (every outlet writes them, whatever the war):

- "the Taliban said ... their spokesman Name": a title owned by "its"/"their" belongs to the one
  armed group or organisation the sentence names before it;
- "a commander of the Libyan National Army (LNA), Colonel Name": a title "of" a group whose
  acronym follows in brackets, then the name;
- "the UN humanitarian coordinator for Sudan, Name", "the EU envoy to Mali, Name": a body, its
  title "for"/"to" a place, then the name: the person is the body's, not the place's;
- "South Sudan President Name", "Zaporizhzhia Oblast Governor Name": a state or a place of a
  country right before a government title: the person belongs to that country's state, when
  the report names that state as an actor.

Each rule registers itself in `relations.RULES` (run after the member rules of `relations.py`,
so a person already tied to a body keeps it).
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.relation_context import RelationContext, relation_rule
from sitgraph.loaders.extract.relations import _GOV_TITLES, RANK, ROLE_OF, TITLES

# Bodies a person can speak for: armed sides and organisations (not victims, persons, outlets).
BODIES = ("state", "state_forces", "armed_group", "organization", "agency", "ministry")
RANKS = rf"(?i:{RANK}\s+)"
# "their spokesman", "its military commander," right before the name.
OWN_TITLE = re.compile(rf"(?i)\b(?:its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}{TITLES}(?:-general)?,?\s+{RANKS}{{0,2}}$")
# "(LNA), Colonel ": the group's acronym in brackets, a comma, ranks, then the name.
ACRONYM_GAP = re.compile(rf"(?i)^\s*\([^()]{{1,15}}\)\s*,\s+{RANKS}{{0,3}}$")
# " humanitarian coordinator for Sudan, ": the body's title "for"/"to" a place, then the name.
TITLE_FOR_PLACE = re.compile(
    rf"^\s+(?i:(?:[a-z][\w-]*\s+){{0,2}}{TITLES}(?:-general)?\s+(?:for|to|in)\s+)(?:the\s+)?"
    rf"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}},\s+{RANKS}{{0,2}}$")
# Only "the"/"The" or nothing may open the body's phrase: "Sudan's UN envoy" is another shape.
PHRASE_OPEN = re.compile(r"(?:^|[.;:\n\"\u201c]\s*|\b(?:the|The|a|A|and|by|to)\s+)$")
# "South Sudan President ", "Zaporizhzhia Oblast Governor ", "Kenya's Interior Minister ".
PLACE_TITLE_GAP = re.compile(
    rf"(?i)^(?:['\u2019]s)?\s+(?:(?:oblast|province|state|region|district|county|governorate|krai)\s+)?"
    rf"(?:(?:interior|defen[cs]e|foreign|deputy|regional|provincial)\s+)?{_GOV_TITLES},?\s+$")

# A mention that opens with its own government title.
TITLE_OPENS = re.compile(rf"(?i){_GOV_TITLES}\s")


def _body(ctx: RelationContext, eid: str) -> bool:
    return ctx.is_(eid, "Actor", BODIES)


def _person(ctx: RelationContext, eid: str) -> bool:
    return ctx.is_(eid, "Actor", ("person",))


def _members(ctx: RelationContext) -> set[str]:
    return {s for (typ, s, _t) in ctx.out if typ == "MEMBER_OF"}


@relation_rule("member-own-title",
               '"the Taliban said ... their spokesman Name": a title owned by "its"/"their" is the title '
               "of the one group the sentence names before it",
       pos=[("The Taliban claimed the attack on Monday in a post by their spokesman Ali Shams.",
             (("MEMBER_OF", "Ali Shams", "Taliban"),))],
       neg=[("Residents of Kunduz said their spokesman Ali Shams had fled.", ())])
def _member_own_title(ctx: RelationContext) -> None:
    spans, text, members = ctx.table.spans, ctx.text, _members(ctx)
    for i, (s1, _e1, a) in enumerate(spans):
        if a in members or not _person(ctx, a) or not OWN_TITLE.search(text[max(0, s1 - 60):s1]):
            continue
        start = ctx.sentence_of(s1).start
        bodies = {b for s0, _e0, b in spans[max(0, i - 12):i] if s0 >= start and _body(ctx, b)}
        if len(bodies) == 1:
            ctx.add("MEMBER_OF", a, bodies.pop(), s1)
            members.add(a)


@relation_rule("member-title-acronym",
               '"a commander of the Libyan National Army (LNA), Colonel Name": a title of a group whose '
               "acronym follows in brackets, then the name",
       pos=[("A spokesman for the Allied Democratic Forces (ADF), Major Tom Okello, denied the raid on Beni.",
             (("MEMBER_OF", "Tom Okello", "Allied Democratic Forces"),))],
       neg=[("Fighters of the Allied Democratic Forces (ADF), Tom Okello said, raided Beni.", ())])
def _member_title_acronym(ctx: RelationContext) -> None:
    _titled_members(ctx, 2, ACRONYM_GAP, ROLE_OF, 40)


@relation_rule("member-title-for-place",
               '"the UN humanitarian coordinator for Sudan, Name": a body, its title "for" or "to" a '
               "place, then the name: the person is the body's",
       pos=[("The United Nations envoy to Mali, Romano Prodi, condemned the attack on Gao.",
             (("MEMBER_OF", "Romano Prodi", "United Nations"),))],
       neg=[("The United Nations sent aid to Mali, Romano Prodi said after the attack on Gao.", ())])
def _member_title_for_place(ctx: RelationContext) -> None:
    _titled_members(ctx, 3, TITLE_FOR_PLACE, PHRASE_OPEN, 12)


def _titled_members(ctx: RelationContext, back: int, gap: re.Pattern[str], before: re.Pattern[str],
                    reach: int) -> None:
    """Each person not yet a member, MEMBER_OF the nearest body among the `back` mentions before
    it whose text up to the person matches `gap` (the title between them) and whose `reach`
    characters before it hold `before` (what opens the phrase). Takes the relation context;
    returns nothing (edges added to it). Cost: linear in mentions."""
    spans, text, members = ctx.table.spans, ctx.text, _members(ctx)
    for i, (s1, _e1, a) in enumerate(spans):
        if a in members or not _person(ctx, a):
            continue
        for s0, e0, b in reversed(spans[max(0, i - back):i]):
            if _body(ctx, b) and e0 <= s1 and gap.match(text[e0:s1]) and before.search(text[max(0, s0 - reach):s0]):
                ctx.add("MEMBER_OF", a, b, s0)
                members.add(a)
                break


def _state_of(ctx: RelationContext, eid: str) -> str | None:
    """The report's state actor for a state actor or a place of a country (by the gazetteer)."""
    from sitgraph.loaders.extract.report_country import country_state

    e = ctx.table.entities[eid]
    if e.kind == "Actor":
        return eid if e.type in ("state", "state_forces") else None
    entry = country_state(load_actors(), e.country) if e.kind == "Place" and e.country else None
    if entry is None:
        return None
    return next((x.id for x in ctx.table.entities.values()
                 if x.kind == "Actor" and x.key == entry.entity_key and x.mentions), None)


@relation_rule("member-place-title",
               '"South Sudan President Name", "Zaporizhzhia Oblast Governor Name": a state or a place '
               "right before a government title: the person belongs to that country's state",
       pos=[("Drones struck Kharkiv overnight, Kharkiv Oblast Governor Oleh Petrenko said; Ukraine's air force "
             "shot down 20.", (("MEMBER_OF", "Oleh Petrenko", "Ukraine"),))],
       neg=[("Drones struck Kharkiv overnight, Oleh Petrenko said; Ukraine's air force shot down 20.", ())])
def _member_place_title(ctx: RelationContext) -> None:
    spans, text, members = ctx.table.spans, ctx.text, _members(ctx)
    for i, (s1, e1, a) in enumerate(spans):
        if a in members or not _person(ctx, a) or i == 0:
            continue
        # The title itself may be a mention of its own ("Governor" read as a body): look past it.
        titled = TITLE_OPENS.match(text, s1, e1)  # "President Bashar al-Assad" is one mention
        for _s0, e0, b in reversed(spans[max(0, i - 2):i]):
            if e0 <= s1 and (PLACE_TITLE_GAP.match(text[e0:s1]) or titled and text[e0:s1] == " "):
                if state := _state_of(ctx, b):
                    ctx.add("MEMBER_OF", a, state, s1)
                    members.add(a)
                break
