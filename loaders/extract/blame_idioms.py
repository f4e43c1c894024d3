"""Idioms of blame: "pointed the finger at X", "laid / placed / put the blame on X". Officials,
witnesses and rights groups of every war accuse a side in these words as often as with
"blamed"; the side after "at" / "on" is accused by the subject (or by the sentence's speaker).

Used by :mod:`attribution` (its verb families, by lemma). Cost: a look at one verb's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_attributions, none_found
from sitgraph.loaders.extract.rules import rule as named_rule

# verb -> (its object, the preposition naming the side): "point the finger at", "lay the blame on".
IDIOMS = {"point": ("finger", "at"), "lay": ("blame", "on"), "place": ("blame", "on"), "put": ("blame", "on"),
          "pin": ("blame", "on")}


@named_rule("claim.blame-idiom", "'Y pointed the finger at X', 'Y laid the blame on X': X is accused by Y",
            pos=[("Gunmen attacked a bus near Bichena on Monday, killing 14 passengers. The regional government "
                  "pointed the finger at Fano.", ((("Fano", "accused"),),))],
            neg=[("Gunmen attacked a bus near Bichena on Monday, killing 14 passengers. The regional government "
                  "pointed the way to Fano.", ((("unknown gunmen", "reported"),),))],
            probe=event_attributions, off=none_found)
def blame_idiom(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...], subject: Any
                ) -> list[tuple[str, str, str | None]]:
    """(side, "accused", accuser) for the idiom at verb `tok`; `subject` reads the sides of
    the verb's subject (attribution's own reader, passed in)."""
    idiom = IDIOMS.get(tok.lemma_.lower())
    if idiom is None or not _idiom_object(objs, idiom[0]) or any(c.dep_ == "neg" for c in tok.children):
        return []
    by = subject(tok) or list(says)
    return [(a, "accused", by[0] if by else None) for a in reader.ents_in(_named(tok, objs, idiom[1]), ("Actor",))
            if a not in by]


def _idiom_object(objs: list[Any], noun: str) -> bool:
    return any(o.lemma_.lower() == noun for o in objs)


def _named(verb: Any, objs: list[Any], prep: str) -> list[Any]:
    """The objects of `prep` ("at", "on") hung from the verb or from its object."""
    preps = [c for h in (verb, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == prep]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]
