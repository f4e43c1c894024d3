"""Fire that someone shoots: "killed by Israeli fire", "wounded by army fire", "killed in
sniper fire", "died under RSF fire".

"Fire" is also a hazard ("killed in a fire", "a house fire killed five"), so a harm verb whose
"by" or "in" phrase holds the bare word tells no one's attack (`event.hazard-not-attack`). The
word is a weapon's when the phrase names whose or what fire it is: a possessive ("the army's
fire"), a side's name or demonym before it ("Israeli fire", "RSF fire"), or a word for a gun, a
gunner or an armed force ("sniper fire", "tank fire", "police fire", "enemy fire"). A house, a
forest, a kitchen or a market before it, or no modifier at all, leave it a hazard.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule

# Guns, gunners and armed forces whose fire kills: general words of war reporting, no war's own.
FIRING = frozenset(
    """sniper snipers tank tanks artillery mortar mortars machine machine-gun gun guns rifle rifles rocket rockets
    army military police troops troop soldiers soldier security government regime junta rebel rebels militia
    militias enemy hostile navy naval helicopter helicopters gunship gunships drone drones warship warships
    insurgent insurgents gunmen gang gangs forces""".split())
_FIRE_WORDS = frozenset(("fire", "gunfire", "blaze"))


@rule("event.side-fire", "'killed by Israeli fire', 'wounded by army fire', 'killed in sniper fire': fire a side "
      "shoots, not a hazard",
      pos=[("Three people were killed by Israeli fire near an aid site in Rafah on Tuesday.", ("Attack",))],
      neg=[("Five children were killed in a house fire in Kano on Tuesday.", ())],
      probe=event_kinds, off=no)
def side_fire(noun: Any) -> bool:
    """Is `noun` ("fire", "blaze") fire shot by a side or a weapon? A possessive, a capitalised
    modifier (a name or a demonym) or a modifier naming a gun, a gunner or a force says so."""
    if noun.lemma_.lower() not in _FIRE_WORDS:
        return False
    for c in noun.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("compound", "amod", "nmod") and (c.text[:1].isupper() or c.lower_ in FIRING
                                                       or c.lemma_.lower() in FIRING):
            return True
    return False
