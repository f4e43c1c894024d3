"""A blame answered in the same sentence by the blamed side's own account: "The government
blamed UNITA, which said the army had provoked the fighting by attacking its positions", "The
army blamed the Front, which accused soldiers of shelling its camps". Chronologies,
encyclopedic narratives and wire copy close an incident with one side's blame and hang the
other side's answer on the blamed name as a relative clause. The blame names no act of its
own: it is about the incident told just before. The act the relative clause tells is the
blamed side's counter-claim, another act (often undated and elsewhere), and takes neither the
blame nor the blamer as its source.

Before this, the sentence grounded an incident of its own (the counter-claim's act), so the
blame stayed on that frame, and the incident told before kept no doer.

Left apart: a blame that names its act ("blamed UNITA for the shelling": read by the ordinary
claim rules), a relative clause that does not speak ("UNITA, which holds the hills"), a
sentence with a frame outside the clause (its own incident).

Used by :mod:`extractor`. Cost: a look at the children of the sentence's root and of its
object, and a subtree walk of the clause.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.blame_verbs import SIDE_OBJECT
from sitgraph.loaders.extract.rules import event_actors, none_found
from sitgraph.loaders.extract.rules import rule as named_rule

# The verbs whose object is the side blamed (blame_verbs.py).
BLAME_VERBS = SIDE_OBJECT
# The blamed side's answer: it speaks ("which said ...") or blames in turn ("which accused ...").
ANSWER_VERBS = frozenset("say claim insist accuse blame counter reply respond".split())
RELATIVES = frozenset("which who".split())
# A preposition after the blame naming what is blamed: "blamed X for the shelling", "accused X of".
ACT_PREPS = frozenset("for of on over".split())

_TIMELINE = ("On 6 June a shell struck the bus station in Korvath, killing nine people. ")


@named_rule("claim.blame-over-counter-account", "'The government blamed X, which said the army had provoked the "
            "fighting by attacking its camps': the blame is about the incident told before; the relative clause is "
            "X's counter-claim, which takes neither the blame nor the blamer",
            pos=[(_TIMELINE + "The government blamed the Highland Liberation Front, which said the army had provoked "
                  "the fighting by attacking its camps at Dresno.",
                  (("Highland Liberation Front",), ("government forces",)))],
            neg=[(_TIMELINE + "The government blamed the Highland Liberation Front, which holds the hills above the "
                  "town.", (("Highland Liberation Front",),)),
                 (_TIMELINE + "The Highland Liberation Front said the army had attacked its camps at Dresno.",
                  ((), ("government forces",)))],
            probe=event_actors, off=none_found)
def blamed_sides(sent: Any, found: list[Any]) -> list[tuple[int, int]]:
    """The character spans of the blamed side Y (its phrase without the clause) when sentence
    `sent` is a blame naming no act ("X blamed Y") whose Y carries a relative clause of its own
    answer ("which said ...", "which accused ..."), with every frame `found` read inside that
    clause; else none. The sentence's blame of Y is then about the incident told before, not
    about the clause's act."""
    root = sent.root
    if root.lemma_.lower() not in BLAME_VERBS or not found or _names_act(root):
        return []
    spans, inside = _blamed_and_answers(root)
    if not inside or not all(f.triggers and set(f.triggers) <= inside for f in found):
        return []
    return spans


def _blamed_and_answers(root: Any) -> tuple[list[tuple[int, int]], set[int]]:
    """(character spans of the blamed objects of `root` that answer, without their clauses;
    token positions of the answering clauses)."""
    spans, inside = [], set()
    for obj in (o for o in root.children if o.dep_ == "dobj"):
        clause = {t.i for a in _answers(obj) for t in a.subtree}
        if clause:
            inside |= clause
            own = [t for t in obj.subtree if t.i not in clause and not t.is_punct]
            spans.append((own[0].idx, own[-1].idx + len(own[-1])))
    return spans, inside


def _names_act(verb: Any) -> bool:
    """Does the blame name what is blamed ("blamed Y for the shelling", "accused Y of ...")?"""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ACT_PREPS for c in verb.children)


def _answers(obj: Any) -> list[Any]:
    """The relative clauses on `obj` in which it answers: "which said ...", "who accused ..."."""
    return [t for t in obj.children if t.dep_ == "relcl" and t.lemma_.lower() in ANSWER_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in t.children)]
