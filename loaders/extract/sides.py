"""Generic sides standing for the report's named armed group: "the rebels shelled ..." in a
report on the Houthis is the Houthis' attack.

Reports name a group once ("Houthi rebels", "al-Shabab militants") and then call it by the
common noun. Once a report's incidents are assembled, an incident whose perpetrator is the
generic side (the dictionary's unnamed rebels or militia) gets the one named group the noun
stands for: the one the report calls by that noun ("Houthi rebels" for "the rebels"), else
the report's only named armed group at home in its lands. The generic side is replaced, not
joined (one side, not two allies), and its mention there becomes the group's. Nothing
happens where the group is the incident's target (the side struck is not the striker) or
its source ("rebels shelled X, the group said"), where the noun carries a proper qualifier
of its own ("Kurdish rebels": that people's fighters), or where the report names several
groups and calls none of them so. "Gunmen" and "attackers" are left alone: a report calls
them so because it does not know who they are (a claim or a suspicion names them; see
attribution.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.entry_sides import entry_around
from sitgraph.loaders.extract.rules import event_actors, nothing, rule

# Dictionary actors that name no side: the rebels (militants, insurgents) and a militia.
STAND_IN_KEYS = frozenset({"actor:rebels", "actor:militia"})
GENERIC_KEYS = STAND_IN_KEYS | {"actor:unknown-gunmen"}
# A capitalised word right before the noun qualifies it ("Kurdish rebels", "Azadi Front
# rebels"), unless it opens the sentence or is an article.
QUALIFIER = re.compile(r"(?:^|[^.!?\n]\s)(?!The\b|A\b|An\b|Some\b|Other\b)([A-Z][\w'’-]+)\s*$")


@rule("actor.side-stands-for-group", "a generic side ('the rebels', 'the militants') perpetrating an incident is "
      "the one named armed group the report calls so (else its only named group)",
      pos=[("The Houthis seized the port of Hodeida last week. On Tuesday the rebels shelled a power station "
            "in Taiz.", (("Houthis",), ("Houthis",)))],
      neg=[("Houthi rebels seized the port of Hodeida last week. On Tuesday Kurdish rebels shelled a power "
            "station in Taiz.", (("Houthis",), ("Kurdish rebels",))),
           ("Houthi rebels seized the port of Hodeida last week. On Tuesday Sunni militias shelled a power "
            "station in Taiz.", (("Houthis",), ("militiamen",)))],
      probe=event_actors, off=nothing)
def stand_in_group(f: Any, table: Any, text: str) -> None:
    """Replace the generic side among frame `f`'s actors with the named group it stands for
    (see the module doc); the group inherits the generic side's attribution records.
    `text` is the report's text. Cost: a scan of the report's mentions per generic actor."""
    for eid in [a for a in f.actors if table.entities[a].key in STAND_IN_KEYS]:
        group = _group_for(f, eid, table, text)
        if group is None or group in f.targets or group in f.claimed_by:
            continue
        f.actors = list(dict.fromkeys(group if a == eid else a for a in f.actors))
        f.attribution = [(group if a == eid else a, how, by, ev) for a, how, by, ev in f.attribution]
        move_mentions(table, eid, group, [(f.sent_start, f.sent_end), *f.evidences])


def move_mentions(table: Any, eid: str, group: str, ranges: list[tuple[int, int]]) -> None:
    """The mentions of `eid` inside `ranges` become mentions of `group` ("the rebels" in the
    incident's sentences names the group); `eid` left without mentions is kept only where
    something else uses it."""
    ent, grp = table.entities[eid], table.entities[group]
    inside = [m for m in ent.mentions if any(lo <= m.start < hi for lo, hi in ranges)]
    if not inside:
        return
    rest = tuple(m for m in ent.mentions if m not in inside)
    table.entities[eid] = replace(ent, mentions=rest)
    # In the text's order, as every entity's mentions are: appended, they would follow the order
    # frames were visited, which need not be the same from one run to the next.
    merged = tuple(sorted(grp.mentions + tuple(inside), key=lambda m: (m.start, m.end)))
    table.entities[group] = replace(grp, mentions=merged)
    moved = {(m.start, m.end) for m in inside}
    table.spans[:] = sorted((s, e, group if x == eid and (s, e) in moved else x) for s, e, x in table.spans)
    if not rest:
        table.drop(eid)


def _group_for(f: Any, eid: str, table: Any, text: str) -> str | None:
    """The named group the generic actor `eid` of frame `f` stands for, or None."""
    nouns = _nouns(f, eid, table, text)
    if not nouns:
        return None
    lands = {e.country for e in table.entities.values() if e.kind == "Place" and e.country}
    called: set[str] = set()
    named: set[str] = set()
    entry = entry_around(text, f.sent_start)  # a timeline's entry is a report of its own
    for s, e, other in table.spans:
        if not named_armed_group(table.entities[other]) or entry is not None and not entry[0] <= s < entry[1]:
            continue
        said = text[s:e].lower()
        if any(said.endswith(" " + n) or said.endswith(" " + n + "s") for n in nouns):
            called.add(other)
        elif not _foreign(table.entities[other].key, lands):
            named.add(other)
    # Several groups called so: none of them (and not some other group either).
    pick = called or named
    return next(iter(pick)) if len(pick) == 1 else None


def _nouns(f: Any, eid: str, table: Any, text: str) -> set[str]:
    """The nouns ("rebel", "militant") by which `eid` is told in `f`'s sentences, singular;
    empty when any of them carries a qualifier: a proper one before it ("Kurdish rebels") or
    words of its own mention ("Sunni militias", "community-based militias")."""
    out: set[str] = set()
    for lo, hi in [(f.sent_start, f.sent_end), *f.evidences]:
        for s, e, other in table.starting_in(lo, hi):
            if other != eid:
                continue
            if QUALIFIER.search(text[max(lo, s - 40):s]):
                return set()
            words = [w for w in text[s:e].lower().split() if w not in ("the", "a", "an", "some")]
            if len(words) > 1:
                return set()  # "Sunni militias", "local rebels": a side qualified by its own words
            if words:
                out.add(words[-1].removesuffix("s"))
    return out


def named_armed_group(ent: Any) -> bool:
    """Is `ent` an armed group the report names, not a description of unknown attackers?"""
    return ent.kind == "Actor" and ent.type == "armed_group" and ent.key not in GENERIC_KEYS


def _foreign(key: str | None, lands: set[str]) -> bool:
    """Is the dictionary group `key` at home in none of `lands` (the countries of the report's
    places)? Such a group (contractors, an expeditionary force) fights for a state abroad, not
    as the rebels. Unknown groups and reports without countries: False."""
    entry = load_actors().get(key.split(":", 1)[1]) if key and key.startswith("actor:") else None
    return bool(entry and entry.country and lands and entry.country not in lands)
