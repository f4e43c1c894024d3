"""Relations written into appositions, parentheses, chains and list headings — conventions of
place and body naming shared by every outlet, whatever the war:

- "Nyala, the capital of South Darfur", "A, a town in the B region", "C, a district of D":
  an apposition that calls a place a part of another;
- "E territory (North Kivu)": the containing place in brackets right after a place;
- "F village, G Township": a place with its own admin word, then a comma and the next level;
- a heading line naming one place over a list whose items each open with a place;
- "Turkey's Defence Ministry", "the Iraqi foreign ministry": a ministry, agency or command
  owned by the state named right before it is PART_OF that state;
- "a checkpoint of the PMF", "a base of the army": a facility "of" an armed actor is run by it.

Each rule registers itself in `relations.RULES` (run after the rules of `relations.py`).
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.place_words import alternation
from sitgraph.loaders.extract.relation_context import RelationContext, relation_rule
from sitgraph.loaders.extract.relations import DIRECTION

# Nouns that name a part of a place: "a town in", "the capital of", "a district of": the
# place-word table's words, and nouns for what a place is to another.
PART_NOUNS = rf"(?:{alternation()}|capital|part|port|hub|seat|headquarters|borough|enclave|outpost)"
APPOSITION_GAP = re.compile(
    rf"^,\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){{0,4}}?{PART_NOUNS}\s+(?:in|of|within)\s+(?:the\s+)?"
    rf"(?:{DIRECTION}\s+)?$", re.IGNORECASE)
# "Beni territory (North Kivu)": only an admin word may stand between the place and the bracket.
ADMIN_WORD = rf"(?:{alternation('settlement', 'part', 'admin')})"
PAREN_GAP = re.compile(rf"^(?:\s+{ADMIN_WORD})?\s*\(\s*$", re.IGNORECASE)
PAREN_CLOSE = re.compile(r"^\s*(?:[A-Z][\w-]*\s*)?\)")
# "Kyauk Ni Maw village, Ramree Township": the place's own admin word, a comma, the next place.
CHAIN_GAP = re.compile(rf"^\s+{ADMIN_WORD}\s*,\s+(?:the\s+)?$", re.IGNORECASE)
# "Khin-U township of Sagaing region", "the Kyivskyi district of Kharkiv": a unit or part of a
# place, its word, "of", the containing place (the word may close the first place's own mention).
UNIT_WORD = rf"(?:{alternation('admin', 'part')}|area)"
UNIT_OF_GAP = re.compile(rf"^(?:\s+{UNIT_WORD})?\s+of\s+(?:the\s+)?(?:{DIRECTION}\s+)?$", re.IGNORECASE)
UNIT_END = re.compile(rf"(?:^|\s){UNIT_WORD}$", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"^['\u2019]s\b")
# "Ohn Taw village, in Khin-U township": a place with its own word, a comma, "in", the next level.
WORD_IN_GAP = re.compile(rf"^\s+(?:{alternation('settlement', 'admin', 'part')})\s*(?P<comma>,)?\s+in\s+(?:the\s+)?$",
                         re.IGNORECASE)
FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$")
# A ministry, agency or command owned by a state: "Turkey's Defence Ministry".
OWNED_BODY = re.compile(r"(?i)\b(?:ministry|ministries|department|agency|command|police|directorate|office|"
                        r"administration|service|division|brigade|corps|battalion|regiment|group\s+of\s+forces)\b")
OWNER_GAP = re.compile(r"^(?:['\u2019]s)?\s+(?:the\s+)?$")
# "a checkpoint of the PMF", "a base belonging to the army".
OPERATOR_GAP = re.compile(r"^\s+(?:of|belonging\s+to|run\s+by|operated\s+by|held\s+by|manned\s+by)\s+(?:the\s+)?$",
                          re.IGNORECASE)
ARMED = ("state", "state_forces", "armed_group")


def _place(ctx: RelationContext, eid: str) -> bool:
    return ctx.is_(eid, "Place")


def _contains(ctx: RelationContext, inner: str, outer: str) -> bool:
    """May place `outer` contain place `inner`? Never a country inside a smaller place."""
    ent = ctx.table.entities
    return inner != outer and not (ent[inner].type == "country" and ent[outer].type != "country")


def _pairs(ctx: RelationContext, gap: re.Pattern[str],
           close: re.Pattern[str] | None = None) -> list[tuple[str, str, int]]:
    """(inner, outer, position) for two places with `gap` between them (and `close` right after
    the second). Cost: linear in spans."""
    spans, text = ctx.table.spans, ctx.text
    out = []
    for i, (s1, e1, a) in enumerate(spans[:-1]):
        if not _place(ctx, a):
            continue
        s2, e2, b = spans[i + 1]
        if s2 >= e1 and _place(ctx, b) and gap.match(text[e1:s2]) and (close is None or close.match(text[e2:e2 + 25])) \
                and _contains(ctx, a, b):
            out.append((a, b, s1))
    return out


@relation_rule("located-apposition",
               '"X, the capital of Y", "X, a town in the Y region", "X, a district of Y": an apposition '
               'places X in Y',
       pos=[("Shelling hit Bunia, a town in the Ituri region, on Monday.", (("LOCATED_IN", "Bunia", "Ituri"),))],
       neg=[("Shelling hit Bunia, a day after fighting in Ituri, on Monday.", ())])
def _located_apposition(ctx: RelationContext) -> None:
    for a, b, pos in _pairs(ctx, APPOSITION_GAP):
        ctx.add("LOCATED_IN", a, b, pos)


@relation_rule("located-parenthesis",
               '"Rutshuru territory (North Kivu)": the place in brackets right after a place contains '
               'it',
       pos=[("Rebels attacked Rutshuru territory (North Kivu) on Friday.",
             (("LOCATED_IN", "Rutshuru", "North Kivu"),))],
       neg=[("Rebels attacked Rutshuru territory on Friday (North Kivu had been calm).", ())])
def _located_parenthesis(ctx: RelationContext) -> None:
    for a, b, pos in _pairs(ctx, PAREN_GAP, PAREN_CLOSE):
        ctx.add("LOCATED_IN", a, b, pos)


@relation_rule("located-admin-chain",
               '"Kyaukphyu village, Ramree Township": a place with its admin word, a comma, then the '
               'place of the next level',
       pos=[("Jets bombed Kyaukphyu village, Ramree Township, on Monday.",
             (("LOCATED_IN", "Kyaukphyu", "Ramree"),))],
       neg=[("Jets bombed Kyaukphyu village and Ramree Township on Monday.", ())])
def _located_admin_chain(ctx: RelationContext) -> None:
    for a, b, pos in _pairs(ctx, CHAIN_GAP):
        ctx.add("LOCATED_IN", a, b, pos)


@relation_rule("located-unit-of",
               '"Khin-U township of Sagaing region", "the Kyivskyi district of Kharkiv": a unit or part of a '
               'place named with its word, then "of" and the place holding it',
       pos=[("Jets bombed a monastery in Kani township of Sagaing region on Friday.",
             (("LOCATED_IN", "Kani", "Sagaing"), ("LOCATED_IN", "monastery", "Kani"))),
            ("A drone hit a house in the Saltivskyi district of Kharkiv overnight.",
             (("LOCATED_IN", "Saltivskyi", "Kharkiv"),))],
       neg=[("Jets bombed Kani and the villages of Sagaing region on Friday.", ()),
            ("A drone hit the Duhok province of Iraq's Kurdistan region on Monday.",
             (("LOCATED_IN", "Duhok", "Iraq"), ("LOCATED_IN", "Kurdistan region", "Iraq")))])
def _located_unit_of(ctx: RelationContext) -> None:
    spans, text = ctx.table.spans, ctx.text
    for i, (s1, e1, a) in enumerate(spans[:-1]):
        s2, e2, b = spans[i + 1]
        gap = UNIT_OF_GAP.match(text[e1:s2]) if s2 >= e1 else None
        if gap and _place(ctx, a) and _place(ctx, b) and _contains(ctx, a, b) \
                and UNIT_END.search(text[s1:e1] + text[e1:s2].lower().split(" of")[0]) \
                and not POSSESSIVE_AFTER.match(text[e2:e2 + 3]):
            ctx.add("LOCATED_IN", a, b, s1)


@relation_rule("located-word-in",
               '"Ohn Taw village, in Khin-U township": a place with its own word, then "in" and the place '
               'holding it',
       pos=[("Jets bombed the monastery of Let Pan Taw village, in Kani township, on Friday.",
             (("LOCATED_IN", "Let Pan Taw", "Kani"), ("LOCATED_IN", "monastery of Let Pan Taw", "Let Pan Taw")))],
       neg=[("Fighters from Let Pan Taw village in Kani attacked the army post.", ()),
            ("Jets bombed Let Pan Taw, Ohn Taw and Kyi Kan villages in Kani township.", ())])
def _located_word_in(ctx: RelationContext) -> None:
    spans, text = ctx.table.spans, ctx.text
    for i, (s1, e1, a) in enumerate(spans[:-1]):
        s2, _e2, b = spans[i + 1]
        gap = WORD_IN_GAP.match(text[e1:s2]) if s2 >= e1 else None
        if gap and _place(ctx, a) and _place(ctx, b) and _contains(ctx, a, b) \
                and (gap.group("comma") or not FROM_BEFORE.search(text[max(0, s1 - 30):s1])):
            ctx.add("LOCATED_IN", a, b, s1)


@relation_rule("part-of-owner-state",
               '"Turkey\'s Defence Ministry", "the Iraqi foreign ministry": a ministry, agency or '
               'command named right after its state is part of it',
       pos=[("Turkey's Defence Ministry said its jets struck PKK positions in Duhok.",
             (("PART_OF", "Turkey's Defence Ministry", "Turkey"),))],
       neg=[("The Defence Ministry said Turkish jets struck PKK positions in Duhok.", ())])
def _part_of_owner_state(ctx: RelationContext) -> None:
    spans, text = ctx.table.spans, ctx.text
    for i, (_s1, e1, a) in enumerate(spans[:-1]):
        s2, e2, b = spans[i + 1]
        if ctx.is_(a, "Actor", ("state",)) and ctx.is_(b, "Actor", ("organization", "state_forces", "armed_group")) \
                and s2 >= e1 and OWNER_GAP.match(text[e1:s2]) and OWNED_BODY.search(text[s2:e2]):
            ctx.add("PART_OF", b, a, s2)


@relation_rule("operated-by-of",
               '"a checkpoint of the PMF", "a base run by the army": a facility "of" an armed actor is run '
               'by it',
       pos=[("Gunmen attacked a checkpoint of the Popular Mobilization Forces near Kirkuk.",
             (("OPERATED_BY", "checkpoint", "Popular Mobilization Forces"),))],
       neg=[("Gunmen of the Popular Mobilization Forces attacked a checkpoint near Kirkuk.",
             (("LOCATED_IN", "checkpoint", "Kirkuk"),))])
def _operated_by_of(ctx: RelationContext) -> None:
    spans, text = ctx.table.spans, ctx.text
    for i, (s1, e1, a) in enumerate(spans[:-1]):
        s2, _e2, b = spans[i + 1]
        if ctx.is_(a, "Facility") and a not in ctx.table.owner and ctx.is_(b, "Actor", ARMED) \
                and s2 >= e1 and OPERATOR_GAP.match(text[e1:s2]):
            ctx.add("OPERATED_BY", a, b, s1)

