"""The flight an attack caused, told in the sentence after it ("More than 900 residents fled
to Monguno", "officials put the toll at 68 and said 1,200 residents had fled"). Encyclopedia
articles, incident summaries and relief bulletins tell the flight between the attack and what
is said of it later; the flight is an event of its own (a Displacement) but it has no dead and
no author of its own:

- a death toll told beside the flight is the toll of the attack told before it
  (:func:`toll_beside_flight`);
- a claim, an accusation or an identification of the attackers told after the flight speaks of
  the attack, the act that has attackers (:func:`of_attack`);
- an accusation or a denial told after an agreement speaks of no agreement (an agreement has
  parties, not attackers): it is no statement of the agreement's, and its speaker is no source
  of it unless the sentence names an agreement (:func:`of_agreement`).

Cost: a scan back over the frames read so far, to the last incident.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.merging import add_toll, last_with_role, toll_gap
from sitgraph.loaders.extract.roles import apart
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, event_claimers, event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.sentence_frames import grounded

# Kinds of incident that have attackers a statement can name.
ATTACK_KINDS = ("Attack", "Abduction")


def _flight_only(found: list[Any], table: Any) -> bool:
    """Does the sentence ground frames, all of them a flight?"""
    told = [f for f in found if grounded(f, table)]
    return bool(told) and all(f.kind == "Displacement" for f in told)


@named_rule("toll.beside-flight", "'officials put the toll at 68 and said 1,200 residents had fled': the dead told "
            "beside the flight an attack caused are the attack's",
            pos=[("Gunmen attacked the village of Kukawa in Borno State, Nigeria, on 4 September 2016. Officials "
                  "later put the toll at 40 and said 900 residents had fled to Monguno.",
                  ((40, None, None), (None, None, 900)))],
            neg=[("Gunmen attacked the village of Kukawa in Borno State, Nigeria, on 4 September 2016. Officials "
                  "later said 900 residents had fled to Monguno.", ((None, None, None), (None, None, 900)))],
            probe=event_tolls, off=no)
def toll_beside_flight(frames: list[Any], found: list[Any], counts: Any, text: str, i: int, table: Any) -> bool:
    """When sentence `i` (its `text`, its `counts`) tells a flight and a death toll but no
    attack, and an attack was told at most two sentences before (nothing between): that
    attack takes the toll. True when it did."""
    if not counts.killed or not _flight_only(found, table) or apart(text):
        return False
    prev = last_with_role(frames, ("incident",))
    if prev is None or prev.kind != "Attack":
        return False
    gap = toll_gap(prev, i, frames)
    if gap is None or gap > 2:
        return False
    add_toll(prev, counts, text)
    return True


AGREEMENT_UNACCUSED = branch(
    "claim.agreement-unaccused", "'Moscow denies its troops are involved' told after an agreement: no statement or "
    "source of the agreement's, whose parties are no attackers",
    pos=[("The Arusha accord signed on 4 August 1993 never held. Kigali denies its troops are involved in the "
          "fighting.", ((),)),
         ("Kenyatta hopes the truce, part of a peace plan signed on 12 May, will hold. Kinshasa attributed its losses "
          "to Rwandan troops reinforcing the M23. Kigali denies its troops are involved in the fighting.", ((),))],
    neg=[("Gunmen attacked the village of Kukawa in Borno State, Nigeria, on 4 September 2016, killing 40 people. "
          "The army accused Boko Haram.", (("Nigeria",),))],
    probe=event_claimers, where="sitgraph.loaders.extract.flight_after.of_attack")


@named_rule("claim.attack-not-flight", "'Survivors said the attackers were members of X' after the flight an attack "
            "caused: X is the attack's author, not the flight's",
            pos=[("Gunmen attacked the village of Kukawa in Borno State, Nigeria, on 4 September 2016, killing 40 "
                  "people. More than 900 residents fled to Monguno. Survivors said the attackers were members of "
                  "Boko Haram.", (("Boko Haram",), ()))],
            neg=[("Gunmen attacked the village of Kukawa in Borno State, Nigeria, on 4 September 2016, killing 40 "
                  "people. More than 900 residents fled to Monguno. Officials said the flight was organised by "
                  "Boko Haram.", (("unknown gunmen",), ()))],
            probe=event_actors, off=lambda frames, back: back)
def of_attack(frames: list[Any], back: Any) -> Any:
    """The event a statement told after `back` (the event it would reach) speaks of: when
    `back` is a flight, the last attack or abduction told before it; else `back`."""
    if back is not None and back.kind == "Agreement" and enabled(AGREEMENT_UNACCUSED):
        return None  # "Moscow denies its troops are involved": of the fighting, not of the truce
    if back is None or back.kind != "Displacement" or back.role != "incident":
        return back
    for f in reversed(frames):
        if f is not back and f.role == "incident" and f.kind in ATTACK_KINDS:
            return f
    return back


# Words naming an agreement: a sentence using none speaks of something else than the one told before.
AGREEMENT_WORDS = re.compile(r"(?i)\b(?:agreement|accord|deal|truce|cease-?fire|pact|treaty|protocol|memorandum|"
                             r"declaration|plan|talks|signing|signed)\b")


def of_agreement(back: Any, text: str) -> Any:
    """The event whose sources the speakers of sentence `text` are, when `back` is the event
    told last: `back`, unless it is an agreement and `text` names none ("Moscow denies its
    troops are involved in the fighting" speaks of the fighting)."""
    if back is not None and back.kind == "Agreement" and enabled(AGREEMENT_UNACCUSED) and \
            not AGREEMENT_WORDS.search(text):
        return None
    return back
