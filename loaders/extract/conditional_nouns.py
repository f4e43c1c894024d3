"""A harm noun told only as a condition of advice or a forecast: "Staff should shelter in place
if gunfire is reported nearby", "Residents should stay indoors if shelling is heard" (the
advice sections of security services' alerts). The noun is the subject or object of the verb of
an "if"/"unless" clause whose main clause is told with a modal ("should", "will"): no incident
happened. Verbs heading such a clause are read by nonevents.conditional."""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule

_MODALS = frozenset("will would could might may can shall should must".split())
_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


@rule("event.conditional-noun", "a harm noun that is the subject of an 'if' clause of advice ('should shelter in "
      "place if gunfire is reported nearby') tells no incident",
      pos=[("Staff in Kismayo should shelter in place if gunfire is reported nearby.", ())],
      neg=[("Staff in Kismayo sheltered in place after gunfire was reported nearby.", ("Attack",))],
      probe=event_kinds, off=no)
def conditioned_noun(tok: Any) -> bool:
    """Is the noun `tok` (a spaCy token) an argument of a verb heading an "if"/"unless" clause
    of a main clause told with a modal? True: a condition, not a report."""
    if tok.pos_ not in ("NOUN", "PROPN", "VERB") or tok.dep_ not in _ARGS:  # "if shelling is heard": a gerund
        return False
    verb = tok.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.head.children)
