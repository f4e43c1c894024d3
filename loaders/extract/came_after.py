"""Counts of days told by broadcaster copy after its attack: "The attack came a day after
militants seized Moqokori"; "..., two days after a bomber blew herself up at a market in
Konduga on Wednesday evening".

Two ways the count of "N days after" (clause_days.py) went wrong:

- A sentence whose main clause is only "The attack came (followed) N days after ..." writes
  no day of its own: the count runs from the day of the incident its subject names, the one
  told last. The day lent by the sentences between (a toll updated "by Tuesday", a statement
  of "Tuesday") is not that incident's day, and counting from it put the earlier incident a
  day late.
- The clause after the cut may write its own weekday ("... in Konduga on Wednesday evening"):
  that weekday is its day, as a day with its number already was; broadcasters count "two
  days after" loosely, and the weekday is what the referee's guide reads. A statement's
  weekday after the cut ("..., the army said Sunday") stays no day of the clause.

Pure functions over a sentence's text, its date mentions and the frames told before;
cost: one regex test of the text before the cut and a scan back to the last incident.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import WEEKDAYS
from sitgraph.loaders.extract.rules import branch, enabled, event_dates

# The main clause is only a subject and "came" / "followed": the count is from what it names.
CAME = re.compile(r"(?i)\b(?:came|comes|come|followed|follows)\s+(?:just\s+|only\s+|barely\s+)?$")

WEEKDAY = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAYS)})\b")


def counted_from(before_cut: str, told: list[Any], reference: str | None) -> str | None:
    """The day the count in a sentence whose text before the cut is `before_cut` runs from:
    after a bare "came" / "followed", the day of the incident told last (of `told`, the
    report's frames so far) when the text gave it; else `reference`, the day lent on."""
    if not enabled(FROM_INCIDENT) or not CAME.search(before_cut):
        return reference
    last = next((f for f in reversed(told) if f.role == "incident"), None)
    return last.date if last is not None and last.date_explicit and last.date else reference


FROM_INCIDENT = branch(
    "date.came-after-incident",
    "'The attack came a day after militants seized X': counted from the day of the incident the subject names, "
    "not from a day a toll update or statement wrote since",
    pos=[("A suicide bomber rammed a truck into an army base near Jowhar on Monday, killing 11 soldiers. By Wednesday "
          "the army had put the death toll at 16, with 20 soldiers wounded. The attack came a day after al-Shabaab "
          "fighters seized the town of Adan Yabaal.",
          (("2023-11-13", None), ("2023-11-12", None)))],
    # the main clause's own act and day: counted from that day
    neg=[("A suicide bomber rammed a truck into an army base near Jowhar on Monday, killing 11 soldiers. By Wednesday "
          "the army had put the death toll at 16, with 20 soldiers wounded. Government troops retook the town of "
          "Adan Yabaal on Wednesday, a day after the militants seized the town of Bulo Burti.",
          (("2023-11-13", None), ("2023-11-15", None), ("2023-11-14", None)))],
    probe=event_dates, where="came_after.counted_from")


def own_weekday(cut: int, sentence: str, dates: list[Any], said_before: Any) -> Any | None:
    """The first weekday of `dates` (mentions of `sentence`) after offset `cut` that the clause
    there writes as its own day, not a statement's (`said_before` finds a verb of saying just
    before it); None when there is none."""
    if not enabled(OWN_WEEKDAY):
        return None
    return next((d for d in dates if d.start >= cut and d.precision == "day" and d.date_end is None
                 and WEEKDAY.search(d.text) and not said_before.search(sentence[max(0, d.start - 40):d.start])), None)


OWN_WEEKDAY = branch(
    "date.after-clause-own-weekday",
    "'two days after a bomber struck a market in Konduga on Wednesday': the weekday the clause after the count "
    "writes is its day",
    pos=[("A bomb exploded at a bus terminal in Cotabato City on Monday morning, killing six people. The blast came "
          "two days after rebels ambushed an army truck on the island of Negros on Friday.",
          (("2023-11-13", None), ("2023-11-10", None)))],
    # a statement's weekday after the cut: the count stays
    neg=[("Junta jets bombed a monastery in Sagaing on Tuesday, killing nine villagers. The air strike came two days "
          "after resistance fighters seized the town of Kawlin, the group said on Wednesday.",
          (("2023-11-14", None), ("2023-11-12", None)))],
    probe=event_dates, where="came_after.own_weekday")
