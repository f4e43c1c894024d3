"""Casualty idioms: phrasings a figure is told in beyond the plain harm verbs ("were left
injured", "claimed 23 lives", "40 bodies were recovered", "killing himself and 12 others",
"lost 14 soldiers", "... but died of his injuries"). Each reader returns the figures of
its idiom; :mod:`numbers` chooses among every reader's figures.

Each reader first looks for its word (a cheap scan) and runs its pattern only where it is.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import FIGURE, parse_number
from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure, _add_figure, count_value, counts_people
from sitgraph.loaders.extract.toll_phrases import (
    ADV,
    COUNT,
    NP,
    NUMBER_START,
    SUBJECT,
)
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, noun_alternation, nouns_alternation

# "... was taken to hospital but died of his injuries": one of the wounded died.
DIED_OF_WOUNDS = re.compile(
    r"(?i:\b(?:but|and|later|subsequently|eventually|then)\s+(?:(?:later|subsequently|eventually|then)\s+)?"
    r"(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her)\s+(?:\w+\s+)?(?:injuries|wounds)\b)")


def _died_of_wounds_figures(masked: str) -> list[Figure]:
    """"... but died of his injuries": one person killed (a lower bound, as a part)."""
    return [Figure("killed", 1, (m.start(), m.end()), subset=True) for m in DIED_OF_WOUNDS.finditer(masked)]


_LEFT_HARMED = re.compile(
    rf"{SUBJECT}\s+(?:(?i:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+)?(?i:left){ADV}\s+"
    r"(?P<verb>(?i:dead|wounded|injured|hurt|maimed))\b")
_LEFT_WITH = re.compile(
    rf"(?i:\b(?:left|leaving|leaves)\s+){NUMBER_START}{COUNT}(?P<np>{NP})\s+(?i:with\s+(?:\w+\s+){{0,2}}?"
    r"(?P<verb>injuries|wounds|burns))\b")


@rule("toll.left-harmed", "'were left injured', 'left 3 people with wounds': the wounded (or dead) left behind",
      pos=[("A rocket hit a bus in Kharkiv, and four passengers were left injured.", ((None, 4, None),)),
           ("A rocket hit a bus in Kharkiv, leaving four passengers with serious wounds.", ((None, 4, None),))],
      neg=[("A rocket hit a bus in Kharkiv, and four passengers left the city.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def _left_figures(masked: str) -> list[Figure]:
    """"Four people were left wounded", "leaving 12 people with injuries"."""
    out: list[Figure] = []
    if not _NEEDS_LEFT.search(masked):
        return out  # the subject pattern is costly: run it only where its verb is
    for m in _LEFT_HARMED.finditer(masked):
        if counts_people(m["np"]):
            _add_figure(out, "killed" if m["verb"].lower() == "dead" else "wounded", count_value(m), m, masked)
    for m in _LEFT_WITH.finditer(masked):
        if counts_people(m["np"]):
            _add_figure(out, "wounded", count_value(m), m, masked)
    return out


_LIVES_OBJECT = re.compile(
    rf"(?i:\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|tak(?:ing|es))\s+){NUMBER_START}{COUNT}"
    r"\s+(?i:(?:civilian\s+|innocent\s+|human\s+)?lives)\b")
_LIVES_LOST = re.compile(
    rf"{NUMBER_START}\b{COUNT}\s+(?i:(?:civilian\s+|innocent\s+|human\s+)?lives\s+"
    r"(?:were|have\s+been|had\s+been|was)\s+lost)\b")


@rule("toll.lives", "'claimed 23 lives', '40 lives were lost': the dead counted as lives",
      pos=[("The airstrike on Idlib claimed 23 lives.", ((23, None, None),))],
      neg=[("The airstrike on Idlib put 23 lives at risk.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def _lives_figures(masked: str) -> list[Figure]:
    """"claimed 23 lives", "cost at least 40 lives", "12 lives were lost"."""
    if not _NEEDS_LIVES.search(masked):
        return []
    return [Figure("killed", parse_number(m["n"]), (m.start(), m.end()))
            for regex in (_LIVES_OBJECT, _LIVES_LOST) for m in regex.finditer(masked)]


_BODY_VERBS = r"(?:recovered|found|buried|pulled|retrieved|collected|counted|discovered|brought)"
_BODIES_PASSIVE = re.compile(
    rf"{NUMBER_START}\b{COUNT}\s+(?i:bodies)\s+(?i:were|was|have\s+been|has\s+been|had\s+been|are)"
    rf"(?:\s+(?i:later|so\s+far|now|also))?\s+(?i:{_BODY_VERBS})\b")
_BODIES_ACTIVE = re.compile(
    rf"(?i:\b(?:recover|find|found|bur(?:y|ied)|pull|retriev|collect|count|discover)\w*\s+(?:the\s+)?)"
    rf"{NUMBER_START}{COUNT}\s+(?i:bodies)\b")
_BODIES_OF = re.compile(rf"(?i:\bthe\s+bodies\s+of\s+){NUMBER_START}{COUNT}(?P<np>{NP})"
                        rf"\s+(?i:were|have\s+been|had\s+been)\s+(?i:{_BODY_VERBS})\b")


@rule("toll.bodies", "'40 bodies had been buried', 'rescuers pulled 7 bodies from the rubble': the dead",
      pos=[("Gunmen attacked the village of Seytenga, and 40 bodies were recovered.", ((40, None, None),))],
      neg=[("Gunmen attacked the village of Seytenga, and 40 houses were burned.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def _body_figures(masked: str) -> list[Figure]:
    """"19 bodies were recovered", "pulled 7 bodies from the rubble", "the bodies of 12
    people were found": each body counted is one of the dead."""
    if not _NEEDS_BODIES.search(masked):
        return []
    return [Figure("killed", parse_number(m["n"]), (m.start(), m.end()))
            for regex in (_BODIES_PASSIVE, _BODIES_ACTIVE, _BODIES_OF) for m in regex.finditer(masked)]


_SELF_AND = re.compile(
    rf"(?i:\b(?:kill(?:ed|ing|s)?|blew\s+up|blowing\s+up|blow\s+up)\s+(?:himself|herself)\s+and\s+)"
    rf"{NUMBER_START}{COUNT}(?P<np>{NP})"
    # ... where the clause ends, or where its wounded follow ("and wounding nine")
    r"(?=\s*(?:[,.;]|$|\b(?:in|at|on|near|when|as|after|and\s+(?:wounding|injuring|leaving))\b))")


@rule("toll.self-and-others", "'killing himself and 12 others': the attacker is one of the dead, on top of them",
      pos=[("A suicide bomber struck a market in Kunduz, killing himself and 12 others.", ((13, None, None),))],
      neg=[("A suicide bomber blew himself up at a market in Kunduz, killing 12 people.", ((12, None, None),))],
      probe=event_tolls, off=none_found)
def _self_and_figures(masked: str) -> list[Figure]:
    """"killing himself and 12 others": the attacker counted as one of the dead, apart."""
    out: list[Figure] = []
    for m in _SELF_AND.finditer(masked) if _NEEDS_SELF.search(masked) else ():
        n = count_value(m)
        if n is not None and counts_people(m["np"]):
            out.append(Figure("killed", n + 1, (m.start(), m.end()), attackers=1))
    return out


_LOST_MEN = re.compile(
    rf"(?i:\b(?:lost|losing|loses)\s+){NUMBER_START}{COUNT}(?P<np>(?:\s+of\s+(?:its|their|his|our)\b)?"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?i:soldiers|men|fighters|troops|officers|servicemen|personnel|policemen|members"
    r"|militants|rebels|commanders|guards|police\s+officers))\b")


@rule("toll.lost-men", "'the army said it lost 14 soldiers': a side's own dead",
      pos=[("Rebels attacked a base in Kidal, and the army said it lost 14 soldiers.", ((14, None, None),))],
      neg=[("Rebels attacked a base in Kidal, and the army said it lost 14 vehicles.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def _lost_figures(masked: str) -> list[Figure]:
    """"lost 14 soldiers", "lost two of its fighters": a side's own dead."""
    out: list[Figure] = []
    for m in _LOST_MEN.finditer(masked) if _NEEDS_LOST.search(masked) else ():
        _add_figure(out, "killed", count_value(m), m, masked)
    return out


# "documented the deaths of 11 civilians", "resulted in the killing of three children and the
# injury of five others": the harm told as a noun, its victims after "of" (or "to").
_NOMINAL_END = (r"(?=\s*(?:[,.;:)]|$|\b(?:and|of|in|at|on|near|when|as|after|by|during|from|including|were|was"
                r"|had|has)\b))")
_NOMINAL_DEATHS = re.compile(rf"(?i:\b(?:deaths?|killings?|murders?|massacre|slaying)\s+of\s+){NUMBER_START}{COUNT}"
                             rf"(?P<np>{NP}){_NOMINAL_END}")
_NOMINAL_INJURIES = re.compile(rf"(?i:\b(?:injur(?:y|ies|ing)|wounding)\s+(?:of|to)\s+){NUMBER_START}{COUNT}"
                               rf"(?P<np>{NP}){_NOMINAL_END}")


@rule("toll.nominal", "'the deaths of 11 civilians', 'the injury of five others': a harm told as a noun counts "
      "the people after it",
      pos=[("The shelling of Kadugli resulted in the deaths of 11 civilians and injuries to 20 others.",
            ((11, 20, None),)),
           ("Monitors documented the killing of four farmers in an ambush near Kadugli.", ((4, None, None),))],
      neg=[("The shelling of Kadugli resulted in the deaths of livestock.", ((None, None, None),)),
           ("The shelling of Kadugli caused the destruction of 11 houses.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def _nominal_figures(masked: str) -> list[Figure]:
    """"the deaths of 11 civilians", "the killing of a nurse", "injuries to 20 others"."""
    out: list[Figure] = []
    if not _NEEDS_NOMINAL.search(masked):
        return out
    for category, regex in (("killed", _NOMINAL_DEATHS), ("wounded", _NOMINAL_INJURIES)):
        for m in regex.finditer(masked):
            if counts_people(m["np"]):
                _add_figure(out, category, count_value(m), m, masked)
    return out


# "the toll rose to 27, not including the four attackers": the attackers, dead too, told apart
# from the toll. The guide counts combatants' and civilians' deaths alike, so they come on top.
_EXCLUDED_ATTACKERS = re.compile(
    r"(?i:\b(?:not\s+(?:including|counting)|excluding|besides|in\s+addition\s+to|on\s+top\s+of|plus"
    # "31 civilians were killed, as were three of the attackers"
    r"|(?<=killed,\s)as\s+were|(?<=died,\s)as\s+did)\s+"
    rf"(?:the\s+|all\s+)?)(?P<n>{FIGURE})\s+"
    rf"(?:of\s+the\s+)?(?:(?:suicide|armed|other|dead)\s+)?(?i:{nouns_alternation(DOER_NOUNS, 'plural')})\b"
    r"(?!\s+(?:who|that)\s+(?:fled|escaped|were\s+(?:arrested|captured)))")


@rule("toll.excluded-attackers", "'the toll rose to 27, not including the four attackers': the attackers' deaths "
      "come on top of the toll",
      pos=[("Gunmen stormed a hotel in Mogadishu, and the death toll rose to 27, not including the four attackers.",
            ((31, None, None),))],
      neg=[("Gunmen stormed a hotel in Mogadishu, and the death toll rose to 27, including the four attackers.",
            ((27, None, None),))],
      probe=event_tolls, off=none_found)
def _excluded_attackers_figures(masked: str) -> list[Figure]:
    """"not including the four attackers", "excluding three gunmen": the attackers' dead,
    told apart from a toll (a figure of attackers only, added on top of the victims)."""
    if not _NEEDS_EXCLUDED.search(masked):
        return []
    out = []
    for m in _EXCLUDED_ATTACKERS.finditer(masked):
        n = parse_number(m["n"])
        if n:
            out.append(Figure("killed", n, (m.start(), m.end()), attackers=n))
    return out


_NEEDS_EXCLUDED = re.compile(r"(?i:\b(?:including|counting|excluding|besides|addition|top\s+of|plus|as\s+were"
                             r"|as\s+did)\b)")

# "The crew are safe", "all passengers were unharmed": nobody aboard was killed or hurt.
_ALL_SAFE = re.compile(
    r"(?i:\b(?:the|its|all(?:\s+(?:the|its))?)\s+(?:\w+\s+)?(?:crew|crew\s+members|crewmembers|sailors|seafarers"
    r"|passengers|occupants|personnel|staff)\s+(?:(?:are|were|was|is|remain(?:ed|s)?|have\s+been\s+reported)\s+)"
    r"(?:all\s+)?(?:reported\s+)?(?:safe|unharmed|unhurt|uninjured|safe\s+and\s+sound)\b)")


@rule("toll.all-safe", "'the crew are safe', 'all passengers were unharmed': no one killed or wounded",
      pos=[("A missile hit a cargo ship in the Red Sea; the crew are safe.", ((0, 0, None),))],
      neg=[("A missile hit a cargo ship in the Red Sea; the crew are missing.", ((None, None, None),)),
           ("A missile hit a cargo ship in the Red Sea, killing two sailors; the other crew members are safe.",
            ((2, None, None),))],
      probe=event_tolls, off=none_found)
def _all_safe_figures(masked: str) -> list[Figure]:
    """Zeros of "the crew are safe": killed and wounded. A figure the sentence also gives
    (the others of the crew: "the other crew members are safe") is not told apart here:
    :mod:`numbers` keeps a total before a zero."""
    out = []
    for m in _ALL_SAFE.finditer(masked):
        if not re.search(r"(?i:\bother\b)", m.group(0)):
            out += [Figure("killed", 0, (m.start(), m.end())), Figure("wounded", 0, (m.start(), m.end()))]
    return out


# "Among the dead were 11 children", "among those killed was a police officer": a part of the
# toll told with the subject after its verb.
_AMONG_FRONTED = re.compile(
    rf"(?i:\bamong(?:st)?\s+(?:the|those)\s+(?:\w+\s+){{0,2}}?(?P<verb>dead|killed|victims|injured|wounded)"
    rf"\s+(?:were|was|are|is)\s+){NUMBER_START}{COUNT}(?P<np>{NP})")


@rule("toll.among-fronted", "'Among the dead were 11 children': a part of the toll, kept when no total is given",
      pos=[("An airstrike hit a village in Kachin State. Among the dead were 11 children.", ((11, None, None),))],
      neg=[("An airstrike hit a village in Kachin State, killing 31 people. Among the dead were 11 children.",
            ((31, None, None),))],
      probe=event_tolls, off=none_found)
def _among_fronted_figures(masked: str) -> list[Figure]:
    """"Among the dead were 11 children": a part of the dead (or the wounded)."""
    out: list[Figure] = []
    for m in _AMONG_FRONTED.finditer(masked) if "mong" in masked else ():
        if counts_people(m["np"]):
            category = "wounded" if m["verb"].lower() in ("injured", "wounded") else "killed"
            out.append(Figure(category, count_value(m), (m.start(), m.end()), subset=True))
    return out


# "Four civilians and the gunman were killed", "killing 22 people, as well as the bomber": the
# attacker, named after the victims, is one of the dead on top of them.
_ATTACKER_WORD = rf"(?:lone\s+|suicide\s+|alleged\s+)?(?:{noun_alternation('attacker_nouns', 'singular')})"
# The victims counted before "and the bomber": a plural noun of people of any kind ("three
# policemen", "12 worshippers", "two traffic wardens"), not a thing or a singular.
_VICTIMS_WORD = (r"(?:people|persons|others|children|police|\w*men|\w*women"
                 r"|(?!(?:bomb|shell|rocket|missile|vehicle|car|house|building|shot|round)s\b)\w{3,}s)")
_ON_TOP = r"(?:and|as\s+well\s+as|plus|along\s+with|in\s+addition\s+to|not\s+(?:counting|including))"
# The attacker told apart from the victims counted: his death comes on top of theirs.
_APART = r"(?:not\s+(?:counting|including)|excluding|besides|in\s+addition\s+to|on\s+top\s+of|plus)"
_AND_ATTACKER = re.compile(
    rf"(?i:\b(?:and|as\s+well\s+as|plus)\s+the\s+{_ATTACKER_WORD}(?:\s+(?:himself|herself))?\s+"
    r"(?:(?:were|have\s+been|had\s+been)\s+(?:(?:all|also|later|both)\s+)*killed|(?:(?:all|also|both)\s+)?died)\b"
    # "Eleven worshippers died, along with the gunman", "11 people were killed, not counting the bomber"
    rf"|\b{_VICTIMS_WORD}\s+(?:(?:were|had\s+been|have\s+been)\s+killed|died)\s*,?\s+(?:along\s+with|{_APART})"
    rf"\s+the\s+{_ATTACKER_WORD}\b(?![’'-])(?!\s+(?:who|that)\s+(?:fled|escaped|survived|was\s+(?:arrested|captured)))"
    # "The bomber and 16 other people were killed", "the gunman and four others died", "the bomber
    # and two policemen were killed": the attacker opening the list of the dead, the others counted after him
    rf"|\bthe\s+{_ATTACKER_WORD}\s+and\s+(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)\s+(?:other\s+)?(?:\w+\s+)?{_VICTIMS_WORD}\s+"
    r"(?:(?:were|have\s+been|had\s+been)\s+(?:(?:all|also|later)\s+)*killed|(?:(?:all|also|later)\s+)?died)\b"
    # "left 11 dockworkers and the bomber dead"
    rf"|\b(?:left|leaving)\s+[^.;]{{0,60}}?\b{_VICTIMS_WORD}\s*,?\s+and\s+the\s+{_ATTACKER_WORD}\s+dead\b"
    rf"|\bkill(?:ed|ing)\s+[^.;]{{0,60}}?\b{_VICTIMS_WORD}"
    rf"\s*,?\s+{_ON_TOP}\s+the\s+{_ATTACKER_WORD}(?:\s+(?:himself|herself))?(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|when|after|"
    # "... and the bomber and wounding nine people": the next harm of the clause
    r"before|during|near|inside)\b|\s+and\s+(?:wounding|injuring|maiming|leaving)\b)"
    # "killing 18 guests and herself", "killed 32 people, in addition to himself": the bomber, last
    r"|\bkill(?:ed|ing)\s+[^.;]{0,100}?\b(?:and|as\s+well\s+as|plus|in\s+addition\s+to)\s+(?:himself|herself)\b)")


@rule("toll.and-the-attacker", "'Four civilians and the gunman were killed': the attacker named after the victims "
      "is one of the dead",
      pos=[("A gunman opened fire in a market in Kano; four civilians and the gunman were killed.", ((5, None, None),)),
           ("A suicide bomber struck a mosque in Kano, killing 22 people as well as the bomber.",
            ((23, None, None),)),
           ("A suicide bomber struck a wedding in Gwoza, killing 18 guests and herself.", ((19, None, None),))],
      neg=[("A gunman opened fire at a market in Kano, killing four civilians and the gunman's accomplice.",
            ((4, None, None),))],
      probe=event_tolls, off=none_found)
def _and_attacker_figures(masked: str) -> list[Figure]:
    """The attacker counted apart after the victims: one of the dead, an attacker."""
    # Spanned by its last word: the victims' subject phrase the attacker is named in holds no figure of its own.
    # Counted on top of any other attackers told ("the three gunmen and the bomber": four).
    return [Figure("killed", 1, (m.end() - 1, m.end()), attackers=1, more=True)
            for m in _AND_ATTACKER.finditer(masked)]


_NEEDS_NOMINAL = re.compile(r"(?i:\b(?:deaths?|killings?|murders?|massacre|slaying|injur(?:y|ies|ing)|wounding)"
                            r"\s+(?:of|to)\b)")
_NEEDS_LEFT = re.compile(r"(?i:\b(?:left|leaving|leaves)\b)")
_NEEDS_LIVES = re.compile(r"(?i:\blives\b)")
_NEEDS_BODIES = re.compile(r"(?i:\bbodies\b)")
_NEEDS_LOST = re.compile(r"(?i:\blos(?:t|ing|es)\b)")
_NEEDS_SELF = re.compile(r"(?i:\b(?:himself|herself)\s+and\b)")
