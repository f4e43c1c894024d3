"""A state's running count of the enemy fighters killed: "The army says more than 1,100 militants
have been killed since the start of the offensive in June", "The government says 3,000 al-Shabaab
fighters have been killed since the operation began". Armies, defence ministries and governments
of every war publish such tallies of their own campaign; the dead are the other side's fighters
and the speaker is the one that killed them, so the count's sole author is the speaking state
(the guide: a cumulative toll carries a perpetrator when the text names a sole author). Without
it, the count names no side (or the dead fighters' own group, read from "against al-Shabaab"),
and the guide's optional aggregate, which names the state, cannot pair with it.

Only a count that is an aggregate whose dead are fighters (``fighters_dead``, the figure's own
phrase: "1,100 militants"; or all its targets armed groups: "3,000 al-Shabaab fighters") and whose cited sources
include a state or its forces. A rights group's or the UN's count of fighters killed names no
author; a state's count of soldiers or civilians killed is of its own losses, not its kills; a
war's toll ("the war has killed") is left without author (assemble.war-toll-no-author).

Used by :mod:`report_assembly` after the aggregate's actors were reconciled. Cost: one look-up
per cited source of an aggregate.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, nothing, rule
from sitgraph.loaders.extract.state_arms import STATE_TYPES


@rule("assemble.state-kill-count", "a state's running count of enemy fighters killed ('The army says 1,100 "
      "militants have been killed since the offensive began') names the speaking state as its sole author",
      pos=[("A roadside bomb killed two soldiers in North Waziristan on Tuesday. The Pakistani army says more than "
            "1,100 militants have been killed since the start of the offensive in June.",
            ((), ("Pakistan",))),
           ("A car bomb killed four people in Mogadishu on Monday. The government says more than 3,000 al-Shabaab "
            "militants have been killed since the offensive against the group began in August 2022.",
            ((), ("Somalia",)))],
      neg=[("A roadside bomb killed two soldiers in North Waziristan on Tuesday. Human Rights Watch says more than "
            "1,100 militants have been killed since the start of the offensive in June.",
            ((), ())),
           ("A roadside bomb killed two soldiers in North Waziristan on Tuesday. The Pakistani army says more than "
            "1,100 civilians have been killed since the start of the offensive in June.",
            ((), ()))],
      probe=event_actors, off=nothing)
def state_kill_count(f: Any, table: Any) -> None:
    """Give aggregate frame `f` (its entities in `table`) the states among its cited sources
    as its actors when its dead are counted as fighters and one side alone may be its author
    (``sole_author``); else leave it. Attributions to other sides are dropped with their actors.
    Returns nothing: `f` is changed in place."""
    if f.role != "aggregate" or not f.killed or not f.sole_author or not _fighters_dead(f, table):
        return
    states = [c for c in f.claimed_by if table.entities[c].type in STATE_TYPES]
    if not states:
        return
    f.actors = states
    f.attribution = [a for a in f.attribution if a[0] in states]


def _fighters_dead(f: Any, table: Any) -> bool:
    """Are the dead of frame `f` (its entities in `table`) fighters: counted as such by the
    figure's phrase ("1,100 militants"), or all its targets armed groups ("3,000 al-Shabaab
    militants")?"""
    return f.fighters_dead or bool(f.targets) and all(table.entities[t].type == "armed_group" for t in f.targets)
