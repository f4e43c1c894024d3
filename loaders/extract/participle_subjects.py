"""The subject a participle shares with its main verb when that subject is a pronoun: "Islamic
State fighters captured Mocimboa da Praia in 2020. In 2021, they overran the town of Palma,
killing dozens of civilians." Who killed is who overran, and "they" stands for the side the
sentence before named (:func:`antecedents.previous_subject`).

A participle clause of result ("killing", "wounding", "leaving 12 dead") has no subject of
its own in any outlet's English: it takes the main verb's. With a named subject the reader
already gives it; with a pronoun the climb to the sentence before stopped at the participle,
so the killing had no author while the overrunning had one. Cost: a look at the token's
children and head.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, rule

SUBJECTS = ("nsubj", "nsubjpass")


def _same(trig: Any) -> Any:
    """Off value: the trigger itself."""
    return trig


@rule("event.participle-pronoun-subject", "'they overran the town of Palma, killing dozens': a participle of result "
      "after a main verb whose subject is a pronoun takes the side the pronoun stands for",
      pos=[("Islamic State fighters captured Mocimboa da Praia in August 2020. In March 2021, they overran the town "
            "of Palma, killing dozens of civilians.", (("Islamic State",), ("Islamic State",), ("Islamic State",)))],
      neg=[("Islamic State fighters captured Mocimboa da Praia in August 2020. Residents said they overran the town "
            "of Palma in March 2021, killing dozens of civilians.", (("Islamic State",), (), ()))],
      probe=event_actors, off=_same)
def clause_verb(trig: Any) -> Any:
    """The verb whose subject `trig` shares: the head of a present participle clause with no
    subject of its own ("..., killing dozens"), else `trig` itself."""
    if trig.dep_ == "advcl" and trig.tag_ == "VBG" and trig.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in SUBJECTS for c in trig.children):
        return trig.head
    return trig
