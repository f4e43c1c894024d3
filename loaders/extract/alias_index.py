"""The letters a dictionary's aliases can open with, to skip positions no alias can start at.

The actor dictionary matches thousands of aliases as one alternation, tried at every
position where a name can start; the regex engine tries the alternatives one by one, so
trying it where no alias opens with the characters found there is wasted. The
:class:`Openings` of an alternation are the first characters of its aliases' first words;
:func:`matches_at` tries the alternation only where the text opens with one of them, and so
finds exactly the matches a try at every position finds.

Exactness under IGNORECASE: ASCII text is compared lower-cased, the regex engine's own
comparison for ASCII; where the text's next characters are not all ASCII the alternation
is always tried. An alias opening with a non-ASCII character counts with the ASCII
characters that character matches under the flags (usually none).

Cost: building, a pass over the aliases' first words; matching, a slice and a set lookup
per position (the alternation itself costs hundreds of times that).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

_ASCII = [chr(i) for i in range(128)]


# How many of an alias's first characters are looked up.
PREFIX = 4


@dataclass(frozen=True)
class Openings:
    """``prefixes``: the aliases' first words cut to :data:`PREFIX` characters (lower-cased
    under IGNORECASE); ``lengths``: the lengths among them, ascending."""

    prefixes: frozenset[str]
    lengths: tuple[int, ...]
    fold: bool


def openings(first_words: Iterable[str], flags: int) -> Openings:
    """The openings of aliases whose first words (matched literally) are ``first_words``."""
    fold = bool(flags & re.IGNORECASE)
    prefixes: set[str] = set()
    for word in first_words:
        head = word[:PREFIX]
        if head.isascii():
            prefixes.add(head.lower() if fold else head)
            continue
        # The ASCII characters each of its characters matches under the flags (usually none).
        options = [[c for c in _ASCII if re.fullmatch(re.escape(h), c, flags)] for h in head]
        prefixes.update("".join(p).lower() if fold else "".join(p) for p in itertools.product(*options))
    prefixes.discard("")
    return Openings(frozenset(prefixes), tuple(sorted({len(p) for p in prefixes})), fold)


def may_start(opened: Openings, text: str, pos: int) -> bool:
    """Can an alias start at ``pos``? False only where the text's next characters are
    ASCII and open no alias."""
    key = text[pos:pos + PREFIX]
    if not key.isascii():
        return True
    if opened.fold:
        key = key.lower()
    return any(key[:n] in opened.prefixes for n in opened.lengths)


def matches_at(pattern: re.Pattern[str], opened: Openings, text: str,
               starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, trying only the positions ``starts``
    (ascending; every position where a match can start) where an alias may start: leftmost
    first, none overlapping."""
    end = 0
    for pos in starts:
        if pos < end or not may_start(opened, text, pos):
            continue
        m = pattern.match(text, pos)
        if m is not None and m.end() > pos:
            yield m
            end = m.end()
