"""The attackers' dead counted by a pronoun after the responders went after them: "troops
pursued the attackers into the forest and 'neutralised' six of them", "residents chased the
gunmen and killed two of them". Army and police statements in any war tell the victims first,
then the attackers killed in the pursuit; "them" are the attackers named as the object of the
pursuit, so the count is theirs and comes on top of the victims (the guide counts combatants'
and civilians' deaths of an incident alike), as "repelled the attackers, killing eight of them"
already does (toll_figures.py).

What joins: an attackers' noun ("attackers", "gunmen", "assailants", "raiders" ...), an optional
place the pursuit went to ("into the forest", "towards the border"), then "and" and the verb.
What stays apart: "them" after any other noun ("shot at a crowd of traders and killed nine of
them": the victims), and fighters named by a side's noun ("chased the rebels and killed five of
them"), where the rebels may be the struck side of a raid.

The same holds of the dead named as the doers in a relative clause ("its forces killed 18
militants who attacked a post"): :func:`killed_who_attacked`.

Pure; one regex on the text before the verb or after its object.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls
from sitgraph.loaders.extract.wordlists import noun_alternation

# The attackers as the object of the pursuit, then a place it went to, then "and" before the verb
# (a quote mark may open the verb: officials' words are quoted, "neutralised").
_PURSUED_BEFORE = re.compile(
    rf"(?i)\b(?:{noun_alternation('attacker_nouns', 'plural')}|hostage[\s-]takers)"
    r"(?:\s+(?:back\s+)?(?:into|to|towards?|across|through|up\s+to|as\s+far\s+as)\s+(?:the\s+|a\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?"
    r"\s*,?\s+and\s+(?:then\s+|later\s+|eventually\s+)?[\"“'‘]?\s*$")

PURSUED = branch("toll.pursued-attackers", "'troops pursued the attackers into the forest and killed six of them' "
                 "after the victims' toll: the attackers' dead, on top of the victims",
                 pos=[("Gunmen attacked the village of Tera on Sunday, killing 12 villagers. Soldiers pursued the "
                       "attackers into the bush and killed five of them.", ((17, None, None),))],
                 neg=[("Gunmen attacked the village of Tera on Sunday, killing 12 villagers. Soldiers pursued the "
                       "rebels into the bush and killed five of them.", ((12, None, None),))],
                 probe=event_tolls, where="sitgraph.loaders.extract.toll_figures._of_the_attackers_before")


# "killed 18 militants who attacked a post": the dead are the doers of the attack the clause tells.
_WHO_ATTACKED = re.compile(
    r"(?i)\s+(?:who|that)\s+(?:had\s+)?(?:(?:tried|attempted)\s+to\s+)?(?:attack|storm|raid|ambush|assault|overrun)"
    r"(?:ed|s)?\b")

WHO_ATTACKED = branch("toll.killed-who-attacked", "'its forces killed 18 militants who attacked a post': the dead are "
                      "the attackers, counted once beside a headline's 'killing 18 attackers'",
                      pos=[("Troops repel militant raid on Sela, killing 12 attackers\n\nThe army said its forces "
                            "killed 12 militants who attacked a police post at Sela on Friday.\n\nThree policemen "
                            "were also killed.", ((15, None, None),))],
                      neg=[("Troops repel militant raid on Sela, killing 12 attackers\n\nThe army said its forces "
                            "killed 12 militants who were hiding near a police post at Sela on Friday.\n\nThree "
                            "policemen were also killed.", ((27, None, None),))],
                      probe=event_tolls, where="sitgraph.loaders.extract.toll_figures._attackers_counted")


def killed_who_attacked(after: str) -> bool:
    """Does `after`, the text right after a killing verb's counted object ("killed 18
    militants"), say they were the ones who attacked ("who attacked a post")?"""
    return enabled(WHO_ATTACKED) and _WHO_ATTACKED.match(after) is not None


def pursued_attackers_before(before: str) -> bool:
    """Does `before`, the text of a sentence before a killing verb whose object is "N of them",
    end with the attackers as the object of a pursuit ("pursued the attackers into the forest
    and")? Then "them" are the attackers."""
    return enabled(PURSUED) and _PURSUED_BEFORE.search(before) is not None
