"""Named wings and units of an armed group, told as such: "its Al-Faran wing", "the Al-Faran
wing of Harkat-ul-Ansar", "the FARC's Jacobo Arenas Mobile Column", "the People's Liberation
Army, the armed wing of the Communist Party of Nepal (Maoist)".

Encyclopedic accounts name the part of a movement that acted or claimed: a wing, a column, a
brigade. The name is the group's own, and the guide makes it an actor of its own where the text
has it act. Three ways of telling it escape the other readers:

- a name before the lower-case word "wing" ("its Al-Faran wing"): no group word in the name, so
  the group-name reader (group_names.py) passes it by;
- a unit name after its group's possessive ("the FARC's Jacobo Arenas Mobile Column"): the run
  opens with a name the dictionary holds, so the group-name reader leaves it to the dictionary,
  which knows only the possessor;
- a name told as "the armed wing of" a group ("the People's Liberation Army, the armed wing of
  the Communist Party of Nepal (Maoist)"): a name the dictionary may give a state's army. The
  apposition says it is the group's wing, not that state.

Cost: three regex scans of the text, a dictionary lookup per name found.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

# A name's word: capitalised, or an Arabic article joined to one ("al-Faran").
_WORD = r"(?:[A-Z][\w'’.-]*|(?:al|el|ad|ud|ul|an|as|ash)-[A-Z][\w'’-]*)"
_NAME = rf"{_WORD}(?:[ \t]+(?:of[ \t]+|al[ \t]+|the[ \t]+)?{_WORD}){{0,4}}"
# "its Al-Faran wing", "the Al-Faran wing of X", "their Red Hand wing"
WING_AFTER = re.compile(rf"\b(?:its|their|the|The|Its|Their)[ \t]+(?P<name>{_NAME})[ \t]+(?:armed[ \t]+|military"
                        r"[ \t]+|militant[ \t]+)?wing\b")
# "the FARC's Jacobo Arenas Mobile Column": a unit word closes the name
UNIT_WORDS = r"(?:Column|Brigade|Brigades|Battalion|Battalions|Front|Unit|Company|Squad|Regiment|Detachment)"
OWNED_UNIT = re.compile(rf"(?P<owner>{_WORD}(?:[ \t]+{_WORD}){{0,3}})['’]s[ \t]+(?P<name>(?:{_WORD}[ \t]+){{1,4}}"
                        rf"{UNIT_WORDS})\b")
# "the People's Liberation Army, the armed wing of the X"
WING_OF = re.compile(rf"\b(?:the[ \t]+)?(?P<name>{_NAME}),[ \t]+(?:the|its|their)[ \t]+(?:armed|military|militant"
                     r"|guerrilla)[ \t]+(?:wing|branch)[ \t]+of\b")
_STATE_TYPES = ("state", "state_forces")
_WINGLESS = frozenset({"The", "Its", "Their", "This", "That"})


def _cand(start: int, name: str) -> Cand:
    return Cand(start, start + len(name), name, "Actor", "armed_group", "org:" + fold(name), name, rank=0)


def _own_name(name: str, actors: ActorDictionary) -> bool:
    """Is `name` a name of its own: not a dictionary actor's, not a lone article or pronoun, not
    a possessor ("the Front's armed wing, the X": the wing is named after, the Front owns it)?"""
    return name.split()[0] not in _WINGLESS and not name.endswith(("'s", "’s")) and not actors.find(name)


def _state_alias(name: str, actors: ActorDictionary) -> bool:
    """Does the dictionary hold `name` whole, as a state's or its forces' alias?"""
    hits = actors.find(name)
    if len(hits) != 1 or (hits[0].start, hits[0].end) != (0, len(name)):
        return False
    entry = actors.get(hits[0].key)
    return entry is not None and entry.type in _STATE_TYPES


@rule("actor.named-wing", "a group's wing or unit told as such ('its Al-Faran wing', 'the FARC's Jacobo Arenas "
      "Mobile Column', 'the X Army, the armed wing of the Y') is an armed group of its own, never a state",
      pos=[("Militants threw grenades at a bus in Kulgam on 21 July 1997. Harkat-ul-Ansar claimed the attack on "
            "behalf of its Al-Faran wing.", ("Al-Faran", "Harkat-ul-Mujahideen")),
           ("Fighters of the FARC's Jacobo Arenas Mobile Column fired mortars at the police station of Suarez "
            "on 19 March 2013.", ("FARC", "Jacobo Arenas Mobile Column")),
           ("On 17 February 2002, fighters of the People's Liberation Army, the armed wing of the Communist Party "
            "of Nepal (Maoist), overran the army barracks in Mangalsen.",
            ("Communist Party of Nepal", "People's Liberation Army"))],
      neg=[("Militants threw grenades at a bus in Kulgam on 21 July 1997. A right-wing party condemned the attack.",
            ("rebels",)),
           ("China's People's Liberation Army held exercises near Taiwan on 3 May 2023.", ("China",))],
      probe=actor_names, off=lambda text, actors: [])
def wing_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Armed-group candidates for the named wings and units of `text` (see the module), in
    text order."""
    out = [_cand(m.start("name"), m["name"]) for m in WING_AFTER.finditer(text) if _own_name(m["name"], actors)]
    out += [_cand(m.start("name"), m["name"].rstrip()) for m in OWNED_UNIT.finditer(text)
            if actors.find(m["owner"]) and _own_name(m["name"], actors)]
    out += [_cand(m.start("name"), m["name"]) for m in WING_OF.finditer(text)
            if _own_name(m["name"], actors) or _state_alias(m["name"], actors)]
    return sorted(out, key=lambda c: c.start)
