"""The one table of place words: the nouns reports of every war write before or after a
place's name ("the village of X", "X township", "Beni-Mbau sector", "Kherson Oblast"), each
with the place type it gives and its class (loaders/data/words.yaml, ``place_words``).

Every reader of places takes its words from here: the name readers of places.py and
admin_places.py, the compass regions, the relation rules (apposition, parenthesis, chain,
first-level division) and the gazetteer's qualifier strip. A word added to the table is known
to all of them at once, with one type.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.wordlists import word_table

_TABLE = word_table("place_words")
CLASSES = ("settlement", "part", "admin", "feature", "other")
# Place types that name a whole country or region, not where one incident happened.
WIDE_PLACE_TYPES = frozenset({"country", "province", "region", "state"})
# word -> place type ("village", "district", "province", ...), None where the word gives none.
PLACE_TYPES: dict[str, str | None] = {w.lower(): (None if cols[0] == "-" else cols[0]) for w, cols in _TABLE.items()}
_CLASS = {w.lower(): cols[1] for w, cols in _TABLE.items()}
# First-level divisions: the words whose type is a province or a region.
# Words that also end the names of bodies ("Islamic State", "Green Zone", "State Department").
BODY_WORDS = frozenset(w.lower() for w, cols in _TABLE.items() if "body" in cols[2:])
FIRST_LEVEL = frozenset(w for w, t in PLACE_TYPES.items() if t in ("province", "region") and _CLASS[w] == "admin")


def place_words(*classes: str, bodies: bool = True) -> tuple[str, ...]:
    """The table's words of the given classes (all when none is given), longest first, so an
    alternation of them takes "local government area" before "local government"; without
    the words that also end bodies' names when `bodies` is false."""
    assert all(c in CLASSES for c in classes), classes
    chosen = [w for w in _TABLE if (not classes or _CLASS[w.lower()] in classes)
              and (bodies or w.lower() not in BODY_WORDS)]
    return tuple(sorted(chosen, key=lambda w: -len(w)))


def place_type(word: str, default: str | None = None) -> str | None:
    """The place type `word` gives ("township" -> "district"), else `default`."""
    w = re.sub(r"\s+", " ", word.lower())
    if w not in PLACE_TYPES and w.endswith("s"):
        w = w[:-1]  # "villages", "townships"
    return PLACE_TYPES.get(w, default) if w in PLACE_TYPES else default


def alternation(*classes: str, plural: bool = False, bodies: bool = True) -> str:
    """A regex alternation of the words of `classes` (spaces as runs of spaces; `plural`:
    each word may take an "s"; `bodies`: see :func:`place_words`)."""
    tail = "s?" if plural else ""
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) + tail
                    for w in place_words(*classes, bodies=bodies))
