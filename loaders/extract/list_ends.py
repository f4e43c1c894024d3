"""The last name of a list of places: "the border with Niger and Benin on Sunday", "fled into
Cameroon and Chad last week". A list after a locative or a border word ends where the incident's
time or another adjunct begins, not only at a stop; the last name is then a place like the
first, not a state that acts (a state's name stands alone as an actor: "Benin condemned ...").
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.wordlists import word_set

_LOCATIVE = "|".join(sorted(word_set("locative_prepositions") - {"of"}))
# A locative or a border phrase, one name of up to three capitalised words, then "and"/"or".
LIST_HEAD = re.compile(
    rf"\b(?:{_LOCATIVE}|(?:border|borders|frontier|boundary)\s+(?:with|by|between)|bordering)\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2},?\s+(?:and|or)\s+$")
# "the border between Azerbaijan and Armenia": the first name of the pair is a place too.
BORDER_BETWEEN = re.compile(r"\b(?:border|borders|frontier|boundary)\s+between\s+(?:the\s+)?$")
# What closes the list: a stop, the line's end, or a word opening a time or another adjunct.
# Never a verb: "fled to Cameroon, and Chad sent troops" opens a clause of its own.
LIST_END = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:on|at|near|in|last|this|early|late|overnight|during|since|"
                      r"earlier|when|where|while|after|before|amid)\b")


@rule("place.list-ends-at-adjunct", "the last name of a list after a locative or a border word, closed by a "
      "time or another adjunct, is a place too ('near the border with Niger and Benin on Sunday'), as are both "
      "names of 'the border between A and B'",
      pos=[("Gunmen killed 12 soldiers near the border with Niger and Benin on Sunday.", ("Benin", "Niger"))],
      neg=[("Thousands fled to Cameroon, and Chad sent troops to the border.", ("Cameroon",))],
      probe=places, off=lambda text, start, end: False)
def list_ends_at_adjunct(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] the last of a list of names after a locative or a border
    word, followed by the end of the phrase or an adjunct's first word, or the first name after
    "the border between"?"""
    if BORDER_BETWEEN.search(text, max(0, start - 30), start):
        return True
    return bool(LIST_HEAD.search(text, max(0, start - 60), start)) and bool(LIST_END.match(text, end))
