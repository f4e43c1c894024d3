"""A series' total told after its attacks is none of the attacks' own toll.

An article about a series of attacks in several places names them all in its lead ("the
Velna and Ostrov bombings were two attacks on markets in Velna and Ostrov"), tells them one
by one ("a car bomb exploded in Velna, killing eight" / "two hours later a bomber blew himself
up in Ostrov, killing nine"), and then counts the dead of the whole series again, most often
as a revision in a "Casualties" section ("On 5 May the toll rose to 22"). Read as the toll of
the incident told last, that total lands on the last attack (22 where it told nine). It is
the series': the lead naming the places of both parts takes it (the larger figure kept), and
the attack told last keeps its own.

What joins and what stays apart: the total goes to the series only when (1) the sentence
revises or sums a toll ("rose to", "reached", "bringing the toll to", "in all", "in total", "first
reported 17 dead");
(2) at least two attack incidents in places of their own (no place of one in the other) were
told since an earlier frame naming both places, the incident told last being one of them (or
one was, after a lead counting several attacks that names its place and another: the lead may
have taken in the first attack told); and
(3) the figure is at least the sum of their own tolls and more than the last one's. A revised
toll of one named part ("bringing the toll of that attack to 14", "the toll of the second
bombing rose to 11") stays with its part, and so does any toll below the sum of the parts (a
later death at one of them). A report of one attack (or of several attacks with no frame
naming them together) is left to the readers of revised tolls as before.

Cost: a regex search on each toll sentence; then one scan back over the frames read.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.assemble import PLURAL_LEAD
from sitgraph.loaders.extract.rules import event_tolls, rule

# A toll told again or summed ("rose to 22", "has reached 30", "bringing the toll to", "in all"), or
# the first count of one told again after it ("the ministry first reported 17 dead").
SUMMED = re.compile(r"(?i)\b(?:rose|risen|rises|climbed|climbs|reached|increased|revised|raised)\s+(?:up\s+)?to\b"
                    r"|\b(?:bringing|brought|raising|taking|pushing)\s+the\s+(?:overall\s+|total\s+|death\s+)*toll\b"
                    r"|\bin\s+all\b|\bin\s+total\b|\baltogether\b"
                    r"|\b(?:first|initially|originally)\s+(?:reported|said|put|gave|counted)\b")
# The toll of one attack named ("the toll of that attack", "the second bombing's toll", "at the market").
ONE_PART = re.compile(r"(?i)\b(?:toll|dead|deaths|number\s+of\s+dead)\s+(?:of|from|in|at)\s+(?:that|this|the|each)\b"
                      r"|\b(?:the\s+(?:first|second|third|fourth|last|latter|former)|that|this)\s+"
                      r"(?:\w+\s+)?(?:attack|bombing|blast|explosion|shooting|raid|ambush|strike)\b")


def _own_places(f: Any, table: Any) -> frozenset[str]:
    """The places of `f` below a country (a town, a district, a province)."""
    return frozenset(x for x in f.places if getattr(table.entities.get(x), "kind", "") == "Place"
                     and getattr(table.entities.get(x), "type", "") != "country")


def _series_of(frames: list[Any], table: Any) -> tuple[Any, list[Any]] | None:
    """The frame naming a series and the attacks of it told after it, when the incident told
    last is one of them; else None. The series is the latest earlier incident or aggregate
    naming the places of two attack incidents told after it, or one naming two places, among
    them the last attack's, in a sentence counting several attacks ("were two bombings", "a
    series of attacks": it may have taken in the first of them)."""
    last = next((f for f in reversed(frames) if f.role == "incident"), None)
    if last is None or last.kind != "Attack" or not _own_places(last, table):
        return None
    parts: list[Any] = []
    seen: set[str] = set()
    for f in reversed(frames):
        own = _own_places(f, table) if f.kind == "Attack" and f.role in ("incident", "aggregate") else frozenset()
        if _names_series(f, own, seen, parts, table):
            return f, parts  # it names every part's place: the series itself
        if own and not own & seen and f.role == "incident":  # else more of a part, or no attack
            parts.append(f)
            seen |= own
    return None


def _names_series(f: Any, own: frozenset[str], seen: set[str], parts: list[Any], table: Any) -> bool:
    """Does `f` (its places `own`) name the places `seen` of the `parts` told after it, as the
    series (two parts or more, or a sentence counting several attacks)?"""
    return len(own) >= 2 and own >= seen and bool(parts) and (len(parts) >= 2 or _counts_attacks(f, table))


def _counts_attacks(f: Any, table: Any) -> bool:
    """Does a sentence of `f` count several attacks ("two bombings", "a series of attacks")?"""
    text = table.report.text
    return any(PLURAL_LEAD.search(text[s:e]) for s, e in [(f.sent_start, f.sent_end), *f.evidences])


@rule("toll.series-total-not-last-part", "a series' total told after its attacks ('the toll rose to 22') is the "
      "series' (the lead naming their places), not the toll of the attack told last",
      pos=[("Velna and Ostrov bombings\n\nThe Velna and Ostrov bombings were two attacks on markets in Velna and "
            "Ostrov on 3 May 2020.\n\nAttacks\n\nA car bomb exploded at the cattle market in Velna, killing eight "
            "traders.\n\nTwo hours later a suicide bomber blew himself up at the bus station in Ostrov, killing "
            "nine passengers.\n\nCasualties\n\nOn 5 May the toll rose to 22 when five of the wounded died.",
            ((22, None, None), (9, None, None)))],
      neg=[("Velna and Ostrov bombings\n\nThe Velna and Ostrov bombings were two attacks on markets in Velna and "
            "Ostrov on 3 May 2020.\n\nAttacks\n\nA car bomb exploded at the cattle market in Velna, killing eight "
            "traders.\n\nTwo hours later a suicide bomber blew himself up at the bus station in Ostrov, killing "
            "nine passengers.\n\nCasualties\n\nOn 5 May the toll of that bombing rose to 11.",
            ((8, None, None), (11, None, None)))],
      probe=event_tolls, off=lambda frames, killed, wounded, sentence, table: False)
def to_series(frames: list[Any], killed: int | None, wounded: int | None, sentence: str, table: Any) -> bool:
    """Does `sentence`, telling `killed` dead (and `wounded` hurt), sum or revise the toll of a
    series of attacks whose parts are the incidents told last among `frames`? When it does,
    the frame naming the series takes the figures (the larger kept) and True is returned: the
    caller leaves the toll off the attack told last."""
    if not killed or not SUMMED.search(sentence) or ONE_PART.search(sentence):
        return False
    found = _series_of(frames, table)
    if found is None:
        return False
    whole, parts = found
    own = sum(p.killed or 0 for p in parts)
    if killed < own or killed <= (parts[0].killed or 0):
        return False
    whole.killed = max(whole.killed or 0, killed)
    if wounded:
        whole.wounded = max(whole.wounded or 0, wounded)
    return True


def leave_off(found: list[Any]) -> None:
    """The attack frames of a series' total sentence keep no toll of their own: the series took it."""
    for f in found:
        if f.kind == "Attack" and f.role == "incident":
            f.killed = f.wounded = None
            f.attackers_killed = None
