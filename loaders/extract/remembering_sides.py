"""The side that remembers, judges or punishes an act is not its author: "Kenya marked the
tenth anniversary of the Westgate mall attack", "Pakistan on Monday commemorated the 2014
attack on a school", "Nigeria's president honoured the soldiers killed in an ambush", "a
Kenyan court sentenced two men over the attack". Anniversaries, memorials, funerals, trials and
sanctions name a state or its leader as the subject and the incident as the object; with no
attacker read, :func:`sentence_frames._sole_armed_actor` would take the one armed side the
sentence names, the subject, as the perpetrator. The referee's event then names the wrong side
and matches no incident of the gold. The subject of such a verb is left out of that choice;
a side named elsewhere in the sentence ("the attack by al-Shabaab") is still read.
Cost: one pass over the sentence's tokens for the verbs, a walk of their subjects' subtrees.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, none_found, rule

# Verbs whose subject remembers, honours, judges or punishes what the object names.
REMEMBERING = frozenset("""mark commemorate remember honour honor mourn observe memorialise memorialize bury
    sentence convict acquit jail try sanction indict""".split())


@rule("event.remembering-side", "the subject of a verb that remembers, honours, judges or punishes an act ('Kenya "
      "marked the anniversary of the mall attack') is no author of that act",
      pos=[("Kenya marked the tenth anniversary of the Westgate mall attack on Thursday with a memorial service in "
            "Nairobi.", ((),))],
      neg=[("Al-Shabaab fighters attacked a hotel in Kismayo on Thursday, killing nine people.",
            (("al-Shabaab",),))],
      probe=event_actors, off=none_found)
def remembering_subjects(sent: Any) -> list[Any]:
    """The tokens of the subjects of the verbs of `sent` that remember, honour, judge or
    punish (:data:`REMEMBERING`): sides never the author of the act those verbs govern."""
    out: list[Any] = []
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in REMEMBERING:
            for c in tok.children:
                if c.dep_ == "nsubj":
                    out.extend(c.subtree)
    return out
