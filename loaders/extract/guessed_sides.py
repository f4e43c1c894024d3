"""A side a frame holds only as a guess does not part it from a frame that names the side blamed.

A headline's label ("Haiti: 'They came through the rice fields at night' - survivors speak",
"Burkina Faso: 'We buried 42 of our people'") names a country that the reader may take as the
headline's side; later_blame.weaken_label_sides ties such a side as "inferred", the weakest
tie, which any accusation in the body outranks. Quote-led stories name the doers late: an
official "blamed the X gang" paragraphs after the survivors' quotes. Counted as a perpetrator
when two frames are compared, the label's guess made the body's frame with the blamed gang
a second incident beside the headline's (names_disjoint: two named sides, none in common).

Only ties of kind "inferred" and nothing stronger count as guesses; a side the frame reports,
claims or is accused of stays a side (frame_overlap.Overlap asks :func:`without_guesses`).

Cost: a scan of a frame's few attributions.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, rule


def guessed(f: Any) -> set[str]:
    """The actors of frame `f` whose only ties are "inferred" (a headline label's guess)."""
    how: dict[str, set[str]] = {}
    for a, kind, *_ in f.attribution:
        how.setdefault(a, set()).add(kind)
    return {a for a in f.actors if how.get(a) == {"inferred"}}


_LEAD = ("Haiti: 'We heard the dogs first' - survivors of Bois-Carré attack speak\n\n\"We heard the dogs first, then "
         "the shots,\" said Marie Joseph, 52, who fled the town of Bois-Carré after gunmen attacked it on Friday "
         "night. "
         "\"I ran with my grandson.\" \"I did not look back.\" \"We slept in the fields.\" \"Nobody came.\" ")


def _keep(ids: set[str], f: Any) -> set[str]:
    """Off value: every named actor stays a side."""
    return ids


@rule("assemble.guessed-side-parts-nothing",
      "a side a frame holds only as a headline label's guess ('Haiti: ...') parts it from no body frame naming the "
      "group an official blamed: one incident",
      pos=[(_LEAD + "The police said 14 people had been killed in Bois-Carré, and blamed the Kowa Liberation Front.",
            ("Attack",)),
           (_LEAD + "The police said fighters of the Kowa Liberation Front killed 14 people in Bois-Carré.",
            ("Attack",))],
      neg=[  # another town and day: two incidents, whatever the guess
           (_LEAD + "On Sunday, fighters of the Kowa Liberation Front killed 14 people in Mirebalais, the police said.",
            ("Attack", "Attack"))],
      probe=event_kinds, off=_keep)
def without_guesses(ids: set[str], f: Any) -> set[str]:
    """The named actor ids `ids` of frame `f` less those it holds only as a guess."""
    return ids - guessed(f)
