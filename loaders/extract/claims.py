"""Who asserts what a sentence reports: "X said", "X claimed", "according to X", "X confirmed".

:func:`claimers` reads one parsed sentence and returns the entity ids of the actors who
assert it. A pronoun speaker ("He claimed ...") is the last named speaker of the report
(passed in as `last_speakers`).
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_claimers, no, nothing, rule

SPEECH_VERBS = frozenset(
    "say claim confirm report announce state accuse deny tell add allege note insist warn assert "
    "blame document record verify acknowledge declare write post publish tweet".split()
)
PRONOUNS = frozenset("he she they it we".split())
# "The group says ...": a definite generic noun for the organisation that spoke last.
SPEAKER_NOUNS = frozenset("group organization organisation monitor agency observatory".split())


def claimers(sent: Any, ent_at: Any, last_speakers: tuple[str, ...]) -> tuple[str, ...]:
    """Actor entity ids asserting the content of `sent` (a spaCy Span).

    `ent_at(token)` gives the entity id of the Actor mentioned at a token, or None.
    Cost: one pass over the sentence's tokens.
    """
    out: list[str] = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            _according_to(tok, sent, ent_at, last_speakers, out)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS:
            _speech_subjects(tok, ent_at, last_speakers, out)
    return tuple(out)


@rule("claim.according-to", "'according to X': X asserts what the sentence reports",
      pos=[("Five people were killed in Kano, according to Amnesty International.", (("Amnesty International",),))],
      neg=[("Five people were killed in Kano.", ((),))],
      probe=event_claimers, off=nothing)
def _according_to(tok: Any, sent: Any, ent_at: Any, last_speakers: tuple[str, ...], out: list[str]) -> None:
    """"according to X" (`tok` is "according"): X's actors join `out`."""
    to = tok.doc[tok.i + 1]
    for child in to.children:
        if child.dep_ == "pobj":
            _add_subtree(child, ent_at, last_speakers, out)
    # spaCy sometimes hangs the object elsewhere: take the next actor.
    if not out:
        for t in tok.doc[tok.i + 2: min(sent.end, tok.i + 10)]:
            eid = ent_at(t)
            if eid:
                out.append(eid)
                break


@rule("claim.speech-subject", "the subject of a speech verb ('X said', 'X told Reuters') asserts the sentence",
      pos=[("Amnesty International said five people were killed in Kano.", (("Amnesty International",),))],
      neg=[("Five people were killed in Kano on Monday.", ((),))],
      probe=event_claimers, off=nothing)
def _speech_subjects(tok: Any, ent_at: Any, last_speakers: tuple[str, ...], out: list[str]) -> None:
    """A speech verb `tok`: its subject's actors join `out` (and, for "tell", its hearer's)."""
    if tok.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children):
        _nearest_before(tok, ent_at, out)
    for child in tok.children:
        if child.dep_ in ("nsubj",):
            _add_subtree(child, ent_at, last_speakers, out)
        # "local officials told Reuters": the outlet reports it too.
        if tok.lemma_.lower() == "tell" and child.dep_ in ("dobj", "dative") and ent_at(child):
            _add_subtree(child, ent_at, last_speakers, out)


def _nearest_before(verb: Any, ent_at: Any, out: list[str]) -> None:
    """"In an interview with VOA, X, the security minister, confirmed that ...": the parse
    hangs the speaker off the opening phrase and leaves the verb without a subject; the actor
    named nearest before the verb speaks. Cost: at most 12 tokens."""
    for t in reversed(verb.doc[max(verb.sent.start, verb.i - 12):verb.i]):
        if t.pos_ in ("VERB", "AUX"):
            return
        eid = ent_at(t)
        if eid:
            if eid not in out:
                out.append(eid)
            return


def _add_subtree(tok: Any, ent_at: Any, last_speakers: tuple[str, ...], out: list[str]) -> None:
    """The actors named in `tok`'s subtree join `out`; a pronoun or "the group" naming
    none stands for `last_speakers`."""
    found = False
    for eid in _named_in(tok, ent_at):
        if eid and eid not in out:
            out.append(eid)
            found = True
    definite = tok.lower_ in SPEAKER_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if not found and (tok.lower_ in PRONOUNS or definite):
        for eid in last_speakers:
            if eid not in out:
                out.append(eid)


def _named_in(tok: Any, ent_at: Any) -> list[Any]:
    """The entity ids at the tokens of `tok`'s subtree, possessors left out when anything else is named."""
    # "Hamas's armed wing, the Qassam Brigades, said": the wing speaks, not its possessor.
    owners = {t.i for p in tok.subtree if p.dep_ == "poss" for t in p.subtree}
    named = [t for t in tok.subtree if ent_at(t)]
    if any(t.i not in owners for t in named):
        named = [t for t in named if t.i not in owners]
    return [ent_at(t) for t in named]


# What a sentence says of an incident told before it: "the attack", "Wednesday's deaths", "the toll".
SPEAKS_OF_INCIDENT = re.compile(
    r"(?i)\b(?:(?:the|these|those|this|its|their)\s+(?:[a-z][\w-]*\s+)?(?:attacks?|strikes?|air\s?strikes?|raids?"
    r"|bombardments?|bombings?|shelling|assaults?|ambush|massacre|fighting|clashes)"
    r"|deaths|death\s+toll|toll|casualties|victims|the\s+dead|the\s+wounded|blasts?|explosions?|killings?)\b")


@rule("claim.source-of-last", "the speaker of a sentence that tells no incident but speaks of the one told just "
      "before ('X told reporters the deaths occurred in ...') is a source of it",
      pos=[("Gunmen killed five traders in Kano on Monday. Amnesty International said the victims were "
            "shot at close range.", (("Amnesty International",),))],
      neg=[("Gunmen killed five traders in Kano on Monday. Amnesty International said it would open an "
            "office in Abuja.", ((),))],
      probe=event_claimers, off=no)
def speaks_of_incident(text: str) -> bool:
    """Does sentence `text` speak of an incident ("the attack", "the deaths", "the toll")?"""
    return SPEAKS_OF_INCIDENT.search(text) is not None
