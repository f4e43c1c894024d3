"""Names listed after a locative: "the conflicts in Mali, Burkina Faso and Niger", "clashes in
Ituri, North Kivu or Tanganyika". Every name of the list stands where the first does, after the
preposition: a place. Only the first was read so ("in Mali"), and the last when "and" joined it
to the first directly ("into Cameroon and Chad": places.conjoined_place); in a list of three or
more, the names after the commas were read by the dictionary as the states acting (the roundup
of the Sahel wars gained the actors "Burkina Faso" and "Niger").

The class is a layout of names, not of words: a locative, then two or more capitalised names
parted by commas, the last joined by "and" / "or", and the list ends the phrase (a stop, a comma,
a colon, the line's end). A name whose phrase runs on ("in Mali, Burkina Faso and Niger killed
...": a subject after the list) or a list without a locative before it ("Mali, Burkina Faso and
Niger signed ...": states acting) is left as it was.

Cost: two regex searches over a window of about 150 characters around each candidate name.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.wordlists import word_set

_NAME = r"(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2}"
_LOCATIVES = "|".join(sorted(word_set("locative_prepositions") - {"of"}))
# Before a listed name: the locative, then the names before it, each closed by a comma; before
# the last name the conjunction too.
_BEFORE_MIDDLE = re.compile(rf"\b(?:{_LOCATIVES})\s+{_NAME}(?:\s*,\s*{_NAME})*\s*,\s*$")
_BEFORE_LAST = re.compile(rf"\b(?:{_LOCATIVES})\s+{_NAME}(?:\s*,\s*{_NAME})+\s*,?\s+(?:and|or)\s+$")
# After a middle name: the names still to come, the last after "and"/"or", then the phrase's end.
_AFTER_MIDDLE = re.compile(rf"(?m)(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME}\s*(?:[.,;:)]|$)")
_END = re.compile(r"(?m)\s*(?:[.,;:)]|$)")


@rule("place.listed-after-locative", "every name of a comma list after a locative, closed by 'and'/'or' and "
      "ending the phrase, is a place ('the conflicts in Mali, Burkina Faso and Niger')",
      pos=[("Our weekly roundup of the conflicts in Mali, Burkina Faso and Niger.",
            ("Burkina Faso", "Mali", "Niger"))],
      neg=[("Mali, Burkina Faso and Niger signed a defence pact in Bamako.", ("Bamako",)),
           ("Thousands fled to Cameroon, and Chad sent troops to the border.", ("Cameroon",))],
      probe=places, off=lambda text, start, end: False)
def listed_place(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a second or later name of a comma list after a
    locative, the list closed by "and"/"or" and ending the phrase?"""
    lo = max(0, start - 150)
    if _BEFORE_LAST.search(text, lo, start):
        return bool(_END.match(text, end))
    return bool(_BEFORE_MIDDLE.search(text, lo, start)) and bool(_AFTER_MIDDLE.match(text, end, end + 150))
