"""A rising toll told on its own: "the broadcaster now says nine people were killed, up from six",
"Toll rises to 14, the health ministry says", "the number of dead has climbed to 30".
Rolling copy in every outlet (live blogs, wire updates, broadcasters' running stories) tells
the toll of an incident again as it grows, often in an entry of its own, before or after the
entry that tells the strike. Such a sentence names no place and no target of its own (at most
the victims; a place the entry's heading or a neighbouring sentence lent the frame is not its
own); it is the incident's toll told again, never a new incident, and whoever it quotes
(a channel "of the Houthis", a ministry "of Hamas") is its source, not a perpetrator.

:func:`fold_toll_rises` folds such a frame's sentence into the nearest attack incident that has
a place or a target (the last before it, else the first after it). Its figure is taken (the
larger kept) only when the report tells no other attack incident: with more than one, which of
them it counts, a strike or a night's total, the sentence does not say. A rising toll that
names its incident's place ("the toll from Sunday's attack near X has risen to five") is an
incident told in full and stays.

Cost: one regex search per attack frame; O(frames) to find the host.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import event_kinds, rule
from sitgraph.loaders.extract.unplaced import fold_frames

# "up from five", "rises to eight", "has risen to", "climbed to 30", "now stands at 12".
RISES = re.compile(
    rf"(?i)\bup\s+from\s+(?:\d|a\b|an\b|{FIGURE}\b)"
    r"|\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|victims|casualties))\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:rises|rose|risen|climbs|climbed|jumps|jumped|reaches|reached|stands|stood|now\s+stands)\b"
    r"|\b(?:has|have|had)\s+(?:risen|climbed|increased)\s+to\s+(?:at\s+least\s+)?\d")
VICTIMS = frozenset({"civilians"})


def _rise(f: Any, text: str, table: Any) -> bool:
    """Is `f` an attack frame telling a risen toll, with no place its own sentence names (one a
    heading or a neighbour lent it does not count), no target but the victims and no parent,
    not told as another incident?"""
    if f.role != "incident" or f.kind != "Attack" or f.parent is not None:
        return False
    told = {eid for _s, _e, eid in table.in_span(f.sent_start, f.sent_end)}
    if told & set(f.places):
        return False
    if any((getattr(table.entities.get(t), "type", None) or "") not in VICTIMS for t in f.targets):
        return False
    sentence = text[f.sent_start:f.sent_end]
    return RISES.search(sentence) is not None and not separate(sentence)


def _kin(f: Any, out: list[Any]) -> list[Any]:
    """The attack incidents of `out` (but `f`) with a place or target, not parts of a total."""
    return [g for g in out if g is not f and g.role == "incident" and g.kind == "Attack" and (g.places or g.targets)
            and g.parent is None]


def _host(f: Any, out: list[Any]) -> Any:
    """The nearest attack incident of `out` with a place or target: the last before `f`, else
    the first after it; None when there is none. When it is the report's only one, the risen
    toll is its toll: the larger figure is kept (the guide's largest figure for the incident)."""
    kin = _kin(f, out)
    if not kin:
        return None
    before = [g for g in kin if g.sent_index <= f.sent_index]
    host = before[-1] if before else kin[0]
    if len(kin) == 1 and f.killed and f.killed > (host.killed or 0):
        host.killed = f.killed
    return host


def _kept(frames: list[Any], _text: str = "", _table: Any = None) -> list[Any]:
    """Off value: every frame stays."""
    return frames


@rule("assemble.toll-rise", "a risen toll told on its own ('the broadcaster now says nine people were killed, up "
      "from six') is the toll of an incident the report tells, never a new incident",
      pos=[("Live updates\n\n09:15 - Toll rises\n\nTwelve people were killed, up from seven, Al-Manar, the "
            "Hezbollah-run station, said in its noon bulletin.\n\n07:30 - Strikes hit Nabatieh\n\nIsraeli warplanes "
            "struck a building in Nabatieh overnight, killing seven people, the health ministry said.", ("Attack",))],
      neg=[("An Israeli air strike hit a house in Rafah overnight, killing five people, medics said. The toll from "
            "Sunday's strike on a school near Khan Younis has risen to 12, officials said.", ("Attack", "Attack"))],
      probe=event_kinds, off=_kept)
def fold_toll_rises(frames: list[Any], text: str, table: Any) -> list[Any]:
    """`frames` without the risen-toll frames (:func:`_rise`) of a report that tells an attack
    incident; each one's sentence (in report `text`, entities in `table`) becomes that
    incident's evidence."""
    return fold_frames(frames, lambda f, out: _host(f, out) if _rise(f, text, table) else None)
