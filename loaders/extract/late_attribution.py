"""The author of an incident told away from the attack, and the description that gives way
to it.

Encyclopedia articles, incident summaries and wire stories tell the attack first by what the
witnesses saw ("gunmen", "assailants", "a suicide bomber", "militants") and name its author
later, in a sentence or a section of its own: "X claimed responsibility two days later",
"officials blamed X", "survivors said the attackers were members of X". The sentence such a
statement stands in reaches the incident told last (extractor.py), which in a one-incident
text is often a part of it read as an event of its own ("The three gunmen and the bomber were
also killed.", "More than 1,200 residents fled.") rather than the incident the text is about.

- The parts of one incident read as events of their own are merged into it while the report is
  read (incident_parts.py), so a later statement reaches the incident itself. (Copying such a
  statement to every earlier frame of the incident as well lifted the readable sets but cost
  tolls and claims on a blind one: an attribution told later landed on incidents it did not
  name. It is not done.)
- :func:`fold_description`: once the named side has won over the description on an incident
  ("gunmen" yields to the group that claimed), the description's mentions in that incident's
  sentences are the side's (one actor per party: a group and its fighters are one actor)
  (its records, which told only that the text first called it so, are dropped).

Rules over assembled frames; cost O(frames^2) in the worst case, a few passes in practice.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.sides import GENERIC_KEYS, move_mentions
from sitgraph.loaders.extract.span_text import span_text


def description(eid: str, table: Any) -> bool:
    """Is `eid` a side named only by a description ("gunmen", "militants", "militiamen")?"""
    return table.entities[eid].key in GENERIC_KEYS


@named_rule("actor.description-yields", "the description of the attackers ('gunmen', 'militants') an "
            "incident named before its author was known is that author once a claim, accusation or "
            "identification names it: one actor, not two",
            pos=[("Gunmen killed 12 farmers in a village near Maiduguri on Saturday. Survivors said the attackers "
                  "were members of Boko Haram.", (("Boko Haram",),))],
            neg=[("Gunmen killed 12 farmers in a village near Maiduguri on Saturday. Boko Haram denied "
                  "involvement.", (("Boko Haram", "unknown gunmen"),)),
                 ("Gunmen believed to be Boko Haram militants killed 12 farmers in a village near Maiduguri on "
                  "Saturday.", (("Boko Haram",),))],
            probe=lambda x: (tuple(sorted(e.name for e in x.entities if e.kind == "Actor"
                                          and e.type == "armed_group")),),
            off=nothing)
def fold_description(f: Any, table: Any) -> None:
    """After reconciliation: when frame `f`'s perpetrator is one named armed side and a
    description that was tied to `f` has given way to it, the description's records are
    dropped (the side's own say how it is tied) and its mentions in `f`'s sentences become
    the side's mentions."""
    sides = [a for a in f.actors if table.entities[a].type in ARMED_TYPES and not description(a, table)]
    gone = {a for a, how, *_ in f.attribution if description(a, table) and a not in f.actors and how != "denied"}
    if len(sides) != 1 or not gone or gone & set(f.targets) or not _told_apart(f, sides[0], gone):
        return
    side = sides[0]
    f.attribution = [r for r in f.attribution if r[0] not in gone]
    for eid in gone:
        move_mentions(table, eid, side, [(f.sent_start, f.sent_end), *f.evidences])


# "saying the barrage was a response to an army raid", "in revenge for the killing of": what
# follows is the act answered, told inside the statement.
ANSWER = re.compile(r"(?i)\b(?:response|retaliation|revenge|reprisal|reply|answer)\s+(?:to|for)\b|\bto\s+avenge\b")


def _told_apart(f: Any, side: str, gone: set[str]) -> bool:
    """Is `side` tied to `f` by a sentence other than those that tied the descriptions `gone`
    (the author told away from the attack; one sentence naming both, "gunmen believed to be
    X", is the entity rules' to join)?"""
    told = {ev for a, _h, _b, ev in f.attribution if a in gone}
    return any(a == side and how != "denied" and ev not in told for a, how, _b, ev in f.attribution)


@named_rule("claim.answered-act-apart", "a claim of responsibility whose sentence tells only the act the attack "
            "answered ('saying it was a response to an army raid the day before') is a claim of the attack told "
            "before, not of that act",
            pos=[("On 14 November 2007, militants fired six rockets at the town of Sderot, Israel, wounding three "
                  "people. Islamic Jihad claimed responsibility, saying it was revenge for an Israeli army raid in "
                  "Khan Younis the previous day.", (("Palestinian Islamic Jihad",), ("Israel",)))],
            neg=[("On 14 November 2007, militants fired six rockets at the town of Sderot, Israel, wounding three "
                  "people. Islamic Jihad claimed responsibility for an army raid in Khan Younis the previous day.",
                  (("Palestinian Islamic Jihad",), ("Palestinian Islamic Jihad",)))],
            probe=event_actors, off=lambda found, sent: found)
def told_as_own(found: list[Any], sent: Any) -> list[Any]:
    """The frames of sentence `sent` (its parse) told as its own incidents: not those whose
    every trigger comes after a phrase naming what an act answered ("a response to", "in
    revenge for"), the earlier act a statement recalls."""
    m = ANSWER.search(span_text(sent))
    if m is None:
        return found
    at = sent.start_char + m.start()
    doc = sent.doc
    return [f for f in found if not f.triggers or any(doc[i].idx < at for i in f.triggers)]
