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
from dataclasses import dataclass, field

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
        prefixes.update(_word_prefixes(word, flags))
    return Openings(frozenset(prefixes), tuple(sorted({len(p) for p in prefixes})), fold)


def _word_prefixes(word: str, flags: int) -> set[str]:
    """The openings one alias's first word gives (none for an empty word)."""
    fold = bool(flags & re.IGNORECASE)
    head = word[:PREFIX]
    if head.isascii():
        found = {head.lower() if fold else head}
    else:
        # The ASCII characters each of its characters matches under the flags (usually none).
        options = [[c for c in _ASCII if re.fullmatch(re.escape(h), c, flags)] for h in head]
        found = {"".join(p).lower() if fold else "".join(p) for p in itertools.product(*options)}
    found.discard("")
    return found


def may_start(opened: Openings, text: str, pos: int) -> bool:
    """Can an alias start at ``pos``? False only where the text's next characters are
    ASCII and open no alias."""
    key = text[pos:pos + PREFIX]
    if not key.isascii():
        return True
    return opens(opened, key.lower() if opened.fold else key)


def opens(opened: Openings, key: str) -> bool:
    """Does the ASCII ``key`` (lower-cased under IGNORECASE) open an alias? A loop, not
    ``any()`` over a generator: it runs at every word of every text."""
    prefixes = opened.prefixes
    for n in opened.lengths:
        if key[:n] in prefixes:
            return True
    return False


def ascii_keys(opened: Openings, text: str) -> str | None:
    """The text :func:`opens` reads keys from for an ASCII `text` (lower-cased once under
    IGNORECASE, not once per position; ASCII lower-casing keeps every offset), else None:
    then each position is asked with :func:`may_start`."""
    if not text.isascii():
        return None
    return text.lower() if opened.fold else text


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


@dataclass(frozen=True)
class Alternation:
    """An alternation of aliases kept apart by first character: a position is tried with the
    aliases whose first character matches the text's there, not with every alias of the
    dictionary (the regex engine tries alternatives one by one). ``parts``: the alternatives
    in the order the whole alternation tries them; ``firsts``: the indices of the parts
    opening with each character; ``head``/``tail``: the text around the alternation.
    Exact: an alias whose first character does not match the text's cannot match there,
    and the parts left keep their order, so the first that matches is the whole
    alternation's."""

    parts: tuple[str, ...]
    firsts: dict[str, tuple[int, ...]]
    head: str
    tail: str
    flags: int
    opened: Openings
    # By text character, the parts' first characters it matches; by those, the pattern of
    # their parts. Both bounded: characters up to _MAX_CHARS, patterns by the dictionary.
    chars: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    compiled: dict[tuple[str, ...], re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)


_MAX_CHARS = 4096


def alternation(parts: Sequence[tuple[str, str]], head: str, tail: str, flags: int) -> Alternation:
    """The alternation of ``parts`` (alias regex, its first word matched literally), in order,
    between ``head`` and ``tail``."""
    firsts: dict[str, list[int]] = {}
    for i, (_rx, word) in enumerate(parts):
        firsts.setdefault(word[:1], []).append(i)
    opened = openings((w for _rx, w in parts), flags)
    return Alternation(tuple(rx for rx, _w in parts), {c: tuple(ix) for c, ix in firsts.items()}, head, tail,
                       flags, opened)


def _pattern_for(alt: Alternation, char: str) -> re.Pattern[str] | None:
    """The alternation of the parts that may open with text character ``char``, else None.
    A part with no first word (all separators) may open anywhere."""
    firsts = alt.chars.get(char)
    if firsts is None:
        firsts = tuple(f for f in alt.firsts if not f or re.fullmatch(re.escape(f), char, alt.flags))
        if len(alt.chars) < _MAX_CHARS:
            alt.chars[char] = firsts
    if not firsts:
        return None
    pattern = alt.compiled.get(firsts)
    if pattern is None:
        ix = sorted(i for f in firsts for i in alt.firsts[f])
        pattern = re.compile(alt.head + "|".join(alt.parts[i] for i in ix) + alt.tail, alt.flags)
        alt.compiled[firsts] = pattern
    return pattern


def alternation_matches(alt: Alternation, text: str, starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """The matches :func:`matches_at` gives for the alternation `alt` compiled as one pattern:
    leftmost first, none overlapping; each position that may open an alias is tried with the
    aliases opening with its character. Cost: as :func:`matches_at`, with an alternation a
    few dozen times shorter."""
    if not alt.parts:
        return
    opened = alt.opened
    keys = ascii_keys(opened, text)
    end = 0
    for pos in starts:
        if pos < end or pos >= len(text):
            continue
        if not (opens(opened, keys[pos:pos + PREFIX]) if keys is not None else may_start(opened, text, pos)):
            continue
        pattern = _pattern_for(alt, text[pos])
        m = pattern.match(text, pos) if pattern is not None else None
        if m is not None and m.end() > pos:
            yield m
            end = m.end()
