"""Sentences of an investigation report that are about the report, not the war: its
recommendations and its methodology. Two forms read as incidents:

- an act named in what a party is told to do: "The government should order an immediate end
  to drone strikes on markets", "must halt attacks on hospitals", "urged the army to end
  attacks on markets". A modal of obligation ("should", "must", "ought") on a verb above the
  trigger, or a verb of urging whose "to" complement holds it, asks for a future; it tells no
  incident (:func:`recommended_act`). A modal perfect ("forces must have fired from the
  hill") is a hedged finding of a real act and stays; so does an act with its own day ("should
  investigate the 4 June strike") and an act that is the subject ("the strike must be
  investigated"), which refer to an incident told elsewhere;
- the flight of the people interviewed: "researchers interviewed 21 people, among them
  residents who fled to Addis Ababa", "interviewed 18 people, several of whom had since fled
  to Kaya". A flight whose subject is a relative pronoun ("who", "several of whom") under a
  verb of interviewing describes the sources, not a displacement (:func:`interviewees_fled`).
  "Thousands fled the town after the attack" stays a displacement.

General English of reports that recommend and cite their sources, not one outlet's wording.
Cost: per trigger, a climb over its ancestors (a handful of tokens).
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.time_tokens import tells_time

OBLIGATION_MODALS = frozenset("should must ought".split())
URGING_VERBS = frozenset("urge call demand appeal press implore recommend".split())
# Dependencies a climb from the trigger crosses inside what is asked (objects, their
# modifiers, the "to" complement, a verb conjoined under the same modal); a subject or an
# adverbial clause ("after militias attacked Kaya, the government should ...") is another act.
ASKED_DEPS = frozenset("dobj pobj prep xcomp relcl acl compound amod conj ccomp".split())
RESEARCH_VERBS = frozenset("interview speak talk consult survey contact question".split())
RELATIVE_PRONOUNS = frozenset("who whom".split())


def _obliged(verb: Any) -> bool:
    """Is `verb` told with a modal of obligation ("should order", "must halt"), not a modal
    perfect ("must have fired": a hedged finding)?"""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(a in OBLIGATION_MODALS for a in aux) and "have" not in aux


def _dated(tok: Any) -> bool:
    """Does the trigger carry a day of its own ("the 4 June strike", "killed nine on 4 June")?"""
    return any(tells_time(t) for t in tok.subtree)


@rule("event.recommended-act", "an act named in what a party should do or is urged to do ('should order an end to "
      "drone strikes', 'urged the army to end attacks') tells no incident",
      pos=[("The government should order an immediate end to air strikes on markets in Amhara.", ())],
      neg=[("Soldiers must have fired the shell that hit the market in Dori on 3 June.", ("Attack",)),
           ("After the militia attacked Kaya, the government should protect the camps.", ("Attack",))],
      probe=event_kinds, off=no)
def recommended_act(tok: Any) -> bool:
    """Is the trigger inside what a party is told to do: below a verb with a modal of
    obligation, or in the "to" complement of a verb of urging, climbing only through
    objects and complements, with no day of its own?"""
    t = tok
    while t.head.i != t.i and t.dep_ in ASKED_DEPS:  # spaCy makes a new Token per access: compare positions
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False  # a clause of its own: "X must withdraw and militias attacked Kaya"
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in URGING_VERBS:
            return not _dated(tok)
        t = t.head
        if t.pos_ in ("VERB", "AUX") and _obliged(t):
            return not _dated(tok)
    return False


@rule("event.interviewees-fled", "the flight of the people a report interviewed ('interviewed 21 people, among them "
      "residents who fled to X') describes its sources, no displacement",
      pos=[("Investigators interviewed 30 people by phone, among them farmers who fled to Gondar.", ()),
           ("The team interviewed 12 people in May, several of whom had since fled to Kaya.", ())],
      neg=[("Thousands fled the town of Kaya after the attack on the market.", ("Displacement", "Attack")),
           ("Residents who fled to Gondar said soldiers burned the village.", ("Displacement", "Attack"))],
      probe=event_kinds, off=no)
def interviewees_fled(tok: Any) -> bool:
    """Is the trigger a flight whose subject is a relative pronoun ("who", "several of whom")
    under a verb of interviewing ("researchers interviewed ...")?"""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(t.lower_ in RELATIVE_PRONOUNS for s in subjects for t in s.subtree):
        return False
    return any(a.lemma_.lower() in RESEARCH_VERBS for a in tok.ancestors)
