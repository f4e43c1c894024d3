"""Local defence groups and police as a side of a clash: "local vigilantes clashed with the
retreating gunmen", "police and a local self-defence brigade clashed with gang members",
"vigilantes exchanged fire with the bandits". Security alerts and local dailies tell the pursuit of
attackers so; the parse reads no actor in the defence group (a capitalised "Vigilantes" even
becomes a place), so the clash is left with no side of its own.

A vigilante or self-defence group that is the subject of a verb of fighting (alone or
coordinated with another side) is a weak Actor candidate of its own (an armed group named by
its words, "local" left out); bare police fighting so act for their state, as their troops do, or
join the police force the report names (as acting_bodies.py reads police who arrest). Cost:
two regex scans of the text.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.acting_bodies import NAMED_POLICE
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors, none_found, rule

# A clash of two sides; a defence told as part of the attack ("police repulsed the attack") is left as it was.
_FIGHT = r"(?:clash(?:ed|es)\s+with|exchanged\s+(?:gun)?fire\s+with|fought(?:\s+with)?)\b"
# "police and a local self-defence brigade clashed": another side coordinated before the verb.
_OTHER = r"(?:\s+and\s+(?:an?\s+|the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)?"
_BODY = (r"(?:local\s+|armed\s+|community\s+)?(?:vigilantes|vigilante\s+(?:groups?|members)"
         r"|(?:self-defen[cs]e|vigilance|village\s+defen[cs]e|community\s+defen[cs]e)"
         r"\s+(?:brigades?|groups?|committees?|militias?|forces?))")
DEFENCE_FIGHTING = re.compile(
    rf"(?i:(?:^|(?<=[\s,;(\"\u201c]))(?:an?\s+|the\s+)?(?P<np>{_BODY}){_OTHER}\s+(?:also\s+|later\s+|then\s+)?{_FIGHT}"
    rf"|\band\s+(?:an?\s+|the\s+)?(?P<np2>{_BODY})\s+(?:also\s+|later\s+|then\s+)?{_FIGHT})")
POLICE_FIGHTING = re.compile(
    rf"(?:^|(?<=[\s,;(\"\u201c]))(?:[Tt]he\s+)?(?P<np>[Pp]olice|[Pp]olicemen)(?:\s+officers)?{_OTHER}\s+"
    rf"(?:also\s+|later\s+|then\s+)?(?i:{_FIGHT})")


@rule("actor.clashing-defence-police", "a vigilante or self-defence group, or bare police, fighting a clash "
      "('local vigilantes clashed with the gunmen', 'police and a self-defence brigade clashed with gang members') "
      "are actors",
      pos=[("Local vigilantes clashed with bandits near Gusau on Monday, killing two bandits.",
            ("bandits", "vigilantes")),
           ("Police and a self-defence brigade clashed with gang members in Croix-des-Bouquets on Monday.",
            ("Haiti", "gangs", "self-defence brigade"))],
      neg=[("Bandits attacked a village near Gusau guarded by vigilantes on Monday.", ("bandits",)),
           ("Police vehicles blocked the road to Croix-des-Bouquets on Monday.", ())],
      probe=actors, off=none_found)
def clashing_body_cands(text: str) -> list[Cand]:
    """Weak Actor candidates (rank 4) of `text`: vigilante and self-defence groups fighting a
    clash (an armed group each, named without "local"), and bare police fighting one (the police
    force the report names, else the state's forces)."""
    out = []
    for m in DEFENCE_FIGHTING.finditer(text):
        group = "np" if m["np"] else "np2"
        start, end = m.span(group)
        np = text[start:end]
        name = re.sub(r"(?i)^(?:local|armed|community)\s+", "", np)
        name = "vigilantes" if name.lower().startswith("vigilante") else name
        out.append(Cand(start, end, np, "Actor", "armed_group", "org:" + fold(name), name, rank=4))
    named = NAMED_POLICE.search(text) is not None
    for m in POLICE_FIGHTING.finditer(text):
        start, end = m.span("np")
        if named:
            out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "org:police", "Police", rank=4))
        else:
            out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "actor:government-forces",
                            "government forces", key="actor:government-forces", rank=4))
    return out
