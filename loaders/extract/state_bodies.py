"""Ministries and the side they belong to, the way outlets name them when no state's name
stands right before the body as its own word (that case is `relation_chains.part-of-owner-state`):

- the owner written into the body's own name: "Lebanon's health ministry", "the GNA's Ministry
  of Health": the body is PART_OF the actor so named ("the Houthi-run health ministry" is left
  without a side, and is no ministry of the report's state either);
- a ministry named with no owner at all ("the Ministry of Health said", "the country's
  information ministry"): the body is PART_OF the report's state, the government of the
  country where most of the report's places lie.

Each rule registers itself in `relations.RULES` (run after the rules of `relation_chains.py`, so
a body already placed in a state keeps that state).
"""

from __future__ import annotations

import re

from sitgraph.graph.model import Entity, Mention
from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.relation_context import RelationContext, relation_rule
from sitgraph.loaders.extract.relations import _report_state

# A ministry's own name: "Ministry of Health", "the health ministry", "Ministry of Defence and
# Veterans". Agencies, commands and offices are left out: their owner is often another side (a
# foreign council, an international mission) that a report's country would misplace.
PORTFOLIO = (r"(?:public\s+)?health|defen[cs]e|interior|information|foreign(?:\s+affairs)?|communications?|justice|"
             r"finance|education|home\s+affairs|national\s+defen[cs]e|veterans|population|humanitarian\s+affairs")
MINISTRY = re.compile(rf"(?i)^(?:the\s+)?(?:(?:{PORTFOLIO})\s+ministry|ministry\s+of\s+(?:the\s+)?(?:{PORTFOLIO})"
                      rf"(?:\s+and\s+(?:{PORTFOLIO}))*)$")
# "Lebanon's health ministry", "the GNA's Ministry of Health", "the Houthi-run health ministry",
# "Houthi health ministry": an owner word (a name, a demonym, an acronym) opening the body's name.
OWNER_IN_NAME = re.compile(
    r"(?:^|(?<=[\s(\"\u201c]))(?:[Tt]he )?(?!The\b)(?P<owner>(?:[Aa]l-)?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}?)"
    r"(?:['\u2019]s|(?P<run>-run|-controlled))? "
    r"(?P<body>(?:[a-z]+\s+){0,2}ministry|[Mm]inistry\s+of\s+[\w\s]+|(?:[A-Z][a-z]+\s+){1,2}Ministry)$")
SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s|[:;\n]")
# "the country's information ministry": the report's own state, told without its name.
COUNTRY_OWNS = re.compile(r"(?i)^(?:the\s+)?(?:country|nation|government)['\u2019]s\s+")
BODY_TYPES = ("organization",)
OWNER_TYPES = ("state", "state_forces", "armed_group")


def _owner(ctx: RelationContext, word: str, body: str) -> str | None:
    """The armed actor of the report that `word` names: one whose own form is the word first
    (a spokesman's entity may carry the group's dictionary names too), then one whose dictionary
    name, alias or demonym it is; among several, the most mentioned. Cost: linear in entities."""
    ranked = [(_naming(e, word.lower()), len(e.mentions), e.id) for e in ctx.table.entities.values()
              if e.id != body and e.kind == "Actor" and e.type in OWNER_TYPES]
    best = max((r for r in ranked if r[0]), key=lambda r: r[:2], default=None)
    return best[2] if best else None


def _naming(e: Entity, low: str) -> int:
    """2 when lower-cased `low` is a form of entity `e`, 1 when its dictionary entry's name, alias
    or demonym, else 0."""
    if low in (n.lower() for n in (e.name, *e.forms)):
        return 2
    entry = load_actors().get(e.key[len("actor:"):]) if e.key and e.key.startswith("actor:") else None
    return int(entry is not None and low in (n.lower() for n in (entry.name, *entry.aliases, *entry.demonyms)))


def _owner_written(text: str, m: Mention) -> re.Match[str] | None:
    """The owner word written into mention `m` or right before it ("Lebanon's health ministry",
    "the Houthi-run health ministry"), read from report `text` up to the mention's end, within
    the mention's sentence (a period after a word, not after an initial as in "U.S.", ends one)."""
    lead = SENTENCE_END.split(text[max(0, m.start - 40):m.start])[-1]
    return OWNER_IN_NAME.search(text, m.start - len(lead), m.end)


def _spanned(ctx: RelationContext, pos: int, body: str) -> bool:
    """Is position `pos` inside a mention of a state actor other than `body` (the owner a rule
    of `relation_chains` reads)?"""
    return any(s <= pos < e and x != body and ctx.is_(x, "Actor", ("state",)) for s, e, x in ctx.table.spans)


def _placed(ctx: RelationContext, eid: str) -> bool:
    """Has an earlier rule already put body `eid` in a state or group?"""
    return any(typ == "PART_OF" and s == eid for (typ, s, _t) in ctx.out)


@relation_rule("part-of-owner-in-name",
               '"Lebanon\'s health ministry", "the GNA\'s Ministry of Health": a ministry whose own name '
               'opens with its owner is part of that owner',
       pos=[("Shelling hit a school in Qasr bin Ghashir on Monday. The GNA's Ministry of Interior said four "
             "pupils were killed.", (("LOCATED_IN", "school", "Qasr bin Ghashir"),
                         ("PART_OF", "Ministry of Interior", "Government of National Accord")))],
       neg=[("Shelling hit a school in Qasr bin Ghashir on Monday. The Ministry of Interior said four pupils "
             "were killed.",
             (("LOCATED_IN", "school", "Qasr bin Ghashir"),))])
def _part_of_owner_in_name(ctx: RelationContext) -> None:
    """Each body (an organisation whose form is a ministry) with an owner word opening one of its
    forms, resolved to another actor of the report by form, dictionary alias or demonym, is
    PART_OF that actor. Cost: linear in entities times forms, one actor look-up per hit."""
    for e in ctx.table.entities.values():
        if e.kind != "Actor" or e.type not in BODY_TYPES or _placed(ctx, e.id):
            continue
        for m in (_owner_written(ctx.text, x) for x in e.mentions):
            # "the Houthi-run ministry": a body a side runs without being its state is left out
            # (gold ties it to the side in one set and to no side in another).
            # An owner that is a name of its own right before the body is relation_chains' case.
            owner = _owner(ctx, m.group("owner"), e.id) if m and not m.group("run") \
                and not _spanned(ctx, m.start("owner"), e.id) else None
            if owner:
                ctx.add("PART_OF", e.id, owner, e.mentions[0].start)
                break


@relation_rule("part-of-report-state",
               '"the Ministry of Health said", "the country\'s information ministry": a ministry named '
               "with no owner belongs to the report's state",
       pos=[("Gunmen killed 12 villagers in Dolo, Somalia, on Monday, the Ministry of Information said. "
             "Somalia's president condemned the attack.",
             (("LOCATED_IN", "Dolo", "Somalia"), ("PART_OF", "Ministry of Information", "Somalia")))],
       neg=[("Gunmen killed 12 villagers in Dolo, Somalia, on Monday, the Ministry of Information said.",
             (("LOCATED_IN", "Dolo", "Somalia"),))])
def _part_of_report_state(ctx: RelationContext) -> None:
    """Each ministry not yet placed whose every form is a bare ministry name (or "the
    country's ..." one) is PART_OF the report's state, when the report names that state as an
    actor. Cost: linear in entities; the report's state is found once."""
    state: str | None = None
    for e in ctx.table.entities.values():
        if e.kind != "Actor" or e.type not in BODY_TYPES or _placed(ctx, e.id):
            continue
        if not all(MINISTRY.match(COUNTRY_OWNS.sub("", f).strip()) for f in e.forms) \
                or any(_owner_written(ctx.text, x) for x in e.mentions):
            continue
        state = state or _report_state(ctx)
        if state is None:
            return
        ctx.add("PART_OF", e.id, state, e.mentions[0].start)
