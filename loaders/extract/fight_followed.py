"""The incident's own fight told as having followed it: "Insurgents attacked a district
headquarters on Sunday, killing three policemen. Security forces killed 15 insurgents in the
gunbattle that followed." Army, police and wire copy tell a raid, then the defenders' side of
it, and the fight "that followed" or "that ensued" is the raid itself, not a strike of its own.
A strike, a raid or an operation that followed ("in air strikes that followed", "in a follow-up
operation") stays another act: only fight nouns are read here, and only when the phrase is
the fight's own setting ("in/during the ... that followed").

Used by :mod:`retellings`: such a sentence is a side's account of the incident told before
(merged into it when no place or day sets it apart), the attackers it counts dead are added to
the incident's toll, and its "that followed" is no longer the mark of a later act.
Cost: one regular-expression substitution per sentence tested.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.roles import NUM_WORD
from sitgraph.loaders.extract.rules import event_tolls, no, rule
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, nouns_alternation

# Fight nouns: an exchange between the attackers and those they attacked, never a strike one
# side made ("air strikes", "raids", "an operation").
_FIGHT_NOUNS = (r"(?:fighting|fight|gun\s?fight|fire\s?fight|gun\s?battles?|battles?|clash(?:es)?|shoot-?outs?"
                r"|exchanges?\s+of\s+(?:gun)?fire|encounter|skirmish(?:es)?)")
# "in the gunbattle that followed", "during the clashes that ensued", "in the ensuing shootout":
# the fight named as the setting of the clause's act.
FIGHT_THAT_FOLLOWED = re.compile(
    rf"(?i)\b(?:in|during)\s+(?:the|a|an)\s+(?:(?:ensuing|subsequent)\s+(?:[\w-]+\s+)?{_FIGHT_NOUNS}"
    rf"|(?:[\w-]+\s+){{0,2}}?{_FIGHT_NOUNS}\s+that\s+(?:followed|ensued))\b")
# The attackers' side counted dead: "killed 15 insurgents", "shot dead nine of the gunmen",
# "12 militants were killed". A bare number of people ("killed 15 people") is not read.
_FOES = rf"(?:{nouns_alternation(DOER_NOUNS, 'plural')})"
FOES_KILLED = re.compile(
    rf"(?i)\b(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated)\s+(?:at\s+least\s+|more\s+than\s+)?"
    rf"(?:\d[\d,]*|{NUM_WORD})\s+(?:of\s+the\s+)?(?:[\w-]+\s+){{0,2}}?{_FOES}\b"
    rf"|\b(?:\d[\d,]*|{NUM_WORD})\s+(?:[\w-]+\s+)?{_FOES}\s+(?:were|was)\s+(?:also\s+)?(?:killed|shot\s+dead)\b")


@rule("assemble.fight-that-followed", "'Security forces killed 15 insurgents in the gunbattle that followed' after "
      "an attack: the attack's own fight, told from the defenders' side, its dead on top of the attack's toll",
      pos=[("Insurgents attacked a district headquarters in Ghazni on Sunday, killing three police officers. "
            "Security forces killed 15 insurgents in the gunbattle that followed, the governor's spokesman said.",
            ((18, None, None),))],
      neg=[("Insurgents attacked a district headquarters in Ghazni on Sunday, killing three police officers. "
            "Security forces killed 15 insurgents in air strikes that followed in Helmand, the governor's spokesman "
            "said.", ((3, None, None), (15, None, None)))],
      probe=event_tolls, off=no)
def foes_killed_in_own_fight(text: str) -> bool:
    """Does sentence `text` count the attackers' dead in the fight named as having followed
    the incident told before ("killed 15 insurgents in the gunbattle that followed")?"""
    return FIGHT_THAT_FOLLOWED.search(text) is not None and FOES_KILLED.search(text) is not None
