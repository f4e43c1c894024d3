"""The attackers' own end, told after the attack: "A third bomber was killed before he could
detonate his vest", "One of the gunmen was shot dead by a guard", "All seven attackers were
killed by the army", "Security forces shot dead all four attackers". Encyclopedia articles,
incident summaries and wire copy close an attack so in any war: the dead are the attackers
told before (a definite, counted or ordinal phrase), so the sentence is a part of that attack
(its dead on top of the victims) and whoever killed them (the army, a guard, the police)
defends; it is never the attack's author.

Cost: two regex scans of a sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.rules import event_actors, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, nouns_alternation

_FRONT = r"^\W*(?:(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+)?"
# Those who did it (loaders/data/words.yaml), and hijackers.
_ATTACKERS = rf"(?:(?:suicide\s+)?(?:{nouns_alternation(DOER_NOUNS)})|hijackers?)"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|remaining|other)"
# The attackers' count: a figure below a hundred (not a year, not a toll).
_COUNT = rf"(?:(?!\d{{3}}){FIGURE})"
# "A third bomber was killed", "One of the attackers was shot dead", "Another gunman blew himself up":
# one (or some) of the attackers told before, dead.
SOME_OF_THEM = re.compile(
    _FRONT + rf"(?:(?:a|the)\s+{_ORDINAL}|another|{_COUNT}\s+(?:more\s+)?of\s+the|(?:all\s+)?{_COUNT}\s+other|"
    rf"the\s+other)\s+(?:\w+\s+)?{_ATTACKERS}\s+(?:was|were|had\s+been|died|blew)\s+(?:also\s+)?"
    r"(?:killed|shot|died|dead|neutrali[sz]ed|gunned|himself|herself|themselves|up)?", re.IGNORECASE)
# "Security forces shot dead all four attackers", "commandos killed the three gunmen": the
# defence ends the attack; its subject is no author of it. Only the attackers told before
# ("all", "the", "both"): "killed 20 militants" may be a figure of the defence's own.
KILLED_THEM = re.compile(
    rf"\b(?:shot\s+dead|killed|neutrali[sz]ed|gunned\s+down)\s+(?:all\s+(?:the\s+)?|the\s+|both\s+)(?:{_COUNT}\s+|"
    rf"{_ORDINAL}\s+)?(?:of\s+the\s+)?{_ATTACKERS}\s*(?:[.,;]|$|\s+(?:inside|in\s+the|after|before|during|as|when))",
    re.IGNORECASE)

# A subordinating word before the verb: the end of the attackers is not what the sentence tells.
LEAD_IN = re.compile(r"(?i)\b(?:before|after|until|when|once|as|while)\b")


@named_rule("assemble.attackers-end", "'A third bomber was killed', 'All seven attackers were killed by the army', "
            "'Security forces shot dead all four attackers': the attackers' end is a part of the attack; whoever "
            "killed them defends and is no author",
            pos=[("On 2 March 2018, gunmen attacked a hotel in Ouagadougou, Burkina Faso, killing eight "
                  "civilians. Security forces shot dead all four attackers.", (("unknown gunmen",),))],
            neg=[("On 2 March 2018, gunmen attacked the French embassy in Ouagadougou, Burkina Faso, killing eight "
                  "soldiers. The army killed the four attackers in a raid on a house in Kaya the next day.",
                  (("unknown gunmen",), ("Burkina Faso",)))],
            probe=event_actors, off=no)
def attackers_end(text: str) -> bool:
    """Does sentence `text` tell the end of attackers told before (some or all of them dead)?
    (The definite subject "The three gunmen were also killed" is incident_parts.ATTACKERS_DEAD's.)"""
    if SOME_OF_THEM.match(text) is not None:
        return True
    m = KILLED_THEM.search(text)
    # "The assault lasted two hours before security forces killed the attackers": the sentence
    # tells the assault; the attackers' end is only its close (restatements.py reads it)
    return m is not None and LEAD_IN.search(text[:m.start()]) is None
