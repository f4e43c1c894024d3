"""An armed group's name after a strike word is the group, not a town: "the military said it
struck Hamas targets", "anti-balaka fighters attacked Seleka positions", "jets bombed BLA
hideouts". A few groups share their name or acronym with a town somewhere in the gazetteer
(a German city, a Malian town, a Nigerian village), and :func:`struck_cities.struck_city`,
written for capitals that stand for their state ("missiles struck Kyiv"), would read such a
name as the city struck. The struck place then sets a side's own account of the strike apart
from the strike it tells, and the report gains an event in a town it never names.
A group's name after a locative ("in Hamas") is left to the ordinary reading.
Cost: one dictionary-type test and the strike-word regex on 40 characters per dictionary hit.
"""

from __future__ import annotations

from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.struck_cities import struck_before


@rule("place.group-not-struck-town", "an armed group's name after a strike word ('it struck Hamas targets', "
      "'attacked Seleka positions') is the group, not a town of that name the strike lands on",
      pos=[("The army said it struck Hamas targets in Khan Younis.", ("Khan Younis",))],
      neg=[("Russian missiles struck Kyiv on Monday, killing three people.", ("Kyiv",))],
      probe=places, off=lambda text, start, entry_type: False)
def group_struck(text: str, start: int, entry_type: str) -> bool:
    """Is the dictionary name starting at `start` in `text`, an actor of type `entry_type`, an
    armed group named after a strike word, so never a struck town?"""
    return entry_type == "armed_group" and struck_before(text, start)
