"""Sides tied to an incident in a sentence or a clause apart from it, in news copy: the
incident sentence names no doer ("gunmen attacked", "a drone dropped a grenade") and a later
sentence blames, accuses or claims.

- :func:`named_group`: "The army blamed the same group", "Police blamed the group": a
  definite "group" (or "movement", "militia") stands for the armed group the report named
  before, never for the description of the attackers ("gunmen", "armed men"), which the
  report uses because it does not know who they are. Used by definite_actors.definite_actor.
- :func:`weaken_label_sides`: a headline's label before a colon, a dash or a bar ("Syria: Car bomb kills 12",
  "Manipur: Two killed in firing") says where the story is, as a dateline does; the parse
  makes it the head of the clipped clause, so it was read as the incident's perpetrator, told
  by the report's voice, and outranked the body's accusation. It is tied as a guess, the
  weakest tie. (Dropping it outright also drops a label's own forces acting and air attacks
  under a state's label, which label_states.py keeps on purpose.) Used on title frames.

Pure functions; cost: a look at one entity, or one regex match per title frame.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.blame_verbs import BLAMED_BEFORE_SIDE
from sitgraph.loaders.extract.headline_labels import LABEL
from sitgraph.loaders.extract.rules import event_actors, nothing, yes
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.sides import GENERIC_KEYS

_SAME = ("The ADF, a group of Ugandan origin, is active in Beni territory. On Sunday, gunmen attacked the village "
         "of Mabalako, Congo, killing eight farmers. ")


@named_rule("claim.the-group-is-named", "'the army blamed the same group': a definite 'group' stands for the armed "
            "group named before, not for the description ('gunmen') of the attackers",
            pos=[(_SAME + "The army blamed the same group.", (("Allied Democratic Forces",),))],
            neg=[(_SAME + "The bishops condemned the attack.", (("unknown gunmen",),)),
                 ("On Sunday, gunmen attacked the village of Mabalako, Congo, killing eight farmers. The army blamed "
                  "the same group.", (("unknown gunmen",),))],
            probe=event_actors, off=yes)
def named_group(ent: Any) -> bool:
    """May a definite group noun stand for armed group `ent`: one the report names, not a
    description of unknown attackers?"""
    return ent.key not in GENERIC_KEYS


# The label: a name of one to four capitalised words opening the headline, then a colon, a dash
# or a bar (headline_labels.py, the reader label_states.py uses too).


@named_rule("actor.headline-label", "a headline's label before a colon ('Syria: Car bomb kills 12') says where the "
            "story is: a side named only there is at most a guess, which any claim, accusation or suspicion in the "
            "body outranks",
            pos=[("Haiti: Attack leaves 15 dead in Port-au-Prince suburb\n\nArmed men attacked a neighbourhood of "
                  "Port-au-Prince on Tuesday, killing 15 people, police said. A rights group blamed the 400 Mawozo "
                  "gang.",
                  (("400 Mawozo",),))],
            neg=[("Al-Shabaab bombs Mogadishu cafe, killing 6\n\nA suicide bomber blew himself up at a cafe in "
                  "Mogadishu on Sunday, killing six people. The government condemned the attack.",
                  (("al-Shabaab",),)),
                 ("Mali: soldiers killed 12 militants near Mopti", (("Mali",),))],
            probe=event_actors, off=nothing)
def weaken_label_sides(f: Any, table: Any) -> None:
    """Tie the actors of title frame `f` named only in its headline's label as inferred, the
    weakest tie (a side the body ties to the incident in any way wins over it; alone, the
    label's side stays as before)."""
    text = table.report.text
    m = LABEL.match(text, f.sent_start, f.sent_end)
    if m is None:
        return
    spans = table.in_span(f.sent_start, f.sent_end)
    for a in f.actors:
        own = [s for s, _e, eid in spans if eid == a]
        if own and all(s < m.end() for s in own):
            f.attribution = [t for t in f.attribution if t[0] != a]
            f.attribution.append((a, "inferred", None, text[f.sent_start:f.sent_end]))


# A verb of blame right before the name: the name is the side blamed, a party.
BLAMED_BEFORE = re.compile(rf"(?i)\b(?:{BLAMED_BEFORE_SIDE})[ \t]+\Z")


@named_rule("actor.country-blamed", "a country's name as the object of a blame ('Yerevan blamed Azerbaijan', "
            "'Islamabad accused India of the attack') is the state, a party, though no dictionary lists it",
            pos=[("A drone dropped a grenade near a farmhouse in the village of Tegh, Armenia, on Saturday, wounding "
                  "a shepherd. Yerevan blamed Azerbaijan.", (("Azerbaijan",),))],
            neg=[("A drone dropped a grenade near a farmhouse in the village of Tegh, Armenia, on Saturday, wounding "
                  "a shepherd. Azerbaijan condemned the attack.", ((),)),
                 ("Shells hit a school in the border village of Chong Chom on Monday, wounding three pupils, Thai "
                  "officials said. Bangkok has long blamed Cambodia for backing smugglers.", ((),))],
            probe=event_actors, off=lambda text, start: False)
def blamed_state(text: str, start: int) -> bool:
    """Does a verb of blame stand right before the country name starting at `start`?"""
    return BLAMED_BEFORE.search(text, max(0, start - 14), start) is not None
