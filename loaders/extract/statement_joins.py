"""A side's statement or a toll update about the incident the report is telling: "By Sunday,
the district office said four men had died", "the air force said it had struck a training
camp near the village", "the army said in a statement that 12 soldiers had been killed".
Long-form features and wire stories tell one incident over many paragraphs: the scene first,
then each side's account of the same act. Reported speech in the past perfect ("said ...
had") tells an act done before the telling, so the day the sentence gives is the statement's,
and the frame reads as an incident of its own when it names a different target or a place of
the scene's with the town the wounded were taken to. Such a frame joins the report's one
current incident of its kind (the one frame of that kind with a weapon or a toll) told within
a week of it, when it names no doer other than that incident's (nor one the scene lacks unless
the teller tells its own act: "it said the air force had struck"), no specific place outside it
(one of the scene's places, or none; any one place when the scene named none) and no word of
another act ("another", "separately", "two more attacks"). Two incidents of one kind in the
report (a strike and a reprisal, a roundup's items), a second strike told with "another", and
a statement whose struck side is the scene's doer all stay apart.

The ordinary joins (toll_by_then.py, retellings.py, restatements.py) already judge a
statement against the last incident of its kind; this join only takes the pairs they leave
apart: the statement names the place of a scene told without one, or a frame with no weapon
and no toll told between the scene and the statement (a witness's question read as an
attack) hides the scene from them.

Cost: per incident frame that stayed apart, one regex and a look at the earlier incidents of
its kind. Fires rarely (once on the readable sets: a feature from Myanmar).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sitgraph.loaders.extract.frame_overlap import specific_ids, weapon_groups
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule

# "<source> said [in a statement] [that] ... had <done>": the act told as done before the telling.
TOLD_DONE = re.compile(r"(?i)\b(?:said|says|announced|stated)\b[^.;]{0,80}?\bhad\s+(?:been\s+)?\w+")
# Words of another act: a statement about a second strike stays apart.
# "two more attacks", "further strikes": other acts (but "two more people had died" is a toll's rise).
ANOTHER = re.compile(r"(?i)\b(?:another|second|separate(?:ly)?|elsewhere|also|new|earlier|previous)\b|"
                     r"\b(?:more|further|other)\s+(?:\w+\s+){0,2}?(?:attacks?|strikes?|raids?|assaults?|bombings?|"
                     r"shelling|ambush(?:es)?)\b")
# The teller's own act: "said it had", "said its forces had", "it said the air force had".
OWN_ACT = re.compile(r"(?i)\b(?:said|says|announced|stated)\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?(?:it|its\s+\w+|"
                     r"(?:the|our)\s+(?:air\s+force|army|military|troops|forces|navy|police|fighters|units?))\s+had\b")
WEEK = 7


def statement_of(out: list[Any], last: Any, f: Any, text: str, table: Any) -> Any:
    """The earlier incident that frame `f` (its sentence `text`) is a side's statement or toll
    update about (see the module doc), else None. `last` is the last incident of `f`'s kind,
    the one the ordinary joins tried."""
    if f.role != "incident" or f.kind != "Attack" or not TOLD_DONE.search(text) or ANOTHER.search(text):
        return None
    p = _current(out, f)
    if p is None or p is last and not _names_unplaced_scene(p, f, table):
        return None  # the ordinary joins judged this pair (toll_by_then.py, retellings.py, restatements.py)
    fits = _before(p, f) and _placed_within(p, f, table) and not _sides_crossed(p, f) and _doer_told(p, f, text)
    return p if fits else None


def _names_unplaced_scene(prev: Any, f: Any, table: Any) -> bool:
    """Does the statement name the place of a scene told without one ("bombs fell on the camp"
    ... "struck a training camp near X")? The ordinary joins read a place of its own as
    another incident's."""
    return not specific_ids(prev.places, table) and bool(specific_ids(f.places, table))


def _current(out: list[Any], f: Any) -> Any:
    """The report's one current incident of `f`'s kind (the one frame of that kind with a
    weapon or a toll): a feature or a single-incident story. With two told (a roundup, a
    strike and a reprisal), a statement may be about either: None."""
    told = [p for p in out if p.role == "incident" and p.kind == f.kind and (p.type or p.killed or p.wounded)]
    return told[0] if len(told) == 1 else None


def _sides_crossed(prev: Any, f: Any) -> bool:
    """Does the statement count among the struck a side `prev` has as its doer, or the
    reverse ("12 soldiers and militia members had been killed" against a scene whose doer was
    read as that militia)? The two frames then disagree on who did it, and a join would give
    the statement's toll to the wrong side's act."""
    other = set(prev.actors) and set(f.actors) and not set(prev.actors) & set(f.actors)  # a reprisal
    return bool(other or set(prev.actors) & set(f.targets) or set(f.actors) & set(prev.targets))


def _doer_told(prev: Any, f: Any, text: str) -> bool:
    """May `f`'s doer be given to `prev`? Only when `prev` has one already (checked by
    :func:`_sides_crossed`), `f` names none, or the teller tells its own act ("it said the air
    force had struck", "said its forces had"): "the military said rebels had shelled its post"
    is the other side's act, a reprisal."""
    return bool(prev.actors) or not f.actors or bool(OWN_ACT.search(text))


def _days(d: str | None) -> date | None:
    return date.fromisoformat(d) if d and len(d) == 10 else None


def _before(prev: Any, f: Any) -> bool:
    """Is `prev`'s day within a week of `f`'s (either day unknown counts)?"""
    a, b = _days(prev.date), _days(f.date)
    return a is None or b is None or abs((b - a).days) <= WEEK


@named_rule("assemble.statement-of-incident", "a side's statement or toll update in the past perfect ('the "
            "ministry said its forces had neutralised four fighters') about the incident the report tells, naming "
            "no place of its own outside it, is that incident",
            pos=[("Bombs fell on a displacement camp outside the town shortly before midnight on Sunday, killing nine "
                  "people and destroying a school. Residents said they had heard a jet circling for an hour. In a "
                  "statement on Monday, the military said the air force had struck a rebel training camp near Mese.",
                  ("Attack",))],
            neg=[("Bombs fell on a displacement camp outside the town shortly before midnight on Sunday, killing nine "
                  "people and destroying a school. Residents said they had heard a jet circling for an hour. In a "
                  "statement on Monday, the military said the air force had struck another rebel camp near Mese.",
                  ("Attack", "Attack")),
                 ("Bombs fell on a displacement camp outside the town shortly before midnight on Sunday, killing nine "
                  "people and destroying a school. Residents said they had heard a jet circling for an hour. In a "
                  "statement on Monday, the military said rebels had shelled its post near Mese, killing two soldiers.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def _placed_within(prev: Any, f: Any, table: Any) -> bool:
    """Does `f` name no specific place that `prev` lacks, beyond the one the toll's wounded
    were taken to? A place `prev` has, or none, or only regions and provinces, fits; when
    `prev` has no place, any single place of `f` fits (the scene told without its name)."""
    own = specific_ids(f.places, table) - set(prev.places)
    if not own:
        return True
    if not specific_ids(prev.places, table):
        return len(own) == 1
    return bool(set(f.places) & set(prev.places)) and len(own) == 1 and bool(
        weapon_groups(prev.type) & weapon_groups(f.type))
