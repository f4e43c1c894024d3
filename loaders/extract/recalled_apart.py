"""An earlier incident recalled by "the attack" with a day of its own: "JNIM claimed the attack
on the Boulkessi camp on 12 April", "the bombing of 3 March was claimed by the group".

A definite attack noun in a later sentence most often tells more of the incident just told
(its claim, its toll: extractor.py merges such a sentence into it). When that sentence dates
its attack on another day than the incident told last, both dates written out, it recalls
another incident (military communiqués, monitors' and encyclopedic texts in every war recall
a side's earlier attacks so) when it also names a target and a side of its own: its claim,
target and date stay its own and reach not the incident told last.

Cost: a date comparison per frame of the sentence.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, no
from sitgraph.loaders.extract.rules import rule as named_rule


@named_rule("assemble.recalled-by-its-day", "'JNIM claimed the attack on the Boulkessi camp on 12 April' after a "
            "strike of 6 May: a definite attack on a target of its own dated on another day is an earlier incident",
            pos=[("On Monday 6 May 2024, army aircraft struck a terrorist hideout near Hombori, killing about twenty "
                  "terrorists.\n\nThe attack on the Boulkessi camp on 12 April was claimed by JNIM.",
                  (("government forces",), ("Jama'at Nusrat al-Islam wal-Muslimin",)))],
            neg=[("On Monday 6 May 2024, army aircraft struck a terrorist hideout near Hombori, killing about twenty "
                  "terrorists.\n\nThe attack on the hideout on 7 May was claimed by JNIM.",
                  (("Jama'at Nusrat al-Islam wal-Muslimin",),))],
            probe=event_actors, off=no)
def recalled_apart(back: Any, found: list[Any], table: Any) -> bool:
    """Does a frame of `found` (an anaphoric sentence's) date its incident on another day than
    `back`, the incident told last, both dates written in their sentences, and name a place
    or a struck facility and a side `back` does not (an attack of its own, not a later day of
    the same)?"""
    from sitgraph.loaders.extract.merging import day_apart

    return any(day_apart(back, f) and _own_ground(back, f, table) and _own_side(back, f) for f in found)


def _own_side(back: Any, f: Any) -> bool:
    """`f` names a side tied to it, `back` another (the claimant of another attack would
    otherwise take over the side that struck)."""
    return bool(f.actors and back.actors) and not set(f.actors) & set(back.actors)


def _own_ground(back: Any, f: Any, table: Any) -> bool:
    told = set(back.places) | set(back.targets)
    return any(table.entities[x].kind in ("Place", "Facility") for x in (*f.places, *f.targets) if x not in told)
