"""The sections of an encyclopedic article about one attack that tell that attack: "The 2001
Tessa train attack was an ambush on a passenger train near Tessa ... on 10 August 2001." then,
under a heading "Attack", "At about nine in the morning a mine exploded under the locomotive
... Armed men then fired on passengers who fled the wreck", and under "Casualties", "The
government said the attack killed 41 people". Encyclopedia articles on attacks are laid out so
(a defining lead, then "Attack", "Casualties", "Perpetrators", "Aftermath"): the sentences of
the "Attack" section tell the defined attack step by step, each naming its own weapon (a mine,
then gunfire), without a date of their own. Read apart from the lead's paragraph, each became
an incident of its own, and the toll the "Casualties" section gives went to the last of them,
not to the attack the lead defines (defining_lead.py joins only the lead's own paragraph).

A frame joins the defined attack, one act (not "a series of attacks"), when it stands in a
section whose heading names the act or its toll ("Attack", "The attack", "Bombing", "Massacre",
"Casualties"), every heading between
the lead and it names a part of such an article (no dated entry of a list or timeline, no
"2 March 2004 - Tinsukia"), and it tells no other day, no place below a province the lead
lacks (a landmark such as a river the attackers came along is none), no named side the lead
lacks and marks itself apart from nothing ("a second", "days later"): the checks of
:func:`defining_lead.tells_defined`. A "Background" section's earlier
attack and a list's entries stay apart.

Cost: the report's layout (cached) and a regex look at the headings before the frame.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.defining_lead import defining_start, tells_defined
from sitgraph.loaders.extract.layout import dividing_headings, parse_layout, section_heading
from sitgraph.loaders.extract.rules import event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule

# A lead defining one act, not a series ("The 2019 X attacks were a series of attacks"; "was a wave of
# bombings"): the sections of an article about a series tell several attacks.
ONE_ACT = re.compile(r"(?i)^\W*the\s+(?:[\w'’.,–-]+\s+){0,8}?(?:attack|bombing|massacre|shooting|ambush|air\s?strike|"
                     r"strike|siege|raid|killing|assault|explosion|shelling|blast|hostage\s+crisis)\s+"
                     r"(?:was\s+(?:an?|the)\s+(?!series\b|wave\b|spate\b|string\b|number\b|succession\b)|"
                     r"took\s+place\b|occurred\b)")
# The heading of a section telling the attack itself or its toll.
TELLING = re.compile(r"(?i)^(?:the\s+)?(?:attacks?|assault|bombings?|shootings?|massacre|ambush|raid|siege|"
                     r"explosions?|blasts?|incident|events|casualties|victims|(?:attack|events)\s+and\s+casualties)$")

_LEAD = ("Kuito road ambush\n\nThe 1999 Kuito road ambush was an attack on a convoy of lorries near Kuito, in Bie "
         "Province, Angola, on 4 March 1999.\n\n")
_TOLD = ("Attack\n\nAt dawn a mine exploded under the first lorry of a convoy travelling from Huambo to Kuito. Armed "
         "men hidden beside the road then fired on the drivers who fled.\n\nCasualties\n\nThe government said the "
         "attack killed 23 people. Another 14 were wounded.\n")


@named_rule("assemble.attack-section", "in an article about one attack, a sentence under a heading that names "
            "the act or its toll ('Attack', 'Casualties') tells the attack the lead defines, whatever weapon it "
            "names, unless it tells another day, place or side",
            pos=[(_LEAD + _TOLD, ((23, 14, None),))],
            neg=[(_LEAD + "Background\n\nAt about nine in the morning on 3 May 1998 a mine exploded under a "
                  "train near Malo. Armed men then fired on passengers who fled the wreck.\n",
                  ((None, None, None), (None, None, None))),
                 (_LEAD + "Attack\n\nTwo days later, armed men fired on a bus near Huambo, killing five passengers.\n",
                  ((None, None, None), (5, None, None)))],
            probe=event_tolls, off=no)
def told_in_attack_section(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Is incident frame `f` (its sentence `text`) told in a section of the article whose lead
    defines attack `prev` (see the module's docstring)?"""
    if f.role != "incident" or prev.role != "incident" or f.kind != "Attack" or prev.kind != "Attack":
        return False
    full = table.report.text
    start = defining_start(prev, full)
    if start is None or f.sent_start <= start or not ONE_ACT.match(full[start:start + 300]):
        return False
    return _under_telling_heading(full, start, f.sent_start) and tells_defined(prev, f, text, table, landmarks=True)


def _under_telling_heading(full: str, start: int, at: int) -> bool:
    """Is offset `at` in a section of `full` whose heading is :data:`TELLING`, with only headings
    naming parts of an article (or telling ones) between offset `start` (the lead) and it?"""
    lay = parse_layout(full)
    index = {h.start: i for i, h in enumerate(lay.headings)}
    between = [index[h.start] for h in dividing_headings(lay, full) if start < h.start < at]
    if not between:
        return False
    words = [lay.heading_text(full, i) for i in between]
    return bool(TELLING.match(words[-1])) and all(
        TELLING.match(w) or section_heading(lay, full, i) for w, i in zip(words, between, strict=True))
