"""A toll told again as a new total after later deaths, in wordings the toll-update pattern of
merge_reconcile (``TOLL_UPDATE``: "the toll rose to", "bringing the death toll to") did not read:

- a total given by a teller in the sentence that tells the later deaths: "Two more died of their
  wounds, and the police then gave a total of 23 dead", "three of the wounded died, and officials
  put the total at 31 dead" (a total told alone may be a series' total: series_totals.py);
- such a total that leaves out the attackers counted before ("a total of 23 dead, excluding the
  attacker"): the attackers go on top of it (:func:`victims_total`).

The total is the incident's later toll (eval/GUIDE.md: the largest figure given for the incident, a
later update wins), never the added count alone ("two more died") nor the added count summed onto
the total. Not a cumulative toll ("bringing the war's toll to 3,000", "a total of 4,700 dead this
year"), nor a count of the wounded ("brought the number of wounded to 40").

:func:`total_given`, called by the number reader (numbers.find_casualties); :func:`revises_total`
and :func:`victims_total`, called where merge_reconcile adds a toll-only sentence to an incident.
"Bringing the toll of that attack to 14 and the total to 31" (an attack's toll beside a series'
total) was tried and dropped: the toll went to the attack told last, not the one the sentence
names. Cost: a few regex scans per sentence with a toll.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.quantities import FIGURE, parse_number
from sitgraph.loaders.extract.rules import event_tolls, rule
from sitgraph.loaders.extract.wordlists import noun_alternation

_KANO = "The 2011 Kano police attack was an assault on a police station in Kano, Nigeria, on 20 January 2011. "
_DEAD = r"(?:dead|deaths|killed|fatalities|people\s+(?:dead|killed))"
# "gave a total of 23 dead", "put the total at 31 dead", "announced a final total of 40 deaths"
_GIVEN = re.compile(
    r"(?i)\b(?:gave|give|gives|given|put|puts|announced|reported|released|issued|confirmed|revised)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?:new|final|revised|updated|later|official|overall)\s+)?total\s+"
    rf"(?:of|at)\s+(?P<n>{FIGURE})\s+{_DEAD}\b")
# the later deaths told in the same sentence: "Two more died of their wounds, and ... gave a total"
_DIED = re.compile(r"(?i)\b(?:died|succumbed|passed\s+away)\b")
# a period's or a war's count, or another act's: no total of this incident
_CUMULATIVE = re.compile(r"(?i)\b(?:war|conflict|insurgency|campaign|year|month|since|so\s+far|nationwide"
                         r"|earlier|previous|another|separate)\b")


def revises_total(sentence: str) -> bool:
    """Does `sentence` give the incident's new total after later deaths ("then gave a total of
    23 dead", "put the total at 31 dead") rather than a war's or a period's?"""
    return _total_given(sentence) is not None


@rule("toll.total-given-after-deaths", "'Two more died of their wounds, and the police then gave a total of 11 "
      "dead': the incident's new total after later deaths, not the added count nor the two summed",
      pos=[(_KANO + "Gunmen killed nine officers. Two more officers died of their wounds in hospital, and the "
            "police then gave a total of 12 dead.", ((12, None, None),))],
      neg=[(_KANO + "Gunmen killed nine officers and wounded 30. Two of the wounded died in hospital, bringing "
            "the war's toll to 3,000.", ((9, 30, None),)),
           (_KANO + "Gunmen killed nine officers. The police gave a total of 12 dead.", ((9, None, None),)),
           (_KANO + "Gunmen killed nine officers. The ministry gave a total of 300 dead for the year in Kano.",
            ((9, None, None),))],
      probe=event_tolls, off=lambda sentence: None)
def _total_given(sentence: str) -> int | None:
    """The new total `sentence` gives of the incident's dead (see :func:`revises_total`), or None."""
    if _CUMULATIVE.search(sentence) or not _DIED.search(sentence):
        return None  # a total told alone may be a series' (series_totals.py) or another teller's
    m = _GIVEN.search(sentence)
    return parse_number(m.group("n")) if m else None


def total_given(sentence: str, killed: int | None) -> int | None:
    """The dead of `sentence` (`killed`, as read by the number reader) set to the new total it
    gives (not the added count, nor the two summed, nor a series' total told beside it)."""
    total = _total_given(sentence)
    return killed if total is None else total


# "a total of 23 dead, excluding the attacker", "not counting the two gunmen": a total of the victims.
# The attackers' words are the word list's (words.yaml attacker_nouns), with two it lacks.
_APART = re.compile(r"(?i)\b(?:excluding|not\s+(?:counting|including))\s+(?:the|its|their)\s+(?:(?:suicide|dead)\s+)?"
                    rf"(?:{noun_alternation('attacker_nouns')}|militants?|hijackers?)\b")


@rule("toll.total-given-without-attackers", "'the police then gave a total of 12 dead, excluding the attacker' after "
      "the attackers' dead were told: a total of the victims, the attackers counted on top",
      pos=[(_KANO + "Gunmen killed nine officers, and one of the gunmen was shot dead. Two more officers died of "
            "their wounds, and the police then gave a total of 11 dead, excluding the attacker.", ((12, None, None),))],
      neg=[(_KANO + "Gunmen killed nine officers, and one of the gunmen was shot dead. Two more officers died of "
            "their wounds, and the police then gave a total of 12 dead.", ((12, None, None),))],
      probe=event_tolls, off=lambda f, counts, sentence: counts)
def victims_total(f: Any, counts: Any, sentence: str) -> Any:
    """The casualties `counts` of toll sentence `sentence` told after incident `f`: where it
    gives a new total of the dead that leaves out the attackers `f` counts ("a total of 23 dead,
    excluding the attacker"), that total with `f`'s attackers added on top; else `counts`."""
    if not f.attackers_killed or counts.attackers_killed or counts.killed is None:
        return counts
    if _total_given(sentence) is None or _APART.search(sentence) is None:
        return counts
    return replace(counts, killed=counts.killed + f.attackers_killed, attackers_killed=f.attackers_killed)
