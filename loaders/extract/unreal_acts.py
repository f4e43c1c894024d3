"""Acts a sentence names that did not happen, or happen as a habit, in forms the mood rules of
:mod:`trigger_mood` do not reach by climbing from the trigger:

- a condition of what would have followed ("if it had exploded", "had the rocket struck the
  school"): the main clause is a modal perfect ("would have killed", "could have caused"), so
  the act of the condition did not happen (:func:`counterfactual`);
- acts a side is told to face or risk ("release the prisoners or face attacks on hotels",
  "risk reprisal strikes"): a threat, not an occurrence (:func:`threatened`);
- attacks told as the subject of a habit ("Israeli airstrikes often hit residential
  buildings") or a perfect counted in times with no day ("have attacked mosques several
  times", "hundreds of times"): a pattern, no one incident (:func:`habit_told`).

General English, not the wording of one outlet or war. Predicates over a spaCy trigger token;
each looks at a few children and the head.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import WEEKDAYS
from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.span_text import span_text

MODALS = frozenset("would could might should".split())
CONDITION_MARKS = frozenset({"if", "unless"})


def _modal_perfect(verb: Any) -> bool:
    """Is `verb` told as a modal perfect ("would have killed", "could have hit")?"""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(a in MODALS for a in aux) and "have" in aux


def _condition_of(tok: Any) -> bool:
    """Is verb `tok` the head of a condition clause: "if it had exploded", "unless it had been
    intercepted", or inverted "had the rocket landed"?"""
    if tok.dep_ != "advcl" or tok.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(tok.children)
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids):
        return True
    # "Had the rocket landed ...": the auxiliary before the subject, no mark
    subj = [c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and any(c.dep_ == "aux" and c.lower_ == "had" and c.i < min(subj) for c in kids)


@rule("event.counterfactual", "a condition of what would have followed ('a second bomb would have killed many more "
      "if it had exploded', 'had the rocket hit the school, it would have killed dozens') tells an act that did not "
      "happen",
      pos=[("Police said a second bomb found in the church in Jos would have killed many more if it had exploded.", ()),
           ("The army said the car bomb would have killed dozens of soldiers if it had exploded at the gate of the "
            "base in Baidoa.", ()),
           ("Had the truck bomb detonated outside the hotel in Kabul, hundreds would have died, the ministry said.",
            ())],
      neg=[("A second bomb exploded in the church in Jos on Sunday, killing two more people.", ("Attack",)),
           ("If confirmed, the strike on the market in Ariha would be the deadliest this year.", ("Attack",))],
      probe=event_kinds, off=no)
def counterfactual(tok: Any) -> bool:
    """Is trigger `tok` the verb of a condition (:func:`_condition_of`) whose main clause is a
    modal perfect ("would have killed"): a counterfactual, an act that did not happen?"""
    return _condition_of(tok) and _modal_perfect(tok.head)


# Verbs whose object is an act held out as a threat: "or face attacks", "risked reprisal strikes".
THREAT_VERBS = frozenset("face risk".split())
DAY_WORDS = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight"
                       r"|overnight|last\s+night)\b")


@rule("event.threatened-act", "'release its fighters or face attacks on hotels': acts a side is told to face or risk "
      "are a threat, no incident",
      pos=[("Al-Shabab told the government to release its fighters or face attacks on hotels in Mogadishu.", ())],
      neg=[("The army base in Mogadishu faced a mortar attack on Monday that killed two soldiers.", ("Attack",))],
      probe=event_kinds, off=no)
def threatened(tok: Any) -> bool:
    """Is trigger noun `tok` the object of "face" or "risk" with no day said in that clause?"""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in THREAT_VERBS:
        return False
    return DAY_WORDS.search(" ".join(t.text for t in tok.head.subtree)) is None


# Not "repeatedly": "has shelled X repeatedly since May. One of the attacks ..." is a series whose
# side the next sentence takes (series.py); the frame must stay for that.
HABIT_ADVERBS = frozenset("often frequently regularly routinely usually sometimes occasionally habitually".split())
MANY = frozenset("several many multiple numerous countless dozens hundreds scores".split())
SPREAD = frozenset("across throughout".split())


def _counted_times(verb: Any) -> bool:
    """Does `verb` carry "several times", "many times", "a number of times"?"""
    return any(t.lower_ == "times" and any(m.lower_ in MANY or m.lower_ == "number" for m in c.subtree if m.i < t.i)
               for c in verb.children if c.dep_ in ("npadvmod", "dobj", "advmod") for t in c.subtree)


@rule("event.habit-told", "'Israeli airstrikes often hit homes in Gaza', 'militants have attacked the mosques "
      "several times': attacks told as a habit or counted in times with no day are a pattern, no incident",
      pos=[("Rights groups said Israeli airstrikes often hit residential buildings in Gaza.", ()),
           ("ISIS militants have attacked Shiite mosques in Kabul several times.", ())],
      neg=[("Israeli airstrikes hit residential buildings in Gaza on Monday.", ("Attack",)),
           ("Militants attacked the Shiite mosque in Kabul several times on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def habit_told(tok: Any) -> bool:
    """Is trigger `tok` told as a habit: a noun subject of a verb with a habit adverb ("airstrikes
    often hit"), or a verb (or the verb carrying a trigger noun) in the present perfect with no
    day or period said, counted in times or done by habit ("have attacked mosques several times"), or
    on a bare plural object over an area with no toll ("have hit schools across Yemen")?"""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "dobj") and tok.head.i != tok.i else tok
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    habit = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS]
    if tok.dep_ == "nsubj" and habit:
        return True  # "airstrikes often hit": a habit of the acts themselves
    return _perfect_pattern(verb, bool(habit))


def _perfect_pattern(verb: Any, habit: bool) -> bool:
    """Is `verb` a present perfect with no day said that is done by habit, counted in times, or
    done to kinds of targets over an area with no toll ("have hit schools across Yemen")?"""
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    words = " ".join(t.text for t in verb.subtree)
    if DAY_WORDS.search(words) is not None or re.search(r"(?i)\bsince\b", words):
        return False  # a day, or a period: a series the next sentence may draw on (series.py)
    if habit or _counted_times(verb):
        return True
    # "have hit hospitals, schools and markets across Yemen": kinds of targets over an area, no toll
    return _bare_plural_object(verb) and any(t.lower_ in SPREAD for t in verb.subtree) and not _toll(verb)


def _bare_plural_object(verb: Any) -> bool:
    """Is the object of `verb` a plural with no article, number or owner ("schools", "hospitals")?"""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in o.children)
                              for o in objs)


def _toll(verb: Any) -> bool:
    """Does the sentence of `verb` tell anyone killed or wounded?"""
    from sitgraph.loaders.extract.numbers import find_casualties

    counts = find_casualties(span_text(verb.sent))
    return bool(counts.killed or counts.wounded)
