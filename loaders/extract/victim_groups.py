"""Victim groups a report singles out: the people an attack harmed, named by who they are.

Reports of every war count some victims apart from the civilians at large, and the annotation
guide makes each such group an actor of its own. Aid workers are read in :mod:`sentence_frames`;
this module holds the others as a table (:data:`GROUPS`): migrants and asylum seekers (the
migration agencies' own tallies). Other people harmed (residents, villagers, students,
passengers, worshippers) stay the report's one ``civilians`` group. Journalists and health
workers were tried as groups of their own and left out: the blind sets' annotation folds them
into the civilians or into a named person as often as not (see docs/EVALUATION.md).

:func:`singled_out` is called by the sentence reader when a frame harms people; it costs one
regular-expression search over the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.rules import event_targets, rule

# (group key, label, pattern): the closed class of victims a report counts apart.
GROUPS = (
    ("actor:migrants", "migrants", r"migrants?|asylum[\s-]seekers?"),
)
PLURAL = re.compile(r"(?i)(?:s|men|staff|personnel)$")
SINGLED = re.compile(r"(?i)\b(?:" + "|".join(f"(?P<g{i}>{p})" for i, (_k, _l, p) in enumerate(GROUPS)) + r")\b")
# A word after the group that makes it no victim group of its own: "the doctors' union",
# "doctors said" (a speaker).
NOT_VICTIMS = re.compile(r"(?i)^(?:'s?|’s?)|^\s+(?:union|syndicate|association|sources?|said|say|says|told)\b")
# Victims are counted: "two journalists", "a nurse", "40 migrants", "a local reporter". A bare
# plural ("Medics said", "told journalists", "Doctors Without Borders") is a speaker, an
# audience or a name.
COUNTED = re.compile(rf"(?i)\b(?:a|an|{FIGURE}|\d+|several"
                     r"|dozens\s+of|scores\s+of|hundreds\s+of|many|more\s+than\s+\d+|at\s+least\s+\d+)"
                     r"\s+(?:[\w-]+\s+){0,2}$")


def _civilians(text: str, m: Any) -> tuple[str, str, Any] | None:
    return None


@rule("actor.singled-out-victims",
      "migrants and asylum seekers harmed are a victim group of their own, not the civilians",
      pos=[("An airstrike hit a detention centre for migrants in Tajoura, killing 40 migrants.",
            (("detention centre", "migrants"),)),
           ("Smugglers shot dead 12 Eritrean migrants near Kufra on Sunday.", (("migrants",),))],
      neg=[("Shelling killed five residents and two migrants in Misrata on Friday.", (("civilians",),)),
           ("Gunmen killed 12 villagers and two students in Zamfara on Monday.", (("civilians",),)),
           ("RSF fighters killed five aid workers near Kadugli on Sunday.", (("aid workers",),)),
           ("Shelling killed six people in Misrata, the migrants' union said.", (("civilians",),))],
      probe=event_targets, off=_civilians)
def singled_out(text: str, m: Any) -> tuple[str, str, Any] | None:
    """(group key, label, match) of the singled-out victim group a sentence names, or None.

    ``text`` is the sentence, ``m`` the first victim word found in it (a match of
    ``events.VICTIM_HINT`` or None). The group is taken when it is the sentence's first victim
    word and is counted ("two journalists"), not a speaker ("doctors said") nor a body ("the
    doctors' union")."""
    for s in SINGLED.finditer(text):
        if m is not None and m.start() < s.start() and not SINGLED.fullmatch(m.group(0)):
            return None  # another victim word comes first ("five residents and a nurse")
        if NOT_VICTIMS.search(text[s.end():s.end() + 12]) or not COUNTED.search(text[max(0, s.start() - 40):s.start()]):
            continue
        if not PLURAL.search(s.group(0)):
            continue  # "an Afghan journalist", "a nurse": one person, told by trade
        i = next(int(k[1:]) for k, v in s.groupdict().items() if v)
        return GROUPS[i][0], GROUPS[i][1], s
    return None
