"""Ground named by a word that points back, for the phrasal verbs of taking and losing ground:
"Al-Shabaab attacked Merca on Monday. The militants took over the town on Tuesday", "the
army withdrew from the city", "the group abandoned most of the capital", "lost control of
large parts of the district".

A single verb of taking ("captured the town") already reads "the town" as the place the
report told before; the phrasal verbs ("took over", "withdrew from", "abandoned", "lost
control of") asked for a named place and so missed the same ground told the same way. Every
outlet and war tells a sequence of acts at one place so: the place is named once, then "the
town", "the city", "the capital". A part of the ground ("most of", "parts of", "the rest of")
is ground too.

The place itself is found as for any frame (the place told before); these predicates only
say the object is ground. Cost: a look at the object's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, event_places, no, nothing, rule

# Words for one settlement or district, told back with "the" ("the town", "the city"). Not
# "the area" or "the region" (a vague stretch, told of patrols and withdrawals that took no
# ground), not "the capital" (often a country's, named nowhere near), not facilities ("the
# base" is what a raid overruns).
BACK_HEADS = frozenset("town city village district".split())
# Heads of a part of something ("most of X", "large parts of X", "the rest of X").
PARTITIVE_HEADS = frozenset("most part parts much half rest swathes swaths portions portion bulk majority".split())


@rule("event.ground-partitive", "'abandoned most of the city', 'lost control of large parts of the district': a "
      "part of ground is ground for the phrasal verbs of taking and losing it",
      pos=[("Government troops lost control of most of the district of Khanashin on Monday.", ("Capture",)),
           ("Al-Shabaab fighters abandoned large parts of the town of Afgooye on Monday.", ("Capture",))],
      neg=[("Residents abandoned most of their belongings in Afgooye on Monday.", ()),
           ("Government troops lost control of most of their vehicles near Khanashin on Monday.", ())],
      probe=event_kinds, off=nothing)
def partitive_ground(obj: Any) -> Any | None:
    """The noun after "of" when `obj` heads a part of something ("most of the city",
    "parts of Avdiivka"), else None."""
    if obj.lower_ not in PARTITIVE_HEADS and obj.lemma_.lower() not in PARTITIVE_HEADS:
        return None
    for p in obj.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ == "pobj":
                    return g
    return None


@rule("event.ground-told-back", "'the militants took over the town', 'troops withdrew from the city': ground told "
      "back with 'the' after a place was named is the place told before, for phrasal verbs as for 'captured'",
      pos=[("Al-Shabaab fighters attacked Merca on Monday. The militants took over the town on Tuesday.",
            (("Merca",), ("Merca",))),
           ("Fighting raged in Bor on Monday. Government troops withdrew from the town on Wednesday.",
            (("Bor",), ("Bor",)))],
      neg=[("Fighting raged in Bor on Monday. Thousands of residents abandoned the town on Wednesday.",
            (("Bor",),)),
           ("Fighting raged in Bor on Monday. Government troops withdrew from the area on Wednesday.",
            (("Bor",),)),
           ("Fighting raged in Bor on Monday. Aid workers withdrew from the town on Wednesday.", (("Bor",),))],
      probe=event_places, off=no)
def told_back(obj: Any) -> bool:
    """Is `obj` a word for a settlement told back with "the" and nothing that names or
    describes it further ("the town", "the strategic town"; not "the town hall", "the town of
    X" (named, read elsewhere), "a town", "towns")?"""
    if obj.lower_ not in BACK_HEADS or obj.tag_ not in ("NN", "NNP"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        return False
    # "the town of X", "the town where ...", "the town hall": named or described, not told back
    return not any(c.dep_ in ("prep", "relcl", "acl", "compound", "appos") for c in obj.children) and \
        obj.dep_ != "compound"


def ground_or_told_back(obj: Any, named: Any) -> bool:
    """Does the object phrase headed by `obj` name ground by `named` (the caller's test of a
    named place), or tell ground back ("the town"), itself or as the whole a part is of
    ("most of the city")?"""
    part = partitive_ground(obj)
    if part is not None:
        obj = part
    return named(obj) or told_back(obj)
