"""Fights told by a verb of battle between named or armed sides: "government troops battled
al-Shabaab fighters in X", "M23 rebels battled the army for control of X". General English
for a fight between armed sides, where the same verb also tells of fires, diseases and
floods fought ("firefighters battled the blaze"): both sides must be armed.

:func:`battled` takes a verb token (spaCy), its lemma and the sentence reader
(:class:`sentence_reader.SentenceReader`). Cost: a look at the verb's children and their subtrees.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.kind_phrases import _armed
from sitgraph.loaders.extract.rules import event_kinds, no, rule


@rule("event.battled-sides", "'troops battled al-Shabaab fighters in X', 'rebels battled the army for X': a fight "
      "between armed sides",
      pos=[("Government troops battled al-Shabaab fighters in the town of Mahas on Monday.", ("Attack",)),
           ("M23 rebels battled with Congolese soldiers near the town of Sake on Monday.", ("Attack",))],
      neg=[("Firefighters battled the blaze at the market in the town of Mahas on Monday.", ()),
           ("Doctors in the town of Mahas battled a cholera outbreak on Monday.", ()),
           ("Islamist fighters battling Kurdish rebels near the town of Mahas fled on Monday.", ())],
      probe=event_kinds, off=no)
def battled(tok: Any, lemma: str, reader: Any) -> bool:
    """The verb "battle" with an armed subject and an armed other side (its object, or after
    "with" / "against")."""
    if lemma != "battle" and tok.lower_ not in ("battled", "battling"):
        return False
    # "fighters battling the army" (a participle, no subject) says who they are, no incident
    subject = [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
    other = [t for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "against"))
             for t in c.subtree]
    return bool(subject and other) and _armed(reader, subject) and _armed(reader, other)
