"""Unnamed attackers ("militants", "insurgents", "gunmen") of an attack the report says nobody
claimed and nobody blamed: "No group claimed responsibility for the attack", "police said the
attackers had not been identified", "officials did not name the attackers", with no sentence
blaming, accusing or suspecting anyone.

The guide gives an unattributed attack no perpetrator; where the report itself says the attack
is unclaimed and unattributed, the bare words only describe whoever did it, they name no party
(encyclopedic narratives close an entry on "No group claimed responsibility" as a matter of
record). Their act keeps no perpetrator and, with no other use, they leave the report. A report
that blames or suspects someone ("authorities blamed fighters loyal to X; no group claimed the
attack") keeps them: there the words carry the blamed side.

Cost: two regex searches over the text, then one pass over the frames. An unclaimed attack
whose attackers the report later ties to a side without a blaming word keeps no perpetrator.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import actors, rule
from sitgraph.loaders.extract.unblamed_gunmen import idle_attackers

# The unnamed sides of the dictionary the bare words for attackers are read as.
UNNAMED_ATTACKERS = frozenset({"actor:rebels", "actor:unknown-gunmen"})
# The report says the attack is unclaimed or its attackers unknown.
NO_CLAIM = re.compile(
    r"(?i)\bno\s+(?:armed\s+|militant\s+)?(?:group|one|organi[sz]ation|faction)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:yet\s+)?(?:claimed|admitted|taken\s+responsibility)"
    r"|\battackers\s+(?:had|have|were)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?identified"
    r"|\b(?:did|could)\s+not\s+(?:name|identify)\s+the\s+(?:attackers|assailants|gunmen)")
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
      "attack the report says nobody claimed, in a report blaming nobody, are no perpetrator and no party",
      pos=[("Unidentified militants threw a grenade at a police post in Baramulla on 3 May 2019, wounding six "
            "people. No group claimed responsibility for the attack.", ("civilians",))],
      neg=[("Militants fired on a police convoy near Shali on 30 August 2009, wounding five officers. "
            "Authorities blamed fighters loyal to a rebel commander; no group claimed the attack.",
            ("Russia", "rebels"))],
      probe=actors, off=lambda frames, table, text: None)
def drop_unclaimed_attackers(frames: list[Any], table: Any, text: str) -> None:
    """Take the unnamed attackers out of every frame's perpetrators when the report says its
    attack went unclaimed and blames nobody (:func:`unclaimed`); when no frame uses them as
    target or source they drop out of `table`. Cost: one pass over the frames."""
    if not unclaimed(text):
        return
    gone = idle_attackers(frames, table, UNNAMED_ATTACKERS)
    for f in frames:
        f.actors = [a for a in f.actors if a not in gone]
        f.attribution = [r for r in f.attribution if r[0] not in gone]
    for eid in gone:
        table.drop(eid)
