"""Who a sentence telling only a toll says died: the victim groups that leave it the toll of
the incident told just before.

Encyclopedia leads, incident summaries, wire copy and military press releases tell an
attack on a post, a convoy or a base first ("militants attacked an army post near X on 3
March") and its dead in a sentence of their own ("Nine soldiers were killed.", "Three
policemen and a child died."). The dead are the struck side's soldiers or police (the state
they serve, by the entity conventions) as often as civilians; either way the sentence names
no place, side or day of its own and is the toll of that attack, so a claim or an accusation
told next reaches the attack with its toll, not a toll of its own.

Cost: a look at the few targets of one frame.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.rules import event_actors
from sitgraph.loaders.extract.rules import rule as named_rule


def _civilian_or_speaking(t: str, table: Any, speaking: bool) -> bool:
    """A victim group of civilians, or a hospital that only tells the toll (`speaking`)."""
    typ = table.entities[t].type
    return typ == "civilians" or (speaking and typ == "medical")


@named_rule("toll.forces-told-apart", "'Nine soldiers were killed.' right after an attack on a post or a convoy, with "
            "no place, side or day of its own, is that attack's toll, as a sentence of civilian dead is",
            pos=[("On 10 February 2021, fighters ambushed a military convoy near Kyauktaw in Rakhine State, Myanmar. "
                  "Six soldiers were killed. The army blamed the Arakan Army.", (("Arakan Army",),))],
            neg=[("On 10 February 2021, fighters ambushed a military convoy near Kyauktaw in Rakhine State, Myanmar. "
                  "Six soldiers were killed in Mrauk-U. The army blamed the Arakan Army.", ((), ("Arakan Army",)))],
            probe=event_actors,
            off=lambda prev, f, table, speaking: all(_civilian_or_speaking(t, table, speaking) for t in f.targets))
def victims_only(prev: Any, f: Any, table: Any, speaking: bool) -> bool:
    """Are all of frame `f`'s targets victim groups a toll sentence names: civilians, a
    hospital that only tells the toll (`speaking`), a person named among the dead, or a
    warring side whose soldiers or police died (an actor of an armed type), the attackers'
    own dead among them ("Ten militants were killed"), unless said to come on top ("also
    killed 27 fighters": added to the victims when the incident is assembled, as more dead)?"""
    return all(_civilian_or_speaking(t, table, speaking) or _victim_named(t, table) or (
        not (f.additive and t in prev.actors) and table.entities[t].kind == "Actor"
        and table.entities[t].type in ARMED_TYPES) for t in f.targets)


def _victim_named(t: str, table: Any) -> bool:
    """A person named among the dead ("among them the candidate X"): a victim, no scene."""
    return table.entities[t].kind == "Actor" and table.entities[t].type == "person"
