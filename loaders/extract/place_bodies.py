"""Bodies named by their place and a body word, as every outlet writes them when they speak: "the
Banadir regional administration said", "the Cauca governor's office said", "the Pibor
administration confirmed", "the Amhara regional government said", and a place's police ("Parwan
police said", "the Khyber Pakhtunkhwa Police said", "the Kano State Police Command said").

The annotation guide makes a named agency an actor of its own: such a body is neither its
state ("regional administration" alone stays a mention of the state) nor a building (the
governor's office that speaks is not the one attacked), nor does its place's name locate what
the sentence tells. The candidate covers the whole phrase. Only a body that speaks ("said",
"according to", "a spokesman for") is read: an attacked "governor's office" is a facility.
Cost: one regex scan of the text and one dictionary lookup per match.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.bodies import speaks
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

# A name never runs over a blank line: "Responsibility" (a section heading) and "The Hakkari
# governor's office" below it are no one name.
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME = rf"[A-Z][\w'\u2019\-]*(?:{_GAP}(?:and{_GAP})?[A-Z][\w'\u2019\-]*){{0,2}}"
_LEVEL = r"(?:regional|provincial|district|state|county|city|municipal|local|civil|interim|federal|town)"
# A place's police speaks as a body of its own: "Parwan police said", "the Khyber Pakhtunkhwa
# Police said", "the Kano State Police Command said".
_POLICE = r"(?:[Ss]tate\s+)?(?:police|Police)(?:\s+(?:[Cc]ommand|[Ff]orce|[Ss]ervice|[Dd]epartment))?"
_BODY = (rf"(?:(?:{_LEVEL}\s+){{0,2}}(?:administration|government)|governor['\u2019]s\s+office|{_LEVEL}\s+council"
         rf"|{_POLICE})")
PLACE_BODY = re.compile(rf"(?<![\w\-'\u2019])(?P<name>{_NAME})\s+(?P<body>{_BODY})\b")
# A possessive or a compound adjective is no place's name: "Yemen's Sunni-majority government".
NOT_PLACE = re.compile(r"['\u2019]s\b|-(?:majority|led|backed|run|dominated|controlled|based)\b")
# A body that blames a side speaks as surely as one that "said" ("The Hakkari governor's office
# blamed the PKK"); kept to the place's bodies, where the verb cannot be a person's.
BLAMES = re.compile(r"\s*(?:has\s+|had\s+|also\s+)?(?:blamed|blames)\b")
STOP_FIRST = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "By", "From", "Its", "Their"})


@rule("actor.place-body", "a place's name before a lower-case body word that speaks ('the Banadir regional "
      "administration said', 'the Cauca governor's office said') is an organisation of its own",
      # the administrations and governors' offices of these examples are read by place_offices.py too,
      # so the rule's own examples are the bodies only it names whole
      pos=[("Gunmen attacked a village in Kano, killing four, the Kano state police command said.",
            ("Kano state police command", "unknown gunmen")),
           ("The Khyber Pakhtunkhwa Police said militants attacked a checkpoint in Bannu.",
            ("Khyber Pakhtunkhwa Police", "rebels"))],
      neg=[("Taliban fighters stormed the Ghazni governor's office on Monday.", ("Taliban",)),
           ("Afghan police said a bomb killed four people in Charikar.",
            ("Islamic Republic of Afghanistan", "civilians"))],
      probe=actor_names, off=lambda text, actors: [])
def place_body_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Organisation candidates for speaking bodies named by their place (a dictionary
    actor's name before the body word is a state's or group's, not a place's)."""
    out = []
    for m in PLACE_BODY.finditer(text):
        name = m.group("name")
        words = name.split()
        while words and (words[0] in STOP_FIRST or re.fullmatch(_LEVEL + "|national", words[0].lower())):
            words = words[1:]  # "Provincial police said": a level, no place
        if not words:
            continue
        start = m.end("name") - len(" ".join(words))
        told = speaks(text, start, m.end()) or BLAMES.match(text, m.end())
        if actors.find(" ".join(words)) or not told or NOT_PLACE.search(" ".join(words)):
            continue
        phrase = text[start:m.end()]
        out.append(Cand(start, m.end(), phrase, "Actor", "organization", "org:" + fold(phrase), phrase, rank=0))
    return out
