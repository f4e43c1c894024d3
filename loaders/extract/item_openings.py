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
    regex search a match and a look back from each."""
    pos = 0
    while (m := regex.search(text, pos)) is not None:
        if sentence_start(text, m.start(group), **start):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1
