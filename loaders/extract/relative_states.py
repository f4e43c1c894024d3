"""A period told of the thing struck, not of the act: "gunmen set fire to the health centre,
which had been closed since August", "an airstrike hit a school, which has sheltered
displaced families since October".

An attack told with "since" and no toll is a pattern over a period ("the army has shelled
villages since January", roles.py), and a relative clause set off by two commas was already
left out of that reading. A relative clause that closes the sentence says what the target or
place has been all along, in every outlet's style; its "since" dates that state, not the act.
:func:`without_final_relative` drops such a clause before the period is looked for; the clause
is kept when it tells an act itself ("which the army has shelled since January": an act verb
inside it), so a pattern told there still reads as one.

Cost: two regular-expression searches per frame's sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_roles, rule

# ", which had been closed since August." to the end of the sentence.
FINAL_RELATIVE = re.compile(r",\s+(?:which|where|who|whose)\b[^,;]*\s*$")
# Verbs of attack inside the clause: then it tells the pattern itself, not a state.
ACT_IN_CLAUSE = re.compile(
    r"(?i)\b(?:attack|shell|bomb|strik|struck|hit|fir(?:ed|ing)|shot|shoot|raid|burn|torch|loot|kill|wound|"
    r"seiz|captur|overr[au]n|besieg|fought|fight|clash|pound|target|abduct|kidnap)\w*")


@rule("assemble.since-of-the-target", "a 'since' in a relative clause closing the sentence ('the clinic, which "
      "had been closed since August') dates the target's state, not the act: the act stays an incident",
      pos=[("Gunmen set fire to the Nyala health centre, which had been closed since June.",
            (("Attack", "incident"),))],
      neg=[("The army has shelled villages near Kidal, which rebels have attacked since January.", ()),
           ("The army has shelled villages near Kidal since the start of its offensive.", ())],
      probe=event_roles, off=lambda sentence: sentence)
def without_final_relative(sentence: str) -> str:
    """`sentence` less a relative clause that closes it, unless that clause tells an act."""
    m = FINAL_RELATIVE.search(sentence.rstrip(" .\n"))
    if m is None or ACT_IN_CLAUSE.search(m.group(0)):
        return sentence
    return sentence[:m.start()]
