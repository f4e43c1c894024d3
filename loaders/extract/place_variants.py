"""One place written two ways in one report: two letters swapped ("Ghazni" and "Ghanzi",
"Kidal" and "Kilad").

Copy typed in a hurry and transliterations from Arabic, Pashto or Amharic swap two letters
of a name now and then; the report still means the one place it names elsewhere correctly.
A place name the gazetteer does not know that equals another place of the same report up to
one swap of two neighbouring letters (five letters or more, the same first letter) is that
place. Two names the gazetteer knows both stay apart, as do names that differ otherwise.
"""

from __future__ import annotations

from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import places, rule


def _swapped(a: str, b: str) -> bool:
    """Do `a` and `b` (lower case) differ by exactly one swap of two neighbouring letters?"""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _known_of(c: Cand, known: list[Cand]) -> Cand | None:
    """The gazetteer-known place candidate whose words `c`'s equal up to one letter swap."""
    word = c.text.strip().lower()
    if len(word) < 5 or " " in word:
        return None
    for k in known:
        other = k.text.strip().lower()
        if other[:1] == word[:1] and _swapped(word, other):
            return k
    return None


@rule("place.swapped-letters", "a place name the gazetteer does not know that equals another place of the report "
      "up to two neighbouring letters swapped ('Ghanzi' beside 'Ghazni') is that place",
      pos=[("The Taliban attacked Ghazni on Monday. Four police died in Ghanzi on Sunday.", ("Ghazni",))],
      neg=[("The Taliban attacked Ghazni on Monday. Four police died in Gardez on Sunday.",
            ("Gardez", "Ghazni"))],
      probe=places, off=lambda cands: cands)
def unify_swapped(cands: list[Cand]) -> list[Cand]:
    """`cands` with each unknown one-word place that is a letter-swapped form of a
    gazetteer-known place of the report regrouped as that place. Cost: linear in unknown
    places times known places."""
    known = [c for c in cands if c.kind == "Place" and c.place is not None]
    out = []
    for c in cands:
        k = _known_of(c, known) if c.kind == "Place" and c.place is None and known else None
        out.append(c if k is None else replace(c, type=k.type, group=k.group, name=k.name, key=k.key, place=k.place))
    return out
