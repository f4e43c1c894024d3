"""The dead listed by group after a copula: "The dead were eight Yemenis, three Indians and two
Egyptians", "Among the dead were 19 Sri Lankans, four Britons and a Dane", "The victims
included six police officers and two teachers". Encyclopedia articles and rights reports of
every war give a toll as its parts (nationalities, professions, sides), often in a section of
its own ("Casualties", "Victims") with no total beside it: the parts add up to the toll told.

- "The dead were A, B and C": the whole toll (the sum).
- "Among the dead were A, B and C", "The dead included A, B and C": a part of the toll (the
  sum, kept only when no total is told, as any part is).

Each item of the list must open with a count ("eight", "19", "a", "an") and hold at most
four words; one item without a count ("many children") leaves the list unread.

Used by :mod:`numbers` (one of its figure readers). Pure; a call costs a regex scan of the
sentence and a split of the list.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import FIGURE, parse_number
from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure

# The copula that opens the list: "the dead were", "among those killed were", "the victims included".
_HEAD = re.compile(
    r"(?i:(?:(?P<among>\bamong(?:st)?\s+(?:the|those))|\bthe)\s+"
    r"(?P<verb>dead|killed|victims|fatalities|wounded|injured)\s+(?P<cop>were|included|comprised)\s+)")
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# A count opening an item: a figure, a number word, "a"/"an"; not "of them", not a date.
_COUNT_WORD = re.compile(rf"(?i)^(?:a|an|{FIGURE})$")
# Words that make an item no count of people ("two of them", "a third of whom", "a total of").
_NOT_PEOPLE = re.compile(r"(?i)\b(?:of|them|whom|total|number|dozen|hundreds?|percent|per|cent|year|years|old)\b")


def _list_sum(tail: str) -> int | None:
    """The sum of the counts of list `tail` (up to its end: a full stop, a semicolon, a
    bracket, a dash) when it has two items or more, each a count of people; else None."""
    body = re.split(r"[.;:()\u2013\u2014]", tail, maxsplit=1)[0]
    items = [x for x in _ITEM_SPLIT.split(body.strip()) if x]
    if len(items) < 2:
        return None
    total = 0
    for item in items:
        words = item.split()
        if not 2 <= len(words) <= 4 or not _COUNT_WORD.match(words[0]) or _NOT_PEOPLE.search(item):
            return None
        n = parse_number(words[0])
        if not n:
            return None
        total += n
    return total


@rule("toll.dead-listed", "'The dead were eight Yemenis, three Indians and two Egyptians': a toll given as the "
      "counts of its groups is their sum",
      pos=[("A suicide bomber struck a hotel in Mukalla, Yemen, on 6 May 2018. The dead were eight Yemenis, three "
            "Indians and two Egyptians.", ((13, None, None),)),
           ("A suicide bomber struck a hotel in Mukalla, Yemen, on 6 May 2018. Among the dead were eight Yemenis, "
            "three Indians and an Egyptian.", ((12, None, None),))],
      neg=[("A suicide bomber struck a hotel in Mukalla, Yemen, on 6 May 2018, killing 20 people. Among the dead were "
            "eight Yemenis, three Indians and two Egyptians.", ((20, None, None),)),
           ("A suicide bomber struck a hotel in Mukalla, Yemen, on 6 May 2018. The dead were eight Yemenis, many of "
            "them guards.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def listed_dead_figures(masked: str) -> list[Figure]:
    """The figure of a toll listed by group after "the dead were/included" or "among the
    dead were" in `masked` (the sentence, dates blanked): the sum, a part of the toll after
    "among" or "included", the whole after "were"."""
    out: list[Figure] = []
    for m in _HEAD.finditer(masked):
        total = _list_sum(masked[m.end():])
        if total is None:
            continue
        category = "wounded" if m["verb"].lower() in ("wounded", "injured") else "killed"
        part = bool(m["among"]) or m["cop"].lower() != "were"
        # Spanned over the whole list: the counts inside belong to it, not to readers of their own.
        end = m.end() + len(re.split(r"[.;:()\u2013\u2014]", masked[m.end():], maxsplit=1)[0])
        out.append(Figure(category, total, (m.start(), end), subset=part, phrase=(m.end(), end)))
    return out
