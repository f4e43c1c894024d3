"""The wounded told by the care they get: "four people were left in critical condition",
"three others remain in serious condition", "medics treated 16 people for shrapnel wounds".
Broadcasters and hospitals' statements count the wounded by their condition or their
treatment rather than by "wounded"; the guide counts them as wounded.

:func:`care_figures`, a reader of :mod:`numbers`, returns:

- a count in a condition ("in critical condition") as a part of the wounded (``subset``): told
  beside a total ("20 were injured, four are in critical condition") it is a part of it, not
  more wounded; told alone it is the least figure known;
- a count treated for wounds, injuries or burns (active: "treated 16 people for wounds") as
  the wounded.

Pure; one cheap scan for "condition" or "treat", then one pattern each.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure, count_value, counts_people
from sitgraph.loaders.extract.toll_phrases import COUNT, NP, NUMBER_START

_STATE = r"(?:critical|serious|grave|stable|life-threatening|very\s+serious|severe)"
# "four people were left in critical condition", "three others remain in a serious condition".
_CONDITION = re.compile(
    rf"{NUMBER_START}\b{COUNT}(?P<np>{NP})\s+(?i:were|are|was|is|remain|remained|remains|have\s+been|had\s+been)"
    rf"(?:\s+(?i:still|left|listed|reported|described\s+as|said\s+to\s+be|now|being\s+kept|kept))?"
    rf"\s+(?i:in\s+(?:a\s+)?{_STATE}\s+condition)\b")
# "medics treated 16 people for shrapnel wounds": those treated for wounds are the wounded.
_TREATED = re.compile(
    rf"(?i:\btreat(?:ed|ing)\s+){NUMBER_START}{COUNT}(?P<np>{NP})"
    r"\s+(?i:for\s+(?:\w+\s+){0,2}?(?:injuries|wounds|burns|gunshot\s+wounds))\b")
_NEEDS = re.compile(r"(?i)\b(?:condition|treat(?:ed|ing))\b")
_UNCOUNTED = re.compile(r"(?i)\bthe\s+(?:wounded|injured)\b(?!\s*,?\s*\d)")


@rule("toll.wounded-by-care", "'four were left in critical condition', 'medics treated 16 people for wounds': the "
      "wounded told by their condition (a part) or their treatment",
      pos=[("A car bomb hit a checkpoint in Beledweyne on Sunday. Four soldiers were left in critical condition.",
            ((None, 4, None),)),
           ("A drone hit a bus in Mykolaiv on Sunday, and medics treated 16 people for shrapnel wounds.",
            ((None, 16, None),))],
      neg=[("A car bomb hit a checkpoint in Beledweyne on Sunday, wounding 20 soldiers; four were left in critical "
            "condition.", ((None, 20, None),)),
           ("A drone hit a bus in Mykolaiv on Sunday, and medics treated 16 people for smoke inhalation.",
            ((None, None, None),))],
      probe=event_tolls, off=none_found)
def care_figures(masked: str) -> list[Figure]:
    """Wounded figures of `masked` (the sentence, dates masked) told by condition (parts) or
    by treatment for wounds; [] when none."""
    if not _NEEDS.search(masked):
        return []
    # "The wounded were taken to X, where two were in critical condition": a part of wounded
    # left uncounted is no figure of them.
    uncounted = _UNCOUNTED.search(masked) is not None
    out = [Figure("wounded", count_value(m), (m.start(), m.end()), subset=True)
           for m in _CONDITION.finditer(masked) if counts_people(m["np"]) and not uncounted]
    out += [Figure("wounded", count_value(m), (m.start(), m.end()))
            for m in _TREATED.finditer(masked) if counts_people(m["np"])]
    return out
