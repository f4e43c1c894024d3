"""A list item's marker opens its line: what follows it stands at a line's start; and the one
check of a sentence's or a line's start that the readers share (:func:`sentence_start`).

Daily war roundups, monitoring updates and press releases set each development on a bullet
("- Military jets bombed the town of ...", "\u2022 Military aircraft struck the market ..."). The
readers of a bare force word ("the army", "military jets", "a government warplane") take it for
the report's own state forces only where nothing but a sentence start, an article or a
conjunction precedes it (a name or a demonym before it makes it another side's). The marker is
none of these (a number's stop, "3. ", is already read as a sentence's end), so an item that
opens with the force word lost its doer, while the same words as running text kept it. The
marker is layout, not a word: the item's first word is at its line's start.

Every reader that asks whether a word opens its sentence (a bare force word acting, a force
word told as victims, a capitalised facility head, a plural agreement word) asks
:func:`sentence_start`, so the marker counts as a line's start for all of them alike. Each
says what it skips back over and which stops end a sentence.

Cost: one anchored regex match at the line's start, only where the word is not already at a
sentence start.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from sitgraph.loaders.extract.layout import MARKER
from sitgraph.loaders.extract.rules import event_actors, no, rule


@rule("actor.item-marker-opening", "a list item's marker ('- ', '\u2022 ') before a bare force word is its line's "
      "start: '- Military jets bombed ...' is the report's state forces, as the same words opening a line are",
      pos=[("Myanmar: the day's developments\n\n- Military jets bombed the town of Hakha in Chin State on Thursday, "
            "killing nine people, a rights group said.", (("Tatmadaw",),))],
      neg=[("Myanmar: the day's developments\n\n- Chinese military jets bombed the town of Hakha in Chin State on "
            "Thursday, killing nine people, a rights group said.", (("China",),))],
      probe=event_actors, off=no)
def after_item_marker(text: str, start: int) -> bool:
    """Does only a list item's marker stand between the start of the line holding `start`
    and `start` ("- Military jets ...", "\u2022 Troops ...", "(b) Troops ...")?"""
    line_start = text.rfind("\n", 0, start) + 1
    m = MARKER.match(text, line_start)
    return m is not None and m.end() == start


def sentence_start(text: str, pos: int, *, skip: str | None = None, stops: str = ".!?\n",
                   marker: bool = True) -> bool:
    """Does `pos` open a sentence or a line? Skipping back over the characters of `skip`
    (None: any white space), the text's start, a stop of `stops` or a line break must come
    first; or (with `marker`) only a list item's marker stands between its line's start and
    `pos` ("- Troops ...")."""
    before = text[:pos].rstrip(skip)
    if not before or before[-1] in stops or "\n" in text[len(before):pos]:
        return True
    return marker and after_item_marker(text, pos)


def opening_matches(regex: re.Pattern[str], text: str, group: str | int = 0, **start: Any) -> Iterator[re.Match[str]]:
    """The matches of `regex` in `text` whose `group` opens a sentence or a line
    (:func:`sentence_start`, given `start` as its keywords), none overlapping: a match rejected
    there is tried again one character on, so one opening inside it is still found. Cost: one
    regex search a match and a look back from each; where `group` opens the match, one
    anchored match at each place a sentence or line may start (:func:`_may_open`) instead."""
    if group == 0 or regex.pattern.startswith(f"(?P<{group}>"):
        # Why: a search tries the pattern at every character of the text (a few ms a report
        # for a long alternation under IGNORECASE); the matches that open a sentence can only
        # start where one may open. Exact: searching from `pos` finds the leftmost position
        # where the pattern matches, and a rejected one is passed by a character, so the
        # matches kept are those at the ascending opening positions not inside the last kept.
        end = 0
        for pos in _may_open(text, start.get("skip"), start.get("stops", ".!?\n"), start.get("marker", True)):
            if pos < end:
                continue
            m = regex.match(text, pos)
            if m is not None and sentence_start(text, pos, **start):
                yield m
                end = max(m.end(), pos + 1)
        return
    pos = 0
    while (m := regex.search(text, pos)) is not None:
        if sentence_start(text, m.start(group), **start):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


_LINE_BREAK = re.compile("\n")


@functools.lru_cache(maxsize=16)
def _stop_chars(chars: str) -> re.Pattern[str]:
    """A pattern finding any one of `chars` (remembered: a few sets of stops in all)."""
    return re.compile("[" + re.escape(chars) + "]") if chars else re.compile("(?!)")


def _may_open(text: str, skip: str | None, stops: str, marker: bool) -> list[int]:
    """Every position where :func:`sentence_start` may hold (a superset: each is asked
    again): the text's start, each character after a stop or a strippable line break, and
    the run of `skip` characters (white space for None) after each; with `marker`, where a
    list item's marker at a line's start ends. Ascending, each once."""
    strip = str.isspace if skip is None else (lambda c: c in skip)
    newline = skip is None or "\n" in skip
    seeds = [0] + [m.end() for m in _stop_chars(stops + ("\n" if newline else "")).finditer(text)]
    found: set[int] = set()
    for p in seeds:
        if p in found:
            continue
        found.add(p)
        while p < len(text) and strip(text[p]):
            p += 1
            found.add(p)
    if marker:
        for ls in [0] + [m.end() for m in _LINE_BREAK.finditer(text)]:
            m = MARKER.match(text, ls)
            if m is not None:
                found.add(m.end())
    return sorted(found)
