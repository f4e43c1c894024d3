"""Attacks told as what a side does, not as what it did: background lines of news copy in
every war ("its cells still carry out ambushes in the hills", "the group continues to
launch raids on the road", "the town has been hit repeatedly").

A verb in the simple present with a bare plural object ("carry out ambushes", "shell army
posts") or a plural subject ("its strikes enforce the ceasefire"), a present state exposed to
bare plural acts ("remains exposed to strikes", "is vulnerable to raids"), or a verb that goes
on ("still", "continue to"), tells a habit; so does a perfect with "repeatedly". None is one
incident unless the sentence gives a day, a time or a toll ("still carry out ambushes, killing
two soldiers on Monday" tells one). A title's present ("Militants attack army
posts") is a headline's tense, not a habit, so the report's first sentence is never read so.

Cost: a walk up from the trigger to its clause's verb, a look at the verb's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.span_text import sentence_start_of, span_text
from sitgraph.loaders.extract.time_tokens import tells_time

PRESENT_TAGS = frozenset({"VBP", "VBZ"})
GOING_ON = frozenset({"still"})
GO_ON_VERBS = frozenset({"continue", "keep"})
AGAIN_AND_AGAIN = frozenset({"repeatedly"})
# A day or time said in the clause makes it one incident.
# Verbs of a state the acts threaten: "remains exposed to", "is vulnerable to".
STATE_VERBS = frozenset({"be", "remain", "stay", "seem", "appear"})
SPEECH = frozenset({"say", "tell", "add", "claim", "report", "state", "accuse", "deny", "blame"})


@rule("event.present-habit", "'its cells still carry out ambushes', 'continues to launch raids', 'has been hit "
      "repeatedly': a side's habit told in the present or with 'repeatedly', no day or toll, is no incident",
      pos=[("Militants attacked a checkpoint in Kirkuk on Monday, killing two soldiers. The group's cells still carry "
            "out ambushes in the rugged areas between Kirkuk and Diyala.", ("Attack",)),
           ("Troops clashed with rebels near Goma on Monday. The rebels still hold Bunagana, where they shell army "
            "positions.", ("Attack",))],
      neg=[("Its cells still carried out an ambush in the hills near Kirkuk on Monday, killing two soldiers.",
            ("Attack",)),
           ("Gunmen repeatedly fired on a bus near Kidal on Saturday, killing eight people.", ("Attack",)),
           ("Troops clashed with rebels near Goma on Monday. Two airstrikes hit a camp near Rutshuru, killing eight "
            "rebels.", ("Attack", "Attack"))],
      probe=event_kinds, off=no)
def present_habit(tok: Any) -> bool:
    """Is trigger `tok` (a verb, or a noun its clause's verb carries) told as a habit: a
    present-tense clause going on or with a bare plural of attacks, or a perfect with
    "repeatedly", with no day, time or toll in the sentence?"""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "nsubj") \
            and verb.head.i != verb.i:
        verb = verb.head  # "carry out ambushes", "its strikes enforce": the verb carrying the noun
    if verb.dep_ == "acomp" and verb.head.lemma_ in STATE_VERBS:
        verb = verb.head  # "is vulnerable to raids", "remains exposed to strikes": the state's verb
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in SPEECH or sentence_start_of(verb) == 0:
        return False
    if not (_present_habit(tok, verb) or _perfect_repeated(verb)):
        return False
    sent = verb.sent
    if any(tells_time(t) for t in sent):
        return False
    from sitgraph.loaders.extract.numbers import find_casualties

    counts = find_casualties(span_text(sent))
    return not (counts.killed or counts.wounded)


def _present_habit(tok: Any, verb: Any) -> bool:
    """A simple present going on ("still carry out", "continues to launch") or taking a bare
    plural of attacks ("carry out ambushes")."""
    if verb.lemma_ in STATE_VERBS and tok.dep_ == "pobj":
        return _exposed(tok, verb)
    finite = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ in GO_ON_VERBS else verb
    if finite.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in finite.children):
        return False
    if finite is not verb or any(c.dep_ == "advmod" and c.lower_ in GOING_ON for c in finite.children):
        return True
    if tok is not verb:
        return _plural_acts(tok)
    return any(c.dep_ == "dobj" and _bare_plural(c) for c in verb.children)  # "where they shell army posts"


def _exposed(tok: Any, verb: Any) -> bool:
    """'remains exposed to strikes', 'is vulnerable to raids': a state the bare plural acts of
    `tok` threaten, told in the simple present by `verb`."""
    return verb.tag_ in PRESENT_TAGS and _bare_plural(tok) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _plural_acts(tok: Any) -> bool:
    """A noun `tok` carried by a simple-present verb that names acts in general: a bare plural
    object ("shell army posts") or a plural subject with no article or number ("its strikes
    enforce the ceasefire": a side's acts in general do what the verb says)."""
    if tok.dep_ == "nsubj":
        return tok.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod") for c in tok.children)
    return _bare_plural(tok) and tok.dep_ == "dobj"


def _bare_plural(noun: Any) -> bool:
    """A plural noun with no article, number or owner: attacks in general, not some."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)


def _perfect_repeated(verb: Any) -> bool:
    """'has been hit repeatedly', 'have repeatedly shelled': a perfect told again and again."""
    kids = list(verb.children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)
    return perfect and any(c.dep_ == "advmod" and c.lower_ in AGAIN_AND_AGAIN for c in kids)
