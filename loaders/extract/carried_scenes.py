"""The scene of an incident told by pointing back at the sentence before: a locative "there"
("Officials say 40 people have been killed there") or the fight that followed what that sentence
told ("Troops cordoned off the village of X. In the ensuing gunfight, two militants were
killed"). Such a frame names no place of its own; the place is the one the sentence before
named. A place named only as a bearing or a route's end ("30 km north of X", "on the road to
X") is no scene, for this and for "the town" (:func:`bearing_point`).
Cost: one regular-expression search per frame's sentence, and the mentions of the sentence
before (bisect into the report's sorted mentions).
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_places, no, nothing, rule
from sitgraph.loaders.extract.span_text import span_text

# "In the ensuing gunfight", "during the exchange of fire that followed": a fight brought on by
# what the sentence before told (a raid, a search, an ambush).
ENSUING = re.compile(r"(?i)\b(?:ensuing|subsequent|resulting)\s+(?:heavy\s+|fierce\s+|brief\s+)?"
                     r"(?:gun\s?fight|fire\s?fight|gun\s?battle|shoot-?out|exchange|clash(?:es)?|fighting|"
                     r"battle|encounter|firing|skirmish(?:es)?)\b")
# A place named as a bearing, a distance or a route's end: "north of X", "30 km from X",
# "on the road to X", "between X and" is not the scene.
_BEARING = re.compile(r"(?i)(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|"
                      r"north-east|north-west|south-east|south-west|kilometres|kilometers|km|miles)\s+"
                      r"(?:\w+\s+)?(?:of|from)|\b(?:road|highway|route|way)\s+(?:to|from|between))"
                      r"\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$")


@rule("place.anaphor-not-bearing", "'X lies 30 km north of Y. Troops retook the town': 'the town' is X, the place "
      "the sentence is about, not Y named as its bearing",
      pos=[("Afgooye sits on the Shabelle River north of Merca. Government troops retook the town from al-Shabaab "
            "in May 2012.", (("Afgooye",),)),
           ("Jowhar lies about 90 kilometres north of Mogadishu. Al-Shabaab fighters briefly overran the town in "
            "2008.", (("Jowhar",),))],
      neg=[("Government forces pushed into Sinjar, 50 km from the border, this week. A mortar round killed three "
            "people in the town on Monday.", (("Sinjar",),))],
      probe=event_places, off=no)
def bearing_point(text: str, start: int) -> bool:
    """Whether the place mentioned at `start` in the report `text` is named only as a bearing,
    a distance's origin or a route's end ("north of", "60 km from", "the road to")."""
    return _BEARING.search(text, max(0, start - 60), start) is not None


@rule("place.scene-told-before", "'Officials say 40 were killed there', 'In the ensuing gunfight two militants were "
      "killed': an incident that points back at the sentence before takes the places that sentence named",
      pos=[("Fighting broke out on Sunday in Malakal between rival army units. Officials say 40 people have been "
            "killed there since the clashes began.", (("Malakal",), ("Malakal",))),
           ("Police and soldiers cordoned off Chatripora village of Shopian district on Monday. In the ensuing "
            "gunfight, two militants were killed.", (("Chatripora", "Shopian"),))],
      neg=[("Fighting broke out on Sunday in Malakal between rival army units. There were no reports of "
            "casualties, but a mortar shell killed four people in Juba.", (("Malakal",), ("Juba",)))],
      probe=event_places, off=nothing)
def carry_scene(f: Any, sent: Any, table: Any) -> None:
    """Give frame `f` of sentence `sent` (a spaCy span), which names no place but a country,
    the places named in the sentence before when `sent` points back at it: a locative "there"
    or an ensuing fight."""
    if any(table.entities[p].type != "country" for p in f.places) or sent.start == 0:
        return
    if not (ENSUING.search(span_text(sent)) or any(_locative_there(t) for t in sent)):
        return
    before = sent.doc[sent.start - 1].sent
    text = table.report.text
    for s, _e, eid in table.in_span(before.start_char, before.end_char):
        ent = table.entities[eid]
        if ent.kind == "Place" and ent.type != "country" and eid not in table.weak and eid not in f.places \
                and not bearing_point(text, s):
            f.places.append(eid)


def last_scene(found: list[tuple[int, str]], text: str) -> str:
    """Of the places `found` ((start, id) in text order, not empty), the last not named as a
    bearing ("30 km north of Y"), else the last."""
    scenes = [eid for s, eid in found if not bearing_point(text, s)]
    return scenes[-1] if scenes else found[-1][1]


def _locative_there(tok: Any) -> bool:
    """"killed there", "fighting there": "there" standing for a place, not the expletive of
    "there were no casualties", nor inside a relative clause, where it stands for the noun the
    clause hangs on ("villagers who had sheltered there": the monastery just named)."""
    return tok.lower_ == "there" and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX", "NOUN") \
        and not any(a.dep_ in ("relcl", "acl") for a in tok.ancestors)
