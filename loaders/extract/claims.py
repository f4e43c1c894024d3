"""Who asserts what a sentence reports: "X said", "X claimed", "according to X", "X confirmed".

:func:`claimers` reads one parsed sentence and returns the entity ids of the actors who
assert it. A pronoun speaker ("He claimed ...") is the last named speaker of the report
(passed in as `last_speakers`).
"""

from __future__ import annotations

from typing import Any

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

    def add_subtree(tok: Any) -> None:
        found = False
        # "Hamas's armed wing, the Qassam Brigades, said": the wing speaks, not its possessor.
        owners = {t.i for p in tok.subtree if p.dep_ == "poss" for t in p.subtree}
        named = [t for t in tok.subtree if ent_at(t)]
        if any(t.i not in owners for t in named):
            named = [t for t in named if t.i not in owners]
        for t in named:
            eid = ent_at(t)
            if eid and eid not in out:
                out.append(eid)
                found = True
        definite = tok.lower_ in SPEAKER_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if not found and (tok.lower_ in PRONOUNS or definite):
            for eid in last_speakers:
                if eid not in out:
                    out.append(eid)

    for tok in sent:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            for child in to.children:
                if child.dep_ == "pobj":
                    add_subtree(child)
            # spaCy sometimes hangs the object elsewhere: take the next actor.
            if not out:
                for t in tok.doc[tok.i + 2: min(sent.end, tok.i + 10)]:
                    eid = ent_at(t)
                    if eid:
                        out.append(eid)
                        break
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS:
            for child in tok.children:
                if child.dep_ in ("nsubj",):
                    add_subtree(child)
                # "local officials told Reuters": the outlet reports it too.
                if tok.lemma_.lower() == "tell" and child.dep_ in ("dobj", "dative") and ent_at(child):
                    add_subtree(child)
    return tuple(out)
