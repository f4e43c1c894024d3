"""Which agreement words name one agreement: the guide keeps "named or clearly specific
agreements", so a bare plural ("previous ceasefires collapsed within weeks", "truces have
rarely held") names many, and none of them, and is no agreement entity (nor, then, an
agreement made or broken). A plural with a name of its own ("the Minsk agreements", "the
Oslo Accords") stays one.

:func:`generic_plural` takes a pattern hit (:class:`patterns.PatternHit`) and the text.
Cost: a look at the hit's words.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.item_openings import sentence_start
from sitgraph.loaders.extract.rules import agreements, rule

# What may stand between a sentence's stop and its first word: spaces and quotes.
_SPACE_QUOTES = " \"'\u2018\u2019\u201c\u201d"


@rule("facility.agreement-plural", "a bare plural of agreement words ('previous ceasefires collapsed') names no "
      "one agreement",
      pos=[("Previous ceasefires between the two sides in Sudan collapsed within weeks.", ())],
      neg=[("The Minsk agreements between Russia and Ukraine collapsed in 2022.", ("Minsk agreements",))],
      probe=agreements, off=lambda hit, text: False)
def generic_plural(hit: Any, text: str) -> bool:
    """Is agreement hit `hit` a plural head with no name of its own (no name words, or only
    one capitalised because it opens the sentence)?"""
    last = re.sub(r"[^a-z]", "", hit.text.lower().split()[-1]) if hit.text.split() else ""
    if hit.kind != "Agreement" or not last.endswith("s") or last.endswith("ss"):
        return False  # a singular head ("agreement", "cease-fire")
    words = hit.name.split()
    return not words or (len(words) == 1 and sentence_start(text, hit.start, skip=_SPACE_QUOTES, stops=".!?\n:"))
