"""A city named before an attack noun is where the attack happened, not who did it: "the
2016 Ankara bombing", "the Moscow Metro bombings", "the Kabul wedding bombing"; an
institution so named ("the Central Bank bombing", "the Kabul University attack") is what was
struck. Capitals
stand for their governments as speakers or actors ("Moscow said", "Kyiv struck back"), so
the parser's reading may make the state the author of an attack its capital names; an
encyclopedia names attacks by their place in every language edition and war, so a city's
name in that position (the same words also read as the place) is the place alone.

Cost: a look at the mentions of one sentence and a regex match per mention.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_actors
from sitgraph.loaders.extract.unlisted_groups import NON_FIGHTING
from sitgraph.loaders.extract.wordlists import noun_alternation

# Up to two more words of the name or the target ("Metro", "wedding", "train"), then the attack noun.
BEFORE_ATTACK = re.compile(r"(?:[ \t]+[\w'\u2019-]+){0,2}?[ \t]+(?:" + noun_alternation("attack_nouns") + r")\b",
                           re.IGNORECASE)

CITY_NAMES_ATTACK = branch("actor.city-names-attack", "a city's name before an attack noun ('the 2016 Ankara bombing') "
                           "is where the attack was, not its author (the state the capital may stand for)",
                           pos=[("The 2016 Ankara bombing was a car bombing near a market in Ankara, Turkey, on 12 "
                                 "March 2016. The blast killed 15 people.", ((),))],
                           neg=[("The 2016 Ankara bombing was a car bombing near a market in Ankara, Turkey, on 12 "
                                 "March 2016. Ankara blamed the PKK.", (("Kurdistan Workers' Party",),))],
                           probe=event_actors, where="sitgraph.loaders.extract.bystanders._bystanders")


def town_names(table: Any) -> set[str]:
    """The lower-cased names of the report's places below a country. Cost: one pass over
    its entities (tens)."""
    return {(e.name or "").lower() for e in table.entities.values()
            if e.kind == "Place" and e.type != "country" and e.name}


def names_attack_place(text: str, s: int, e: int, towns: set[str]) -> bool:
    """Is the mention text[s:e], the name of one of the report's `towns`, the name an attack
    noun after it is called by ("Ankara bombing")?"""
    return enabled(CITY_NAMES_ATTACK) and text[s:e].lower() in towns and BEFORE_ATTACK.match(text, e) is not None


# Heads of an institution's name: a building or a body that is struck, never strikes.
INSTITUTION_HEADS = frozenset(NON_FIGHTING | {"bank", "embassy", "consulate", "hotel", "school", "academy",
                                              "parliament", "assembly", "association", "mosque", "church", "temple",
                                              "cathedral", "stadium", "station", "market", "mall", "college",
                                              "headquarters", "office", "building", "complex"})
INSTITUTION_NAMES_ATTACK = branch("actor.institution-names-attack", "an institution named before an attack noun ('the "
                                  "Central Bank bombing') is what was struck, not the author",
                                  pos=[("Central Bank bombing\n\nThe Central Bank bombing was a suicide truck "
                                        "bombing in Colombo, Sri Lanka, on 31 January 1996. The explosion killed 91 "
                                        "people.", ((),))],
                                  neg=[("Al-Shabaab fighters attacked the Central Bank building in Mogadishu, "
                                        "Somalia, on 12 March 2016, killing 12 guards.", (("al-Shabaab",),))],
                                  probe=event_actors, where="sitgraph.loaders.extract.bystanders._bystanders")


def names_attack_target(text: str, s: int, e: int, ent: Any) -> bool:
    """Is the mention text[s:e] of `ent`, an organisation whose name ends in an institution's
    head ("Central Bank"), the name an attack noun after it is called by?"""
    words = (ent.name or "").lower().split()
    return enabled(INSTITUTION_NAMES_ATTACK) and ent.kind == "Actor" and ent.type == "organization" and bool(words) \
        and words[-1] in INSTITUTION_HEADS and BEFORE_ATTACK.match(text, e) is not None
