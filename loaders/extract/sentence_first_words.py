"""A common word capitalised only because it opens a sentence, read as a person.

The named-entity model takes a capitalised one-word subject or modifier at a sentence's or a
heading's start for a name: "Rice prices in the camps have doubled", "Calm had returned by
midday", "Quadcopter strike in Mir Ali" (a roundup's item heading), "Drones launched by the
paramilitary struck ...". Long-form features and roundups open many sentences on such a word
(a scene's detail, a heading's noun); every war's reporting has them, and each made a person
no gold counts. A person candidate is that word when:

- it is one word that does not speak ("Brown said" is a person), and every capitalised
  occurrence of it in the report opens a sentence or a line (a surname told again
  mid-sentence, "said Brown", or inside a full name, "Gordon Brown", is a name);
- the word is common: the report also writes it in lower case ("drones", "a quadcopter"), or
  the English lexicon of the parser lists it as a verb, adjective or adverb ("rice", "calm").
  Nouns alone do not count: the lexicon's nouns include surnames ("Williams said ...").

Cost: per one-word person candidate, a regex scan of the report for the word; the lexicon is
read once per process from the parser's lemmatizer tables (none when the model has none: the
rule then goes by the report's own lower-case uses only).
"""

from __future__ import annotations

import functools
import re

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule
from sitgraph.loaders.extract.speech_verbs import statement_verbs

# What stands before a word that opens a sentence or a line: a line start, or a full stop (a
# closing quote or bracket may follow it) and spaces. Not item_openings.sentence_start: that
# skips quotes on either side of a stop alike, so it takes the first word of a quotation for
# an opening ('... the town. "The', which this reader does not), and it counts a stop with no
# space after it ("U.S.Army") and a numbered or lettered item's marker; this reader's notion
# is narrower on each, and the two part on quoted sentence openers of real reports.
OPENING = re.compile(r"(?:^|\n[ \t\-*•]*|[.!?][\"'”’)\]]?[ \t]+)$")
WORD = re.compile(r"[A-Z][a-z]{2,}")
# A speaker is a person whatever the word ("Brown said", "Young told reporters"): a person's
# verbs of speaking, a statement's without those of an office ("announced", "reported",
# "stated", "confirmed"), with a person's own.
_PERSON_SPEAKS = statement_verbs(without={"announced", "reported", "stated", "confirmed"},
                                 extra=("tells", "asked", "wrote", "denied", "insisted", "recalled", "explained"))
SPEAKS = re.compile(rf"(?:,\s)?\s*(?:{_PERSON_SPEAKS})\b")


@functools.lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """The verbs, adjectives and adverbs of the parser's lemmatizer index (lower case)."""
    from sitgraph.loaders.extract.nlp import load_nlp

    try:
        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, OSError):  # no lemmatizer or no index in this model
        return frozenset()
    return frozenset(w for pos in ("verb", "adj", "adv") if pos in table for w in table[pos])


def _opens(text: str, start: int) -> bool:
    return bool(OPENING.search(text[max(0, start - 8):start])) if start >= 8 else \
        bool(OPENING.search(text[:start]))


def _only_opening(word: str, text: str) -> bool:
    """Does every capitalised occurrence of `word` open a sentence or a line?"""
    return all(_opens(text, m.start()) for m in re.finditer(rf"\b{word}\b", text))


def _common(word: str, text: str) -> bool:
    """Is `word` a common word: written in lower case in the report (itself, or the singular
    of a plural), or itself a verb, adjective or adverb of the lexicon? (The lexicon lists base
    forms: a plural only in it, "Photographs showed", is the plural-noun rule's, by its tag.)"""
    low = word.lower()
    forms = {low, low[:-1]} if low.endswith("s") else {low}
    if any(re.search(rf"\b{f}s?\b", text) for f in forms):
        return True
    return low in _lexicon()


def _opening_word(c: Cand, text: str) -> bool:
    return c.kind == "Actor" and c.type == "person" and bool(WORD.fullmatch(c.text)) \
        and not SPEAKS.match(text, c.end) and _only_opening(c.text, text) and _common(c.text, text)


@rule("person.sentence-first-word", "a common word capitalised only where it opens a sentence or a heading "
      "('Rice has doubled in price', 'Calm had returned') names no person",
      # not "Rice prices": a word modifying the noun after it is person.modifier-word's
      pos=[("Soldiers shelled the camp near Loikaw on Monday, killing four people. Rice has doubled in price "
            "in the camp since then.", ("Tatmadaw", "civilians"))],
      neg=[("Soldiers shelled the camp near Loikaw on Monday, killing four people. Brown said the camp had "
            "no fighters.", ("Brown", "Tatmadaw", "civilians"))],
      probe=actor_names, off=lambda cands, text: cands)
def sentence_first_words(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the one-word person candidates that are a common word capitalised only
    where it opens a sentence or a line."""
    return [c for c in cands if not _opening_word(c, text)]
