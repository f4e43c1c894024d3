"""A toll told over several acts at several scenes: "suicide bombers killed at least 20 people in
attacks on a school in a northern village and among pilgrims in Baghdad", "blasts at a market
in the north and at a checkpoint in the capital killed 14". Wire leads of any war sum a day's
acts before telling each one; the guide reads that figure as the day's total, an aggregate,
and each act told after keeps its own toll. Read as one incident, the sum would stand as the
toll of whichever act it joins (the largest figure given wins).

The cue is an attack noun in the plural whose scenes are two phrases joined by "and" with a
preposition each ("on X and among Y", "at X and at Y"): one act at two scenes is told with
one preposition ("on the school and the clinic"). Acts called coordinated or simultaneous
("coordinated suicide bombings at the airport and at the metro station killed 35") are one
planned incident at two scenes, as encyclopedic entries tell them: its toll is the incident's.

Pure; one pattern over the sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_roles, no, rule

# "attacks on a school in a village and among pilgrims in Baghdad", "blasts at a market ... and
# at a checkpoint": several acts, each scene with its own preposition.
_MANY_SCENES = re.compile(
    r"(?i)(?<!coordinated\s)(?<!simultaneous\s)(?<!coordinated\ssuicide\s)(?<!simultaneous\ssuicide\s)"
    r"\b(?:attacks|bombings|blasts|explosions|strikes|airstrikes|air\s+strikes|raids|shootings|suicide\s+attacks)"
    r"\s+(?:on|in|at|against|targeting|near|among)\s+[^.;:]{3,90}?,?\s+and\s+(?:another\s+)?"
    r"(?:on|in|at|against|targeting|near|among)\s+(?:the\s+|a\s+|an\s+)?[\w'’-]")


@rule("assemble.toll-over-acts", "'killed 20 people in attacks on a school in a village and among pilgrims in "
      "Baghdad': a toll over several acts at several scenes is the day's total, an aggregate",
      pos=[("Suicide bombers killed at least 20 people on Sunday in attacks on a school in Qabak and among pilgrims "
            "in Baghdad.", (("Attack", "aggregate"),))],
      neg=[("A suicide bomber killed at least 20 people on Sunday in an attack on a school and a clinic in Qabak.",
            (("Attack", "incident"),)),
           ("Airstrikes on the town of Ariha killed 12 people on Sunday.", (("Attack", "incident"),)),
           ("Coordinated bombings at the central station and at a hotel in Kampala killed 40 people on Sunday.",
            (("Attack", "incident"),))],
      probe=event_roles, off=no)
def toll_over_acts(own: str) -> bool:
    """Does `own` (a sentence's own clause) tell its toll over several acts at several scenes
    (:data:`_MANY_SCENES`)?"""
    return _MANY_SCENES.search(own) is not None
