"""One of the dead told by its rank after an incident's toll: "A third policeman died of his
wounds the next day", "a second man died in hospital that evening". Narratives and follow-up
copy tell a death in hospital this way rather than as "one more died". The rank counts the
incident's victims so far, so the toll of its victims is at least that rank (eval/GUIDE.md:
the figure for the incident, its later dead included); the attackers it counts stay on top
("killing himself and two policemen. A third policeman died" is four).

The rank raises the toll, it is not added to it: after "killing two men. The ministry had
earlier reported one dead. A second man died of his wounds", the lead's two already hold the
second man. Only a verb of dying followed by wounds, a hospital or a time
(toll_additions.died_after: "a second soldier died in an ambush" may be another incident; "a
second bomb exploded" kills no one), and only where the sentence gives no total of its own.

Cost: one regex search per toll-only sentence after an incident. A toll told by groups ("a
child and two soldiers. A third soldier died") is counted short by one: the rank is read
against all the victims, not its own group.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, nothing, rule
from sitgraph.loaders.extract.toll_additions import died_after, gives_total

_RANKS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# "A third policeman", "a second wounded passenger": one of the dead by its rank, a noun after it.
_ORDINAL_DIED = died_after(rf"an?\s+(?P<rank>{'|'.join(_RANKS)})\s+(?=[a-z])")

_LEAD = "The 2011 Kano police attack was an assault on a police station in Kano, Nigeria, on 20 January 2011. "


def _rank(sentence: str) -> int | None:
    """The rank of the dead `sentence` tells by it ("A third officer died in hospital": 3), if
    it gives no total of its own."""
    m = _ORDINAL_DIED.search(sentence)
    if m is None or gives_total(sentence):
        return None
    return _RANKS.index(m["rank"].lower()) + 2


@rule("toll.ordinal-died-after-toll", "'A third policeman died of his wounds the next day' after an incident's toll: "
      "the victims are at least as many as the rank",
      pos=[(_LEAD + "Gunmen killed two officers and wounded five. A third officer died of his wounds in hospital the "
            "next day.", ((3, 5, None),)),
           (_LEAD + "A bomber blew himself up beside a patrol, killing himself and two policemen. A third policeman "
            "died of his wounds in hospital the next day.", ((4, None, None),))],
      neg=[(_LEAD + "Gunmen killed two officers and wounded five. A third officer was killed in an ambush in Zaria "
            "the next day.", ((2, 5, None), (1, None, None))),
           (_LEAD + "Gunmen killed two officers. The police had earlier reported one dead. A second officer died of "
            "his wounds in hospital that evening.", ((2, None, None),))],
      probe=event_tolls, off=nothing)
def raise_to_rank(f: Any, sentence: str) -> None:
    """Raise incident `f`'s toll so its victims number at least the rank of the dead that
    toll-only `sentence` tells ("A third policeman died of his wounds": at least 3)."""
    rank = _rank(sentence)
    if rank is None or f.killed is None:
        return
    attackers = f.attackers_killed or 0
    if f.killed - attackers < rank:
        f.killed = rank + attackers
