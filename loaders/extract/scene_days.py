"""The day a feature's opening scene is set on: "On Wednesday, the ring broke. The assault began
at dawn, when hundreds of gunmen struck the northern side of the town".

Features and long reads open on a person or a place and set the scene's day in a sentence
that tells no incident yet ("On Saturday afternoon she was cleaning the ward when the wounded
came in", "On the night of 9 May she woke to the sound of a jet"); the attack is told in the
next paragraph without a day of its own. That day is the attack's: without it the attack took
the publication's day, or the day of a later toll update ("By Sunday, officials said four had
died"). Only the report's first incident takes it, and only from a sentence opening with
"On <day>" (the scene's time, not a statement's day nor a "since" or "by" clause), a day at
most two weeks before the day the report counts from (a recent scene, not a year recalled).

A witness's words may lie between the scene and the attack ("They brought a young man whose
legs were burnt," she said. "His cousin was screaming."): the scene's day reaches the first
incident across up to :data:`SCENE_REACH` sentences (rule ``date.scene-reach``), where a day
lent by an incident reaches three (lent_dates.py).

What stays: a sentence telling an incident of its own lends its day as before
(lent_dates.py); a scene set after an incident was told lends nothing (the story has its
day); a statement's day ("On Monday, the ministry said ...") is no scene's. A recall told
before the scene ("the walls carry the marks of the day in August 2014 when gunmen killed
...": an incident, or a day lent, ending more than two weeks before the report's day) is
background, not the story's incident: the scene still lends its day (before, the recall's
month passed to the attack told next).

Pure function over the day to lend and a sentence's date mentions; cost: a look at the
sentence's first date mention and the frames told so far.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from sitgraph.loaders.extract import lent_dates
from sitgraph.loaders.extract.rules import event_dates
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speech_verbs import SPEECH

Lent = tuple[str | None, str | None, str | None, int]

# The scene's time opens the sentence: "On Wednesday,", "Late on Tuesday", "On the night of 9 May".
OPENS_ON = re.compile(r"(?i)^(?:(?:early|late)\s+)?on\b")
# A verb of saying: "On Monday, the ministry said ..." opens on a statement's day, not a scene's.
SAYING = re.compile(rf"(?i)\b(?:{SPEECH})\b")
# How far before the report's day a scene's day may lie (a weekday is at most a week back).
RECENT_DAYS = 14
# How many sentences after the scene its day still reaches the first incident: a feature may
# quote its witness for a few sentences before it tells the attack.
SCENE_REACH = 8


def _lends_none(lent: Lent, dates: list[Any], said_on: frozenset[int], text: str, found: list[Any],
                told: list[Any], table: Any, i: int, reference: str | None) -> Lent:
    """Off value: the day lent before, unchanged."""
    return lent


@named_rule("date.scene-day", "a feature's opening scene set 'On Wednesday' in a sentence telling no incident "
            "lends its day to the first incident, told next without a day",
            pos=[("For three years the town of Kirma has lived behind a ring of trenches. On Tuesday, the ring broke. "
                  "The assault began at dawn, when hundreds of gunmen on motorbikes struck the northern side of the "
                  "town, near the grain store. The army said in a statement on Saturday that nine soldiers had been "
                  "killed.", (("2023-11-14", None),)),
                 ("Halima works as a nurse at the Sova hospital. On Saturday afternoon she was cleaning the ward when "
                  "the wounded came in. The car had been hit by a drone on the road between Sova and Kirma. By "
                  "Sunday, the mayor's office said three men had died.", (("2023-11-11", None),))],
            # a statement's day opening the sentence is no scene: the report's day
            neg=[("On Monday, the ministry said it was worried. The car had been hit by a drone on the road between "
                  "Sova and Kirma, killing three men.", (("2023-11-16", None),)),
                 # an incident already told: the scene lends nothing
                 ("Gunmen attacked a checkpoint near Kirma on Friday, killing two soldiers. On Monday, the town was "
                  "quiet. A drone hit a car on the road between Sova and Kirma, killing three men.",
                  (("2023-11-10", None), ("2023-11-10", None)))],
            probe=event_dates, off=_lends_none)
def scene_day(lent: Lent, dates: list[Any], said_on: frozenset[int], text: str, found: list[Any],
              told: list[Any], table: Any, i: int, reference: str | None) -> Lent:
    """The day to lend on after sentence `i` (`text`, its date mentions `dates`, those told as
    a statement's day starting at `said_on`, its frames `found`): its scene's day when nothing
    is lent yet, no incident was told before (`told`, the report's frames so far) nor is told
    here, and the sentence opens with "On <day>" on or at most :data:`RECENT_DAYS` before
    `reference`; else `lent` unchanged."""
    from sitgraph.loaders.extract.sentence_frames import grounded

    if not reference or len(reference) != 10 or not dates:
        return lent
    if (lent[0] is not None and not recalled(lent[0], reference)) or any(grounded(f, table) for f in found):
        return lent
    if any(f.role == "incident" and not recalled(f.date, reference) for f in told):
        return lent
    day = _scene_day_of(min(dates, key=lambda m: m.start), said_on, text, reference)
    return (day, None, "day", i) if day is not None else lent


def recalled(date: str | None, reference: str) -> bool:
    """Is ISO `date` (a day, month or year; None for no date) a recall: its last day more than
    :data:`RECENT_DAYS` before ISO day `reference`? A background event told before the scene
    ("the walls carry the marks of the day in August 2014 when ...") leaves the story untold.
    No date is no recall (an undated incident told is the story's)."""
    if not date or len(date) not in (4, 7, 10):
        return False
    try:
        y = int(date[:4])
        m = int(date[5:7]) if len(date) >= 7 else 12
        d = int(date[8:10]) if len(date) == 10 else calendar.monthrange(y, m)[1]
        last = dt.date(y, m, d)
    except ValueError:
        return False
    return (dt.date.fromisoformat(reference) - last).days > RECENT_DAYS


def _scene_day_of(d: Any, said_on: frozenset[int], text: str, reference: str) -> str | None:
    """The ISO day of date mention `d`, the first of sentence `text`, when it opens the sentence
    as a scene's "On <day>" (no statement's: not in `said_on`, no verb of saying in the
    sentence), at most :data:`RECENT_DAYS` before ISO day `reference`; else None."""
    if d.start in said_on or d.precision != "day" or d.date_end is not None or len(d.date) != 10:
        return None
    if text[:d.start].strip() or not OPENS_ON.match(d.text) or SAYING.search(text):
        return None
    back = (dt.date.fromisoformat(reference) - dt.date.fromisoformat(d.date)).days
    return d.date if 0 <= back <= RECENT_DAYS else None


def hold_scene_day(found: list[Any], lent: Lent, scene: int) -> None:
    """Keep the scene's day on the incidents of `found` that took it (`lent`, lent from sentence
    `scene`): it is their own day now, not a later toll's or statement's to replace."""
    if lent[0] is None or lent[3] != scene:
        return
    for f in found:
        if f.role == "incident" and not f.date_explicit and f.date == lent[0] and f.sent_index != scene:
            f.date_explicit = True


def _usual_reach(text: str, lent: Lent, scene: int) -> int:
    """Off value: the reach of any lent day (lent_dates.reach)."""
    return lent_dates.reach(text)


@named_rule("date.scene-reach", "the day of a feature's opening scene reaches the first incident across a witness's "
            "quoted words ('They brought a boy whose arms were burnt,' she said.), past the three sentences a day lent "
            "by an incident reaches",
            pos=[("Halima works as a nurse at the Sova hospital. On Saturday afternoon she was cleaning the ward when "
                  "the wounded came in. \"They carried in a boy whose arms were burnt,\" she said. \"His brother kept "
                  "asking for water. Nobody had any.\" The car had been hit by a drone on the road between Sova and "
                  "Kirma. By Sunday, the mayor's office said three men had died.", (("2023-11-11", None),))],
            # a day lent by an incident told before keeps its usual reach: the report's day
            neg=[("Gunmen attacked a checkpoint near Kirma on Friday, killing two soldiers. \"They came at night,\" "
                  "a guard said. \"We heard the engines first. Then the shooting began. Nobody slept.\" A drone hit "
                  "a car on the road between Sova and Kirma, killing three men.",
                  (("2023-11-10", None), ("2023-11-16", None)))],
            probe=event_dates, off=_usual_reach)
def scene_reach(text: str, lent: Lent, scene: int) -> int:
    """How many sentences after the sentence that lent day `lent` an undated incident told in
    sentence `text` still takes it: :data:`SCENE_REACH` when `lent` is the day of the opening
    scene of sentence `scene` (-1 for none), else the usual reach (lent_dates.reach). Cost:
    two regex searches of `text`."""
    near = lent_dates.reach(text)
    return max(near, SCENE_REACH) if scene >= 0 and lent[0] is not None and lent[3] == scene else near
