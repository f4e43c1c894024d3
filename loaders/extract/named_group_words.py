""""The group" in a blame or a claim stands for the armed group the report has named, not for
the unnamed gunmen of the incident: "On Monday, gunmen attacked a bus near Mandera ... Police
blamed the group" after a paragraph on al-Shabaab blames al-Shabaab.

News copy in every war tells an attack by its unnamed attackers ("gunmen", "armed men") and
then whom officials blame by a definite group noun ("the group", "the same group", "the
militia"). :func:`attribution.definite_actor` takes the armed side last named before the noun;
the unnamed side is the last named there, so the blame went back onto the gunmen. Only in a
blame, an accusation or a claim is the unnamed side passed over for a named group before it;
elsewhere ("the group then fled") the gunmen may be meant, and with no named group before, the
unnamed side is still taken. Cost: a climb of three heads per definite group noun.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.events import UNNAMED_SIDES
from sitgraph.loaders.extract.rules import branch, enabled, event_actors

NAMED_GROUP = branch("actor.the-group-is-named", "'gunmen attacked a bus ... The government blamed the same group': "
                     "'the group' stands for the armed group last named, not for the unnamed gunmen",
                     pos=[("RED-Tabara has fought the government since 2011. On Sunday, gunmen attacked a bus in "
                           "Bubanza, killing five passengers. The government blamed the group.", (("RED-Tabara",),))],
                     neg=[("On Sunday, gunmen attacked a bus in Bubanza, killing five passengers. The government "
                           "blamed the group.", (("unknown gunmen",),))],
                     probe=event_actors, where="named_group_words.passed_for_named")

# The verbs whose side "the group" names: a blame, an accusation, a suspicion, a claim.
BLAME_FAMILY = frozenset("blame accuse suspect pin attribute hold claim".split())


def _blamed_word(tok: Any) -> bool:
    """Is `tok` the side of a blame, an accusation or a claim ("blamed the group", "blamed it on
    the group", "the group claimed"), within two heads? Elsewhere ("the group fled") an unnamed
    side may be meant."""
    head = tok
    for _ in range(3):
        if head.lemma_.lower() in BLAME_FAMILY:
            return True
        if head.head is head:
            return False
        head = head.head
    return False


def _unnamed_for(ent: Any, noun: str) -> bool:
    """Is `ent` an unnamed side ("unknown gunmen", "rebels") that the group noun `noun` only
    reaches as any armed group, not by its own head word?"""
    name = (ent.name or "").lower()
    return name in UNNAMED_SIDES and name.split()[-1:] != [noun]


def passed_for_named(ent: Any, noun: str, tok: Any) -> bool:
    """Is `ent`, the side the definite group noun `tok` (`noun`) would stand for, an unnamed
    side to pass over for a named group before it, since `tok` is blamed or claims?"""
    return enabled(NAMED_GROUP) and _unnamed_for(ent, noun) and _blamed_word(tok)
