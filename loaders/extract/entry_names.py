"""The list of place names that follows the date heading an entry of a log or a list.

Incident logs, bulletins and encyclopedias' lists head each entry with its date, a comma and
one to four comma-separated place names ("3 May 2024, Bunia, Ituri."; "12 November, Khan
Younis:"). Both readers of such headings, the one that closes the list with a colon
(entry_dates.py) and the one that closes it with a full stop (entry_places.py), take a name
with the same pattern; only what a name may hold differs, and that is a parameter here:

- a full stop closes a list, so a name's first word holds no dot there ("Bunia. Two ..."),
  and lowercase nouns of a kind of place are left out, as the entry's sentence opens right
  after the stop;
- a colon closes the list unambiguously, so names may open on a preposition of place ("in",
  "between"), hold the nouns of a kind of place ("Khanaqin district", "the road to Gao") and
  a bracketed quarter ("Port-au-Prince (Solino)").

Cost: building a pattern is done once, at import.
"""

from __future__ import annotations

import re

# Particles of place names in the languages the reports cover ("Kafr al Ward", "San José del Guaviare").
PARTICLES = r"(?:of|de|del|du|la|el|al|the)"
# Nouns of a kind of place, with the particles and joining words a place phrase holds.
PLACE_NOUNS = (r"(?:de|del|du|des|la|le|el|al|of|sur|do|da|di|the|and|to|district|province|state|region|county|"
               r"governorate|territory|commune|department|municipality|township|division|zone|area|city|town|"
               r"village|camp|road|highway|junction|market|border|countryside|outskirts|suburbs?)\b")
_SIDE_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?[ \t]+of"
_CAPITALISED = r"[A-Z][\w'’.-]*"


def place_name(*, prepositions: tuple[str, ...], first: str, word: str) -> str:
    """A regex source for one place name: an optional preposition of place, a first word, up to
    four more words.

    ``prepositions`` are the single-word ones allowed before the name ("near", "in"); "north of"
    and the like are always allowed. ``first`` and ``word`` are regex sources for the name's
    first and following words.
    """
    opening = "|".join((*prepositions, _SIDE_OF))
    return rf"(?:(?:{opening})[ \t]+)?{first}(?:[ \t]+{word}){{0,4}}"


def place_list(name: str, end: str) -> re.Pattern[str]:
    """A pattern matching, at the start of the text after an entry's date, a comma and one to four
    comma-separated names (``name``), closed by ``end`` (a regex source)."""
    return re.compile(rf"^,[ \t]*{name}(?:,[ \t]*{name}){{0,3}}{end}")


# The name before a full stop: capitalised words and particles.
STOP_NAME = place_name(prepositions=("near", "outside"), first=r"[A-Z][\w'’-]*",
                       word=rf"(?:{_CAPITALISED}|{PARTICLES})")
# The name before a colon: capitalised words, nouns of a kind of place, a bracketed quarter.
COLON_NAME = place_name(prepositions=("near", "in", "outside", "between"),
                        first=rf"(?:{_CAPITALISED}|{PLACE_NOUNS})",
                        word=rf"(?:{_CAPITALISED}|{PLACE_NOUNS}|\([\w'’. -]{{1,30}}\))")
