"""A named unit that opens on a rank word: "the General Service Unit", "Major Crimes Unit".

The class: spaCy tags such a name as a PERSON, and the person reader strips the rank word as a
title ("General") and keeps the rest as a person ("Service Unit"). A person's name does not end
in the word of a body of men; the whole span, rank word included, is that unit: an armed body
when its last word is one (brigade, corps, guard), else an organisation.

Cost: one regex match per titled spaCy PERSON span.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import ARMED_HEADS, Cand, fold
from sitgraph.loaders.extract.rules import actors, rule

# The last word of a body of men (a unit, a service, a force), never of a person's name.
_UNIT_END = re.compile(r"(?:^|\s)(?:Unit|Service|Command|Directorate|Agency|Brigade|Battalion|Regiment|Division|"
                       r"Corps|Guard|Force|Forces|Squad|Police|Army)$")


@rule("actor.rank-word-unit", "a spaCy person span opening on a rank word and ending in a unit word ('the General "
      "Service Unit') is that unit, rank word included, no person",
      pos=[("Officers of the General Service Unit stormed the building and freed the hostages.",
            ("General Service Unit",))],
      neg=[("General Sami Rahal said the hostages were freed.", ("Sami Rahal",))],
      probe=actors, off=lambda s, surface, title_end: None)
def rank_word_unit(s: int, surface: str, title_end: int) -> Cand | None:
    """The unit `surface` (a spaCy PERSON span at `s` whose title ends at `title_end`) names,
    else None."""
    if not _UNIT_END.search(surface[title_end:]):
        return None
    typ = "armed_group" if surface.split()[-1].lower() in ARMED_HEADS else "organization"
    return Cand(s, s + len(surface), surface, "Actor", typ, "org:" + fold(surface), surface, rank=4)
