"""A people named as a group in a report about communal fighting: "the Nuer ethnic group",
"people from the Hazara community", "ethnic Uzbeks".

The guide makes a group the text singles out its own actor; a people's name with "ethnic
group", "community" or "minority" after it, or a plural people's name after "ethnic", is such
a group, not a place and not the report's generic civilians. Both forms of one people are one
actor. A name the actor dictionary holds (a state's demonym, an armed group) is left to the
dictionary, and an adjective before a noun ("an ethnic Albanian village", "the Amhara region")
gives none. Functions over the text; no I/O. Cost: one regex scan when the text says "ethnic",
"community" or "minority".
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

# "the Nuer ethnic group", "the Hazara community", "the Rohingya minority", "ethnic Dinkas".
PEOPLE = re.compile(
    r"\b(?!(?:The|This|That|These|Those|Its|Their|His|Her|Our|Each|One|Another|Every)\b)"
    r"(?P<after>[A-Z][a-z]{2,})\s+(?:ethnic\s+(?:group|community|minority)|community|minority)\b"
    r"(?!\s+(?:leaders?|elders?|members?))"
    r"|\b[Ee]thnic\s+(?P<plural>[A-Z][a-z]{2,}s)\b")
_CUE = re.compile(r"(?i)ethnic|community|minority")


@rule("actor.ethnic-group", "a people's name before 'ethnic group', 'community' or 'minority', or a plural "
      "people's name after 'ethnic' ('the Nuer ethnic group', 'ethnic Dinkas'), is that people as an actor",
      pos=[("Fighting broke out between soldiers from the Nuer ethnic group and ethnic Dinkas in Bor.",
            ("Dinka", "Nuer"))],
      neg=[("Fighting broke out between soldiers in Bor, in a Nuer-majority county.", ())],
      probe=actor_names, off=lambda text, actors: [])
def ethnic_group_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Weak (rank 4) Actor candidates, type "other", for the peoples named as groups; a
    plural name is the people's singular ("Dinkas" -> "Dinka")."""
    if not _CUE.search(text):
        return []
    out = []
    for m in PEOPLE.finditer(text):
        word = m.group("after") or m.group("plural")[:-1]
        if word in ("Group", "Community", "Minority", "International", "Muslim", "Christian", "Local") \
                or actors.find(word) or actors.find(m.group(0)):
            continue
        group = "ethnic:" + word.lower()
        out.append(Cand(m.start(), m.end(), m.group(0), "Actor", "other", group, word, rank=4))
    return out


# A faith's followers as the two sides of communal fighting: "clashes between Sunni Muslims and
# Alawites", "fighting between Christians and Muslims". Only after a clash noun and "between",
# where the text makes the community a party; elsewhere the same words are victims or bystanders.
_FAITH = (r"(?:(?:Sunni|Shiite|Shi'ite|Shia)\s+Muslims|Sunnis|Shiites|Shi'ites|Alawites|Christians|Muslims"
          r"|Druze|Hindus|Sikhs|Buddhists)")
FAITH_SIDES = re.compile(r"\b(?:[Cc]lash(?:es)?|[Ff]ighting|[Bb]attles?|[Ss]kirmish(?:es)?|[Vv]iolence)\s+between\s+"
                         rf"(?P<a>{_FAITH})\s+and\s+(?P<b>{_FAITH})\b")


def _faith_key(name: str) -> str:
    """One key for a faith's forms: "Sunni Muslims" and "Sunnis" are both "sunni"."""
    word = name.split()[0].replace("'", "").lower()
    return word[:-1] if word.endswith("s") and word != "druze" else word


@rule("actor.faith-sides", "the followers of a faith named as a side of 'clashes between X and Y' ('clashes "
      "between Sunni Muslims and Alawites') are an actor each",
      pos=[("Five people died in clashes between Sunni Muslims and Alawites in the port city.",
            ("Alawites", "Sunni Muslims", "civilians"))],
      neg=[("Five Sunni Muslims and two Alawites died when a shell hit the port city.", ("civilians",))],
      probe=actor_names, off=lambda text, actors: [])
def faith_side_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Weak (rank 4) Actor candidates, type "other", for the two faiths of each such phrase."""
    if "between" not in text:
        return []
    names = dict.fromkeys(m.group(side) for m in FAITH_SIDES.finditer(text) for side in ("a", "b"))
    out = []
    for name in names:
        if actors.find(name):
            continue
        # The side's other mentions too: "the minority Alawite sect" is the same community, and
        # left alone it would be a second actor of the same name.
        form = re.escape(name[:-1]) + "s?" if " " not in name and name.endswith("s") else re.escape(name)
        out.extend(Cand(m.start(), m.end(), m.group(0), "Actor", "other", "faith:" + _faith_key(name), name, rank=3)
                   for m in re.finditer(rf"\b{form}\b", text))
    return out


def is_people(entity: Any) -> bool:
    """Is `entity` a people this module found (every form of it one of PEOPLE's)? A person
    "from the Nuer ethnic group" is born into it, not a member the way one is of a party, so
    the membership relations leave it out."""
    forms = entity.forms
    return entity.type == "other" and entity.key is None and bool(forms) and all(
        PEOPLE.fullmatch(f) for f in forms)
