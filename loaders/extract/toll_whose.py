"""A count of the dead told in a relative clause right after another count: "The blast killed 26
people, six of whom died in hospital", "wounding 50, three of whom later died". Encyclopedia
articles and wire copy of every war tell where or when some of a toll died, or how many of the
wounded did not survive, in such a clause; the plain readers took its count as a toll of its
own, and the smallest toll of a sentence won (six, not 26).

- After a count of the dead, the clause's dead are a part of them (``subset``): the toll stays.
- After a count of the wounded, the clause's dead are the wounded who died, on top of the dead
  told before (``more``): "killed 30 and wounded 50, three of whom later died" is 33 dead.

:func:`whose_parts` rewrites the figures :mod:`numbers` read of one sentence. Pure; a regex
match per figure of the dead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.rules import event_tolls, rule
from sitgraph.loaders.extract.toll_figures import Figure

# The clause's count at the figure's start: "six of whom", "three of them".
_WHOSE = re.compile(r"(?i)[\w-]+\s+of\s+(?:whom|them)\b")
# What may stand between the count before and the clause: a comma, at most.
_JOINED = re.compile(r"\s*,\s*")
# The dead told as a part of the wounded: "five of the wounded", "two of those injured", "four of
# the wounded workers". The noun says whose part they are, so no adjacency is needed.
# A total in the sentence: the part of the wounded who died is already counted in it.
_TOTAL = re.compile(r"(?i)\b(?:toll|total|tally)\b")
_OF_WOUNDED = re.compile(r"(?i)[\w-]+\s+of\s+(?:the|those)\s+(?:(?:seriously|critically|badly)\s+)?"
                         r"(?:wounded|injured)\b")


@rule("toll.whose-part", "'killed 26 people, six of whom died in hospital': the dead of a relative clause after the "
      "dead are a part of them; after the wounded, the wounded who died, on top of the dead",
      pos=[("A car bomb exploded at a market in Jos on 20 May 2014, killing 26 people, six of whom died in hospital.",
            ((26, None, None),)),
           ("A bomber struck a mosque in Maiduguri on 12 June 2015, killing 30 worshippers and wounding 50, three of "
            "whom later died.", ((33, 50, None),))],
      neg=[("A car bomb exploded at a market in Jos on 20 May 2014, killing 26 people. Six more died in hospital.",
            ((32, None, None),))],
      probe=event_tolls, off=lambda figures, masked: figures)
def whose_parts(figures: list[Figure], masked: str) -> list[Figure]:
    """`figures` (read from `masked`, the sentence) with each count of the dead told in a
    relative clause right after another count made a part of the dead before it, or the
    wounded who died on top of them; see the module docstring."""
    out: list[Figure] = []
    for f in figures:
        before = _count_before(f, figures, masked) if f.category == "killed" and not f.subset else None
        if before is not None and _WHOSE.match(masked, f.span[0]):
            f = replace(f, subset=True) if before.category == "killed" else replace(f, more=True)
        elif f.category == "killed" and not f.subset and f.value and _OF_WOUNDED.match(masked, f.span[0]) \
                and _counted_before(f, figures, masked):
            f = replace(f, more=True)
        out.append(f)
    return out


@rule("toll.wounded-part-died", "'killed 17 and wounded 40; five of the wounded later died': the dead told as a "
      "part of the wounded come on top of the dead counted before them in the sentence",
      pos=[("A car bomb exploded at a market in Jos on 20 May 2014, killing 17 people and wounding 40; five of the "
            "wounded later died.", ((22, 40, None),))],
      neg=[("A car bomb exploded at a market in Jos on 20 May 2014, killing 17 people and wounding 40; five of the "
            "wounded were in a critical condition.", ((17, 40, None),))],
      probe=event_tolls, off=lambda figure, figures, masked: False)
def _counted_before(f: Figure, figures: list[Figure], masked: str) -> bool:
    """Is a count of the dead or the wounded told before `f` in its sentence `masked`, which
    gives no total ("the toll rose to six when three of the wounded died" is the whole toll)?
    Then `f`, a part of the wounded who died, is more dead on top of that count."""
    return any(g is not f and g.category in ("killed", "wounded") and g.value and g.span[1] <= f.span[0]
               for g in figures) and _TOTAL.search(masked) is None


def _count_before(f: Figure, figures: list[Figure], masked: str) -> Figure | None:
    """The count of the dead or the wounded whose figure ends just before `f`, a comma
    between (else None)."""
    for g in figures:
        if g is not f and g.category in ("killed", "wounded") and g.value and g.span[1] <= f.span[0] \
                and _JOINED.fullmatch(masked, g.span[1], f.span[0]):
            return g
    return None
