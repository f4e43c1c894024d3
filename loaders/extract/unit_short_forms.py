"""A numbered unit named once with its owner and then bare is one unit: "the UPDF's 2nd Division
... the commander of the 2nd Division", "the Lebanese Army's 12th Brigade ... the 12th Brigade".

Military statements and encyclopedic articles give a unit's owner the first time and drop it
after; the number tells the unit apart, so the bare form is the owned unit the report named,
not a unit of its own. Read apart they are two actors where the guide has one, whose names hold
both forms. Two owners with a unit of the same number ("the army's 3rd Brigade" and "the
rebels' 3rd Brigade") leave the bare form alone.

Cost: linear in candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, rule

# A numbered unit's own words: "2nd Division", "12th Mechanised Brigade".
NUMBERED = re.compile(r"^(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s+\S", re.IGNORECASE)

UNIT_TYPES = frozenset({"state_forces", "armed_group", "organization"})


def _unit_words(c: Cand) -> str:
    return fold(re.sub(r"^(?:the|The)\s+", "", c.text))


@rule("actor.owned-unit-short-form", "a numbered unit named bare ('the 2nd Division') after the report named it "
      "with its owner ('the UPDF's 2nd Division') is that owned unit",
      pos=[("The UPDF's 2nd Division cut off their escape. The commander of the 2nd Division said 19 attackers were "
            "killed.",
            (("UPDF's 2nd Division", "2nd Division"), ("Uganda", "UPDF")))],
      neg=[("The Lebanese Army's 12th Brigade held Tripoli while the Syrian Arab Army's 12th Brigade held Homs. The "
            "12th Brigade said the border was calm.",
            (("12th Brigade", "12th Brigade"), ("Lebanese Army's 12th Brigade", "12th Brigade"),
             ("Lebanon", "Lebanese Army"), ("Syrian Arab Army's 12th Brigade", "12th Brigade"),
             ("Syrian government", "Syrian Arab Army")))],
      probe=actor_forms, off=lambda cands: cands)
def owned_unit_short_forms(cands: list[Cand]) -> list[Cand]:
    """`cands` with each bare numbered unit regrouped under the one owned unit of the same
    words (see the module doc)."""
    units = [c for c in cands if _numbered_unit(c)]
    owned: dict[str, set[str]] = {}  # the unit's own words -> groups of the owned units so worded
    first: dict[str, Cand] = {}
    for c in units:
        if _with_owner(c):
            owned.setdefault(_unit_words(c), set()).add(c.group)
            first.setdefault(c.group, c)
    if not owned:
        return cands
    bare = {id(c) for c in units if fold(c.name) == _unit_words(c)}
    out = []
    for c in cands:
        groups = owned.get(_unit_words(c), set()) if id(c) in bare else set()
        if len(groups) == 1:
            to = first[next(iter(groups))]
            c = replace(c, group=to.group, name=to.name, key=to.key, type=to.type)
        out.append(c)
    return out


def _numbered_unit(c: Cand) -> bool:
    # Another reader may have typed the bare form otherwise ("60th Division" as a group's).
    return c.kind == "Actor" and c.type in UNIT_TYPES and c.group.startswith("org:") and bool(NUMBERED.match(c.text))


def _with_owner(c: Cand) -> bool:
    """Does the unit's name hold its owner ("UPDF's 2nd Division")?"""
    return c.type == "state_forces" and fold(c.name) != _unit_words(c)
