"""An incident's first day told in a relative clause of beginning while the main clause tells
its end: "Soldiers on Monday ended an assault on a hotel in Nairobi that had begun on
Saturday"; "The siege of the hotel, which began on Friday night, ended on Sunday".

A siege, a standoff or an assault lasting days is told by its end in news copy: the main
clause's day is the day it ended, the relative clause on the incident's phrase gives the day
it began, the incident's own day (its start, as a range starts). So does such a clause on the
incident noun that is the doer of the frame's own act ("Fighting that began on Saturday killed
30 people, residents said on Tuesday"). Only a clause of beginning hung in the phrase of an
incident noun that a verb of ending takes as subject or object, or that does the frame's act,
counts: "an offensive that began in May" beside another act is that act's background, and a
truce "that began in March" ended is no incident's start.

Pure function over a spaCy sentence, a date mention and a frame's trigger tokens; cost: a walk
up the parse from the date (the sentence's depth).
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no, rule

# Verbs saying that an act began, and verbs saying that one ended.
BEGINNING = frozenset("begin start erupt".split())
ENDING = frozenset("end finish conclude lift".split())
# Incident nouns told as lasting until ended (a truce is no incident).
LASTING = frozenset("siege assault attack standoff stand-off raid occupation battle fighting clash clashes "
                    "offensive hostage-taking".split())
RELATIVE_PRONOUNS = frozenset("which that".split())


@rule("date.begun-before-end", "'soldiers on Monday ended an assault on a hotel that had begun on Saturday': the day "
      "a relative clause says the incident began is its own, not the day the main clause says it ended",
      pos=[("Soldiers on Tuesday ended an assault by gunmen on a hotel in Mogadishu that had begun on Sunday, "
            "killing 21 people.", (("2023-11-12", None),))],
      neg=[("Russian forces shelled Kharkiv on Tuesday, in an offensive that began in May, killing five people.",
            (("2023-11-14", None),))],
      probe=event_dates, off=no)
def begun_before_end(sent: Any, mention: Any, triggers: list[Any]) -> bool:
    """Is date `mention` (offsets into spaCy sentence `sent`) in a relative clause of beginning
    ("that had begun on Saturday") hung in the phrase of one of the frame's `triggers`, an
    incident noun (:data:`LASTING`) that a verb of ending takes as subject or object, or the
    subject of another trigger?"""
    verb = _clause_verb(sent, mention)
    if verb is None or verb.dep_ != "relcl" or verb.lemma_.lower() not in BEGINNING:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return False
    # the incident's noun: the first lasting one the clause hangs in, subject or object of its verb
    noun = next((a for a in [verb.head, *verb.head.ancestors]
                 if a.lemma_.lower() in LASTING and a.dep_ in ("nsubj", "dobj", "nsubjpass")), None)
    return noun is not None and _lasting(noun, triggers)


def _lasting(noun: Any, triggers: list[Any]) -> bool:
    """Is lasting incident `noun` ended by its verb, the frame's or the one its act hangs on
    ("ended an assault ..., killing 21"), or doing the frame's act ("Fighting ... killed 30")?"""
    ids = {t.i for t in triggers} | {t.head.i for t in triggers}
    if noun.head.lemma_.lower() in ENDING:
        return noun.i in ids or noun.head.i in ids
    return noun.dep_ == "nsubj" and noun.head.i in {t.i for t in triggers}


def _clause_verb(sent: Any, mention: Any) -> Any | None:
    """The verb heading the clause the date `mention` hangs in, or None."""
    start, end = sent.start_char + mention.start, sent.start_char + mention.end
    inside = [t for t in sent if start <= t.idx < end]
    tok = next((t for t in inside if not start <= t.head.idx < end), None)
    if tok is None:
        return None
    return next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), None)
