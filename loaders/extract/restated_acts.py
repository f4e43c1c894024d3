"""The incident named again after its victims, with a clause saying who claimed, blamed,
carried out or condemned it: "..., killing seven officers, an attack also claimed by X",
"..., a strike the army blamed on Y", "..., an attack condemned by the UN". Wire agencies,
broadcasters and rights groups close a sentence this way in every war; the attack word set off
by a comma restates the incident, so the names in its clause (the clause's subject and its "by"
agent) speak about the incident and are never what it struck. The claimant or the side blamed
is then read as the perpetrator by the claim and blame readers; a body condemning it is neither
side. What the restating word itself aims at ("..., an attack on a school and a clinic") stays
a target: only the clause's subject and agent are kept out.

Used by :meth:`sitgraph.loaders.extract.sentence_reader.SentenceReader.targets`. Cost: a walk
of the trigger's subtree.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.blame_clauses import ATTACK_WORDS
from sitgraph.loaders.extract.rules import event_targets, rule

# The dependents of the clause's verb that name who speaks about the incident or did it.
SPEAKER_DEPS = frozenset({"nsubj", "agent"})
# How the parse hangs the restating word: in apposition, or as a second object or modifier of
# the verb when the apposition is missed ("killed 20 worshippers ..., an attack condemned by X").
RESTATING_DEPS = frozenset({"appos", "dobj", "npadvmod", "conj"})


@rule("target.restated-act-clause", "'..., an attack claimed by X', '..., a strike the army blamed on Y': the "
      "names in a clause on an attack word set off after the victims tell who claimed, blamed or condemned the "
      "incident, not what it struck",
      pos=[("A suicide bomber killed 20 worshippers at a mosque in Quetta, Pakistan, on Friday, an attack "
            "condemned by the United Nations.", (("civilians", "mosque"),)),
           ("Rebels shelled a camp for displaced people near Goma, Congo, on Sunday, killing nine people, an "
            "attack the army blamed on the M23.", (("camp for displaced people", "civilians"),))],
      neg=[("Shells killed four people in Kharkiv, Ukraine, on Monday, an attack on a school and a clinic.",
            (("civilians", "clinic", "school"),))],
      probe=event_targets, off=lambda trig: set())
def restated_clause(trig: Any) -> set[int]:
    """Positions of the tokens naming the subject or the "by" agent of a clause on an attack
    word set off by a comma within `trig`'s phrase (the incident restated)."""
    out: set[int] = set()
    doc = trig.doc
    for noun in trig.subtree:
        if noun is trig or noun.dep_ not in RESTATING_DEPS or not _attack_word(noun):
            continue
        start = noun.left_edge.i
        if start == 0 or doc[start - 1].text != ",":
            continue  # not set off: "killed officers in an attack claimed by X" is told elsewhere
        for verb in noun.children:
            if verb.dep_ not in ("acl", "relcl"):
                continue
            for c in verb.children:
                if c.dep_ in SPEAKER_DEPS:
                    out.update(t.i for t in c.subtree)
    return out


def _attack_word(noun: Any) -> bool:
    """Is `noun` an attack word ("an attack", "a strike", "a bombing")?"""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in ATTACK_WORDS or noun.lower_ in ATTACK_WORDS)
