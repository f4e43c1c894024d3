"""Many places named only in an act's result: "set fire to a telecommunications tower near X on
12 August, cutting phone coverage in several communes", "shelled the power station in X,
leaving parts of the city without electricity".

A sentence telling an act in many places at once ("clashes continued in several townships of
Rakhine") tells a pattern, no incident (war_counts.spread_pattern). A phrase of many places
inside a participle clause of result after the act ("..., cutting ...", "..., leaving ...")
tells where the harm of one act spread, not where acts took place: the act stays one
incident at its own place. Kept a pattern: the many places told of the act itself, or the
participle being the act's own trigger. Cost: a walk up the parse from the phrase's first word.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_roles, no, rule

# The links by which a participle clause of result hangs from the act it follows.
RESULT_LINKS = frozenset({"advcl", "xcomp", "conj"})


def _token_at(sent: Any, char: int) -> Any:
    """The token of `sent` that covers document character `char` (not in its trailing space),
    else None; found by the document's character look-up, not by walking the sentence."""
    span = sent.doc.char_span(char, char + 1, alignment_mode="expand")
    if not span:
        return None
    t = span[0]
    return t if sent.start <= t.i < sent.end and t.idx <= char < t.idx + len(t.text) else None


@rule("assemble.spread-in-result", "'set fire to a tower near X on Monday, cutting coverage in several communes': "
      "many places named only in a participle of result leave the act one incident",
      pos=[("Suspected JNIM fighters set fire to a telecommunications tower near Niono on Monday, cutting phone "
            "coverage in several communes.", (("Attack", "incident"),))],
      neg=[("Clashes between the military and the Arakan Army continued in several townships of Rakhine State.", ()),
           ("Militants set fire to homes in several villages near Niono on Monday, residents said.", ())],
      probe=event_roles, off=no)
def spread_in_result(f: Any, sent: Any, spread: re.Match[str]) -> bool:
    """Does the match `spread` (of many places, in the text of sentence `sent`) lie inside a
    participle clause of result ("..., cutting coverage in several communes") that holds none of
    frame `f`'s trigger words?"""
    tok = _token_at(sent, sent.start_char + spread.start())
    if tok is None:
        return False
    triggers = set(f.triggers)
    for a in [tok, *tok.ancestors]:
        if a.tag_ == "VBG" and a.dep_ in RESULT_LINKS and a.i not in triggers:
            return not any(t.i in triggers for t in a.subtree)
    return False
