"""The common noun a report calls its one named group by: "Russian-backed separatists ... the
separatists", "the Ambazonia Defence Forces separatists ... separatist fighters".

Reports of every war name a group once with its qualifier and then by the bare noun. Where
the dictionary's unnamed side (rebels, militia) holds only such bare nouns and exactly one
named armed group of the report is called by that same noun (its mention ends with it), the
bare nouns are that group: one actor per party, not the group and a generic side beside it.
Unlike :func:`sitgraph.loaders.extract.sides.stand_in_group` (the perpetrator of one
incident), this joins the two report-wide, wherever the generic side stands (actor, target,
attribution).

Cost: a pass over the report's mentions per generic side.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import actor_forms
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.sides import QUALIFIER, STAND_IN_KEYS, move_mentions, named_armed_group

RBS = ("Russian-backed separatists", "Russian-backed separatists")
PROBE_POS = (RBS, ("Russian-backed separatists", "separatists"), ("Ukraine", "Ukrainian troops"))
PROBE_NEG = (RBS, ("Ukraine", "Ukrainian troops"), ("rebels", "rebels"))


def _bare_nouns(ent: Any, text: str) -> set[str]:
    """The head nouns of `ent`'s mentions, singular; empty when any mention qualifies its noun
    with words of its own ("Sunni militias", "local rebels")."""
    out: set[str] = set()
    for m in ent.mentions:
        if QUALIFIER.search(text[max(0, m.start - 40):m.start]):
            return set()  # "Kurdish rebels": that people's fighters
        words = [w for w in text[m.start:m.end].lower().split() if w not in ("the", "a", "an", "some")]
        if not words:
            continue
        if len(words) > 2 or (len(words) == 2 and words[-1] not in ("fighters", "forces")):
            return set()
        out.add(words[0].removesuffix("s") if len(words) == 2 else words[-1].removesuffix("s"))
    return out


def _called(table: Any, nouns: set[str], text: str) -> set[str]:
    """The named armed groups some mention of which ends with one of `nouns`."""
    found: set[str] = set()
    for s, e, other in table.spans:
        said = text[s:e].lower()
        if named_armed_group(table.entities[other]) and any(
                said.endswith((" " + n, " " + n + "s", "-" + n + "s")) for n in nouns):
            found.add(other)
    return found


@named_rule("actor.called-by-noun", "the bare noun a report calls its one named group by ('Russian-backed "
            "separatists ... the separatists') is that group everywhere: one actor, not a generic side beside it",
            pos=[("Russian-backed separatists attacked the airport in Donetsk on Sunday. Ukrainian troops shelled "
                  "the separatists near Avdiivka on Monday.", PROBE_POS)],
            neg=[("Russian-backed separatists attacked the airport in Donetsk on Sunday. Ukrainian troops shelled "
                  "local rebels near Avdiivka on Monday.", PROBE_NEG)],
            probe=actor_forms, off=lambda frames, table, text: None)
def fold_called(frames: list[Any], table: Any, text: str) -> None:
    """Join each generic side of `table` to the one named group its bare nouns call (see the
    module doc): its mentions become the group's, and `frames` name the group in its place."""
    for eid, ent in list(table.entities.items()):
        if ent.key not in STAND_IN_KEYS or not ent.mentions:
            continue
        groups = _called(table, _bare_nouns(ent, text), text)
        if len(groups) != 1:
            continue
        group = groups.pop()
        if _opposed(frames, eid, group):
            continue  # "the rebels shelled a Houthi checkpoint": someone else striking the group
        move_mentions(table, eid, group, [(0, len(text) + 1)])
        for f in frames:
            f.actors = list(dict.fromkeys(group if a == eid else a for a in f.actors))
            f.targets = list(dict.fromkeys(group if a == eid else a for a in f.targets))
            f.attribution = [(group if a == eid else a, how, by, ev) for a, how, by, ev in f.attribution]


def _opposed(frames: list[Any], a: str, b: str) -> bool:
    """Does a frame set `a` and `b` against each other (one its actor, the other its target)?"""
    return any((a in f.actors and b in f.targets) or (b in f.actors and a in f.targets) for f in frames)
