"""A country's Red Cross or Red Crescent society is its own organisation, never the ICRC: "the
Kenya Red Cross said", "Congolese Red Cross volunteers", "the Nigerian Red Cross Society", "the
Red Crescent Society of Chad".

Reports from a war cite the national society of the country at war far more often than the
International Committee of the Red Cross in Geneva. The dictionary lists some societies, but a
society it lacks was read as the country (or its demonym) beside the ICRC, whose alias "Red
Cross" sits inside the society's name. The class: a state's name or demonym (as the actor
dictionary knows it) written right before "Red Cross" / "Red Crescent" (maybe "Society"), or
after "Red Cross / Red Crescent (Society) of", names one organisation, written as the report
writes it. A society the dictionary lists keeps its entry.

A report that names one national society and no other Red Cross body then writes "the Red
Cross" for that society ("the Congolese Red Cross said it buried 27 ... bodies buried by the
Red Cross"): the bare name joins it. Where the report also names the ICRC itself ("ICRC",
"International Committee of the Red Cross"), or two societies, the bare name stays the ICRC.

Cost: one pass over the dictionary's hits of the text; one pass over the kept candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.actors import SEP, ActorDictionary
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, rule

# After a state's name or demonym: " Red Cross", " Red Crescent Society".
_AFTER_STATE = re.compile(r"[ \t]+Red[ \t]+(?:Cross|Crescent)(?:[ \t]+Society)?(?![\w-])")
# Before a state's name: "Red Cross of ", "Red Crescent Society of the ".
_BEFORE_STATE = re.compile(r"(?<![\w-])Red[ \t]+(?:Cross|Crescent)(?:[ \t]+Society)?[ \t]+of[ \t]+(?:the[ \t]+)?\Z")
# The Red Cross bodies that are no national society.
_MOVEMENT = frozenset({"actor:icrc", "actor:ifrc"})
# The ICRC written as itself, not by the movement's bare name.
_ICRC_ITSELF = re.compile(r"\bICRC\b|\bCICR\b|International[ \t]+Committee[ \t]+of[ \t]+the[ \t]+Red[ \t]+Cross",
                          re.IGNORECASE)
# "the Red Cross", "Red Cross volunteers": the movement's bare name.
_BARE = re.compile(r"(?:the )?red cross\b")
_SOCIETY_NAME = re.compile(r"\bRed (?:Cross|Crescent)\b", re.IGNORECASE)


@rule("actor.national-society", "a state's name or demonym before 'Red Cross' / 'Red Crescent (Society)', or after "
      "'Red Cross (Society) of', names that country's society, never the ICRC",
      pos=[("The Kenya Red Cross said 15 civilians had died in the attack on Mandera on Sunday.",
            (("Kenya Red Cross", "Kenya Red Cross"), ("civilians", "civilians"))),
           ("The Nigerian Red Cross Society said 12 people were wounded in the bombing in Maiduguri.",
            (("Nigerian Red Cross Society", "Nigerian Red Cross Society"), ("civilians", "people")))],
      neg=[("The Red Cross said 15 civilians had died in the attack on Mandera, Kenya, on Sunday.",
            (("International Committee of the Red Cross", "The Red Cross"), ("civilians", "civilians"))),
           ("The Syrian Arab Red Crescent said two volunteers were killed in Idlib.",
            (("Syrian Arab Red Crescent", "Syrian Arab Red Crescent"), ("civilians", "volunteers")))],
      probe=actor_forms, off=lambda text, actors: [])
def national_society_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Organisation candidates for the national Red Cross and Red Crescent societies of `text`
    the dictionary does not list (see the module doc); rank 1, as a dictionary name's, so the
    longer society wins over the state and the ICRC inside it."""
    out = []
    for h in actors.find(text):
        entry = actors.get(h.key)
        if entry is None or entry.type != "state" or h.contextual:
            continue
        start, end = h.start, h.end
        after = _AFTER_STATE.match(text, h.end)
        if after:
            end = after.end()
        elif not h.demonym and (before := _BEFORE_STATE.search(text, max(0, h.start - 40), h.start)):
            start = before.start()
        else:
            continue
        name = re.sub(SEP, " ", text[start:end]).strip()
        if not actors.knows(name):
            out.append(Cand(start, end, text[start:end], "Actor", "organization", "org:" + fold(name), name, rank=1))
    return out


@rule("actor.bare-red-cross-society", "a report naming one national Red Cross/Crescent society and not the ICRC "
      "itself means that society by the bare 'the Red Cross'",
      pos=[("The Congolese Red Cross said it had buried 27 bodies in Lolwa. The Red Cross said more bodies were "
            "found on Monday.",
            (("Congolese Red Cross", "Congolese Red Cross"), ("Congolese Red Cross", "The Red Cross")))],
      neg=[("The Congolese Red Cross said it had buried 27 bodies in Lolwa. The ICRC said more bodies were found "
            "on Monday.",
            (("Congolese Red Cross", "Congolese Red Cross"), ("International Committee of the Red Cross", "ICRC"))),
           ("The Red Cross said it had buried 27 bodies in Lolwa on Sunday.",
            (("International Committee of the Red Cross", "The Red Cross"),))],
      probe=actor_forms, off=lambda cands, text: cands)
def bare_red_cross_society(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` with the bare "Red Cross" mentions of the ICRC regrouped under the report's one
    national society, when it names one and never the ICRC as itself (see the module doc)."""
    societies = {c.group: c for c in cands if c.kind == "Actor" and c.group not in _MOVEMENT
                 and _SOCIETY_NAME.search(c.name)}
    if len(societies) != 1 or _ICRC_ITSELF.search(text):
        return cands
    to = next(iter(societies.values()))
    return [replace(c, group=to.group, name=to.name, key=to.key, type=to.type)
            if c.kind == "Actor" and c.group == "actor:icrc" and _BARE.match(fold(c.text)) else c
            for c in cands]
