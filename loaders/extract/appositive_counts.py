"""A count of days set beside a day as its apposition: "On Saturday, the day after the
massacre, a drone strike hit a house in Savien"; "On 4 May, two days after the attack on the
base, troops retook the town".

The phrase "the day after the massacre" between two commas restates the day written before
it; the main clause follows the closing comma. clause_days.py reads every frame whose places
are named after the cut as told there and dates it back by the count, which moved the
main clause's own act (the drone strike on Saturday) to the day before. Only what is named
between the cut and the closing comma is told after the cut; what comes after the comma is
the main clause's, and keeps the day written before the count.

Pure function over a sentence's text, its date mentions and the cut's span; cost: two
regex tests.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_dates

# Only a comma between the day written before the count and the count itself.
_COMMA_ONLY = re.compile(r"\s*,\s*$")
# The comma that closes the apposition; a verb-less phrase or a short clause before it.
_CLOSING = re.compile(r",\s+\S")

APPOSITIVE = branch(
    "date.appositive-count",
    "'On Saturday, the day after the massacre, a drone strike hit X': a count set beside a day between commas "
    "restates that day; the main clause after the closing comma keeps it",
    pos=[("Gunmen raided the village of Kofa on Friday night, killing 15 people. On Saturday, the day after the "
          "massacre, a drone strike hit a house in Savien, killing four gang members.",
          (("2023-11-10", None), ("2023-11-11", None))),
         ("On Saturday, the day after gunmen attacked a market in Kofa, soldiers raided Savien, killing four gang "
          "members.", (("2023-11-10", None), ("2023-11-11", None)))],
    # no apposition: the act told after the count is dated back by it
    neg=[("Troops raided the village of Savien on Saturday, the day after gunmen attacked a market in Kofa, "
          "killing four gang members.", (("2023-11-11", None), ("2023-11-10", None))),
         ("On Saturday, troops raided the village of Savien, a day after gunmen attacked a market in Kofa.",
          (("2023-11-11", None), ("2023-11-10", None)))],
    probe=event_dates, where="appositive_counts.apposition_end")


def apposition_end(sentence: str, start: int, end: int, anchors: list[Any]) -> int | None:
    """Where the apposition closes when the count `sentence[start:end]` ("the day after") is set
    beside the day written just before it ("On Saturday, the day after the massacre, ..."): the
    offset of the closing comma, after which the main clause is told. `anchors` are the date
    mentions (with ``start``/``end`` offsets) ending before the count. None when the count is
    no such apposition (a count after a clause: "raided X on Saturday, the day after gunmen
    attacked Y"), when the sentence opens with it, or while the rule is off."""
    if not enabled(APPOSITIVE) or not anchors or start == 0:
        return None
    last = anchors[-1]
    if not _COMMA_ONLY.search(sentence[last.end:start]) or not _opens_sentence(sentence, last.start):
        return None
    m = _CLOSING.search(sentence, end)
    return m.start() if m else None


# Before the day only its preposition and perhaps "late", "early": the day opens the sentence.
_OPENING = re.compile(r"(?i)^\s*(?:(?:late|early)\s+)?(?:on\s+|in\s+|by\s+)?(?:the\s+)?$")


def _opens_sentence(sentence: str, at: int) -> bool:
    """Does the day mention starting at offset `at` open `sentence` ("On Saturday, ...",
    "Late on Tuesday, ...")? Only such a fronted day is restated by a count beside it; a day
    ending a main clause ("raided X on Saturday, the day after ...") is followed by a clause
    of its own."""
    return bool(_OPENING.match(sentence[:at]))


def triggers_before(f: Any, doc: Any, offset: int, stop: int | None) -> bool:
    """Are all of frame `f`'s trigger words in `doc` (its sentence starting at `offset` in the
    document) named before offset `stop` of the sentence, the closing comma of an apposition
    (:func:`apposition_end`)? True without an apposition (`stop` None). A frame whose trigger
    words run on into the main clause ("the massacre, a drone strike hit") is the main clause's
    act, named there as well."""
    if stop is None or doc is None:
        return True
    return all(0 <= t < len(doc) and doc[t].idx - offset < stop for t in f.triggers)


def keep_fronted_day(f: Any, anchor: Any) -> None:
    """Date frame `f`, told in the main clause after an apposition ("On Saturday, the day after
    the massacre, soldiers raided X"), by the day fronted before the count (`anchor`, a date
    mention with ``date`` and ``precision``), unless it already has a day written for it.
    Mutates `f`; returns nothing."""
    if not f.date_explicit:
        f.date, f.date_end, f.precision, f.date_explicit = anchor.date, None, anchor.precision, True


def after_apposition(starts: list[int], stop: int | None) -> bool:
    """Are all of a frame's places and targets, named at sentence offsets `starts` (at least
    one), named after offset `stop`, the closing comma of an apposition? Then the frame is the
    main clause's, not told after the cut. False without an apposition (`stop` None)."""
    return stop is not None and bool(starts) and min(starts) >= stop
