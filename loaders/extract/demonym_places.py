"""Nationality words that share a place's name: "Thai soldiers", "the Somali journalists'
union", "told VOA Somali".

Some demonyms are also the name of a place somewhere (Somali, a region of Ethiopia; Thai, a town
the gazetteer holds). The tagger marks them as a nationality, and the place reader took every
such span the gazetteer knows for a place, so "Thai soldiers patrolled Yala" located an event in
a Malaysian town. A nationality word that modifies what follows it (a noun, a possessive, or a
language service after an outlet's name) names a people or a language there, not a place; it
stays a place where a place word follows ("the Somali region") or a locative precedes it ("in
Somali").
Cost: a regex match or two per nationality span.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.span_text import doc_ents

# The name inside a tagged span, without an article or trailing punctuation.
_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")
# A demonym's shape: one word with a nationality's ending ("Somali", "Thai", "Sudanese").
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic|i|an)$")
# The parse's marks of a word modifying the noun after it ("Thai soldiers", "Somali journalists'
# union"); a name followed by a preposition or a date ("the village of Sabiid on 6 March") is none.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_LOCATIVE_AFTER = re.compile(r"\s*[,.;:]|\s+(?:on|in|at|near|and|or)\b")
# An outlet's language service before it: "told VOA Somali", "BBC Somali reported".
_SERVICE_BEFORE = re.compile(r"\b(?:VOA|BBC|RFE/RL|RFI|Radio\s+Free\s+\w+)(?:['\u2019]s)?\s+$")


@rule("place.demonym-modifier", "a nationality word the gazetteer also knows as a place ('Thai', 'Somali') is no "
      "place where it modifies what follows ('Thai soldiers') or names an outlet's language service",
      pos=[("Thai soldiers patrolled the road after a bomb exploded in Yala.", ("Yala",))],
      neg=[("Fighting spread across the Somali region of Ethiopia on Tuesday.", ("Ethiopia", "Somali"))],
      probe=places, off=lambda text, doc: frozenset())
def modifier_demonyms(text: str, doc: Any) -> frozenset[tuple[int, int]]:
    """(start, end) of each nationality span of `doc` (the tagger's NORP) that names a people or a
    language here: it modifies what follows or follows an outlet's name, and neither a place word
    follows it nor a locative stands before it. Cost: a few regex matches per nationality span."""
    from sitgraph.loaders.extract.places import PLACE_WORDS, is_locative

    out = set()
    for ent in doc_ents(doc):
        if ent.label_ != "NORP":
            continue
        m = _NAME.search(ent.text)
        if m is None or not _DEMONYM.match(m.group(0)):
            continue  # a town the tagger took for a people ("the Aleppo university hospital") stays a town
        start, end = ent.start_char + m.start(), ent.start_char + m.end()
        before = text[max(0, start - 40):start]
        last = ent[-1]
        if re.match(rf"\s+(?:{PLACE_WORDS})\b", text[end:end + 40], re.IGNORECASE) \
                or is_locative(text, start, end) and not _modifies_common_noun(last) \
                or re.search(rf"\b(?:{PLACE_WORDS})\s+of\s+(?:the\s+)?$", before, re.IGNORECASE):
            continue
        if last.dep_ in _MODIFIER_DEPS and last.head.i > last.i and not _LOCATIVE_AFTER.match(text, end) \
                or _SERVICE_BEFORE.search(text, max(0, start - 30), start):
            out.add((start, end))
    return frozenset(out)


@rule("place.demonym-after-locative", "a nationality word after a locative is still no place where it modifies a "
      "common noun, as headlines write it without an article ('kills soldiers at Somali base near X')",
      pos=[("Suicide bomber kills soldiers at Somali base near Jowhar", ("Jowhar",))],
      neg=[("Fighting spread in Somali on Tuesday, the regional government said.", ("Somali",))],
      probe=places, off=lambda tok: False)
def _modifies_common_noun(tok: Any) -> bool:
    """Does token `tok` (a nationality span's last word) modify a common noun after it ("at
    Somali base", "in Thai villages"), not a name ("in Somali Jowhar")? Headlines drop the
    article, so a locative stands right before the nationality word there."""
    return tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i and tok.head.pos_ == "NOUN"
