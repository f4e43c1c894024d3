"""A group's branch named by its ground: "the group's Mozambique branch", "Islamic State's West
Africa Province", "al-Qaeda's Yemen affiliate", "its Sahel chapter". Wires and broadcasters name
a transnational group's arm by the country or region it fights in, after the group's possessive.
The country or region there is part of the arm's name: not the state of that country (which is
the side the branch fights), nor a place where the act was done. Read so, "The Islamic State
group's Mozambique branch claimed responsibility" gave the Mozambican state as the claimer and
the doer, the wrong side.

:func:`branch_places` gives the tokens of such names in a parsed document; the sentence reader
(:class:`sentence_reader.SentenceReader`) reads no entity at them, so the branch speaks for the
group named as its owner ("Islamic State"), or for nobody when the owner is only "the group's"
(the frame then keeps the doer it read elsewhere). Stays: a country after no possessive ("the
Mozambique government"), a branch noun after no place, a place a possessive owns with no branch
noun after it ("the group's Mozambique operations"). Cost: two regex matches per entity span.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_actors, none_found, rule
from sitgraph.loaders.extract.span_text import doc_text

# Nouns naming a group's arm by its ground (closed class of wire English).
_BRANCH_AFTER = re.compile(r"\s+(?:branch|branches|province|affiliate|chapter|franchise|offshoot)\b", re.IGNORECASE)
# The owner's possessive right before the name, a word or two of the name between ("'s West Africa").
_OWNER_BEFORE = re.compile(r"(?:['\u2019]s|\bits|\btheir)\s+(?:[A-Z][\w-]*\s+){0,2}$")


@rule("actor.branch-place", "'the group's Mozambique branch', 'IS's West Africa Province': the country or region "
      "naming a group's arm is neither the state of that country nor a place of the act",
      pos=[("Militants attacked a police station in Mocimboa on Monday, killing four officers. The Islamic State "
            "group's Mozambique branch claimed responsibility.", (("Islamic State",),))],
      neg=[("Militants attacked a police station in Mocimboa on Monday, killing four officers. The Mozambique "
            "government blamed Islamic State.", (("Islamic State",),))],
      probe=event_actors, off=none_found)
def branch_places(doc: Any, spans: list[tuple[int, int, str]]) -> list[int]:
    """Token indices of the entity spans (`spans`: start, end, id) set between an owner's
    possessive and a noun of a group's arm (see the module doc)."""
    text = doc_text(doc)
    out: list[int] = []
    for s, e, _eid in spans:
        if not _BRANCH_AFTER.match(text, e) or not _OWNER_BEFORE.search(text[max(0, s - 60):s]):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            out.extend(t.i for t in span)
    return out
