"""Which countries' armies the actor dictionary gives a government of its own.

"Soldiers", "troops", "the army" in a report on a country are that country's state
(frame_states.py) unless the dictionary holds a government of that country that could own
the army ("Libya": two governments claim it). Before, any dictionary entry of the country
blocked this, so a country the dictionary knows only by its armed groups ("Shining Path" in
Peru, the LTTE in Sri Lanka, the GIA in Algeria) kept its army as the generic "government
forces" actor, which no gold names: the armed groups of a country are the army's enemies,
never a rival claimant to it. Only a state or state-forces entry of the country is (as
before): its forces may be the army the words mean, or, as in Libya, several bodies claim it.

Cost: one pass over the dictionary's entries.
"""

from __future__ import annotations

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

CLAIMANT_TYPES = frozenset({"state", "state_forces"})


@rule("actor.groups-claim-no-army", "'troops', 'the army' in a report on a country the dictionary knows only by "
      "its armed groups ('Shining Path' in Peru) are that country's state; a country with a government entry "
      "(Libya) keeps the generic forces",
      pos=[("Peru: Troops kill four rebels near Ayacucho\n\nTroops killed four Shining Path fighters near Ayacucho "
            "in Peru on Tuesday.", ("Peru", "Shining Path"))],
      neg=[("Libya: Troops kill four fighters in raid near Sirte\n\nTroops killed four fighters near Sirte in Libya "
            "on Tuesday.", ("government forces",))],
      probe=actor_names, off=lambda actors: actors.countries)
def army_claimant_countries(actors: ActorDictionary) -> frozenset[str]:
    """The countries (ISO2) for which dictionary `actors` holds an entry that could own the
    army: a state or state forces of that country. (The old test was any entry of the country
    at all, armed groups included.)"""
    return frozenset(e.country for e in actors.entries.values() if e.country and e.type in CLAIMANT_TYPES)
