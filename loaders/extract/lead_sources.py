"""The source of a lead that sums up several attacks is the source of each attack the next
paragraphs tell one by one.

Wire and broadcast copy opens with one attributed sentence over a day's attacks ("Officials
say bombers killed 20 people in attacks on a school and on pilgrims in Baghdad"; "Police said
three blasts hit the city on Sunday") and then tells each attack without repeating who said
so. The guide counts every source the report cites for an event; the lead's speaker is cited
for all of them. Only an attack at a place or target the lead names takes it; an attack told
later with a source of its own keeps it, and one told before the lead, or past the few
sentences that detail it, takes nothing.

Cost: one pass over the report's frames.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_claimers, rule

# A lead summing up several attacks: a plural attack noun, or a count of them.
SEVERAL = re.compile(
    r"(?i)\b(?:attacks|blasts|bombings|explosions|strikes|airstrikes|air\s+strikes|raids|assaults|ambushes"
    r"|shellings)\b")
# How far past the lead its details may run (sentences).
REACH = 4


@rule("claim.lead-source-covers-details", "the source of a lead summing up several attacks is cited for each "
      "attack the next sentences tell without a source of their own",
      pos=[("Local officials said three blasts hit the city of Maiduguri, Nigeria, on Sunday, killing 30 people. "
            "A second bomber struck a mosque in Maiduguri, killing 12 worshippers.",
            (("Nigeria",), ("Nigeria",)))],
      neg=[("Local officials said a blast hit a market in Maiduguri, Nigeria, on Sunday, killing 18 traders. A "
            "second bomber struck a mosque in the Gwange district, killing 12 worshippers.", (("Nigeria",), ()))],
      probe=event_claimers, off=lambda frames, texts, table: None)
def cite_lead_source(frames: list[Any], texts: dict[int, str], table: Any) -> None:
    """Give the incidents told within REACH sentences after a sourced lead over several
    attacks (`texts`: sentence number -> text), at a place or target the lead names, the
    lead's sources, where they have none."""
    lead = _sourced_lead(frames, texts)
    if lead is None:
        return
    # The scenes the lead covers: its own, and those of each detail cited in turn ("A second
    # bomber targeted a nearby police station" after the attack at that village told as a detail:
    # a lead summed up as a day's total names the acts, not always their villages).
    scenes = set(lead.places + lead.targets)
    for f in sorted(frames, key=lambda g: g.sent_index):
        if f is lead or f.claimed_by or f.role != "incident" or f.kind != "Attack":
            continue
        if lead.sent_index < f.sent_index <= lead.sent_index + REACH and _named_in_lead(f, scenes, table):
            f.claimed_by = list(lead.claimed_by)
            scenes |= _own_scenes(f, table)


def _named_in_lead(f: Any, scenes: set[str], table: Any) -> bool:
    """Does the lead (its `scenes`) name a place or target of `f` (no victim group, no
    country: any attack has those)?"""
    return bool(_own_scenes(f, table) & scenes)


def _own_scenes(f: Any, table: Any) -> set[str]:
    """The places and targets of `f` that set it apart (no victim group, no country)."""
    return {e for e in f.places + f.targets if table.entities[e].type != "civilians" and not _country(table, e)}


def _country(table: Any, eid: str) -> bool:
    ent = table.entities[eid]
    return ent.kind == "Place" and ent.type == "country"


def _sourced_lead(frames: list[Any], texts: dict[int, str]) -> Any:
    """The report's lead (its first attack frame, or the second where the first is an unsourced
    headline) when a source is cited for it and its sentence sums up several attacks; else None."""
    attacks = sorted((f for f in frames if f.kind == "Attack"), key=lambda f: f.sent_index)
    lead = next((f for f in attacks[:2] if f.claimed_by), None)
    if lead is None:
        return None
    return lead if SEVERAL.search(texts.get(lead.sent_index, "")) else None
