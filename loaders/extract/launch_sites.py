"""Where the munitions of a strike came from: a sentence that tells from where "the rockets",
"the shells" or "the drones" of an incident told before were fired speaks of that incident,
never of a new one, a convention of written reports in every outlet and war:

- "The mortars were launched from militia positions west of the town", "the shells came from
  areas held by the RSF", "the missile was fired from Houthi-controlled territory":
  the munition is named with a definite article (the one the report told), the verb is passive
  or "came from", and what follows "from" is the launch site. The launch site is no place of
  the strike (the strike hit where the report told it did), and a side whose positions or
  ground the munitions came from is the side the report's sources blame for it: the
  incident's perpetrator when the incident had none;
- a blame's reason is such a sentence too, the munition bare ("the governor blamed Russia,
  saying that S-300 missiles had been fired from the Belgorod region"), and the sides the
  sentence tied to its own frame (the blamed side) go to the strike with it when the strike had
  none (folding the frame alone dropped them, and the strike kept no doer); small-arms fire
  counts as a munition ("the shots were fired from Houthi positions");
- a sentence that tells its own strike is left alone: one with its own toll or target
  ("rockets fired from positions near X hit the airport, killing three"), an act of the other
  side on those positions ("the army fired on positions of the brigade near X": no "from"),
  an undefined munition ("rockets were fired from Gaza at Sderot": a new salvo), or one told
  as another incident ("separately", "on Sunday, shells fired from ...").

:func:`fold_launch_sites` folds such a frame's sentence into the nearest incident of the
kind told before it. Cost: one regex search per attack frame and a scan of that sentence's
mentions.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.events import add_new
from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, rule
from sitgraph.loaders.extract.speech_verbs import statement_verbs
from sitgraph.loaders.extract.unplaced import fold_frames

# "the rockets had been fired from", "the two missiles were launched from", "the shells came from":
# a munition told before (definite), and where it was fired from.
LAUNCHED_FROM = re.compile(
    r"(?i)\b(?:the|these|those|both)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rockets?|missiles?|shells?|mortars?|mortar\s+(?:rounds|bombs|shells)|rounds|drones?|projectiles?"
    r"|munitions|bombs?|barrages?|salvos?|grad\s+rockets|shots?|bullets?|gunfire)\s+"
    r"(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|had\s+)?(?:(?:probably|likely|apparently|reportedly)\s+)?"
    r"(?:fired|launched|shot|came|originated|flew\s+in)\s+from\b")
# The blame's reason: "blamed Russia, saying that S-300 missiles had been fired from X": the munition
# needs no article there, the blame speaks of the strike told just before.
BLAMED_FROM = re.compile(
    r"(?i)\b(?:blam|accus)\w*\b[^.;]{0,80}?,\s*(?:saying|adding|and\s+said)\s+(?:that\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rockets|missiles|shells|mortars|drones|projectiles|munitions|bombs)\s+"
    r"(?:(?:had|have|has)\s+been\s+|were\s+|had\s+)?(?:fired|launched|came|originated)\s+from\b")
# Where the launch site ends: the statement that tells it (", the interior ministry said").
# A statement's plain verbs with "adds" and "according to"; "announced", "stated" and
# "confirmed" left out, as the rule was measured (an ending statement uses the plain verbs).
_TAIL_VERBS = statement_verbs(without={"announced", "stated", "confirmed"}, extra=("adds", r"according\s+to"))
STATEMENT_TAIL = re.compile(rf"(?i),\s*(?:[^,]{{0,80}}?\s)?(?:{_TAIL_VERBS})\b")
# Actors that are no side firing: victims and the press.
NOT_SIDES = frozenset({"civilians", "media"})


def _launch(f: Any, text: str, table: Any) -> int | None:
    """Where the launch site starts in `f`'s sentence (offset in the report `text`) when `f` is
    an attack frame telling from where the munitions of a strike told before came, with no toll
    or target of its own (the generic civilians, with no toll, are none: :func:`_own_targets`)
    and not told as another incident; else None."""
    if f.role != "incident" or f.kind != "Attack" or f.killed or f.wounded or f.parent is not None:
        return None
    if _own_targets(f, table):
        return None
    sentence = text[f.sent_start:f.sent_end]
    m = LAUNCHED_FROM.search(sentence) or BLAMED_FROM.search(sentence)
    if m is None or separate(sentence):
        return None
    return f.sent_start + m.end()


def _own_targets(f: Any, table: Any) -> list[str]:
    """The targets of `f` that tell a strike of its own. "Blamed the army, saying the shells had
    been fired from its positions near X" gives its frame the generic civilians as the struck
    side when it names none; with no toll that says nothing the strike told before did not."""
    if not enabled(GENERIC_STRUCK):
        return list(f.targets)
    return [t for t in f.targets if (table.entities[t].type or "") != "civilians"]


_SHELLED = ("Four civilians were killed when artillery shells hit a bus stop in the Nikitovsky district of Horlivka on "
            "Monday morning, separatist officials said. The self-proclaimed Luhansk People's Republic blamed the "
            "Ukrainian army, saying the shells had been fired from government positions near the village of Zaitseve")
GENERIC_STRUCK = branch(
    "assemble.launch-site-generic-struck", "a launch-site sentence whose only target is the generic civilians, with no "
    "toll ('blamed the army, saying the shells had been fired from positions near X'), retells the strike before",
    pos=[(_SHELLED + ".", (("Ukraine",),))],
    neg=[(_SHELLED + " and had also killed two shepherds there.", ((), ("Ukraine",)))],
    probe=event_actors, where="sitgraph.loaders.extract.launch_sites._own_targets")


def _host(f: Any, out: list[Any]) -> Any:
    """The nearest attack incident told before `f` that has a place or target, or None."""
    kin = [g for g in out if g is not f and g.role == "incident" and g.kind == "Attack" and (g.places or g.targets)
           and g.sent_index < f.sent_index]
    return kin[-1] if kin else None


def _sides(table: Any, start: int, end: int) -> list[str]:
    """The actors (no victims, no press) mentioned in [start, end) of the report."""
    out: list[str] = []
    for _s, _e, eid in table.in_span(start, end):
        e = table.entities.get(eid)
        if e is not None and e.kind == "Actor" and (e.type or "") not in NOT_SIDES and eid not in out:
            out.append(eid)
    return out


def _carry_own(host: Any, f: Any) -> None:
    """The sides the launch-site sentence tied to its own frame ("X blamed Russia, saying that
    the missiles had been fired from Y": Russia) are the strike's when the strike had none:
    the sentence is more of it, its blame too (dropping them with the frame lost the doer)."""
    if host.actors:
        return
    own = [a for a in f.actors if a not in f.claimed_by]
    add_new(host.actors, own)
    host.attribution.extend(r for r in f.attribution if r[0] in own)


def _kept(frames: list[Any], _text: str = "", _table: Any = None) -> list[Any]:
    """Off value: every frame stays."""
    return frames


_LEAD = "A rocket barrage hit the market of Tarhuna on Friday, killing seven civilians. "


@rule("assemble.launch-site", "a sentence telling from where the munitions of a strike told before were fired ('the "
      "mortars were launched from X positions near Y') retells that strike: no new event, Y no place of it, X its "
      "perpetrator when it had none",
      pos=[(_LEAD + "The rockets were fired from positions held by the Wagner group near Bani Walid, officials said.",
            (("Wagner Group",),)),
           ("Two missiles hit a school in Kharkiv on Monday, killing two people. The governor, Ivan Petrenko, "
            "blamed Russia, saying that S-400 missiles had been fired from the Belgorod region.", (("Russia",),))],
      neg=[(_LEAD + "On Sunday, the army fired on positions of the Wagner group near Bani Walid.",
            ((), ("government forces",))),
           (_LEAD + "Rockets fired from positions near Bani Walid also hit the airport of Mitiga, killing three.",
            ((), ()))],
      probe=event_actors, off=_kept)
def fold_launch_sites(frames: list[Any], text: str, table: Any) -> list[Any]:
    """`frames` without the launch-site frames (:func:`_launch`) that follow an attack
    incident of the report; each one's sentence (in report `text`) becomes evidence of the
    nearest such incident before it, and the sides named after "from" (entity `table`)
    become its perpetrators when it had none; its speakers become sources of the incident."""
    def host_of(f: Any, out: list[Any]) -> Any:
        at = _launch(f, text, table)
        host = _host(f, out) if at is not None else None
        if host is None or at is None:
            return None
        if not host.actors:
            sentence = text[f.sent_start:f.sent_end]
            tail = STATEMENT_TAIL.search(text, at, f.sent_end)
            sides = [a for a in _sides(table, at, tail.start() if tail else f.sent_end) if a not in f.claimed_by]
            add_new(host.actors, sides)
            host.attribution.extend((a, "reported", None, sentence) for a in sides)
            _carry_own(host, f)
        add_new(host.claimed_by, f.claimed_by)  # whoever told where the munitions came from is a source of the strike
        return host

    return fold_frames(frames, host_of)
