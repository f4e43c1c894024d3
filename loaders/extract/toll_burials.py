"""The dead told by those who buried them: "We buried 42 of our people before we left", "the
villagers buried 17 of their neighbours". Survivors, village chiefs and priests in quote-led
stories count an attack's dead as the graves they dug; each person buried is one of the dead of
the incident, as a body counted is (toll_idioms.py reads "buried 40 bodies").

Only people buried by count: not mines or weapons buried, not people "buried alive" or "buried
under the rubble" (trapped, not counted dead), not the passive ("12 people were buried under the
debris").

Pure; one cheap test for the verb, then one pattern.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure, _add_figure, count_value
from sitgraph.loaders.extract.toll_phrases import COUNT, NUMBER_START

_NEEDS = re.compile(r"(?i:\bbur(?:y|ied|ying|ies)\b)")
_PEOPLE = (r"(?:people|persons|dead|villagers|victims|residents|civilians|relatives|neighbou?rs|children|men|women"
           r"|worshippers|farmers|traders|fishermen|herders|miners|students|family\s+members)")
_BURIED = re.compile(
    rf"(?i:\b(?:bur(?:y|ied|ying|ies))\s+){NUMBER_START}{COUNT}"
    rf"(?P<np>(?:\s+of\s+(?:our|their|his|her|its|the)\b)?(?:\s+[\w'’-]+){{0,2}}?\s+(?i:{_PEOPLE}))\b"
    r"(?![’'])(?!\s+(?i:alive|under|beneath)\b)")


@rule("toll.buried-count", "'We buried 42 of our people before we left': the dead counted by those who buried them",
      pos=[("Gunmen attacked the village of Tanwalbougou on Tuesday. \"We buried 42 of our people before we left,\" "
            "the village chief said.", ((42, None, None),))],
      neg=[("Gunmen attacked the village of Tanwalbougou on Tuesday. \"We buried 42 of our people's goats,\" "
            "the village chief said.", ((None, None, None),)),
           ("Gunmen attacked the village of Tanwalbougou on Tuesday. The attackers buried 12 mines on the road.",
            ((None, None, None),))],
      probe=event_tolls, off=none_found)
def buried_figures(masked: str) -> list[Figure]:
    """"buried 42 of our people", "buried 17 villagers": each person buried by count is one of
    the dead; [] when `masked` (the sentence, dates masked) holds none."""
    out: list[Figure] = []
    for m in _BURIED.finditer(masked) if _NEEDS.search(masked) else ():
        _add_figure(out, "killed", count_value(m), m, masked)
    return out
