"""Blame told in a clause on the attack word: "..., an attack the government blamed on X",
"in an attack that police blamed on X", "a bombing blamed on X". Wire copy, encyclopedic
articles and rights groups tell the incident and whom it is blamed on in one sentence this way;
the side after "on" is the one accused, never a target of the attack (the parse often hangs the
attack word in apposition to the place, so "on X" sits inside the place's phrase).

Used by :meth:`sitgraph.loaders.extract.sentence_reader.SentenceReader.targets`. Cost: a walk
of the trigger's subtree.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.blame_verbs import PUT_ON
from sitgraph.loaders.extract.rules import event_targets
from sitgraph.loaders.extract.rules import rule as named_rule

# The verbs that put an act on a side after "on" (blame_verbs.py).
BLAME_LEMMAS = PUT_ON
# Words for an attack the clause hangs from ("an attack the army blamed on X").
ATTACK_WORDS = frozenset("attack attacks bombing bombings strike strikes blast explosion assault killing killings "
                         "massacre raid ambush shooting kidnapping abduction shelling airstrike".split())


@named_rule("claim.blamed-in-clause", "'..., an attack the government blamed on X': X, after 'on' in a clause on "
            "the attack word, is the side blamed, not a target",
            pos=[("A car bomb killed 30 people at a market in Baidoa, an attack police blamed on al-Shabaab.",
                  (("market", "police"),))],
            neg=[("A drone strike killed four civilians in a market in Bahir Dar on Monday, an attack residents "
                  "blamed for the closure of the market.", (("civilians", "market"),))],
            probe=event_targets, off=lambda trig: set())
def blamed_in_clause(trig: Any) -> set[int]:
    """Positions of the tokens after "on" of a blame verb set in a clause on an attack word
    within `trig`'s phrase ("an attack (that) X blamed on Y", "a bombing blamed on Y")."""
    out: set[int] = set()
    for t in trig.subtree:
        if t.lemma_.lower() not in BLAME_LEMMAS or t.dep_ not in ("relcl", "acl"):
            continue
        if not _on_attack_word(t):
            continue
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ == "on":
                out.update(x.i for x in p.subtree)
    return out


def _on_attack_word(verb: Any) -> bool:
    """Does the clause of `verb` hang from an attack word, climbing at most three nouns or
    pronouns (the parse may hang it from the clause's subject set in apposition: "an attack
    local leaders blamed on X", "an attack which the mission blamed on X") but no verb?"""
    tok = verb
    for _ in range(3):
        if tok.head is tok or tok.head.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
        if _attack_word(tok):
            return True
    return False


def _attack_word(noun: Any) -> bool:
    """Is `noun` an attack word, or does one modify it (the parse of "an attack police blamed on
    X" may make "attack police" one noun phrase)?"""
    return any(w.lemma_.lower() in ATTACK_WORDS or w.lower_ in ATTACK_WORDS
               for w in (noun, *(c for c in noun.children if c.dep_ == "compound")))
