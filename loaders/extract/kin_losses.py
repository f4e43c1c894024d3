"""Witnesses' own losses, told in quote-led stories beside the incident they survived.

Eyewitness and survivor stories introduce the people they quote by what the attack cost them:
"Her father and her younger brother were killed in front of their house, she said", "Salem's
husband was shot dead". The harm done to a speaker's kin, with no day, time or named place of
its own, is the report's incident told again as a loss (its dead are already in its toll), never
an incident of its own. "Ahmad's brother was killed in Saraqib on Sunday" keeps its day and
place and stays an incident; "whose brother was wounded" is whose_losses.py's.

The speaker's own flight told in a relative clause on the speaker ("said Rose-Marie Joseph, 45,
who fled the town of X after gunmen attacked it") is how the story introduces a witness; the
flight the report counts ("more than 6,000 people fled X, the IOM said") is the displacement.
A flight with a figure in its clause stays.

Pure functions over a spaCy token; cost: a look at the verb's children and subtree.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.time_tokens import tells_time
from sitgraph.loaders.extract.wordlists import word_set

# The shared lemmas of harm, and "shoot" ("was shot dead"), which unstruck.py must not take as harm:
# there "no one shot at the convoy" denies a doer.
HARM_LEMMAS = word_set("harm_lemmas") | {"shoot"}
OWNERS = frozenset("her his my our their your".split())
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
FLIGHT_LEMMAS = frozenset("flee escape".split())


def _owned_kin(noun: Any, kin: frozenset[str]) -> bool:
    """Is `noun` a kin noun owned by a possessive pronoun or a person's name ("her father",
    "Salem's husband")? True when so."""
    if noun.lower_ not in kin:
        return False
    return any(c.dep_ == "poss" and (c.lower_ in OWNERS or c.pos_ == "PROPN") for c in noun.children)


def _kin_subject(tok: Any, kin: frozenset[str]) -> bool:
    """Is every passive subject of `tok`, with its coordinated nouns, a speaker's kin?"""
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return False
    nouns = [s for s in subjects] + [c for s in subjects for c in s.children if c.dep_ == "conj"]
    return all(_owned_kin(n, kin) for n in nouns)


@rule("event.kin-loss", "'Her father and her brother were killed in front of their house, she said': the harm "
      "done to a speaker's kin, with no day or named place of its own, is the incident told again as a loss",
      pos=[("Her father and her younger brother were killed in front of their house, she said.", ()),
           ("\"We ran to the river,\" Adama said. Her husband was shot dead at the well.", ())],
      neg=[("Her brother was killed by a roadside bomb in Kaya on Sunday.", ("Attack",)),
           ("Two soldiers were killed in front of the mayor's house.", ("Attack",))],
      probe=event_kinds, off=no)
def kin_loss(tok: Any) -> bool:
    """Is `tok` a verb of harm whose passive subjects are all a speaker's kin ("her father and
    her brother were killed"), with no day, time or named place in its clause? True when so."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in HARM_LEMMAS:
        return False
    if not _kin_subject(tok, word_set("kin_nouns")):
        return False
    return not any(tells_time(t) or t.ent_type_ in PLACE_ENTS for t in tok.subtree)


@rule("event.speaker-fled", "'said Rose-Marie Joseph, 45, who fled the town of X after gunmen attacked it': the "
      "speaker's own flight in a relative clause on the speaker introduces a witness; no displacement of its own",
      pos=[("\"They burned everything,\" said Awa Diallo, 45, who fled the village of Boni after gunmen "
            "attacked it on Friday.", ("Attack",))],
      neg=[("\"They burned everything,\" said Awa Diallo, 45. More than 3,000 people fled the village of Boni "
            "after gunmen attacked it on Friday.", ("Displacement", "Attack"))],
      probe=event_kinds, off=no)
def speaker_fled(tok: Any) -> bool:
    """Is `tok` a verb of flight in a "who" clause on a named person ("said X, 45, who fled
    Y"), with no figure in its own words? True when so."""
    if tok.lemma_.lower() not in FLIGHT_LEMMAS or tok.dep_ != "relcl" or tok.head.ent_type_ != "PERSON":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in tok.children):
        return False
    return not any(c.like_num for c in tok.subtree if not tells_time(c))
