"""The word for a group's members written after a group the report named ("BIFF gunmen", "ADF
fighters"): the group's people, not an unnamed side.

English names a group's people by putting the group's name (often its abbreviation, defined in
brackets earlier in the report) before the noun, in every outlet: the noun then belongs to that
group, not to an unnamed side of "unknown gunmen". Cost: one pass over the kept candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

# The member nouns a group's name may stand before ("BIFF gunmen", "ADF fighters").
# Written out, narrower than wordlists.fighter_nouns on purpose, as group_premodifiers.MEMBERS:
# "terrorist", "bandit" and "extremist" after a name are often a state's word for the enemy dead.
MEMBER_WORD = re.compile(r"(?i)(?:gunmen|gunman|fighters?|militants?|militiamen|insurgents?|rebels?|snipers?|"
                         r"jihadists?|bombers?|combatants?)\Z")
# The unnamed sides a bare member noun is read as. "Rebels" after a group is left to the readers
# of a group called so (called_groups.py), which also tell "Kurdish rebels" apart from it.
UNNAMED = frozenset({"actor:unknown-gunmen", "actor:militia"})
# The group's name and its members' noun: one space or a hyphen between them.
JOIN = re.compile(r"[ \t]|-")


@rule("actor.members-after-read-group", "a member noun right after a group the report named ('BIFF gunmen', a "
      "group defined with its abbreviation) is that group, not unknown gunmen",
      pos=[("The Bangsamoro Islamic Freedom Fighters (BIFF) rejected the deal. On Monday BIFF gunmen ambushed an "
            "army truck near Shariff Aguak.", ("Bangsamoro Islamic Freedom Fighters",))],
      neg=[("The Bangsamoro Islamic Freedom Fighters (BIFF) rejected the deal. On Monday gunmen ambushed an army "
            "truck near Shariff Aguak.", ("Bangsamoro Islamic Freedom Fighters", "unknown gunmen"))],
      probe=actor_names, off=lambda cands, text: cands)
def members_after_group(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` (kept, groups joined), where an unnamed side's member noun stands right after an
    armed group's mention: the group's mention widened over the noun, the unnamed one dropped."""
    widened = _widened(cands, text)
    if not widened:
        return cands
    out: list[Cand] = []
    for c in cands:
        w = widened.get(c.start)
        if w is c:
            continue  # the unnamed noun, now inside the group's mention
        out.append(w if w is not None and c.group == w.group and c.end < w.end else c)
    return out


def _widened(cands: list[Cand], text: str) -> dict[int, Cand]:
    """By start: each group mention widened over the member noun after it, and that noun's own
    candidate (to drop)."""
    groups = {c.end: c for c in cands if c.kind == "Actor" and c.type == "armed_group" and c.group not in UNNAMED}
    widened: dict[int, Cand] = {}
    for c in cands if groups else ():
        if c.kind != "Actor" or c.group not in UNNAMED or " " in c.text.strip() or not MEMBER_WORD.search(c.text):
            continue
        g = groups.get(c.start - 1)
        if g is not None and JOIN.fullmatch(text[g.end:c.start]):
            widened[g.start] = replace(g, end=c.end, text=text[g.start:c.end])
            widened[c.start] = c
    return widened
