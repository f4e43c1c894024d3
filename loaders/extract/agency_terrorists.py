""""Terrorists" in an agency's copy: the side the report names. State and partisan news
agencies call the other side "terrorists" throughout ("two citizens were martyred when
terrorists fired rocket shells on the city", "terrorist organizations positioned in the
countryside"), having named the group once ("terrorists of the so-called Jabhat al-Nusra").
In a report that names one armed group and calls that group so itself ("terrorists of the
so-called X", "the terrorist group X", "X terrorists") the word is that group, as bare
"militants" are (actor_regrouping.generic_to_named); where the report names none or several, or
never ties the word to the group it names, the word names no actor, as before it was read.

Cost: linear in candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.generic_sides import UNNAMED
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import event_actors, rule

KEY = "actor:terrorists"
# Generic dictionary sides that are no named group (loaders/data/actors/generic.yaml).
GENERIC_SIDES = UNNAMED | {KEY}
# The word tied to a group's name: before it ("terrorists of the so-called", "the terrorist group")
# or after it ("ISWAP terrorists").
_TIED_BEFORE = re.compile(r"(?i)\bterrorists?\s+(?:(?:group|organi[sz]ation|movement)\s+)?(?:of\s+)?(?:the\s+)?"
                          r"(?:so-called\s+)?[\"'\u201c\u2018]?\s*$")
_TIED_AFTER = re.compile(r"(?i)^\s*[\"'\u201d\u2019]?\s*(?:group\s+|'s\s+)?terrorists?\b")


def _tied(c: Cand, text: str) -> bool:
    """Does the report call group candidate `c` "terrorist" right beside its name?"""
    return bool(_TIED_BEFORE.search(text[max(0, c.start - 50):c.start]) or _TIED_AFTER.match(text[c.end:c.end + 20]))


def _without(cands: list[Cand]) -> list[Cand]:
    """`cands` without the agency's "terrorists" (the reading before this rule)."""
    return [c for c in cands if c.key != KEY]


@rule("actor.agency-terrorists-to-named", "an agency's 'terrorists' in a report naming one armed group, which it "
      "calls terrorist beside its name, are that group; elsewhere the word names no actor",
      pos=[("Terrorists of the so-called Islamic State group stormed a checkpoint near Deir ez-Zor on Monday. A "
            "soldier was wounded on Tuesday when terrorists fired mortar shells at the town of Mayadin.",
            (("Islamic State",), ("Islamic State",)))],
      neg=[("A soldier was wounded on Tuesday when terrorists fired mortar shells at the town of Mayadin.", ((),)),
           ("Fighters of the Islamic State group stormed a checkpoint near Deir ez-Zor on Monday. A soldier was "
            "wounded on Tuesday when terrorists fired mortar shells at the town of Mayadin.",
            (("Islamic State",), ())),
           ("Terrorists of the Islamic State group and of Jabhat al-Nusra stormed a checkpoint near Deir ez-Zor on "
            "Monday. A soldier was wounded on Tuesday when terrorists fired mortar shells at the town of Mayadin.",
            (("Hayat Tahrir al-Sham", "Islamic State"), ()))],
      probe=event_actors, off=lambda cands, text: _without(cands))
def terrorists_to_named(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` with each "terrorists" candidate made a mention of the report's one named armed
    group when `text` calls that group terrorist beside its name; dropped otherwise."""
    named = {c.group: c for c in cands if c.kind == "Actor" and c.type == "armed_group" and c.key
             and c.key not in GENERIC_SIDES}
    if len(named) != 1 or not any(_tied(c, text) for c in cands if c.group in named):
        return _without(cands)
    (one,) = named.values()
    return [replace(c, group=one.group, name=one.name, key=one.key, type=one.type) if c.key == KEY else c
            for c in cands]
