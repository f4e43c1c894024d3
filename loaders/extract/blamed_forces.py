"""A bare force word blamed: "Residents blamed the security forces", "accused soldiers of",
"blamed the strike on troops".

Features, monitoring updates and wires tell a drone or shell strike with no doer and give the
blame in the next sentence, naming the side by what it is, not by its name. The blame machinery
(attribution.py) ties an incident to the entity its blame names, but a bare force word became an
entity only when it acted (:mod:`forces`: "troops killed", "by the army"), so a blamed "the
security forces" named no one and the strike kept no doer, though gold gives it the state (the
guide's "security forces", "the army" of the report's country are its state).

Only the bare words of :mod:`forces` ("troops", "soldiers", "security forces", "armed forces",
"army" and "military" with no article; "the army", "the military", "the junta" are left to
:mod:`definite_forces`, which finds the forces the report named with that word), right after
"blamed"/"accused" or after "on" in "blamed the attack on ...". Whether the blame is of an
attack and who speaks stays with the blame rules. A blame after a denial in its sentence, or
after "to", is skipped; a demonym or another side's name before the word ("Russian troops", "RSF
soldiers") is a named actor, not read here.

Cost: one regex scan of the text.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.definite_forces import FORCE_NOUNS
from sitgraph.loaders.extract.forces import BARE_FORCE_WORDS
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors, none_found, rule

BLAMED = re.compile(
    rf"\b(?:blam(?:ed|es|e|ing)|accus(?:ed|es|e|ing))\s+(?:(?:the|an?|this|that|it|them)\b[^.;:!?\n]{{0,40}}?\bon\s+)?"
    rf"(?:the\s+)?(?P<w>(?i:{BARE_FORCE_WORDS}))\b(?!['\u2019])")
# A denier's counter-accusation ("denied that his fighters were involved and accused the army of
# staging the attack") and a pretext ("fired the rockets to blame the army") blame no one the
# report's sources hold to it: the same sentence's words before the verb are looked at.
_DENIAL = re.compile(r"\b(?:den(?:y|ied|ies|ying)|reject(?:ed|s)?|disown(?:ed|s)?|never)\b|\bto\s*$", re.IGNORECASE)


@rule("actor.blamed-force-word", "a bare force word blamed ('Residents blamed the security forces') is the state's "
      "forces",
      pos=[("Residents blamed the security forces for the strike.", ("civilians", "government forces"))],
      neg=[("Residents blamed the strike on the Russian army.", ("Russia", "civilians"))],
      probe=actors, off=none_found)
def blamed_force_cands(text: str) -> list[Cand]:
    """Weak Actor candidates of the generic state-forces actor for bare force words after a
    blame verb. Rank 4, as in :mod:`forces`: a named actor over the same words wins."""
    out = []
    for m in BLAMED.finditer(text):
        opening = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
        if _DENIAL.search(text[opening + 1:m.start()]):
            continue
        start, end = m.span("w")
        if m.group("w").lower() in FORCE_NOUNS and text[max(0, start - 4):start].lower() == "the ":
            continue  # "blamed the military": definite_forces.py finds the forces the report named so
        out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "actor:government-forces",
                        "government forces", key="actor:government-forces", rank=4))
    return out
