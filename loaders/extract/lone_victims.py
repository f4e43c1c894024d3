"""One victim told by a role, without a count: an office or a rank ("a drone strike killed the
militia's deputy commander", "M23 commander Bosco Kalume was killed"), a vehicle's or a place's
person ("killing the driver", "killing its rider") or a tie of kin ("wounding his wife"). Wire
copy tells the death of a commander or a cleric without a count, and an attack on a car or a
motorcycle often has one victim told by what that person was to the vehicle or to another
victim; the guide counts every person killed or wounded, so each such person is one of the dead
(or the wounded). The nouns are one list, ``victim_roles`` in words.yaml.

:func:`role_figures`, a reader of :mod:`numbers`, returns one figure of 1 per such person, a
part of the toll (``subset``): a count told beside it ("killing 14 villagers, among them the
village head") stays the toll, as for "he died"; victims counted after it with "and" ("the
commander and 12 of his fighters", "the driver and two passengers") are added to it. An article
("killed a commander") is already a count of one and is not read here; nor a plural ("the
commanders", "their guards"), an owner before a possessive ("the governor's guards", "the
driver's dog"; "the driver's son" is one, the son), or a role used as an adjective ("the
general public").

Cost: one cheap scan for the role words, then two patterns.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.harm_verbs import ACTIVE_KILL, ACTIVE_WOUND, wounds
from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure, count_value, counts_people
from sitgraph.loaders.extract.toll_phrases import COUNT, NP, NUMBER_START
from sitgraph.loaders.extract.wordlists import noun_alternation

_ROLE = rf"(?:{noun_alternation('victim_roles', 'singular')})"
# What stands before the role: an article other than "a" ("the", "its"), a possessive
# ("the group's", "al-Shabaab's") or a name ("M23 commander"), with up to three modifiers.
_DET = r"(?:the|its|their|his|her|(?:[a-z]{1,3}-)?[A-Z][\w'’-]*)"
_MODS = r"(?:\s+(?!(?:and|or|of|to|in|at|on|by|with|from)\b)(?:[a-z][\w'’-]*|[A-Z][\w'’.-]*)){0,3}?"
# The role ends its phrase: a name, a preposition, a clause or punctuation comes next, not
# a possessive, a plural or a noun it qualifies ("the general public", "the head teacher's").
_END = (r"(?!['’]s\b|-)(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|at|on|and|as|who|near|during|when|while|after|before"
        r"|with|by|for|from|late|early|last|this|overnight|yesterday|today)\b|\s+[A-Z])")
# "a strike killed the district governor", "killing its rider": the role is the object of an active harm verb.
_OBJECT = re.compile(
    rf"(?<![\w-])(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?P<verb>(?i:{ACTIVE_KILL}|{ACTIVE_WOUND}))\s+(?:also\s+)?"
    rf"(?!an?\s)(?:{_DET}){_MODS}\s+(?i:{_ROLE}){_END}")
# "M23 commander Bosco Kalume was killed": a named officer is the subject of a passive one.
# (A bare "the governor was killed" is read already as one victim by the singular reader.)
_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?:[A-Z][\w'’-]*){_MODS}\s+(?i:{_ROLE})(?:\s*,?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}},?)?"
    rf"\s+(?:was|has\s+been|had\s+been)(?:\s+(?:reportedly|also|later|seriously|critically))?"
    rf"\s+(?P<verb>{ACTIVE_KILL}|{ACTIVE_WOUND})\b")
_NEEDS = re.compile(rf"(?i)\b{_ROLE}\b")
# Victims counted after the officer, joined by "and": "killed the rebel commander and 12 of his
# fighters", "wounded the police chief and two bodyguards" (not the subject of a clause of its
# own: "killed the governor, and two soldiers were wounded").
_AND_MORE = re.compile(
    rf"(?:\s+of(?:\s+[\w'’-]+){{1,3}}?)?\s*,?\s+and\s+(?:(?:his|her|their|its)\s+)?{NUMBER_START}{COUNT}(?P<np>{NP})"
    r"(?!\s+(?:were|was|are|is|had|have|died)\b)(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|during|when|as)\b))")


@rule("toll.lone-victim-by-role", "'killed the district governor', 'M23 commander X was killed', 'killing the driver', "
      "'wounding his wife': one person told by office, rank, vehicle or kin, without a count, is one of the dead "
      "(or wounded)",
      pos=[("A drone strike killed the militia's deputy commander near Rutshuru on Sunday.",
            ((1, None, None),)),
           ("Gunmen wounded the district governor of Chora in an ambush on Sunday.", ((None, 1, None),)),
           ("A drone hit a car near the village of Hola on Monday, killing the driver and wounding his wife.",
            ((1, 1, None),)),
           ("A drone hit a motorcycle on the road to Marjayoun on Monday, killing its rider.", ((1, None, None),))],
      neg=[("A drone strike killed two of the commander's bodyguards near Rutshuru on Sunday.", ((2, None, None),)),
           ("The district governor said gunmen killed 12 people in Chora on Sunday.", ((12, None, None),)),
           ("A drone hit a car near the village of Hola on Monday, killing the driver's dog.",
            ((None, None, None),)),
           ("Gunmen attacked a convoy near Hola on Monday, killing their guards' families.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def role_figures(masked: str) -> list[Figure]:
    """A figure of one, a part of the toll, for each person told by a role who was killed
    or wounded in `masked` (the sentence, dates masked); [] when none."""
    if not _NEEDS.search(masked):
        return []
    out: list[Figure] = []
    for regex in (_OBJECT, _SUBJECT):
        for m in regex.finditer(masked):
            category = "wounded" if wounds(m["verb"]) else "killed"
            more = _AND_MORE.match(masked, m.end()) if regex is _OBJECT else None
            extra = count_value(more) if more is not None and counts_people(more["np"]) else None
            end = more.end() if extra else m.end()
            out.append(Figure(category, 1 + (extra or 0), (m.start(), end), subset=True))
    return out
