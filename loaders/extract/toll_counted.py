"""Tolls of an article's attack in three forms the other readers miss.

The attackers counted by number after the victims, as the object of "killed": "killed 32
worshippers and the two bombers", "killing 14 villagers as well as the three gunmen". The
attackers' dead are killed like the victims' (combatant and civilian deaths both count), so
the count after "the" is added on top of the victims; the reader gives it as the attackers'
part of the dead, as toll.and-the-attacker does for one attacker named alone. Not "the two
bombers' driver" (a possessive names someone else), nor "wounded ... and the two gunmen" (the
verb before is not one of killing).

A revised toll followed by the wounded: "the toll rose to 87, and 116 people were injured".
The count after "rose to" closes the clause of the toll; it is not a first subject joined to
the wounded after "and" (87 + 116 wounded). :data:`REVISION_BEFORE` is tested where
coordinated subjects are added up (toll_figures._subject_total).

One person named after the counted victims by office or tie: "killing 15 commandos and the
driver", "killing ten worshippers and the pastor" is one more dead (not "including the
driver", not "the driver's son").

Pure; one cheap scan per reader for its words, then one pattern.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import FIGURE, parse_number
from sitgraph.loaders.extract.rules import branch, event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure
from sitgraph.loaders.extract.wordlists import noun_alternation

_ATTACKERS = rf"(?:(?:suicide|lone|armed)\s+)?(?:{noun_alternation('attacker_nouns', 'plural')})"
_N = rf"(?P<n>{FIGURE})"
# The victims before "and the N attackers": a plural noun of people (as toll.and-the-attacker reads them).
_VICTIMS = (r"(?:people|persons|others|children|police|\w*men|\w*women"
            r"|(?!(?:bomb|shell|rocket|missile|vehicle|car|house|building|shot|round)s\b)\w{3,}s)")
_COUNTED = re.compile(
    rf"(?i:\bkill(?:ed|ing)\s+[^.;,]{{0,80}}?\b{_VICTIMS}\s*,?\s+"
    rf"(?:and|along\s+with|together\s+with)\s+(?:all\s+)?(?:the\s+|their\s+)?(?:all\s+)?{_N}\s+"
    rf"{_ATTACKERS})(?![’'-])(?=\s*(?:[,.;]|$)|\s+(?:themselves|in|at|on|when|after|before|during|near|inside|who)\b"
    r"|\s+and\s+(?:wound|injur|maim|leav))")
_NEEDS = re.compile(rf"(?i)\bkill(?:ed|ing)\b[^.;]*\b{_ATTACKERS}\b")


@rule("toll.counted-attackers-after-victims", "'killed 32 worshippers and the two bombers': the attackers counted "
      "after the victims are dead on top of them",
      pos=[("Two suicide bombers struck a mosque in Maiduguri on Friday, killing 32 worshippers and the two "
            "bombers.", ((34, None, None),)),
           ("Gunmen stormed a hotel in Bamako on Friday. The siege killed 20 guests, along with the three "
            "gunmen.", ((23, None, None),))],
      neg=[("Two suicide bombers struck a mosque in Maiduguri on Friday, killing 32 worshippers and the two "
            "bombers' driver.", ((32, None, None),)),
           ("Two suicide bombers struck a mosque in Maiduguri on Friday, killing 32 worshippers, including the "
            "two bombers.", ((32, None, None),))],
      probe=event_tolls, off=none_found)
def counted_attackers_figures(masked: str) -> list[Figure]:
    """The attackers counted after the victims of "killed" in `masked` (the sentence, dates
    masked), as the attackers' part of the dead told on top of the victims; [] when none."""
    if not _NEEDS.search(masked):
        return []
    out = []
    for m in _COUNTED.finditer(masked):
        n = parse_number(m["n"])
        if n:
            # Spanned by its last word: the victims' phrase holds the figure of its own.
            out.append(Figure("killed", n, (m.end() - 1, m.end()), attackers=n, more=True))
    return out


# "rose to 87, and 116 people were injured": a count right after a word of revision.
REVISED_BEFORE = re.compile(r"(?i)\b(?:rose|risen|rising|climbed|climbing|revised|raised|raising|increased|brought"
                            r"|bringing|reached|reaching)\s+(?:[^.;,]{0,30}?\s+)?to\s+(?:at\s+least\s+|over\s+"
                            r"|more\s+than\s+)?$")
REVISION_BEFORE = branch("toll.revised-count-apart", "'the toll rose to 87, and 116 people were injured': the "
                         "count after 'rose to' closes the toll's clause; it is not added to the wounded after 'and'",
                         pos=[("A truck bomb hit a market in Mogadishu on Saturday. The death toll rose to 87, and 116 "
                               "people were injured.", ((87, 116, None),))],
                         neg=[("A truck bomb hit a market in Mogadishu on Saturday. Two guards and 14 shoppers were "
                               "injured.", ((None, 16, None),))],
                         probe=event_tolls, where="sitgraph.loaders.extract.toll_figures._subject_total")


# One person named after the victims by office or tie: "killing 15 commandos and the driver",
# "killed 12 worshippers and their imam". Not an attacker (toll.and-the-attacker reads those).
_ONE_PERSON = (r"(?:driver|pastor|priest|imam|commander|governor|mayor|chief|teacher|headmaster|principal|doctor"
               r"|nurse|owner|conductor|pilot|interpreter|translator|journalist|photographer|cameraman|guide"
               r"|son|daughter|wife|husband|brother|sister|father|mother|child|baby)")
_N_ANY = _N.replace("?P<n>", "?:")
_AND_ONE = re.compile(
    rf"(?i:\bkill(?:ed|ing)\s+[^.;,]{{0,80}}?\b(?:\d[\d,]*|{_N_ANY})\s+(?:[\w-]+\s+)?{_VICTIMS}\s+and\s+(?:the|their|his|her)\s+"
    rf"(?:[a-z-]+\s+)?{_ONE_PERSON})(?![’'-])(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|when|after|before|during|near|inside)\b"
    r"|\s+and\s+(?:wound|injur|maim|leav))")
_NEEDS_ONE = re.compile(rf"(?i)\band\s+(?:the|their|his|her)\s+(?:[a-z-]+\s+)?{_ONE_PERSON}\b")


@rule("toll.and-one-named-person", "'killing 15 commandos and the driver': one person named after the counted "
      "victims by office or tie is one more dead",
      pos=[("A roadside bomb hit a police vehicle near Gadchiroli on Wednesday, killing 15 commandos and the "
            "driver.", ((16, None, None),)),
           ("Gunmen attacked a mosque in Kano on Friday, killing 12 worshippers and their imam.",
            ((13, None, None),))],
      neg=[("A roadside bomb hit a police vehicle near Gadchiroli on Wednesday, killing 15 commandos, including the "
            "driver.", ((15, None, None),)),
           ("A roadside bomb hit a police vehicle near Gadchiroli on Wednesday, killing 15 commandos and the "
            "driver's son.", ((15, None, None),))],
      probe=event_tolls, off=none_found)
def one_named_person_figures(masked: str) -> list[Figure]:
    """One more dead for a person named by office or tie after the counted victims of
    "killed" in `masked`; [] when none."""
    if not _NEEDS_ONE.search(masked):
        return []
    from sitgraph.loaders.extract.possessed_victims import possessed_ones

    # "and their guide" is counted already among the killing's objects (toll.possessed-one-more)
    return [Figure("killed", 1, (m.end() - 1, m.end()), more=True) for m in _AND_ONE.finditer(masked)
            if not possessed_ones(_tail(m[0]))]


def _tail(phrase: str) -> str:
    """The last "and ..." of `phrase` ("killing 12 worshippers and their imam": "and their imam")."""
    at = phrase.lower().rfind(" and ")
    return phrase[at:] if at >= 0 else ""
