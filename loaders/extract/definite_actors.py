"""A definite noun read as the armed side it stands for: "the coalition denied ...", "the group
claimed ...".

Input: a noun token of a parsed sentence and the sentence reader (its entity table); output:
the id of the armed side last named before the noun whose name ends in that noun ("the
Saudi-led coalition"), or, for a group noun ("the group", "the militants"), the last armed
group named; none when the noun has no "the" or no side fits. Cost: a bisection into the
report's sorted mention spans, then a walk back through the mentions before the noun.
Used by :mod:`attribution` (claimants and sides blamed), :mod:`claims` and :mod:`phrase_sides`.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.definite_forces import named_with
from sitgraph.loaders.extract.definite_group_heads import named_with_head
from sitgraph.loaders.extract.later_blame import named_group

GROUP_NOUNS = frozenset("group militia movement organisation organization insurgents militants rebels".split())


def definite_actor(tok: Any, reader: Any) -> list[str]:
    """"The coalition denied ...", "the group claimed ...": a definite noun standing for the
    armed side last named before it whose name ends in that noun ("the Saudi-led
    coalition"), or, for "the group", the last armed group named."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.pos_ != "NOUN":
        return []
    noun = tok.lower_
    table = reader.table
    # Back from the noun through the sorted spans: the first start that has a match is the
    # last named; of the mentions starting there, the first in text order (a forward scan
    # of every mention per noun made long reports quadratic).
    before = table.spans[:bisect_left(table.spans, (tok.idx,))]
    for i in range(len(before) - 1, -1, -1):
        s = before[i][0]
        if _stands_for(table.entities[before[i][2]], noun):
            same = before[bisect_left(before, (s,)):i + 1]
            return [next(eid for _s, _e, eid in same if _stands_for(table.entities[eid], noun))]
    return []


def _stands_for(ent: Any, noun: str) -> bool:
    """Can the definite `noun` stand for entity `ent` (an armed side)?"""
    if ent.kind != "Actor" or ent.type not in ARMED_TYPES:
        return False
    return (ent.name or "").lower().split()[-1:] == [noun] or named_with(ent, noun) or named_with_head(ent, noun) or (
        noun in GROUP_NOUNS and ent.type == "armed_group" and named_group(ent))  # not "gunmen"
