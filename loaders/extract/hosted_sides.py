"""The side a struck place hosts: "mortar rounds landed inside the airport, which hosts African
Union troops", "shells hit a base that houses Ethiopian soldiers". Reports of shelling, rockets
and drones at airports, bases and camps say whose troops are there to tell what was hit, not who
fired; read as the sentence's sole armed side, that side was blamed for an attack on itself.
Such a side is an owner of what was struck (:mod:`struck_owners`), kept out of the attack's
doers.

Used by :func:`struck_owners._owner_tokens`. Cost: a look at a noun's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, none_found
from sitgraph.loaders.extract.rules import rule as named_rule

# Verbs of a clause telling who is lodged at a place: "which hosts / houses / shelters X".
HOSTING = frozenset("host house shelter accommodate garrison station quarter".split())


@named_rule("actor.hosted-side", "'inside the airport, which hosts African Union troops': the side the struck place "
            "hosts was struck, never the attack's sole armed side",
            pos=[("Several mortar rounds landed inside a base in Baidoa, which houses Ethiopian troops, on Tuesday, "
                  "wounding two people.", ((),)),
                 ("Several mortar rounds landed inside Kismayo airport, which hosts AUSSOM troops, on Tuesday, "
                  "wounding two people.", ((),))],
            neg=[("Several mortar rounds fired by Ethiopian troops landed inside a market in Baidoa on Tuesday, "
                  "wounding two people.", (("Ethiopia",),))],
            probe=event_actors, off=none_found)
def hosted_tokens(noun: Any, depth: int = 0) -> list[Any]:
    """Tokens of the side that struck `noun` hosts: the object of a hosting clause on it; the
    clause may hang on the place after it ("a base in Baidoa, which houses X": one step down an
    "in" or "at")."""
    out: list[Any] = []
    if depth < 1:
        out.extend(t for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                   for o in p.children if o.dep_ == "pobj" for t in hosted_tokens(o, depth + 1))
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HOSTING]
    return out + [t for c in clauses for d in c.children if d.dep_ in ("dobj", "attr") for t in d.subtree]
