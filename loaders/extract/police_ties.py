"""The police force a report names, and what belongs to it, the way outlets of every region write
it when the force has a name of its own ("the National Police", "the Somali Police Force",
"the Kenya Police Service"):

- a police facility ("the district police station", "a police post", "the police academy") is
  OPERATED_BY that force when the report names exactly one police force;
- a police title before or after a name ("police spokesman Name", "Name, a police
  commander") makes the person MEMBER_OF that force rather than of the state (the guide: a
  person in an organisation is MEMBER_OF it; the force is the organisation named).

With no named force, or two of them, nothing is added: "police said" alone names no force, and
two forces leave the facility's operator open. Each rule registers itself in `relations.RULES`.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.relation_context import RULES, RelationContext, relation_rule
from sitgraph.loaders.extract.relations import _member_of_government

# A force's own name: "National Police", "Somali Police Force", "Police Service".
FORCE_NAME = re.compile(r"\bPolice\b")
FORCE_TYPES = ("state_forces", "organization", "agency", "armed_group")
# A facility of the police: the word in its name and a building or post noun.
POLICE_FACILITY = re.compile(r"(?i)\bpolice\s+(?:[a-z]+\s+)?(?:station|post|kiosk|academy|headquarters|"
                             r"checkpoint|barracks|compound|outpost|base|college)\b")
# "police spokesman ", "the district police commander, " right before the name.
POLICE_TITLE_BEFORE = re.compile(
    r"(?i)\bpolice\s+(?:spokes(?:man|woman|person)|chief|commander|commissioner|officer|official)\b,?\s+$")
# ", a police spokesman" right after the name.
POLICE_TITLE_AFTER = re.compile(
    r"(?i)^,\s+(?:the|a)\s+(?:[a-z]+\s+)?police\s+(?:spokes(?:man|woman|person)|chief|commander|commissioner)\b")


def _force(ctx: RelationContext) -> str | None:
    """The one police force the report names (an actor whose name holds "Police"), else None."""
    forces = {e.id for e in ctx.table.entities.values()
              if e.kind == "Actor" and e.type in FORCE_TYPES and any(FORCE_NAME.search(f) for f in e.forms)}
    return forces.pop() if len(forces) == 1 else None


@relation_rule("operated-by-police",
               '"the district police station" in a report naming one police force: the force runs it',
       pos=[("Gunmen attacked the police station in Suarez on Friday, the National Police said.",
             (("LOCATED_IN", "police station", "Suarez"), ("OPERATED_BY", "police station", "National Police")))],
       neg=[("Gunmen attacked the police station in Suarez on Friday, police said.",
             (("LOCATED_IN", "police station", "Suarez"),))])
def _operated_by_police(ctx: RelationContext) -> None:
    ent = ctx.table.entities
    operated = {s for (typ, s, _t) in ctx.out if typ == "OPERATED_BY"}
    force = None
    for e in ent.values():
        if e.kind != "Facility" or e.id in operated or e.id in ctx.table.owner \
                or not any(POLICE_FACILITY.search(f) for f in e.forms):
            continue
        force = force or _force(ctx)
        if force is None:
            return
        ctx.add("OPERATED_BY", e.id, force, e.mentions[0].start)


@relation_rule("member-police-title",
               '"police spokesman Name" in a report naming one police force: the person is the force\'s',
       pos=[("A car bomb killed nine people in Jilib, police spokesman Abdi Nur said; the Somali Police Force "
             "sealed the road.", (("MEMBER_OF", "Abdi Nur", "Somali Police Force"),
                                  ("PART_OF", "Somali Police Force", "Somalia")))],
       neg=[("A car bomb killed nine people in Jilib, police spokesman Abdi Nur said.", ())])
def _member_police_title(ctx: RelationContext) -> None:
    text, force = ctx.text, None
    members = {s for (typ, s, _t) in ctx.out if typ == "MEMBER_OF"}
    for s1, e1, a in ctx.table.spans:
        if a in members or not ctx.is_(a, "Actor", ("person",)):
            continue
        if POLICE_TITLE_BEFORE.search(text[max(0, s1 - 40):s1]) or POLICE_TITLE_AFTER.match(text[e1:e1 + 50]):
            force = force or _force(ctx)
            if force is None:
                return
            ctx.add("MEMBER_OF", a, force, s1)
            members.add(a)


# The force, when named, is the body a police title speaks for: run before the rule that gives a
# government title's person to the report's state.
RULES.remove(_member_police_title)
RULES.insert(RULES.index(_member_of_government), _member_police_title)
