"""Later dead told in a clause of their own after a sentence's toll: "Three people were killed
at once, and an elderly man died in hospital the following week", "nine passengers were killed
on the spot, and a tenth died of his wounds". The second clause tells who died after the first
count was made, so its dead come on top of that count (eval/GUIDE.md: the figure for the
incident, its later dead included). Before, the sentence's two counts were read as two figures
of one toll and the smaller kept (1 for the first example).

Only a subject that dies (not "was killed": "and a soldier was killed in Gao" may be another
attack) in a clause joined to the toll by "and" or "while", with a later death marked after
its verb (later, wounds or injuries, a hospital, the next or following day or week), or
"later" before it. The clause's figure is marked as more (toll_figures._add_figure), and the
sentence's toll is the plain count plus it (toll_parts.more_total); with a toll of its own
("bringing the toll to 12") that toll stands (numbers._without_added).

Cost: two anchored regex matches per dying subject figure.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_tolls, no, rule

# The clause joined to what came before: "..., and an elderly man", "while a fourth".
_JOINED = re.compile(r"(?i)(?:[,;]\s*|\s+)(?:and|while)\s*$")
# After the verb of dying, a later death: "died in hospital", "died of his wounds", "the following week".
_LATER_AFTER = re.compile(
    r"(?i)\s+(?:later\b|subsequently\b|overnight\b|(?:of|from)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:wounds|injuries|burns)\b"
    r"|(?:in|at)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}?(?:hospital|clinic)\b|(?:in|at)\s+(?:[A-Z][\w'-]*\s+){1,4}Hospital\b"
    r"|(?:the\s+)?(?:next|following)\s+(?:day|morning|week)\b|days\s+later\b)")
_DYING = re.compile(r"(?i)died|succumbed|passed\s+away|perished")
_LATER_BEFORE = re.compile(r"(?i)\b(?:later|subsequently)\s+$")

_LEAD = "Shells fell on a camp near Laiza on Friday night. "


@rule("toll.later-dead-clause", "'Three people were killed at once, and an elderly man died in hospital the following "
      "week': the later dead of a clause of their own come on top of the sentence's toll",
      pos=[(_LEAD + "Three people were killed at once, and an elderly man died in hospital the following week.",
            ((4, None, None),)),
           (_LEAD + "Nine passengers were killed on the spot, and a tenth later died of his wounds.",
            ((10, None, None),))],
      neg=[(_LEAD + "Three people were killed at once, and an elderly man died in hospital, bringing the toll to 3.",
            ((3, None, None),)),
           (_LEAD + "Two soldiers were wounded, and one later died in hospital.", ((1, 2, None),))],
      probe=event_tolls, off=no)
def later_dead_clause(masked: str, m: re.Match[str]) -> bool:
    """Does subject match `m` of `masked`, whose verb is one of dying, tell later dead in a
    clause joined to a toll before it ("..., and an elderly man died in hospital the following
    week")?"""
    if not _DYING.match(m["verb"]) or not _JOINED.search(masked, 0, m.start("n")):
        return False
    return bool(_LATER_AFTER.match(masked, m.end("verb")) or _LATER_BEFORE.search(masked, 0, m.start("verb")))
