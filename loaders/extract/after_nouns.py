"""An act named by a noun after "N days after": "Troops launched an offensive in Hiran on
Tuesday, two days after the al-Shabaab attack on a base in Bulo Burti".

News copy of every outlet ties a reaction (an offensive, arrests, a first rocket fired) to
the incident that prompted it by a count of days, and names that incident with a noun
phrase, not a clause: "a day after the Hamas-led attack on southern Israel", "three days
after the bombing of a mosque in Mastung". The incident's places and targets may be named
in the main clause too ("began firing at Israel ..., a day after the attack on southern
Israel"), so where they are named does not tell which clause the frame belongs to; its
trigger words do. A frame all of whose trigger words lie in the phrase after the cut is
told there, and clause_days.py dates it that long before the main clause's day.

Pure function over a frame and its parsed sentence; cost: a look at the frame's triggers.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule


@named_rule("date.noun-after-count", "'..., two days after the al-Shabaab attack on a base in Bulo Burti': an act "
            "named by a noun after the cut is dated that long before the main clause's day",
            pos=[("Troops launched an offensive in Hiran on Tuesday, two days after the al-Shabaab attack on a base "
                  "in Bulo Burti that killed 11 soldiers.", (("2023-11-12", None),)),
                 ("Police arrested five suspects in Quetta on Monday, three days after the bombing of a mosque in "
                  "Mastung that killed 50 worshippers.", (("2023-11-13", None), ("2023-11-10", None)))],
            # the noun told before the cut: the main clause's own act keeps its day
            neg=[("The al-Shabaab attack on a base in Bulo Burti on Tuesday killed 14 soldiers, two days after "
                  "talks in Mogadishu collapsed.", (("2023-11-14", None),))],
            probe=event_dates, off=no)
def noun_after_cut(f: Any, doc: Any, offset: int, cut: int) -> bool:
    """Are all of frame `f`'s trigger words in `doc` named after character `cut` of its
    sentence (which starts at `offset` in the document), the first of them the noun "after"
    governs? A verb after it may be the noun's own clause ("the attack ... that killed 14");
    an act told by a clause after the cut ("a day after a strike killed X") is
    clause_days.py's to read by its places."""
    if doc is None or not f.triggers or any(not 0 <= t < len(doc) for t in f.triggers):
        return False
    toks = sorted((doc[t] for t in f.triggers), key=lambda t: t.i)
    first = toks[0]
    return first.pos_ in ("NOUN", "PROPN") and _object_of_cut(first) and all(t.idx - offset >= cut for t in toks)


def _object_of_cut(tok: Any) -> bool:
    """Is `tok` the object of the cut's "after" or "before" ("after the attack", "after the
    attack and the looting"), not the subject of a clause there ("after a strike killed X")?"""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before")
