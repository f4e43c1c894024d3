"""The parties of an agreement the report names in passing, outside any event of agreeing — the
way background sentences of every outlet recall a truce or a peace deal:

- "the 1999 peace accord between the government and the rebels", "a ceasefire signed in 2022
  between X and Y": the two sides after "between" are PARTY_TO it;
- "the rebels broke their truce with the government", "X ended its ceasefire with Y": the side whose
  agreement it is, and the side after "with", are PARTY_TO it.

"The government" with no name of its own is the report's state (the government of the country
where most of the report's places lie), when the report names that state as an actor.

Each rule registers itself in `relations.RULES` (run after the rules of `relations.py`, whose
`party-to-agreement` and `party-to-signers` read the agreements made in the report's events).
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.relation_context import RelationContext, relation_rule
from sitgraph.loaders.extract.relations import _report_state

PARTY_TYPES = ("state", "state_forces", "armed_group")
# After the agreement: "between", maybe after a participle and its date ("signed in 2016 between").
BETWEEN = re.compile(r"^\s+(?:(?:signed|reached|agreed|struck)\s+(?:(?:in|on)\s+[\w\s]{1,20}?\s+)?)?between\s+"
                     r"(?:the\s+)?", re.IGNORECASE)
AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
# Before the agreement: "its ceasefire", "its 2018 truce"; after it: "with the government".
ITS = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
WITH = re.compile(r"^\s+with\s+(?:the\s+)?", re.IGNORECASE)
GOVERNMENT = re.compile(r"^(?:the\s+)?government\b", re.IGNORECASE)


def _party_at(ctx: RelationContext, pos: int) -> tuple[str | None, int]:
    """The armed actor named at `pos` (a mention starting there, or "the government", the
    report's state), and where its name ends; (None, pos) when none."""
    for s, e, x in ctx.table.spans:
        if s == pos and ctx.is_(x, "Actor", PARTY_TYPES):
            return x, e
    m = GOVERNMENT.match(ctx.text[pos:pos + 12])
    if m:
        state = _report_state(ctx)
        return state, pos + m.end() if state else pos
    return None, pos


@relation_rule("party-to-between",
               '"the 1999 peace accord between the government and the rebels": the two sides after '
               '"between" are party to it',
       pos=[("Dissidents attacked a police post in Jamundi, Colombia. Dissident fronts have fought over the area since "
             "the 2016 peace agreement between the Colombian government and the FARC.",
             (("LOCATED_IN", "Jamundi", "Colombia"), ("LOCATED_IN", "police post", "Jamundi"),
              ("PARTY_TO", "Colombia", "2016 peace agreement"), ("PARTY_TO", "FARC", "2016 peace agreement")))],
       neg=[("Dissidents attacked a police post in Jamundi, Colombia. The FARC rejected the 2016 peace agreement "
             "before the attack.", (("LOCATED_IN", "Jamundi", "Colombia"), ("LOCATED_IN", "police post", "Jamundi")))])
def _party_to_between(ctx: RelationContext) -> None:
    """Each agreement followed by "between A and B", A and B armed actors (or "the government"):
    both are PARTY_TO it. Cost: linear in spans."""
    text = ctx.text
    for _s, e, a in ctx.table.spans:
        if not ctx.is_(a, "Agreement"):
            continue
        m = BETWEEN.match(text[e:e + 60])
        if not m:
            continue
        first, end = _party_at(ctx, e + m.end())
        gap = AND_GAP.match(text, end) if first else None
        second, _ = _party_at(ctx, gap.end()) if gap else (None, 0)
        for side in (first, second) if second else ():
            ctx.add("PARTY_TO", side, a, e)


@relation_rule("party-to-its-with",
               '"the rebels broke their truce with the army": the side whose agreement it is, and '
               'the side after "with", are party to it',
       pos=[("Gunmen killed six soldiers in Lakki Marwat, Pakistan. Attacks rose after the TTP ended its ceasefire "
             "with Pakistan in 2022.",
             (("LOCATED_IN", "Lakki Marwat", "Pakistan"), ("PARTY_TO", "Pakistan", "ceasefire"),
              ("PARTY_TO", "Tehrik-i-Taliban Pakistan", "ceasefire")))],
       neg=[("Gunmen killed six soldiers in Lakki Marwat, Pakistan. Attacks rose after the TTP ended the ceasefire "
             "in 2022.", (("LOCATED_IN", "Lakki Marwat", "Pakistan"),))])
def _party_to_its_with(ctx: RelationContext) -> None:
    """Each agreement after "its" and before "with B": the nearest armed actor before it in its
    sentence, and B, are PARTY_TO it. Cost: linear in spans."""
    text, spans = ctx.text, ctx.table.spans
    for i, (s, e, a) in enumerate(spans):
        if not ctx.is_(a, "Agreement") or not ITS.search(text[max(0, s - 30):s]):
            continue
        w = WITH.match(text[e:e + 20])
        other, _ = _party_at(ctx, e + w.end()) if w else (None, 0)
        sent = ctx.sentence_of(s)
        owner = next((x for s0, _e0, x in reversed(spans[:i])
                      if s0 >= sent.start and ctx.is_(x, "Actor", PARTY_TYPES)), None)
        if other and owner and owner != other:
            ctx.add("PARTY_TO", owner, a, s)
            ctx.add("PARTY_TO", other, a, s)
