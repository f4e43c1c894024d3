"""A country that condemns, asks or offers is a state acting: "Tanzania asked for the return
of its national's body", "India and Japan condemned the attacks", "Malaysia, whose citizen was
among the dead, asked Thailand to find those responsible".

The reactions paragraph of an article or a wire story lists the states that reacted, each as
the subject of a verb of stance or speech. A state the actor dictionary holds is read as the
state there; any other country's name was read as the place, so the reacting state was lost
and a place no event is in was found instead. The guide makes a country used as a party an
actor (and, where it also locates something, a place as well): its name as such a subject,
alone or in a list of names joined by commas and "and", is the state.

Cost: one regex match after each country candidate.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.blame_verbs import SIDE_BLAMED
from sitgraph.loaders.extract.later_blame import blamed_state
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

_VERBS = (r"condemned|condemns|denounced|deplored|decried|asked|urged|called|expressed|offered|demanded|protested"
          rf"|summoned|welcomed|warned|pledged|vowed|recalled|rejected|{SIDE_BLAMED}|sent|said|says|announced")
_NAME = r"(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}"
# After the country: an aside ("whose citizen was among the dead"), the other names of a list,
# then the verb.
STANCE_AFTER = re.compile(rf"(?:,[ \t]+(?:whose|which)[^,.;\n]{{1,80}},)?"
                          rf"(?:(?:,[ \t]*{_NAME})*,?[ \t]+and[ \t]+{_NAME})?"
                          rf"[ \t]+(?:also[ \t]+|had[ \t]+|has[ \t]+|have[ \t]+)?(?:{_VERBS})\b")

# A preposition before the name makes it a place ("people from Tanzania said", "fled to Chad").
PLACE_BEFORE = re.compile(r"(?i)\b(?:to|from|in|into|of|for|on|over|against|across|near|toward|towards|with|by|at"
                          r"|inside|outside|within|throughout)[ \t]+(?:the[ \t]+)?\Z")


@rule("actor.country-of-stance", "a country's name as the subject of a verb of stance or speech ('Tanzania asked "
      "for ...', 'India and Japan condemned ...') is the state, an actor",
      pos=[("Gunmen killed 12 people in Kidal on 3 May 2023. Tanzania asked for the return of its national's "
            "body.", ("Tanzania", "civilians", "unknown gunmen"))],
      neg=[("Gunmen killed 12 people in Kidal on 3 May 2023. Many of the dead were from Tanzania.",
            ("civilians", "unknown gunmen")),
           ("Gunmen killed 12 people in Kidal on 3 May 2023. Thousands fled to Niger, UNHCR said.",
            ("UNHCR", "civilians", "unknown gunmen")),
           ("Gunmen killed 12 people in Kidal on 3 May 2023. The UN envoy for Yemen called for calm.",
            ("United Nations", "civilians", "unknown gunmen"))],
      probe=actor_names, off=lambda cands, text: [])
def stance_state_cands(cands: list[Cand], text: str) -> list[Cand]:
    """An actor candidate (a state) for each country candidate of `cands` that is the subject
    of a verb of stance, where no actor candidate has its span yet."""
    # a state the dictionary gives is read already; a person the parser took the name for is not
    actor_spans = [(c.start, c.end) for c in cands if c.kind == "Actor" and c.type != "person"]
    out, seen = [], set()
    for c in cands:
        if c.kind != "Place" or c.type != "country" or (c.start, c.end) in seen \
                or any(s < c.end and c.start < e for s, e in actor_spans):
            continue
        if STANCE_AFTER.match(text, c.end) is None and not blamed_state(text, c.start) \
                or PLACE_BEFORE.search(text, max(0, c.start - 12), c.start):  # "blamed X": X too
            continue
        seen.add((c.start, c.end))
        key = "actor:" + fold(c.text)
        out.append(Cand(c.start, c.end, c.text, "Actor", "state", key, c.text, key=key, rank=1))
    return out
