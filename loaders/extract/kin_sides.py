"""A group and its offshoot both tied to one attack: "Officials blamed the PKK. Two days later
the Kurdistan Freedom Hawks, a militant group that had broken away from the PKK, claimed the
bombing"; "police said the ambush had been planned by Lashkar-e-Taiba, of which they describe
The Resistance Front as a proxy". The strongest statement (a claim) decides the perpetrator
between rival sides (attribution_records.py), but a side the text names as the wing, branch,
faction, splinter, breakaway group or proxy of the other is no rival: the annotation guide's
perpetrators are every side the report's sources tie to the attack, and the gold of the
narrative sets lists both the offshoot and the group blamed. Encyclopedic articles and wires
tell attributions this way in any war.

Stays out: a side tied by a denial, only suspected (the parse reads "Y, a group believed to be a
front for X" as a suspicion of X) or only guessed ("inferred"), an unnamed side ("gunmen"),
and a side no sentence ties to the kept one with such a word ("a rival of", "fighting").

Used by report_assembly after the actors are reconciled. Cost: a regex scan of the gaps
between the two sides' mentions that share a sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.attribution_records import generic_actor
from sitgraph.loaders.extract.rules import event_actors, nothing, rule

# The words naming one group as an arm or an offshoot of another (closed class of English).
KIN = re.compile(r"(?i)\b(?:(?:armed\s+)?wing|branch|offshoot|splinter|faction|breakaway|broken\s+away|broke\s+away"
                 r"|split\s+(?:off\s+)?from|prox(?:y|ies)|affiliate|front\s+(?:group\s+)?for)\b")
_TIES = ("claimed", "confirmed", "reported", "accused")
_GAP = 140  # characters between the two names at most
_AFTER = 30  # characters after the second name where "as its proxy" is told


def _kin(a: str, b: str, table: Any, text: str) -> bool:
    """Does a sentence of `text` name `a` and `b` with a word of kinship between them?"""
    ma, mb = table.entities[a].mentions, table.entities[b].mentions
    for x in ma:
        for y in mb:
            lo, hi, end = (x.end, y.start, y.end) if x.start < y.start else (y.end, x.start, x.end)
            # between the names, or right after the second ("... described Y as its proxy")
            tail = re.split(r"[.;\n]", text[end:end + _AFTER], maxsplit=1)[0]
            if 0 <= hi - lo <= _GAP and "\n" not in text[lo:hi] and not re.search(r"[.;]\s", text[lo:hi]) \
                    and KIN.search(text[lo:hi] + " " + tail):
                return True
    return False


def named_kin(a: str, b: str, table: Any) -> bool:
    """Does the report of `table` name entities `a` and `b` as a group and its wing, branch,
    offshoot or proxy (one family, no allies)?"""
    return _kin(a, b, table, table.report.text)


def _armed(eid: str, table: Any) -> bool:
    ent = table.entities[eid]
    return ent.kind == "Actor" and ent.type in ARMED_TYPES and not generic_actor(eid, table)


@rule("claim.kin-sides-both", "'officials blamed X; Y, a group that broke away from X, claimed it': a side the text "
      "names as the other's offshoot, wing or proxy stays beside the stronger claim",
      pos=[("The 2016 Sur bus bombing was a car bomb attack on a police bus in Diyarbakir, Turkey, on 17 May 2016, "
            "killing eight officers. Turkish officials blamed the Kurdistan Workers' Party. Two days later the "
            "Kurdistan Freedom Hawks, a militant group that had broken away from the Kurdistan Workers' Party, "
            "claimed the bombing.", (("Kurdistan Freedom Hawks", "Kurdistan Workers' Party"),))],
      neg=[("The 2016 Sur bus bombing was a car bomb attack on a police bus in Diyarbakir, Turkey, on 17 May 2016, "
            "killing eight officers. Turkish officials blamed the Kurdistan Workers' Party. Two days later the "
            "Kurdistan Freedom Hawks, a rival of the Kurdistan Workers' Party, claimed the bombing.",
            (("Kurdistan Freedom Hawks",),))],
      probe=event_actors, off=nothing)
def keep_kin(f: Any, before: list[str], table: Any, text: str) -> None:
    """Put back on frame `f` each side of `before` (its actors before reconciling) that a
    statement ties to it and that the text names as kin of a side kept (see the module doc).
    Changes `f.actors` in place."""
    tied = {a for a, how, *_ in f.attribution if how in _TIES}
    denied = {a for a, how, *_ in f.attribution if how == "denied"}
    kept = [k for k in f.actors if _armed(k, table)]
    for a in before:
        if a in f.actors or a not in tied or a in denied or a in f.targets or not _armed(a, table):
            continue
        if any(_kin(a, k, table, text) for k in kept):
            f.actors.append(a)
