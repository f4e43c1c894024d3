"""Suspects who are the ones seized: "police arrested three suspected al-Shabaab members",
"the intelligence service said it had detained three suspected ISKP fighters". Security services
of every war announce arrests in these words; "suspected" there says what the detainees are
thought to be, not who is suspected of the arrest, so it makes no suspicion (which would make
the arresting side an accuser and drop it as the doer).

Used by :mod:`attribution` (its suspicion reader). Cost: a look at two heads.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, no
from sitgraph.loaders.extract.rules import rule as named_rule

# Verbs of seizing people (the Abduction triggers of triggers.py, and "capture", "nab").
SEIZING = frozenset("arrest detain apprehend kidnap abduct imprison capture nab seize".split())


@named_rule("claim.suspect-detainees", "'X arrested suspected Y members': the detainees are suspects, Y is "
            "suspected of nothing here and X stays the doer",
            pos=[("The Directorate of Intelligence said it had detained three suspected ISKP fighters in Kunduz "
                  "on Monday.", (("Directorate of Intelligence",),))],
            neg=[("Suspected ISKP members attacked a checkpoint in Bagram on Monday.",
                  (("Islamic State Khorasan Province",),))],
            probe=event_actors, off=no)
def describes_detainees(amod: Any) -> bool:
    """Is `amod` ("suspected") on a noun that is the object of a verb of seizing people, or
    on a name inside such an object ("suspected ISKP members")?"""
    noun = amod.head
    for _ in range(2):  # "suspected [ISKP] members": the name may sit between
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in SEIZING:
            return True
        if noun.head is noun:
            break
        noun = noun.head
    return False
