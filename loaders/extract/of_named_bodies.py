"""A country or region named inside the name of a party, a front or a tribunal ("the
Communist Party of Peru", "the International Criminal Tribunal for the former Yugoslavia") is
part of that body's name, not a place where anything happened. Encyclopedic articles name
organisations in full, with their "of" part, far more than news copy does, and the gazetteer
reads the country at the end of such a name as a place.

:func:`not_places_in_body_names` drops a place candidate that follows the body word of a
party, a front, a movement, a commission, a tribunal, a council, a liberation army's "Liberation"
or a brigade or battalion, and "of"/"for", with "the", "former",
"Republic of" between. A state's own words stay ("the government of X", "the Armed Forces of
X"): the country there is the state acting and tells the report's state. Cost: one regex match
per place candidate.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import places, rule

# A body word and its "of" just before a place: "Party of", "Tribunal for the former"; not a
# state's own words (frame_states.py needs the country the state is named by).
BODY_OF = re.compile(
    r"\b(?:Party|Front|Movement|Commission|Tribunal|Liberation|Council|Brigades?|Battalions?)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:former\s+)?(?:(?:Republic|Islamic\s+Republic|State)\s+of\s+(?:the\s+)?)?$")


@rule("place.inside-body-name", "a country at the end of a party's, front's or tribunal's 'of' name ('the "
      "Communist Party of Peru') is part of the name, no place; a state's own 'government of X' keeps it",
      pos=[("The Communist Party of Peru claimed the bombing in Lima on 16 July 1986.", ("Lima",)),
           ("The International Criminal Tribunal for the former Yugoslavia said Serb forces shelled Tuzla.",
            ("Tuzla",))],
      neg=[("The party claimed the bombing in Lima, Peru, on 16 July 1986.", ("Lima", "Peru")),
           ("Soldiers of the government of Guatemala killed 11 villagers in Acul on 5 October 1995.",
            ("Acul", "Guatemala"))],
      probe=places, off=lambda cands, text: cands)
def not_places_in_body_names(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the place candidates that close a body's "of" name in `text`."""
    return [c for c in cands if not (c.kind == "Place" and BODY_OF.search(text, max(0, c.start - 60), c.start))]
