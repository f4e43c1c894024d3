"""'The town' in a section of an article is the town of that section, else the article's own.

An encyclopedic article names the town it is about in its lead, recalls earlier attacks in
other towns in a "Background" section, and then tells its own attack under a heading of its
own ("Attack" / "A motorcycle bomb exploded on the square. Gunmen then fired on the police
station from a hill above the town."). Read as the last town named before it, "the town" is
the background's last town, and the article's attack moves there (and parts from its lead).
Past a heading naming a part of an article (section_gaps.py), the place a noun such as "the
town" stands for is the last of its kind named in the sentence's own section; when that
section names none, the last named in the article's lead (the text before its first such
heading); only when neither names one, the last named anywhere before, as before.

What joins and what stays apart: a report with no part headings, and a sentence before the
first one, read "the town" as before (the last town named). A section that names a town of
its own keeps it ("Background / ... in Osko ... the town's market").

Cost: one layout parse per report (cached on its text), then a scan of the candidate places.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from sitgraph.loaders.extract.carried_scenes import bearing_point
from sitgraph.loaders.extract.layout import parse_layout
from sitgraph.loaders.extract.rules import event_places, rule
from sitgraph.loaders.extract.section_gaps import part_heading_starts


@lru_cache(maxsize=8)
def _part_starts(text: str) -> tuple[int, ...]:
    """The sorted offsets of `text`'s headings naming a part of an article."""
    return tuple(sorted(part_heading_starts(parse_layout(text), text)))


@rule("place.anaphor-in-section", "'the town' past an article's section heading is the town that section names, "
      "else the town of the article's lead, not a town its background section recalls",
      pos=[("Ostrov market bombing\n\nThe Ostrov market bombing was a car bombing in Ostrov, a town in Kirovan, "
            "on 3 May 2020.\n\nBackground\n\nOn 2 June 2019 a car bomb killed 20 shoppers in the town of "
            "Velna.\n\nAttack\n\nGunmen fired on the police station from a hill above the town.",
            (("Ostrov",), ("Velna",)))],
      neg=[("Ostrov market bombing\n\nThe Ostrov market bombing was a car bombing in Ostrov, a town in Kirovan, "
            "on 3 May 2020.\n\nOn 2 June 2019 a car bomb killed 20 shoppers in the town of "
            "Velna. Gunmen fired on the police station from a hill above the town.",
            (("Ostrov",), ("Velna",), ("Velna",)))],
      probe=event_places, off=lambda found, at, text: found)
def of_section(found: list[tuple[int, str]], at: int, text: str) -> list[tuple[int, str]]:
    """Of the places `found` ((start, id) in text order) that "the town" at offset `at` of
    `text` may stand for, those named in its own section, else those of the article's lead
    (neither counting a place named only as a bearing: "on the road to Y"), else all of them
    (no part heading before `at`)."""
    starts = _part_starts(text)
    k = bisect_right(starts, at)
    if not found or k == 0:
        return found
    scenes = [(s, eid) for s, eid in found if not bearing_point(text, s)]  # not "30 km north of Y"
    own = [(s, eid) for s, eid in scenes if s >= starts[k - 1]]
    lead = [(s, eid) for s, eid in scenes if s < starts[0]]
    return own or lead or found
