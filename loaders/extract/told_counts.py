"""A count of days from the incident told before, named by a definite noun: "A day after the
raid, militants ambushed a convoy near X"; "Two days after that attack, gunmen stormed ...";
"Militants ambushed a convoy near X a day after the raid, killing four soldiers".

Once a report has told an incident, news copy of every outlet dates the next act by it: the
noun ("the raid", "that attack", "the bombing") names the incident told last, and the act of
the sentence's own clause happened that many days after it (before it for "N days before the
raid"). clause_days.py reads "N days after" as the cut of a clause telling an earlier act
("..., a day after militants seized the airport") and counted the act told after it back:
the fronted phrase put the sentence's own act days before the incident it follows.

Read only where the sentence writes no date of its own (a day in the main clause is the act's,
and clause_days.py counts from it) and the text before the count is no bare "came" / "followed"
("The ambush came a day after the raid": the subject is the incident told last). The count runs
from the day of the last incident told (`told`), when the text gave it a day; else nothing is read.

Pure function over a sentence's frames, its text and date mentions and the frames told before;
cost: one regex scan and a look at the frames' triggers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sitgraph.loaders.extract.came_after import CAME
from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import noun_alternation

_COUNTS = {"the": 1, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "a day after the raid", "the day after the raid", "two days after that attack", "a week after the bombing in Gao,":
# a definite act noun (at most two words before it) closing the phrase, or a short place after it.
TOLD_COUNT = re.compile(
    r"(?i)\b(?P<n>an?|one|two|three|four|five|six|seven|\d|the(?=\s+day\b))\s+(?P<unit>days?|weeks?)\s+(?:just\s+|only\s+)?"
    r"(?P<dir>after|before)\s+(?P<np>(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{noun_alternation('attack_nouns', 'singular')})"
    r"(?:\s+(?:in|on|at|near)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?)(?=\s*(?:[,.;]|$))")


def _count(m: re.Match[str]) -> int:
    """The signed number of days match `m` of :data:`TOLD_COUNT` counts: forward after, back before."""
    n = int(m["n"]) if m["n"].isdigit() else _COUNTS[m["n"].lower()]
    n *= 7 if m["unit"].lower().startswith("week") else 1
    return n if m["dir"].lower() == "after" else -n


def _in_phrase(f: Any, doc: Any, offset: int, lo: int, hi: int) -> bool:
    """Are all of frame `f`'s trigger words in `doc` within characters `lo`..`hi` of its
    sentence (which starts at `offset`): the frame the noun itself told?"""
    if doc is None or not f.triggers or any(not 0 <= t < len(doc) for t in f.triggers):
        return False
    return all(lo <= doc[t].idx - offset < hi for t in f.triggers)


def _last_day(told: list[Any]) -> str | None:
    """The ISO day of the last incident of `told` (the report's frames so far), when the text gave
    it one; else None."""
    last = next((f for f in reversed(told) if f.role == "incident"), None)
    if last is None or not last.date or len(last.date) != 10 or last.date_end:
        return None
    return last.date


@named_rule("date.count-after-told", "'A day after the raid, militants ambushed ...': the act of the sentence's own "
            "clause happened that many days after the incident told before, which the definite noun names",
            pos=[("Soldiers raided a camp near Kidal on Monday, killing eight militants. Two days after the raid, "
                  "militants ambushed a convoy near Tessalit, killing four soldiers.",
                  (("2023-11-13", None), ("2023-11-15", None))),
                 ("Soldiers raided a camp near Kidal on Monday, killing eight militants. Militants ambushed a convoy "
                  "near Tessalit a day after the raid, killing four soldiers.",
                  (("2023-11-13", None), ("2023-11-14", None)))],
            # the sentence's own day: the act keeps it
            neg=[("Soldiers raided a camp near Kidal on Monday, killing eight militants. Militants ambushed a convoy "
                  "near Tessalit on Thursday, three days after the raid, killing four soldiers.",
                  (("2023-11-13", None), ("2023-11-16", None)))],
            probe=event_dates, off=no)
def date_from_told(frames: list[Any], sentence: str, offset: int, dates: list[Any], told: list[Any] | None,
                   doc: Any = None) -> bool:
    """Date `frames` (of `sentence`, which starts at `offset` in the report and parses in `doc`)
    by a count of days from the incident a definite noun names ("a day after the raid",
    :data:`TOLD_COUNT`): the day of the last incident of `told` moved by the count. Only when the
    sentence has no date mention (`dates`) and no bare "came" before the count. Frames told by
    the noun phrase itself are left alone. Returns True when the count was read (no other
    count of the sentence applies), else False."""
    m = TOLD_COUNT.search(sentence)
    if m is None or dates or CAME.search(sentence[:m.start()]):
        return False
    base = _last_day(told or [])
    if base is None:
        return False
    day = (dt.date.fromisoformat(base) + dt.timedelta(days=_count(m))).isoformat()
    for f in frames:
        if not _in_phrase(f, doc, offset, m.start("np"), m.end()):
            f.date, f.date_end, f.precision, f.date_explicit = day, None, "day", True
    return True
