"""A siege or a hostage crisis defined in an encyclopedic lead: "The Beslan school siege was a
hostage crisis at a school in Beslan ... that began on 1 September 2004", "The hospital
hostage crisis was a siege by separatists of a hospital in Budyonnovsk". Neither noun opens a
frame in news copy ("the siege of the city", "the debt crisis" are campaigns and states of
affairs, not one incident), but as what the lead's name is said to be ("was a siege", "was a
hostage crisis") it tells the one attack the article is about, dated by the day told there
(a begun day is its start: begun_dates.py).

Cost: a look at the noun's head and children, and one regex match of its sentence.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates, event_kinds, no, rule
from sitgraph.loaders.extract.span_text import span_text

# The nouns of a lasting seizure of people or a place.
_SIEGE_NOUNS = frozenset("siege standoff stand-off hostage-taking".split())


@rule("event.siege-defined-in-lead", "'The X siege was a hostage crisis at a school in Y that began on DATE': a siege "
      "or hostage crisis that a lead defines its article's name as is the attack it is about",
      pos=[("The Kizlyar hospital siege was a hostage crisis at a hospital in Kizlyar, Dagestan, Russia, that "
            "began on 9 January 1996.", ("Attack",))],
      neg=[("The Kizlyar hospital siege ended with a hostage crisis at a hospital in Kizlyar, Dagestan, Russia, in "
            "January 1996.", ()),
           ("The debt crisis was a crisis of the banks in Moscow, Russia, that began in August 1998.", ())],
      probe=event_kinds, off=no)
def siege_in_lead(tok: Any, lemma: str) -> bool:
    """Is the noun `tok` (lemma `lemma`) a siege or a hostage crisis that the defining
    sentence of an encyclopedic lead says its name is ("The X siege was a hostage crisis")?"""
    hostage = lemma == "crisis" and any(c.lower_ in ("hostage", "hostages") for c in tok.children)
    if not (hostage or lemma in _SIEGE_NOUNS) or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    from sitgraph.loaders.extract.defining_lead import DEFINING

    return DEFINING.match(span_text(tok.sent)) is not None


_BEGINNING = frozenset("begin start".split())
_RELATIVE_PRONOUNS = frozenset("which that".split())


@rule("date.begun-in-lead", "'The X siege was a hostage crisis at a hospital in Y, Russia, that began on DATE': the "
      "day the defining lead says the incident began is its own, whatever noun the parse hangs the clause on",
      pos=[("The Kizlyar hospital siege was a hostage crisis at a hospital in Kizlyar, Dagestan, Russia, that began "
            "on 9 January 1996.", (("1996-01-09", None),))],
      neg=[("Gunmen attacked a hospital in Kizlyar, a town whose siege began on 9 January 1996, on Monday.",
            (("2023-11-13", None),))],
      probe=event_dates, off=no)
def begun_in_lead(verb: Any, ids: set[int]) -> bool:
    """Is `verb` (heading a relative clause) "began"/"started" with the relative pronoun as
    subject, hung inside the phrase of a trigger (token ids `ids`) of an encyclopedic lead's
    defining sentence? Its date is the defined incident's start."""
    if verb.lemma_.lower() not in _BEGINNING:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS for c in verb.children):
        return False
    if not any(a.i in ids for a in verb.head.ancestors) and verb.head.i not in ids:
        return False
    from sitgraph.loaders.extract.defining_lead import DEFINING

    return DEFINING.match(span_text(verb.sent)) is not None
