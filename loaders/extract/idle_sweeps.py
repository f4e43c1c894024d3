"""A plural of group nouns that does nothing in the report ("armed groups have competed for the
port since 2019", "armed groups operate across the region", "rights groups say armed groups
recruit the young") is a sweep over a war's groups, not a party: no actor of its own.

The dictionary reads such plurals as its unnamed rebels. Where the report uses them as a side (the
perpetrator or target of an incident, a source, an attribution record) they stay; where no frame
uses them, the entity is left without mentions and drops out, as the guide keeps actors for
parties. A count or sweep opening the plural ("all armed groups", "the two armed groups") is
:func:`generic_sides.counted_group_plurals`' business and is left to it.

Unnamed attackers ("gunmen") that a frame told as its doers but gave, on a named source's word,
to a named armed group are that group's fighters and go the same way
(:func:`drop_idle_unnamed`).

Cost: one pass over the frames and the generic side's mentions.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.generic_sides import QUANTIFIED, UNNAMED
from sitgraph.loaders.extract.rules import actors, rule

# A side's mention that is a set of groups, not fighters ("armed groups", "the factions").
GROUP_PLURAL = re.compile(r"(?i)\b(?:groups|factions|movements|organi[sz]ations|coalitions|alliances)\s*$")


@rule("actor.idle-group-sweep", "a plural of group nouns ('armed groups', 'armed factions') that is nobody's "
      "perpetrator, target, source or record is a sweep over the war's groups, not a party",
      pos=[("Gunmen killed four traders in Tibesti on Monday, police said.\n\nArmed groups linked to gold "
            "smuggling have fought over the area for years.", ("civilians", "police", "unknown gunmen"))],
      neg=[("Armed groups attacked a camp near Bunia on Monday, killing nine people.", ("civilians", "rebels"))],
      probe=actors, off=lambda frames, table, text: None)
def drop_idle_sweeps(frames: list[Any], table: Any, text: str) -> None:
    """Take out of `table` the generic side whose every mention is a plural of group nouns when
    no frame uses it (as perpetrator, target, source, attribution record or its giver): the
    report sweeps over the groups of a war ("armed groups have fought there for a decade"),
    it names no party. Cost: one pass over the frames."""
    used = _used(frames)
    for eid, ent in list(table.entities.items()):
        if ent.key == "actor:rebels" and ent.mentions and eid not in used and _sweep(ent, text):
            table.drop(eid)


def _used(frames: list[Any]) -> set[str]:
    """The entity ids `frames` name as perpetrator, target, source, attribution record or its giver."""
    used = {a for f in frames for a in (*f.actors, *f.targets, *f.claimed_by)}
    return used | {x for f in frames for a, _how, by, _ev in f.attribution for x in (a, by) if x}


def _sweep(ent: Any, text: str) -> bool:
    """Is every mention of `ent` a plural of group nouns no count opens? (A counted sweep, "all
    armed groups", is generic_sides.counted_group_plurals' own.)"""
    return all(GROUP_PLURAL.search(m.text) and not QUANTIFIED.search(text[max(0, m.start - 40):m.start])
               for m in ent.mentions)


# The unnamed attackers a report names a group's fighters by in passing ("gunmen", "armed men").
IDLE_UNNAMED = frozenset({"actor:unknown-gunmen"})


@rule("actor.idle-unnamed-attackers", "unnamed attackers ('gunmen', 'armed men') told as the doers of an incident "
      "the report then gives to a named armed group, and nobody's perpetrator, target or source, are that "
      "group's fighters, not a side of their own",
      pos=[("Gunmen ambushed a bus near Garissa on 9 March 2021, killing 11 passengers. Kenyan police said "
            "al-Shabaab carried out the attack.", ("Kenya", "al-Shabaab", "civilians"))],
      neg=[("Gunmen ambushed a bus near Garissa on 9 March 2021, killing 11 passengers. Kenyan police said "
            "they were searching the area.", ("Kenya", "civilians", "unknown gunmen"))],
      probe=actors, off=lambda frames, table: None)
def drop_idle_unnamed(frames: list[Any], table: Any) -> None:
    """Take out of `table` the unnamed attackers (:data:`IDLE_UNNAMED`) that a frame records as
    its doers while giving its act to a named armed group ("gunmen ambushed a convoy ... the
    prosecutor blamed the Gulf Cartel", a named source giving it), when no frame uses them as
    perpetrator, target, source or giver of a record, and no sentence names them beside a named group
    other than the one their act was given to ("gunmen from a nearby village attacked X, where Boko
    Haram militants had burned a school": two sides; "gunmen killed seven children, an attack the
    government blamed on separatists": one).
    The guide lists such words among the group's names. Cost: one pass over the frames."""
    used = {a for f in frames for a in (*f.actors, *f.targets, *f.claimed_by)}
    used |= {by for f in frames for _a, _how, by, _ev in f.attribution if by}
    given = _doers_given_away(frames, table)
    for eid in set(given) - used:
        ent = table.entities[eid]
        if ent.key in IDLE_UNNAMED and ent.mentions and not _beside_named(ent, table, given[eid]):
            table.drop(eid)
            for f in frames:
                # The record only told who the doers were; the frame gave its act to the group.
                f.attribution = [r for r in f.attribution if r[0] != eid]


def _doers_given_away(frames: list[Any], table: Any) -> dict[str, set[str]]:
    """Entity ids recorded as the doers of a frame whose perpetrators are named armed groups only,
    given to them by a source the report names ("State authorities blamed the Gulf Cartel"), each
    with the groups their act was given to."""
    out: dict[str, set[str]] = {}
    for f in frames:
        given = any(a in f.actors and by for a, _how, by, _ev in f.attribution)
        if given and f.actors and all(_named_group(table.entities.get(a)) for a in f.actors):
            for a, _how, _by, _ev in f.attribution:
                if a not in f.actors and a in table.entities:
                    out.setdefault(a, set()).update(f.actors)
    return out


def _beside_named(ent: Any, table: Any, owners: set[str]) -> bool:
    """Does the sentence of one of `ent`'s mentions hold a named armed group's mention, other
    than the groups (`owners`) the act was given to? The sentence that tells the gunmen's act and
    names the group it was put on ("gunmen killed seven children, an attack the government blamed
    on separatists") names one side, not two."""
    text = table.report.text
    for m in ent.mentions:
        start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        stop = _sentence_end(text, m.end)
        if any(start <= s < stop and eid not in owners and _named_group(table.entities.get(eid))
               for s, _e, eid in table.spans):
            return True
    return False


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence running at `at` ends (its full stop or line break), else the text's end."""
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(text)


def _named_group(ent: Any) -> bool:
    """Is `ent` an armed group the report names (not one of the dictionary's unnamed sides)?"""
    return ent is not None and ent.kind == "Actor" and ent.type == "armed_group" and ent.key not in UNNAMED
