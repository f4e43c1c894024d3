"""One of several victims found dead, told by the body: "abducted three teachers; two were freed
and the body of the third was found on 29 October", "the body of one of them was recovered a
week later". Chronologies and encyclopedic narratives close a kidnapping this way; the one
found dead is a dead of the incident, as "the third was found dead" already reads. The body
picked out of a group told before (an ordinal, "one", "another") counts one.

Left apart: a body named by a description of its own ("the body of a soldier was found"),
which may be another incident's dead, and bodies counted ("the bodies of 12 people", read in
toll_idioms).

The attackers' bodies recovered by those who fought them off ("troops recovered the body of one
attacker after the firefight", "police retrieved the bodies of three gunmen") are the attackers'
dead of the incident, counted on top of its victims (eval/GUIDE.md, Tolls); only the attackers'
own nouns ("attacker", "gunman", "assailant" ...), not a fighter's ("the bodies of 12 rebels"
after an army raid are its targets, read as bodies counted).

Cost: one regex search per sentence holding "body of".
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import FIGURE, parse_number
from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure
from sitgraph.loaders.extract.wordlists import noun_alternation

# Both readers need "body of" / "bodies of" in the sentence: one cheap test before either pattern.
_NEEDS = re.compile(r"(?i:\bbod(?:y|ies)\s+of\b)")
# "the body of the third[, Ana Lis,] was found", "the body of one of them had been recovered".
_BODY_OF_ONE = re.compile(
    r"(?i:\bthe\s+body\s+of\s+(?:the\s+(?:first|second|third|fourth|fifth|sixth|other|last)|one|another)"
    r"(?:\s+of\s+(?:them|the\s+[\w-]+))?(?:\s*,\s*[^,.;]{1,40},)?\s+"
    r"(?:was|had\s+been|has\s+been)\s+(?:later\s+)?(?:found|recovered|discovered|retrieved)\b)")


@rule("toll.body-of-one-found", "'abducted three teachers; the body of the third was found': the one found dead is "
      "a dead of the incident",
      pos=[("On 15 October gunmen stopped a minibus near Lesko and abducted three teachers; two were freed a week "
            "later, and the body of the third, Ana Lis, was found on 29 October.", ((1, None, None),))],
      neg=[("On 15 October gunmen stopped a minibus near Lesko and abducted three teachers; two were freed a week "
            "later, and the body of a soldier was found near the road on 29 October.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def body_found_figures(masked: str) -> list[Figure]:
    """"the body of the third was found": one of the dead (the figure reader's list)."""
    if not _NEEDS.search(masked):
        return []
    return [Figure("killed", 1, (m.start(), m.end())) for m in _BODY_OF_ONE.finditer(masked)]


# "recovered the body of one attacker", "retrieved the bodies of three gunmen": the verb before,
# the count and an attackers' noun (singular after "one"/"an", plural after a larger count).
_ATTACKER_BODIES = re.compile(
    r"(?i:\b(?:recovered|retrieved|found|collected|discovered)\s+the\s+bod(?:y|ies)\s+of\s+"
    rf"(?:(?P<one>an|one)\s+(?:{noun_alternation('attacker_nouns', 'singular')})"
    rf"|(?P<n>{FIGURE}|\d+)\s+(?:{noun_alternation('attacker_nouns', 'plural')}))\b)")


@rule("toll.attackers-bodies-recovered", "'troops recovered the body of one attacker after the firefight': the "
      "attackers' dead, on top of the victims",
      pos=[("Suspected militants ambushed an army patrol near Talang on Friday, killing two soldiers and wounding "
            "three, the army said. Troops recovered the body of one attacker after the firefight.",
            ((3, 3, None),))],
      neg=[("Suspected militants ambushed an army patrol near Talang on Friday, killing two soldiers and wounding "
            "three, the army said. Troops recovered the body of a soldier after the firefight.",
            ((2, 3, None),))],
      probe=event_tolls, off=none_found)
def attacker_bodies_figures(masked: str) -> list[Figure]:
    """"recovered the bodies of three gunmen": the attackers' dead (the figure reader's list)."""
    if not _NEEDS.search(masked):
        return []
    out = []
    for m in _ATTACKER_BODIES.finditer(masked):
        n = 1 if m["one"] else parse_number(m["n"])
        if n:
            out.append(Figure("killed", n, (m.start(), m.end()), attackers=n))
    return out
