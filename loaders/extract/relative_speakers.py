"""A side that speaks in a relative clause on its own name and tells its own act there: "The
federal government, which said at the time it had targeted rebel fighters, has not
commented", "the army, which says its troops struck a rebel base, denied ...". Broadcasters'
and wires' aftermath copy hangs a side's past account of a strike on the side's name this way,
often in the paragraph after an air strike told with no doer. The pronoun doing the act ("it",
"its troops") stands for the clause's head; the head is read without the clause, whose
objects are what the side says it struck, not who speaks.

Used by :meth:`sentence_reader.SentenceReader._pronoun_subject` (the pronoun of a reported
act stands for the speaker above) and :mod:`own_claims` (a side's own act, claimed). Only
a relative pronoun as the subject of the verb of saying counts: "the town, where officials
said it had been hit" names no speaker. Cost: a walk of the head's phrase.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.relative_blamers import RELATIVES
from sitgraph.loaders.extract.rules import event_actors, rule

SAYING = frozenset("say state announce claim insist maintain tell".split())


def speaking_head(subj: Any) -> Any:
    """The head a relative pronoun `subj` stands for when it is the subject of a verb of
    saying set as a relative clause ("the government, which said ..."); else None."""
    verb = subj.head
    if subj.dep_ != "nsubj" or subj.lower_ not in RELATIVES or verb.dep_ != "relcl":
        return None
    return verb.head if verb.lemma_.lower() in SAYING else None


@rule("event.relative-speaker", "'the government, which said it had targeted rebel fighters': the pronoun of the "
      "act told in a relative clause of saying is the clause's head, which did it",
      pos=[("An air strike hit the market in Hawzen on Tuesday, killing 14 people. The Ethiopian federal government, "
            "which said at the time it had targeted TPLF fighters, has not responded to the findings.",
            (("Ethiopia",),))],
      neg=[("An air strike hit the market in Hawzen on Tuesday, killing 14 people. The TPLF, which said the strike "
            "had killed civilians, condemned the attack.", ((),)),
           ("An air strike hit the market in Hawzen on Tuesday, killing 14 people. Residents, who said they had "
            "heard jets before the blast, gathered at the church.", ((),))],
      probe=event_actors, off=lambda reader, subj, kinds: None)
def relative_speakers(reader: Any, subj: Any, kinds: tuple[str, ...]) -> list[str] | None:
    """Entities of `kinds` named by the head that relative pronoun `subj` stands for (see
    :func:`speaking_head`), its clause left out (possibly none: then no speaker above it
    speaks either); None when `subj` is no such pronoun."""
    head = speaking_head(subj)
    if head is None:
        return None
    inside = {t.i for t in subj.head.subtree}
    return reader.ents_in([t for t in head.subtree if t.i not in inside], kinds)
