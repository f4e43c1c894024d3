"""An attack of a series named by its rank: "The second attack came an hour later in X",
"the next raid hit X". A definite trigger noun usually refers back to the incident told before
("the attack"), but a ranked one that is the subject of a clause naming a site of its own is
the next incident of the series: the frame stands as an incident of its own, kept apart or
joined by its place and day like any other. A ranked attack told without a site ("The second
blast killed five") is left to refer back, as before. And a toll told right after a ranked
attack that grounded no frame ("The third attack came in X." where X is no known place) is not
added to the incident told before it (:func:`ranks_next`).

Cost: a look at the trigger noun's children and its clause; one regex per toll sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, no, rule

# Ranks after the first; "last" and "latest" are left out: "the latest attack" may well be the
# one told before ("the latest attack on the town").
_RANKS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th next".split())
_SITE_PREPS = frozenset("in at near outside inside".split())


@rule("assemble.series-rank", "'The second attack came an hour later in X': a rank after the first names the "
      "next incident of a series, not the one told before",
      pos=[("A bomb at a market in Parachinar killed 12 people on Friday. The second attack came an hour later in "
            "Peshawar, where a bomber killed six passengers on a bus.", ((12, None, None), (6, None, None)))],
      neg=[("A bomb at a market in Parachinar killed 12 people on Friday. It was the second attack on the city "
            "this month.", ((12, None, None),))],
      probe=event_tolls, off=no)
def ranked_next(tok: Any) -> bool:
    """Is the definite trigger noun `tok` ranked after the first ("the second attack", "the
    third blast") and the subject of a clause that names a site of its own ("came in X", "hit
    X")? A ranked attack told without a site ("The second blast killed five") may well be the
    one told before, told again."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ in ("amod", "nummod", "compound") and c.lower_ in _RANKS for c in tok.children):
        return False
    return any(t.pos_ == "PROPN" and (t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ in _SITE_PREPS)
               for t in tok.head.subtree if t.i not in range(tok.left_edge.i, tok.right_edge.i + 1))


_RANKED_ACT = re.compile(r"(?i)\bthe\s+(?:second|third|fourth|fifth|sixth|next)\s+(?:[\w-]+\s+)?"
                         r"(?:attacks?|blasts?|bomb|bombing|explosion|strike|raid|ambush|assault)\b")


@rule("toll.series-rank-between", "'The third attack came in X.' between an incident and a toll: the toll is the "
      "ranked attack's, not the incident's told before",
      pos=[("A parcel bomb tore through a bus at the central bus stand in Ampara on Monday, killing eight people."
            "\n\nThe third attack came shortly after noon in Eravur, a town in Batticaloa District. Two men boarded a "
            "bus and set off explosives when a constable tried to search them, killing themselves and seven "
            "passengers.", ((8, None, None),))],
      neg=[("A parcel bomb tore through a bus in Ampara on Monday, killing eight people. Police sealed the town "
            "after the blast. Two more passengers later died in hospital.", ((8, None, None),))],
      probe=event_tolls, off=no)
def ranks_next(sentence: str) -> bool:
    """Does `sentence` name an attack of a series by a rank after the first ("the third
    attack", "the next blast")?"""
    return _RANKED_ACT.search(sentence) is not None


def reach_past(before: str, text: str, counts: Any) -> int:
    """How many sentences back the toll of `text` may reach for the incident told last: none
    past a ranked attack told just `before` it (:func:`ranks_next`), else as far as its figure
    (or its zero) allows."""
    from sitgraph.loaders.extract.toll_masks import toll_reach, zero_reach

    if ranks_next(before):
        return 0
    if counts.killed or counts.wounded:
        return toll_reach(text)
    return zero_reach(text) if 0 in (counts.killed, counts.wounded) else 0
