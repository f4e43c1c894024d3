"""A part of the dead told alone: "The dead include three children", "Those killed included
two medics". Wire copy often gives who was among the dead in a sentence of its own; where no
total is told there, the part is the least the report says of the toll.

:func:`included_figures`, a reader of :mod:`numbers`, returns each such count as a part of the
killed (``subset``): a total told beside it ("46 people were killed; the dead include three
children") stays the toll, and an incident's larger figure told in another sentence is kept
when the two are merged (the largest figure given). "Casualties" and "victims" are left out:
they may hold the wounded.

Pure; one cheap scan for "includ", then one pattern.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure, count_value, counts_people
from sitgraph.loaders.extract.toll_phrases import COUNT, NP, NUMBER_START

# "the dead include", "those killed included", "the people killed were said to include" (not
# "among the dead were", read by toll.among-fronted).
_INCLUDE = re.compile(
    r"(?i:\b(?:the|those|people)\s+(?:dead|killed|slain|fatalities|people\s+killed)\s+(?:also\s+)?"
    r"(?:include[ds]?|(?:were|are)\s+said\s+to\s+include)\s+(?:(?:reportedly|at\s+least)\s+)?)"
    rf"{NUMBER_START}{COUNT}(?P<np>{NP})(?=\s*(?:[,.;]|$|\s+and\b|\s+(?:from|of|in|at|aged|who)\b))")
_NEEDS = re.compile(r"(?i)\b(?:dead|killed|slain|fatalities)\s+(?:also\s+)?(?:includ|were\s+said|are\s+said)")


@rule("toll.dead-include", "'The dead include three children.' told alone: a part of the dead, the least figure known",
      pos=[("A missile struck a block of flats in Mykolaiv on Sunday. The dead include three children.",
            ((3, None, None),))],
      neg=[("A missile struck a block of flats in Mykolaiv on Sunday, killing 12 people. The dead include three "
            "children.", ((12, None, None),))],
      probe=event_tolls, off=none_found)
def included_figures(masked: str) -> list[Figure]:
    """Each count of people said to be among the dead ("the dead include three children") in
    `masked` (the sentence, dates masked), as a part of the killed; [] when none."""
    if not _NEEDS.search(masked):
        return []
    return [Figure("killed", count_value(m), (m.start(), m.end()), subset=True)
            for m in _INCLUDE.finditer(masked) if counts_people(m["np"])]
