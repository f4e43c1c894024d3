"""The attacking side's dead told by its own noun after its attack: "Al-Shabaab militants attacked
a bus near Witu, killing four passengers. One suspected militant was killed in the exchange of
fire." Police bulletins, army statements and wire copy of every war tell the attack's victims
first and then the attackers who fell to the responders, naming them as fighters ("militant",
"insurgent", "jihadist", "terrorist", "bandit", "rebel") rather than as "the attackers". The
guide counts combatants' and civilians' deaths of an incident alike, so they come on top of the
victims (4 + 1), as "one of the attackers was killed" already does.

- :func:`fighters_counted`: does the killed figure of a sentence count fighters ("one suspected
  militant", "three terrorists", "two of the insurgents")?
- :func:`fighters_own_dead`: the dead of a frame merged into an incident that are such fighters,
  when the frame names no side of its own and the incident's victims were not fighters (then
  "two militants were killed" is more of the same count, the larger figure kept). A frame whose
  only side is the incident's attackers ("Police repulsed the attack and two militants were
  killed": the dead fighters read as the clause's side) names no side of its own either.
- toll.fighters-first-then-defenders: where the fighters' dead are told before any victim ("...
  attacked an army post. Troops repelled the assault, 'neutralising' 15 terrorists."), they are
  kept apart as the attackers' dead, so the struck side's dead told next ("Three soldiers were
  killed") come on top; an army's "neutralised" count is read only here (:func:`fighters_neutralised`),
  since after the victims it is as often the attacking army's own count of them.

Pure; one regex on the figure's phrase.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls, nothing, rule
from sitgraph.loaders.extract.wordlists import noun_alternation

# The figure's phrase counts fighters: "one suspected militant", "two of the insurgents",
# "three Boko Haram terrorists" (a name of up to three words may qualify them).
_FIGHTER_NOUN = (
    r"(?i:(?:of\s+)?(?:the|their|its)\s+)?(?i:(?:suspected|armed|alleged|other|more|islamist|jihadist)\s+)*"
    r"(?:[A-Z][\w'’-]*\s+){0,3}"  # a side's name, capitalised ("Taliban", "Boko Haram")
    rf"(?i:{noun_alternation('fighter_nouns')})\b")
_FIGHTERS = re.compile(
    # the verb or a qualifier before the count, as the figure's phrase begins ("killed 27", "only three")
    r"^(?:(?i:killed|killing|kills|shot\s+dead|only|also|some|at\s+least|more\s+than)\s+){0,2}\S+\s+"
    + _FIGHTER_NOUN)
# An army's word for the enemies it killed, quoted or not: "\"neutralising\" 15 terrorists". Whose
# dead they are depends on who says it: the attackers' where they were repelled, the victims' where
# the attacking army tells its own strike, so only toll.fighters-first-then-defenders reads them.
_NEUTRALISED = re.compile(r"^[\"“”]?(?i:neutrali[sz](?:ed|ing|es))[\"“”]?\s+\S+\s+" + _FIGHTER_NOUN)


def fighters_counted(text: str, span: tuple[int, int] | None) -> bool:
    """Does the killed figure read at `span` of sentence `text` count fighters?"""
    if span is None:
        return False
    return _FIGHTERS.match(text[span[0]:span[1]]) is not None


def fighters_neutralised(text: str, span: tuple[int, int] | None) -> bool:
    """Does the killed figure read at `span` of sentence `text` count fighters an army says it
    "neutralised"? False for no span. Cost: one anchored match on the figure's few words."""
    return span is not None and _NEUTRALISED.match(text[span[0]:span[1]]) is not None


OWN_SIDE_NAMED = branch(
    "toll.fighters-own-side-named", "'Police repulsed the attack and two militants were killed' after the "
    "militants' attack on a post: the fighters read as the clause's side are the attackers' own dead, on top",
    pos=[("Militants attacked a police post in Zorka on Tuesday, killing three policemen. Police repulsed the "
          "attack and two militants were killed in retaliatory fire.", ((5, None, None),))],
    neg=[("Troops raided a militant hideout in Zorka on Tuesday, killing three militants. Police repulsed an "
          "attack and two militants were killed in retaliatory fire.", ((3, None, None),))],
    probe=event_tolls, where="sitgraph.loaders.extract.fighters_dead.fighters_own_dead")


FIGHTERS_FIRST = branch(
    "toll.fighters-first-then-defenders", "'... attacked an army post. Troops repelled the assault, killing 15 "
    "terrorists. Three soldiers were killed.': the attackers' dead told before any victim are kept apart, and the "
    "struck side's dead told after come on top of them",
    pos=[("Gunmen attacked an army post near Kaya on Monday. Troops repelled the assault, killing 15 terrorists. "
          "Three soldiers were killed.", ((18, None, None),))],
    neg=[("Gunmen attacked an army post near Kaya on Monday. Troops repelled the assault, killing 15 terrorists. "
          "More than 300 soldiers have been killed since January.", ((15, None, None), (300, None, None)))],
    probe=event_tolls, where="sitgraph.loaders.extract.fighters_dead.fighters_own_dead")


@rule("toll.fighters-own-dead", "'One suspected militant was killed in the exchange of fire' after the militants' "
      "attack on a bus: the attacking side's dead come on top of its victims",
      pos=[("Al-Shabaab militants attacked a passenger bus near Witu on Saturday, killing four passengers. One "
            "suspected militant was killed in the exchange of fire.", ((5, None, None),))],
      neg=[("Troops raided a militant camp near Bannu on Saturday, killing four militants. Two militants were "
            "killed in the exchange of fire.", ((4, None, None),))],
      probe=event_tolls, off=nothing)
def fighters_own_dead(prev: Any, f: Any) -> int | None:
    """The dead of frame `f`, merged into incident `prev`, when they are fighters of `prev`'s
    attacking side told on top of its victims: `f` counts fighters and names no side of its
    own, and `prev`'s own dead are no fighters. None otherwise."""
    if not f.killed or f.attackers_killed or not (f.fighters_dead or f.fighters_neutralised) or f.targets:
        return None
    # "Police repulsed the attack and two militants were killed": the dead fighters read as the
    # clause's side are the attackers themselves, no side of the frame's own.
    if f.actors and not (enabled(OWN_SIDE_NAMED) and set(f.actors) <= set(prev.actors)):
        return None
    # `prev` may be a clause of the attack naming no side yet ("The attackers opened fire, killing
    # four"): its victims, not its perpetrators, are what the fighters' dead are set against.
    if prev.fighters_dead or set(prev.actors) & set(prev.targets):
        return None
    return f.killed if f.fighters_dead and prev.killed else _before_victims(prev, f)


def _before_victims(prev: Any, f: Any) -> int | None:
    """"... attacked an army post. Troops repelled the assault, neutralising 15 terrorists.": the
    attackers' dead told before any victim of `prev` (an attack on a side) are kept apart, so the
    struck side's dead told next come on top (toll.fighters-first-then-defenders)."""
    if prev.killed or not enabled(FIGHTERS_FIRST):
        return None
    return f.killed if prev.targets and prev.actors else None


def fighters_told_after(f: Any, counts: Any, sentence: str) -> bool:
    """A sentence telling only a toll after incident `f` ("One suspected militant was killed."):
    add its dead to `f`'s when they are fighters of `f`'s attacking side (as
    :func:`fighters_own_dead`); True when it did."""
    if not counts.killed or counts.attackers_killed or not fighters_counted(sentence, counts.killed_span):
        return False
    if not f.actors or f.fighters_dead or not f.killed or f.attackers_killed or set(f.actors) & set(f.targets):
        return False
    f.killed += counts.killed
    f.attackers_killed = counts.killed
    return True
