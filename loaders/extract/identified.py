"""Unnamed attackers the report identifies: "gunmen believed to be Boko Haram militants",
"assailants suspected to be members of al-Shabaab". The generic group ("gunmen") is, in
that report, the named group it is said to be.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actor_forms, branch, enabled, rule

GENERIC = frozenset({"actor:unknown-gunmen", "actor:rebels", "actor:militia", "actor:bandits", "actor:gangs"})
VAGUE = frozenset({"actor:unknown-gunmen", "actor:rebels", "actor:militia"})
ARMED = frozenset({"armed_group", "state_forces", "state"})
# ", believed to be", "suspected of being", "identified as", "suspected of belonging to",
# "affiliated with", "loyal to": what ties the generic word to a name; a descriptor may stand
# before the name ("the al Qaeda-linked group JNIM").
_TIE = (r"(?:(?:believed|thought|suspected|said|reported|understood|alleged)\s+to\s+(?:be|have\s+been|belong\s+to)"
        r"|suspected\s+of\s+(?:being|belonging\s+to)|identified\s+as|belonging\s+to"
        r"|(?:(?:believed|thought|suspected|said)\s+to\s+be\s+)?(?:affiliated\s+with|linked\s+to|loyal\s+to)"
        r"|from)")
_DESCRIPTOR = (r"(?:(?:an?\s+|the\s+)?(?:[\w'\u2019]+(?:[\s-][\w'\u2019]+){0,3}"
               r"-(?:linked|affiliated|allied|aligned|inspired)\s+)?(?:(?:jihadist|islamist|militant|extremist|armed|rebel|insurgent|terrorist|rival)\s+)*"
               r"(?:group|faction|movement|organi[sz]ation|network)\s*,?\s+)?")
IDENTIFIED_AS = re.compile(
    rf"\s*,?\s*(?:who\s+(?:are|were)\s+)?{_TIE}\s+(?:members\s+of\s+|fighters\s+(?:of|from)\s+)?"
    rf"(?:the\s+)?{_DESCRIPTOR}$", re.IGNORECASE)
# "al Qaeda-linked": a group named only as another's affiliation.
AFFILIATION = re.compile(r"\s*-\s*(?:linked|affiliated|allied|aligned|inspired|backed)\b", re.IGNORECASE)


# "armed groups linked to al-Qaida and the Islamic State group have fought there for a decade": a
# sweep of groups tied to a patron describes the region's groups, not who the report's unnamed
# attackers are; only a tie of affiliation, never "believed to be", and only plural group nouns
# ("militants linked to X" still names the militants by X).
SWEEP_NOUN = re.compile(r"(?i)\b(?:groups|factions|organi[sz]ations|movements|networks|outfits)$")
AFFILIATION_TIE = re.compile(r"(?i)^\s*,?\s*(?:affiliated\s+with|linked\s+to|allied\s+(?:to|with)|aligned\s+with)\b")

SWEEP = branch("actor.sweep-tied-to-patron", "'armed groups linked to al-Qaida have fought there': a sweep of groups "
               "tied to a patron does not make the report's unnamed militants the patron",
               pos=[("Militants attacked an army post near Karimama on Sunday, killing 14 soldiers. Armed groups "
                     "linked to al-Qaida and the Islamic State group have fought there for a decade.",
                     (("Islamic State", "Islamic State group"), ("al-Qaeda", "al-Qaida"),
                      ("government forces", "soldiers"), ("rebels", "Armed groups"), ("rebels", "Militants")))],
               neg=[("Militants attacked an army post near Karimama on Sunday, killing 14 soldiers. The militants, "
                     "linked to al-Qaida, have fought in the region for a decade.",
                     (("al-Qaeda", "Militants"), ("al-Qaeda", "al-Qaida"), ("al-Qaeda", "militants"),
                      ("government forces", "soldiers")))],
               probe=actor_forms, where="identified._ties")


def _sweep_tied(mention: str, between: str) -> bool:
    """Is the generic `mention` a plural of groups tied by affiliation (`between`: the words up
    to the named side) rather than identified as it?"""
    return bool(SWEEP_NOUN.search(mention) and AFFILIATION_TIE.match(between))


@rule("actor.identified-generic", "'gunmen believed to be Boko Haram militants': the report's unnamed gunmen are "
      "the group they are said to be",
      pos=[("Gunmen believed to be Boko Haram militants attacked Buni Yadi. Residents said the gunmen had camped in "
            "a forest for days.",
            (("Boko Haram", "Boko Haram militants"), ("Boko Haram", "Gunmen"), ("Boko Haram", "gunmen"))),
           ("Gunmen suspected of belonging to the al-Qaeda-linked group JNIM attacked an army post in Djibo.",
            (("Jama'at Nusrat al-Islam wal-Muslimin", "Gunmen"), ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
             ("al-Qaeda", "al-Qaeda")))],
      neg=[("Gunmen attacked a school in Buni Yadi. Boko Haram militants burned a school in Gujba.",
            (("Boko Haram", "Boko Haram militants"), ("unknown gunmen", "Gunmen"))),
           ("Gunmen from a nearby village attacked Buni Yadi, where Boko Haram militants had burned a school.",
            (("Boko Haram", "Boko Haram militants"), ("unknown gunmen", "Gunmen")))],
      probe=actor_forms, off=lambda cands, text: cands)
def identified_generics(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` (in text order) with every mention of a generic armed group the report ties
    to a named armed actor ("gunmen believed to be X") regrouped as that actor; a generic
    group tied to two named actors stays as it is. Cost: linear in candidates."""
    named, by_group = _ties(cands, text)
    join = {g: by_group[next(iter(n))] for g, n in named.items() if len(n) == 1}
    return [replace(c, group=join[c.group].group, name=join[c.group].name, key=join[c.group].key,
                    type=join[c.group].type) if c.kind == "Actor" and c.group in join else c for c in cands]


def _ties(cands: list[Cand], text: str) -> tuple[dict[str, set[str]], dict[str, Cand]]:
    """For each generic group, the named armed actors a mention of it is tied to ("gunmen
    believed to be X": the next armed actor after it, not one named only as an affiliation),
    and those actors' candidates by group."""
    named: dict[str, set[str]] = {}
    by_group: dict[str, Cand] = {}
    # A generic word may be tied to a named actor or to a narrower generic one ("armed men
    # suspected to be bandits"), never to the vaguest ("militants believed to be gunmen").
    armed = [c for c in cands if c.kind == "Actor" and c.type in ARMED and c.group not in VAGUE
             and not AFFILIATION.match(text, c.end)]
    starts = [c.start for c in armed]
    for a in cands:
        if a.kind != "Actor" or a.group not in GENERIC:
            continue
        i = bisect_left(starts, a.end)
        if i < len(armed) and armed[i].group != a.group and IDENTIFIED_AS.match(text[a.end:armed[i].start]) \
                and not (enabled(SWEEP) and _sweep_tied(a.text, text[a.end:armed[i].start])):
            named.setdefault(a.group, set()).add(armed[i].group)
            by_group[armed[i].group] = armed[i]
    return named, by_group
