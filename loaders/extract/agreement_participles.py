"""The agreement a participle of making modifies: "the new accord resembles the Algiers
agreement signed in 2015", "the deal is similar to the cessation of hostilities agreement
signed in January".

A verb of making reads its agreement in its own subtree, else takes the first agreement of
the sentence. A participle set after its noun ("agreement signed in 2015") holds no noun in
its subtree: the noun is its head. The sentence's first agreement was then taken, the one
the recalled agreement is likened to, and the earlier agreement was folded into it.

:func:`participle_agreement` takes the sentence reader and a trigger token (spaCy). Cost: a
look at the token's head.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_targets, nothing, rule


@rule("event.participle-agreement", "'the Algiers agreement signed in 2015': a participle of making names the "
      "agreement it follows, not the sentence's first",
      pos=[("The new accord resembles the Algiers agreement signed in 2015.", (("Algiers agreement",),))],
      neg=[("The Algiers agreement was signed in 2015.", (("Algiers agreement",),))],
      probe=event_targets, off=nothing)
def participle_agreement(reader: Any, tok: Any) -> list[str]:
    """The Agreement entity at the head of `tok` when `tok` is a participle modifying it."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return []
    return reader.ents_in([tok.head], ("Agreement",))
