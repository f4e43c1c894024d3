"""The state struck in an incident does not become its attacker by fighting back.

"Gunmen attacked an army base near Gao, killing 12 soldiers. The army said troops had killed many
terrorists during the fighting": the second sentence tells more of the same incident, and merging
it made the state whose soldiers died one of the attack's perpetrators; at the report's end the
named side then won over the unnamed "gunmen", so the attack was the state's. A frame merged into
an incident adds no perpetrator that the incident already names as struck, when the incident
already has an attacker: the state's troops fighting back are the defenders. A merged frame naming
a side the incident does not strike still adds it.
Cost: a set test per merge.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, nothing, rule


@rule("actor.struck-state-defends", "the state struck in an attack told first ('killing 12 soldiers') is no "
      "attacker when a sentence merged after it tells its troops fighting back",
      pos=[("Gunmen attacked an army base near Gao on Monday, killing 12 soldiers, the army said. It said troops "
            "had killed many terrorists during the fighting.", (("unknown gunmen",),))],
      neg=[("Gunmen attacked an army base near Gao on Monday, killing 12 soldiers, the army said.",
            (("unknown gunmen",),))],
      probe=event_actors, off=nothing)
def struck_defenders(prev: Any, f: Any) -> set[str] | None:
    """The actors of frame `f` that incident `prev`, which already names an attacker, counts
    among its struck sides: not added as its attackers. None when there are none."""
    struck = set(prev.targets) | set(prev.struck_sides)  # "its army says 22 soldiers were killed": struck too
    if not prev.actors or not struck:
        return None
    return {a for a in f.actors if a in struck and a not in prev.actors} or None
