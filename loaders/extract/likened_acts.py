"""An earlier act told in a likeness: "The attack followed a similar pattern to the assault on
X in August, when fighters killed 130 people", "The ambush recalled the raid on Y in 2014,
when gunmen killed 48". News copy of every war likens an incident to an earlier one and tells
that earlier act in a "when" clause hung on its time. The guide keeps the specific earlier act
as an event of its own; read as more of the incident restated as the subject ("The attack"),
its larger toll would replace the incident's (the largest figure given wins).

The comparison by "since" ("the deadliest since July, when ...") is
:func:`recalled_acts.when_recalled`'s; this is the likeness by a verb or an adjective.

Pure; a look at a clause's children and a few tokens before it.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.recalled_acts import is_time_word
from sitgraph.loaders.extract.rules import event_roles, event_tolls, no, nothing, rule

# Words that liken the subject to what follows: "resembled", "echoed", "followed a similar
# pattern to", "was reminiscent of", "mirrored".
LIKENING = frozenset("resemble resembled resembles echo echoed echoes recall recalled recalls mirror mirrored mirrors "
                     "similar reminiscent like".split())
# How far before the time word the likening word may stand (tokens): "followed a similar
# pattern to JNIM's assault on the town of X on 24 August 2023, when".
_REACH = 24


@rule("event.likened-when", "'The attack followed a similar pattern to the assault on X in August, when fighters "
      "killed 130 people': the 'when' clause of the time of an act the incident is likened to tells that earlier "
      "act, with its own toll",
      pos=[("Fighters attacked an army post in Djibo on Monday, killing 30 soldiers. The attack followed a similar "
            "pattern to the assault on Dori in August 2023, when fighters killed 130 people.",
            ((30, None, None), (130, None, None)))],
      neg=[("A suicide bomber struck a mosque in Kunduz on Friday, killing 40 worshippers. The bombing recalled the "
            "days of the civil war, when such attacks were common.", ((40, None, None),))],
      probe=event_tolls, off=no)
def likened_when(inner: Any) -> bool:
    """Is clause `inner` (a verb) a "when" clause hung on the time of an act its sentence
    likens the incident to ("similar to the assault on X in August, when ...")? Such a
    clause tells the earlier act, not the sentence's own.
    Cost: a look at the clause's children and at most :data:`_REACH` tokens before it."""
    when = [c for c in inner.children if c.lower_ == "when" and c.dep_ in ("advmod", "mark")]
    if inner.dep_ not in ("relcl", "advcl") or not when:
        return False
    doc = inner.doc
    before = [doc[i] for i in range(when[0].i - 1, max(-1, when[0].i - 3), -1) if not doc[i].is_punct][:1]
    if not any(is_time_word(t) for t in before):
        return False
    # the likening word before the time, in the same clause (no full stop or semicolon between)
    for i in range(before[0].i - 1, max(-1, before[0].i - _REACH), -1):
        if doc[i].text in (".", ";") or doc[i].lower_ == "when":
            return False
        if doc[i].lower_ in LIKENING:
            return True
    return False


# A sentence that likens its subject to an act told after: "resembled the raid on X",
# "followed a similar pattern to the assault on Y", "echoed", "was reminiscent of".
LIKENED = re.compile(r"(?i)\b(?:resembl(?:ed|es)|echo(?:ed|es)|recall(?:ed|s)|mirror(?:ed|s)|similar\s+(?:\w+\s+)?to"
                     r"|reminiscent\s+of|(?:followed|follows)\s+(?:a|the)\s+(?:similar|same)\s+pattern)\b")


@rule("assemble.role-likened", "'The attack followed a similar pattern to the assault on X in August 2023, when ...': "
      "the act likened to, dated a month or more before the incident, is background of its own, not the incident "
      "restated",
      pos=[("Fighters attacked an army post in Djibo on Monday, killing 30 soldiers. The attack followed a similar "
            "pattern to the assault on Dori in August 2023, when fighters killed 130 people.",
            (("Attack", "incident"), ("Attack", "background")))],
      neg=[("Fighters attacked an army post in Djibo on Monday, killing 30 soldiers. The attack followed a similar "
            "pattern to earlier raids.", (("Attack", "incident"),))],
      probe=event_roles, off=nothing)
def role_likened(sentence: str, f: Any, reference: str | None) -> str | None:
    """Background for attack frame `f` of a sentence likening the incident to an earlier act
    (:data:`LIKENED`), when `f` is dated in a month before the incident's `reference`: the
    sentence's subject restates the incident, but the act it carries is the earlier one;
    too vague to keep (generic) when a "when" clause told apart tells that act in full.
    None otherwise. Cost: one regex scan."""
    # only a sentence told apart at its "when" clause (likened_when): read whole ("..., in which
    # gunmen killed 48"), its place, a name the parse may take for a person, is lost to it
    if f.kind != "Attack" or not f.clause or not f.date or not f.date_explicit or not reference or len(f.date) < 7:
        return None
    if f.date[:7] >= reference[:7] or not LIKENED.search(sentence):
        return None
    f.anaphoric = f.claim_back = False
    # the main clause, its "when" clause told apart (likened_when), names the act the clause
    # tells in full: one event, the clause's
    if f.clause == "outer" and not (f.killed or f.wounded):
        return "generic"
    return "background"
