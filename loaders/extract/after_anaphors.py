""""After the raid" told after the raid is the raid, a convention of news copy in every war: once
a report has told an incident, a later sentence that dates another act by it ("Hundreds of
residents fled to Dutsinma after the raid", "Police arrested three suspects in Pishin following
the bombing") names that incident with a definite noun, never a raid in the place of the flight
or the arrest.

:func:`fold_after_anaphors` folds such a frame (an attack read from a definite noun governed by
"after", "following" or "since", with no place or other words of its own, its places those
of the flight or arrest of its sentence) into the last incident attack told before it, its
sentence becoming that incident's evidence; the sentence's own act (the flight, the arrest)
stays. The same phrase told before any incident is kept: it may be the one mention that places
it. Inputs: the report's frames (assembled), the spaCy doc
their trigger positions point into. Output: the frames kept. Cost: O(frames^2) over one
report's frames.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, rule
from sitgraph.loaders.extract.unplaced import fold_frames

# Acts a sentence dates by the incident told before: the flight it caused, the arrests after it.
SENTENCE_ACTS = frozenset({"Displacement", "Abduction"})
# Prepositions that date one act by another told before it.
AFTER = frozenset({"after", "following", "since"})


def _after_anaphor(f: Any, doc: Any) -> bool:
    """Is `f` an attack read only from a definite noun governed by "after" ("after the raid")?"""
    if f.role != "incident" or f.kind != "Attack" or not f.anaphoric or f.aggregate or f.parent is not None:
        return False
    if not f.triggers or any(t >= len(doc) for t in f.triggers):
        return False
    toks = [doc[t] for t in f.triggers]
    return all(t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in AFTER and _bare(t) for t in toks)


def _bare(noun: Any) -> bool:
    """Is `noun` a definite noun with nothing of its own but adjectives ("the raid", "the deadly
    attack"), not "the bombing of the market in X" (a place of its own: maybe another incident)?"""
    kids = list(noun.children)
    return any(c.lower_ in ("the", "this", "that") for c in kids) and all(c.dep_ in ("det", "amod") for c in kids)


def _lent_place(f: Any, out: list[Any]) -> bool:
    """Are `f`'s places those of another act told in its sentence (the flight, the arrest),
    not places of its own?"""
    return any(g is not f and g.sent_index == f.sent_index and g.kind in SENTENCE_ACTS and g.places
               and set(f.places) <= set(g.places) for g in out)


def _host(f: Any, out: list[Any]) -> Any:
    """The last incident attack told before `f` with a place or target, else None."""
    kin = [g for g in out if g is not f and g.role == "incident" and g.kind == "Attack" and not g.aggregate
           and (g.places or g.targets) and g.sent_index < f.sent_index]
    return kin[-1] if kin else None


def _kept(frames: list[Any], _doc: Any = None) -> list[Any]:
    """Off value: every frame stays."""
    return frames


@rule("assemble.after-anaphor", "'after the raid' told after the raid names it: no raid of its own at the place "
      "of the flight or the arrest the sentence tells",
      pos=[("Bandits raided the village of Kurfi on Sunday, killing 11 people. Hundreds of residents fled to "
            "Dutsinma after the raid.", ("Attack", "Displacement"))],
      neg=[("Bandits raided the village of Kurfi on Sunday, killing 11 people. Residents fled Dutsinma after the "
            "attack on its market on Monday.", ("Attack", "Displacement", "Attack")),
           ("Bandits raided the village of Kurfi on Sunday. A bomb exploded in Dutsinma on Monday.",
            ("Attack", "Attack"))],
      probe=event_kinds, off=_kept)
def fold_after_anaphors(frames: list[Any], doc: Any) -> list[Any]:
    """`frames` without the after-anaphor frames (:func:`_after_anaphor`) placed only where
    their sentence's flight or arrest is (:func:`_lent_place`) that follow an incident attack;
    each one's sentence becomes evidence of the last such incident."""
    return fold_frames(frames, lambda f, out: _host(f, out) if _after_anaphor(f, doc) and _lent_place(f, out)
                       else None)
