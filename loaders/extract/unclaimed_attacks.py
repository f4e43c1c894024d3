"""Unnamed attackers ("militants", "insurgents", "gunmen") of an attack the report says nobody
claimed and nobody blamed: "No group claimed responsibility for the attack", "police said the
attackers had not been identified", "officials did not name the attackers", with no sentence
blaming, accusing or suspecting anyone for that attack.

The guide gives an unattributed attack no perpetrator ("an unattributed attack has actors: []");
where the report itself says the attack is unclaimed and unattributed, the bare words only
describe whoever did it, they name no party (encyclopedic narratives close an entry on "No group
claimed responsibility" as a matter of record). Their act keeps no perpetrator and, with no other
use, they leave the report. A blame or suspicion ("authorities blamed fighters loyal to X; no
group claimed the attack") keeps them: there the words carry the blamed side.

The decision is the incident's: a statement speaks of the frames told in its sentence, else of
those told last before it. In a report of several incidents, one that was claimed or blamed
keeps its attackers while another told unclaimed loses its own; a report blaming nobody anywhere
takes them from every incident, as one statement there speaks for the report.

Cost: two regex searches over the text, then one pass over the frames per claim statement. An
unclaimed attack whose attackers the report later ties to a side without a blaming word keeps no
perpetrator; a statement on several incidents at once ("no group claimed either attack") is
read as the last one's.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import actors, rule
from sitgraph.loaders.extract.unblamed_gunmen import doers, idle_attackers
from sitgraph.loaders.extract.wordlists import noun_alternation

# The unnamed sides of the dictionary the bare words for attackers are read as.
UNNAMED_ATTACKERS = frozenset({"actor:rebels", "actor:unknown-gunmen"})
# The report says the attack is unclaimed or its attackers unknown.
NO_CLAIM = re.compile(
    r"(?i)\bno\s+(?:armed\s+|militant\s+)?(?:group|one|organi[sz]ation|faction)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:yet\s+)?(?:claimed|admitted|taken\s+responsibility)"
    r"|\battackers\s+(?:had|have|were)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?identified"
    rf"|\b(?:did|could)\s+not\s+(?:name|identify)\s+the\s+(?:{noun_alternation('attacker_nouns', 'plural')})")
# Any sentence putting the act on somebody (a blame, an accusation, a suspicion, a claim).
BLAME = re.compile(r"(?i)\b(?:blam\w*|accus\w*|suspect\w*|attribut\w*|responsible\s+for|carried\s+out\s+by|"
                   r"claimed\s+by|claimed\s+(?:responsibility|the\s+(?:attacks?|bombings?|ambush|raids?|killings?))|"
                   r"claim\s+of\s+responsibility)\b")


def unclaimed(text: str) -> bool:
    """Does `text` say its attack went unclaimed (or its attackers unknown) while no sentence puts
    it on anybody?"""
    if not NO_CLAIM.search(text):
        return False
    return not BLAME.search(NO_CLAIM.sub(" ", text))


@rule("actor.unclaimed-unnamed-attackers", "unnamed attackers ('militants', 'insurgents', 'gunmen') of an "
      "attack the report says nobody claimed, and blames nobody for, are no perpetrator and no party",
      pos=[("Unidentified militants threw a grenade at a police post in Baramulla on 3 May 2019, wounding six "
            "people. No group claimed responsibility for the attack.", ("civilians",))],
      neg=[("Militants fired on a police convoy near Shali on 30 August 2009, wounding five officers. "
            "Authorities blamed fighters loyal to a rebel commander; no group claimed the attack.",
            ("Russia", "rebels"))],
      probe=actors, off=lambda frames, table, text: None)
def drop_unclaimed_attackers(frames: list[Any], table: Any, text: str) -> None:
    """Take the unnamed attackers out of the perpetrators of each frame told unclaimed
    (:func:`unclaimed_frames`); those that no frame then names as perpetrator, target or source
    drop out of `table`. Cost: one pass over the frames per claim statement."""
    told = unclaimed_frames(frames, text)
    if not told:
        return
    idle = idle_attackers(frames, table, UNNAMED_ATTACKERS)
    for f in told:
        f.actors = [a for a in f.actors if a not in idle]
        f.attribution = [r for r in f.attribution if r[0] not in idle]
    for eid in idle - doers(frames):
        table.drop(eid)


def unclaimed_frames(frames: list[Any], text: str) -> list[Any]:
    """The frames of `frames` (a report's incidents, `text` its text) whose attack the report
    says went unclaimed while nobody is blamed for it. A report blaming nobody anywhere
    (:func:`unclaimed`): every frame. Else each frame by the statements told about it (in its own
    sentences, or after them before the next frame is told, :func:`_owners`): one told unclaimed,
    with no blame, claim or claimer of its own, even where another incident was claimed."""
    if not NO_CLAIM.search(text):
        return []
    if unclaimed(text):
        return list(frames)
    said = {id(f) for m in NO_CLAIM.finditer(text) for f in _owners(frames, m.start())}
    blamed = {id(f) for m in BLAME.finditer(NO_CLAIM.sub(lambda n: " " * len(n.group()), text))
              for f in _owners(frames, m.start())}
    return [f for f in frames if id(f) in said and id(f) not in blamed and not f.claimed_by]


def _owners(frames: list[Any], at: int) -> list[Any]:
    """The frames a statement at offset `at` speaks of: those told in its sentence, else those
    told last before it (a statement follows the incident it is about), else the first told."""
    told = [(f, [(f.sent_start, f.sent_end), *f.evidences]) for f in frames]
    inside = [f for f, spans in told if any(lo <= at < hi for lo, hi in spans)]
    return inside or _last_before(told, at) or _first_told(told)


def _last_before(told: list[tuple[Any, list[tuple[int, int]]]], at: int) -> list[Any]:
    """The frames of `told` (each with its sentences) whose latest sentence starting at or before
    `at` is the latest of all; empty when none starts there."""
    last = [(max((lo for lo, _hi in spans if lo <= at), default=-1), f) for f, spans in told]
    top = max((n for n, _f in last), default=-1)
    return [f for n, f in last if n == top] if top >= 0 else []


def _first_told(told: list[tuple[Any, list[tuple[int, int]]]]) -> list[Any]:
    """The frames of `told` whose first sentence is the report's first told."""
    starts = [(min(lo for lo, _hi in spans), f) for f, spans in told]
    first = min((n for n, _f in starts), default=None)
    return [f for n, f in starts if n == first]
