"""A transcript's introduction announces the briefing; the turns tell its acts. "Colonel X, the
ministry's spokesperson, held a press briefing on Thursday on the ambush near Y." / "General Z
spoke to journalists on Monday, the day after a car bomb exploded outside a hotel." Published
before the first speaker's label of a briefing, a press conference or an interview, such a
sentence names the act only as the briefing's subject ("on the ambush") or its time ("the day
after a car bomb exploded"); the speaker then tells the act with its place, day and toll. Read as
an incident, the announcement is a second, poorer copy that rarely joins the told one (its day is
the briefing's, its doer the speaker's body).

A sentence before the first turn label whose head is the briefing ("Interior ministry's press
briefing on the ambush: transcript", a title) or whose main verb is a briefing's (briefed, spoke, held,
gave, addressed, opened) with the audience or the briefing as its object ("journalists",
"reporters", "the press", "a press briefing", "a press conference") gives no frames. What stays:
a sentence that puts the act as what was said ("told reporters that gunmen had attacked ..."),
any sentence of a report with no turns (a news story's "the minister told a news conference on
Monday after militants killed ..." tells the attack), and every sentence inside a turn.

Cost: one scan of the sentence's root and its children for a sentence before the first label of a
report with turns; nothing elsewhere.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_evidence, rule

# The main verb of an announcement of a briefing: "briefed journalists", "spoke to reporters", "held a
# press conference", "gave a briefing", "addressed the media", "opened with a statement".
BRIEFING_VERBS = frozenset("brief speak hold give address open".split())
# The audience or the briefing itself, the verb's object or the object of its preposition.
BRIEFING_NOUNS = frozenset("journalist reporter press media correspondent briefing conference interview "
                           "newsman".split())
# What opens a clause put as what was said ("briefed reporters that ..."): its act is told, not named.
_SAID_MARKS = frozenset("that how".split())
# A news story's sentence of the same words: no turns follow, the attack is told there.
_NEWS = ("General Ali Noor spoke to journalists on Monday, the day after a car bomb exploded outside a hotel in "
         "Baidoa, killing nine people.")


@rule("event.briefing-intro", "'General Z spoke to journalists on Monday, the day after a car bomb exploded': a "
      "transcript's introduction announces the briefing; the act it names is told in the turns",
      pos=[("General Ali Noor spoke to journalists on Monday, the day after a car bomb exploded outside a hotel in "
            "Baidoa.\n\nGEN. NOOR: Good morning. On Sunday evening a car bomb exploded outside the Sahal hotel in "
            "Baidoa, killing nine people.",
            ("On Sunday evening a car bomb exploded outside the Sahal hotel in Baidoa, killing nine people.",))],
      neg=[(_NEWS, (_NEWS,))],
      probe=event_evidence, off=lambda sent, marks: False)
def announces_briefing(sent: Any, marks: list[tuple[int, str]]) -> bool:
    """Is `sent` a transcript's announcement of its briefing: before the first turn label of `marks`
    (speaker_turns.turns), headed by the briefing (a title) or holding a briefing verb whose object
    is the audience or the briefing, with no clause of what was said?"""
    if not marks or sent.end_char > marks[0][0]:
        return False
    root = sent.root
    if root.lemma_.lower() in BRIEFING_NOUNS or root.lemma_.lower() == "transcript":
        return True  # its title: "Police chief's press conference on the hotel bombing: transcript"
    return any(_briefs(t) for t in sent if t.pos_ == "VERB")


def _briefs(verb: Any) -> bool:
    """A verb of briefing with the audience or the briefing as its object and no clause of what was
    said ("briefed journalists on", "held a press conference"; not "told reporters that")."""
    if verb.lemma_.lower() not in BRIEFING_VERBS or any(_said(c) for c in verb.children):
        return False
    if verb.dep_ == "amod" and verb.head.lemma_.lower() in BRIEFING_NOUNS:
        return True  # "briefed journalists" parsed as a noun phrase
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in BRIEFING_NOUNS for o in objects)


def _said(clause: Any) -> bool:
    """A clause of what was said under a briefing verb: "(briefed reporters) that gunmen had attacked";
    not a clause the parser hung there ("spoke on Monday, the day after a car bomb exploded")."""
    return clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in _SAID_MARKS for c in clause.children)
