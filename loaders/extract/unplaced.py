"""An incident told with nothing of its own to place it is one told before, a convention of
written reports in every outlet: once a report has located an incident, a later "the army
confirmed a strike on the compound", "the group published a claim saying its fighters had
targeted Christians" or "the militants attacked again, the spokesman said" with no place and
no target of its own speaks of it (or of nothing the reader could find), never of a new one.

:func:`fold_unplaced` folds such a frame's sentence into the nearest incident of its kind
that has a place or target; a report whose only incidents are unplaced keeps them. Cost:
O(frames^2) over one report's frames.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import branch, enabled, event_kinds, rule
from sitgraph.loaders.extract.scene_arrests import place_scene_arrests
from sitgraph.loaders.extract.unplaced_attackers import add_attackers_dead

# Kinds whose frames are incidents that a place locates (an agreement or a violation of one is not).
PLACED_KINDS = frozenset({"Attack", "Abduction", "Capture", "Displacement"})


# Told as a statement: "the army confirmed", "a spokesman said", "published a claim".
STATEMENT = re.compile(r"(?i)\b(?:said|says|confirm(?:ed|s)?|claim(?:ed|s)?|statement|published|announced)\b")
# A claim of responsibility ties a side to the incident it speaks of, whoever else was blamed.
CLAIM = re.compile(r"(?i)\bclaim(?:ed|s)?\b")
# Beyond what marks another incident everywhere (roles.separate: "separately", "elsewhere",
# "another", "a second"), a frame with nothing to place it is new when told as a sequel: "then",
# "again", "also".
SEQUEL = re.compile(r"(?i)\b(?:also|then|again|second)\b")


CAPTURE_IN_ATTACK = branch(
    "assemble.unplaced-capture-in-attack", "a capture naming nothing taken that a place names ('troops captured "
    "two of the gang's positions') in a report with no placed capture is part of the attack told before",
    # goods seized ("18 rifles") are no capture at all (event.goods-seized): the example takes positions
    pos=[("Soldiers fought cartel gunmen for three hours near Culiacan on Sunday, killing 12 of them, the army said. "
          "Troops captured two of the gang's positions, it said.", ("Attack",))],
    neg=[("Soldiers fought cartel gunmen for three hours near Culiacan on Sunday, killing 12 of them, the army said. "
          "Troops seized the town of Eldorado, it said.", ("Attack", "Capture"))],
    probe=event_kinds, where="sitgraph.loaders.extract.unplaced._host")


def _unplaced(f: Any, sentence: str) -> bool:
    """An incident frame with no place, target or parent, not marked as another
    incident ("separately", "then", "again")."""
    if f.role != "incident" or f.kind not in PLACED_KINDS or f.places or f.targets or f.parent is not None:
        return False
    return not (separate(sentence) or SEQUEL.search(sentence))


def _same_side(f: Any, host: Any, sentence: str) -> bool:
    """Do `f` and `host` name no opposed doers? (A side's claim speaks of the incident whoever
    else was blamed; "its artillery fired back" is the other side's act.)"""
    return not (f.actors and host.actors) or bool(set(f.actors) & set(host.actors)) or bool(CLAIM.search(sentence))


def _host(f: Any, out: list[Any], sentence: str) -> Any:
    """The nearest placed incident of `f`'s kind in `out` (the last before it, else the first
    after it) when it is of `f`'s side, else None."""
    kin = _placed(f, out, f.kind)
    if not kin and f.kind == "Capture" and enabled(CAPTURE_IN_ATTACK):
        # "Troops seized 18 rifles", "its fighters overran the post": nothing taken that a
        # place names, so no territory changed hands; what was taken was the attack's spoils.
        kin = _placed(f, out, "Attack")
    if not kin:
        return None
    before = [g for g in kin if g.sent_index <= f.sent_index]
    host = before[-1] if before else kin[0]
    if _another_day(f, host, sentence):
        return None  # "On Sunday, gunmen attacked a village in the state": another day, another act
    return host if _same_side(f, host, sentence) else None


def _placed(f: Any, out: list[Any], kind: str) -> list[Any]:
    """The placed incidents of `kind` in `out`, `f` aside."""
    return [g for g in out if g is not f and g.role == "incident" and g.kind == kind and (g.places or g.targets)]


def _another_day(f: Any, host: Any, sentence: str) -> bool:
    """Is `f` dated on another day than `host` and told as an act, not a statement about one?"""
    return bool(f.date and host.date and f.date[:10] != host.date[:10] and not STATEMENT.search(sentence))


def _kept(frames: list[Any], _text: str = "") -> list[Any]:
    """Off value: every frame stays."""
    return frames


@rule("assemble.unplaced-restatement", "an incident frame with no place and no target, in a report that placed an "
      "incident of its kind, speaks of that one ('X published a claim saying its fighters had targeted ...')",
      pos=[("On 9 March 2025 a bomb exploded at a market in Jolo, killing four people. Police blamed Abu Sayyaf. On "
            "12 March the Islamic State published a claim saying its fighters had targeted Christians.", ("Attack",))],
      neg=[("Militants attacked an army post on Monday, the spokesman said.", ("Attack",)),
           ("An airstrike hit a house in Jabalia on Monday. Separately, the army said it had targeted a commander.",
            ("Attack", "Attack")),
           ("A bomb exploded at a market in Jolo on Sunday. Gunmen kidnapped two traders.",
            ("Attack", "Abduction"))],
      probe=event_kinds, off=_kept)
def fold_unplaced(frames: list[Any], text: str) -> list[Any]:
    """`frames` without the unplaced incident frames (:func:`_unplaced`) that have a placed
    incident of their kind in the report; each one's sentence (in report `text`) becomes
    evidence of the nearest such incident (the last before it, else the first after it)."""
    def host_of(f: Any, out: list[Any]) -> Any:
        sentence = text[f.sent_start:f.sent_end]
        host = _host(f, out, sentence) if _unplaced(f, sentence) else None
        if host is not None:
            add_attackers_dead(f, host, out, text)  # the attackers' dead it told count in the host's toll
        return host

    frames = place_scene_arrests(frames, text)  # an arrest at the scene is placed there, not folded
    return fold_frames(frames, host_of)


def fold_frames(frames: list[Any], host_of: Callable[[Any, list[Any]], Any]) -> list[Any]:
    """`frames` without each frame `f` that `host_of(f, kept)` gives a host for (None: `f`
    stays); `f`'s sentences become evidence of its host, nothing else of it is kept (the
    frame told the host's incident again). Frames are taken in order; `kept` is the list so
    far. Cost: one `host_of` call per frame."""
    out = list(frames)
    for f in frames:
        host = host_of(f, out)
        if host is None:
            continue
        host.evidences.extend(x for x in [(f.sent_start, f.sent_end), *f.evidences] if x not in host.evidences)
        host.evidence_index.extend([f.sent_index, *f.evidence_index])
        out.remove(f)
    return out
