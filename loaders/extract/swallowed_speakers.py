"""A told clause the parser makes the subject of the speech verb that closes the sentence: "On
Thursday, an X sniper shot dead a police officer at a checkpoint in Y, a spokesman, Z, said." The
parse hangs the whole clause from its act ("shot", read as a noun or left a verb) as the subject
of "said", so every side in it, the doer too, was read as a speaker, and a speaker is never a
perpetrator. Wire copy closes most sentences with its source this way; the slip comes with act
words that are also nouns ("shot", "fire", "strike"). When the subject is such an act word, the
speaker is the side named nearest before the verb (the source after the last comma).

Cost: one look at the subject token of each speech verb.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, no, rule

# The verb tags of an act the parser left a verb while making it a subject ("shot", "killed").
PAST_TAGS = frozenset({"VBD", "VBN"})


@rule("claim.told-clause-as-subject", "a speech verb whose subject the parse makes the told clause's own act "
      "('..., a sniper shot dead a boy ..., a rights group said'): the speaker is the side named nearest "
      "before the verb, and the doer in the clause is no speaker",
      pos=[("On Thursday morning, a Taliban sniper shot dead a police officer at a checkpoint in the Nad-e Ali "
            "district of Helmand, a provincial spokesman, Omar Zwak, said.", (("Taliban",),))],
      neg=[("Houthi fighters shelled a market in Taiz on Sunday, killing three people, the Yemeni Network for "
            "Rights and Freedoms said.", (("Houthis",),)),
           ("The Yemeni Network for Rights and Freedoms, a local monitor with sources across the province, said "
            "Houthi fighters shelled a market in Taiz on Sunday.", (("Houthis",),))],
      probe=event_actors, off=no)
def told_clause_as_subject(subj: Any) -> bool:
    """Is `subj`, the subject the parse gives a speech verb, the act of the clause the speaker
    tells (a past verb form, or "shot" before "dead" read as a noun), with objects of its own?"""
    if subj.i >= subj.head.i:
        return False
    act = subj.tag_ in PAST_TAGS or (subj.lower_ == "shot" and subj.i + 1 < len(subj.doc)
                                     and subj.nbor(1).lower_ == "dead")
    return act and any(c.dep_ in ("dobj", "prep", "conj", "appos", "npadvmod") for c in subj.children)
