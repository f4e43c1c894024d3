"""A toll told again as a whole after the attackers' dead were counted: "Five policemen and two
attackers were killed. ... Two of the wounded later died in hospital, bringing the toll to nine."
The later total ("bringing the toll to nine", "the death toll rose to nine") counts every dead
told before it, the attackers among them, so it replaces the earlier total (victims and
attackers) instead of being read as the victims alone with the attackers added on top again
(eleven). Encyclopedic articles and wires tell a toll this way when the wounded die later.

Stays: a later figure no larger than the earlier total with its attackers (a rise of the
victims alone, the attackers on top), a later figure that names attackers of its own ("bringing
the toll to nine, not counting the two attackers"), and a figure said to come on top ("two more
died").

Used by :func:`sitgraph.loaders.extract.merge_reconcile.merge_into`. Pure but for the frame it
sets; constant time.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, rule

_LEAD = "The 2011 Sopore checkpoint attack was an ambush on a police checkpoint near Sopore, India, on 11 May 2011. "


def _no(_prev: Any, _f: Any) -> bool:
    """Off value: no later total read as holding the attackers."""
    return False


@rule("toll.revised-total-holds-attackers", "'Five policemen and two attackers were killed. ... bringing the "
      "toll to nine': a later whole toll, larger than the total told before, holds the attackers counted then",
      pos=[(_LEAD + "Five policemen and two attackers were killed. Seventeen people were wounded. Two of the "
            "wounded later died in hospital, bringing the toll to nine.", ((9, 17, None),))],
      neg=[(_LEAD + "Five policemen and two attackers were killed. Seventeen people were wounded. Two of the "
            "wounded later died in hospital, bringing the toll to nine, not counting the two attackers.",
            ((11, 17, None),))],
      probe=event_tolls, off=_no)
def total_holds_attackers(prev: Any, f: Any) -> bool:
    """Does frame `f`'s revised toll hold the attackers `prev` counted apart (see the module
    doc)? When it does, `prev` takes `f`'s figure as its whole toll, the attackers still
    counted in it; returns True (nothing left to reconcile of the dead), else False."""
    if not (f.toll_revised and not f.additive and not f.attackers_killed and prev.attackers_killed):
        return False
    if f.killed is None or prev.killed is None or f.killed <= prev.killed:
        return False
    prev.killed = f.killed
    return True
