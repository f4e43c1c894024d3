"""One more victim named by whom they belong to, after "and": "killing a local commander and his
driver", "wounding a woman and her son", "shooting dead a journalist and his cameraman".

A list of a killing's objects adds a count after "and" ("a woman and her two children"); a
singular person told by a possessive and a noun of kin or of a role beside someone, with no
count, was left out, so the toll lost one. Such a noun is one person: the guide counts every
person killed or wounded. Only singular nouns of people are read (kin, a driver, a guard, an
aide, a colleague): "and his men", "and her family", "and their homes" stay uncounted. Inside
a list such a person may follow a comma ("a police officer, his wife and their three children",
toll.possessed-one-listed), never when a reporting verb follows ("a commander, his aide said").

:data:`POSSESSED_ONE` is the pattern :mod:`toll_phrases` accepts as the last object of such a
list, :data:`NOT_SPEAKER` what may not follow it inside the list; :func:`possessed_ones` counts
it for :func:`toll_figures._list_total`. Pure; two regexes.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls
from sitgraph.loaders.extract.speech_verbs import statement_verbs

# Singular nouns of one person beside another: kin and companions of a role.
_ONE_PERSON = (r"wife|husband|son|daughter|child|baby|infant|brother|sister|father|mother|nephew|niece|cousin|uncle"
               r"|aunt|grandson|granddaughter|grandfather|grandmother|fianc[eé]e?|partner|driver|bodyguard|guard"
               r"|escort|aide|assistant|deputy|colleague|companion|friend|cameraman|photographer|interpreter"
               r"|translator|fixer|neighbou?r|relative|guide|secretary|spokes(?:man|woman)")
POSSESSED_ONE = (rf"(?:his|her|their)\s+(?:(?:young|teenage|elderly|\d+-year-old|infant)\s+)?"
                 rf"(?:{_ONE_PERSON})\b(?!['’])")
_PART = re.compile(rf"(?i)\band\s+{POSSESSED_ONE}")
# Not the speaker of the sentence ("killing a commander, his spokesman said"): a statement's verbs
# (speech_verbs.STATEMENT) without "announced" and "stated", as the rule was measured; a person
# after a list of victims speaks with the plain verbs. Read by toll_phrases too.
NOT_SPEAKER = rf"(?!\s+(?:{statement_verbs(without={'announced', 'stated'})}))"
# ", his wife and their three children": inside the list, after a comma; not a speaker after it.
_LISTED = re.compile(rf"(?i),\s*{POSSESSED_ONE}{NOT_SPEAKER}(?=\s*(?:,|\band\b))")

POSSESSED = branch("toll.possessed-one-more", "'killing a local commander and his driver': a singular person told by "
                   "a possessive after 'and' is one more victim of the list",
                   pos=[("A drone struck a car near Qamishli on Monday, killing a local commander and his driver.",
                         ((2, None, None),)),
                        ("An Israeli strike hit a house in Khiam on Tuesday, wounding a woman and her son.",
                         ((None, 2, None),))],
                   neg=[("A drone struck a car near Qamishli on Monday, killing a local commander and his men.",
                         ((1, None, None),))],
                   probe=event_tolls, where="sitgraph.loaders.extract.toll_figures._list_total")


LISTED = branch("toll.possessed-one-listed", "'killing a police officer, his wife and their three children': a "
                "possessed person after a comma inside a list of victims is one more",
                pos=[("Gunmen raided a farm near Kauda on Monday, killing a farmer, his wife and their two sons.",
                      ((4, None, None),))],
                neg=[("Gunmen raided a farm near Kauda on Monday, killing a farmer, his brother said.",
                      ((1, None, None),))],
                probe=event_tolls, where="sitgraph.loaders.extract.possessed_victims.possessed_ones")


def possessed_ones(text: str) -> int:
    """How many possessed singular persons ("and his driver") the objects `text` hold; 0 while
    the rule is off."""
    if not enabled(POSSESSED):
        return 0
    return len(_PART.findall(text)) + (len(_LISTED.findall(text)) if enabled(LISTED) else 0)
