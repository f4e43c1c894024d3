"""The party of a noun phrase named only in a modifier: who stands behind a side ("Iran-backed
militants", "US-trained troops", "the Kremlin-sponsored separatists", "Ankara-aligned factions").

English of every outlet folds a second party into a noun phrase with a hyphenated participle
after its name. A participle of backing says that party is the head's patron, not the head's own
party, so it is not the doer of what the phrase does, nor the side struck when the phrase is
struck. The head keeps its own party ("Houthi rebels" in "Iran-backed Houthi rebels" are the
Houthis; bare "militants" stay the report's unnamed side), and the backing is still an alliance
(relations.py, "relation.allied-backed"). "Saudi-led coalition" is left alone: a coalition's
leader acts with it.

Holders ("rebel-held districts") and makers ("Russian-made drones") were read the same way and
taken out: the maker is often the state using the weapon, and the holder of struck ground is at
times the side struck (docs/EVALUATION.md).

:func:`modifier_parties` gives the tokens of such parties in a parsed document; the sentence
reader (:class:`sentence_reader.SentenceReader`) reads no actor at them, so every path that reads
a frame's doers and targets through it skips them. The entity stays: a report naming "Iran-backed"
names Iran. Cost: one regex match per entity span of the report.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_actors, none_found, rule
from sitgraph.loaders.extract.span_text import doc_text
from sitgraph.loaders.extract.wordlists import word_set

# Participles of backing (closed class of English).
PATRON = "backed sponsored supported funded trained armed equipped allied aligned".split()
# The hyphen joins the name to the participle: a spaced dash is punctuation ("OUAGADOUGOU - Armed
# men attacked ...": a dateline, then the story).
_PARTICIPLE = r"[-\u2010\u2011](?:" + "|".join(PATRON) + r")\b"
_SUFFIX = re.compile(_PARTICIPLE, re.IGNORECASE)
# Heads through which the modifier's party speaks or rules ("the Iran-backed government said",
# "Kremlin-funded media"): there the party is the source, as before.
_ORGANS = word_set("org_heads") | word_set("media_heads") | frozenset(
    "government administration media outlet outlets broadcaster station ministry authorities".split())
_NEXT_WORDS = re.compile(r"[\w']+")
# A mention may hold the participle itself ("Iran-backed" as a form of Iran).
_ENDING = re.compile(_PARTICIPLE + r"$", re.IGNORECASE)


@rule("actor.modifier-party", "a party named before a hyphenated participle of backing ('Iran-backed', "
      "'US-trained') is no doer and no side struck",
      pos=[("Iran-backed militants fired rockets at a base in Erbil on Monday, officials said.", (("rebels",),))],
      neg=[("Iranian drones struck a base in Erbil on Monday, officials said.", (("Iran",),)),
           ("Saudi-led coalition jets bombed a wedding in Hajjah on Monday, killing 21 people.",
            (("Saudi-led coalition",),))],
      probe=event_actors, off=none_found)
def modifier_parties(doc: Any, spans: list[tuple[int, int, str]]) -> list[int]:
    """Token indices of the entity spans (`spans`: start, end, id) standing right before a
    hyphenated participle of backing (or ending in one), unless an organ heads the phrase."""
    text = doc_text(doc)
    out: list[int] = []
    for s, e, _eid in spans:
        after = _SUFFIX.match(text, e)
        if not (after or _ENDING.search(text, s, e)) or _organ_after(text, after.end() if after else e):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            out.extend(t.i for t in span)
    return out


def _organ_after(text: str, end: int) -> bool:
    """Is the phrase after a participle ending at `end` headed by an organ of the party
    (within three words, before any punctuation)?"""
    rest = re.split(r"[.,;:!?()]", text[end:end + 50])[0]
    return any(w.lower() in _ORGANS for w in _NEXT_WORDS.findall(rest)[:3])
