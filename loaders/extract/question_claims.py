"""A reporter's question quoting another side's claim of an act the speaker told before: "QUESTION:
General, the insurgents said on their channels that they killed 20 soldiers at Kauri and took the
base. Can you confirm?" after the speaker's "On Monday our troops repelled an attack on their base at
Kauri." A transcript's questions come after the turns that told the week's acts and put the other
side's account of one of them; with no day of its own, the question's act was read as a fresh
incident of the briefing's day, a second copy of the one told (and the claimed copy took the pairing
from the told one, with the wrong day).

Joined: an attack with a doer in a question's turn (speaker_turns.turns, question_labels' words)
with no day the sentence states, whose facility struck (or, naming none, its one place) is that of
one incident of the same kind told earlier in the report, is folded into that incident by the
reconciliation rules (merge_reconcile): the claimant's doer and claim join the told incident, which
keeps its day and the toll told (the claim's count stands only where none was told). Left apart: a
question putting only a rival count ("civil society says 23 were killed at X, not 14": no doer
claimed, the toll readers' business), a question that dates its act ("on Sunday": the merge of
same-day frames handles it), an act at a place no earlier incident names, a place two earlier
incidents share.

Cost: for a sentence in a question's turn, a scan of the report's frames told before.
"""

from __future__ import annotations

import bisect
from typing import Any

from sitgraph.loaders.extract.question_labels import QUESTION_WORDS
from sitgraph.loaders.extract.rules import event_dates, rule

# The turns a rule example's question follows: an attack on a base, a raid the day after.
_BRIEFING = ("Transcript: army briefing\n\nColonel Musa Bello, spokesman of the Nigerian Army, "
             "briefed journalists.\n\nCOL. BELLO: On Monday, our troops repelled an attack on their base at Kauri in "
             "Borno State. Two soldiers were wounded. On Tuesday, our troops raided a camp at Gajiram.\n\n")


@rule("assemble.question-claim-told", "'QUESTION: The insurgents said they killed 20 soldiers at Kauri ...': a "
      "question's undated act at the place of an incident told before is that incident",
      pos=[(_BRIEFING + "QUESTION: The insurgents said on their channels that they killed 20 soldiers at Kauri and "
            "took the base. Can you confirm?\n\nCOL. BELLO: That is propaganda.",
            (("2023-11-13", None), ("2023-11-14", None)))],
      neg=[(_BRIEFING + "QUESTION: Residents say gunmen attacked a mosque in Konduga. Can you confirm?\n\n"
            "COL. BELLO: We are verifying.", (("2023-11-13", None), ("2023-11-14", None), ("2023-11-14", None)))],
      probe=event_dates, off=lambda found, frames, marks, at, dated, table: found)
def into_told(found: list[Any], frames: list[Any], marks: list[tuple[int, str]], at: int, dated: bool,
              table: Any) -> list[Any]:
    """`found` (the frames of a sentence at offset `at`) without the attacks (and captures) of a question's
    turn that are folded into the one incident of `frames` told before at their place; `dated`: the sentence
    states a day of its own (then nothing is folded)."""
    i = bisect.bisect_right([m[0] for m in marks], at) - 1
    if dated or i < 0 or marks[i][1].upper() not in QUESTION_WORDS:
        return found
    from sitgraph.loaders.extract.merge_reconcile import merge_into

    kept = []
    for f in found:
        told = _told_at_scene(f, frames, table)
        if not f.actors or f.date_explicit or f.aggregate or len(told) != 1:
            kept.append(f)
            continue
        merge_into(told[0], f)
    return kept


def _told_at_scene(f: Any, frames: list[Any], table: Any) -> list[Any]:
    """The incident attacks of `frames` at the scene of the question's attack `f`; a capture claimed with
    it ("killed 20 soldiers at Kauri and took the base") is the same act. Cost: one pass over `frames`."""
    if f.kind not in ("Attack", "Capture"):
        return []
    return [p for p in frames if p.kind == "Attack" and p.role == "incident" and not p.aggregate
            and _same_scene(f, p, table)]


def _same_scene(f: Any, told: Any, table: Any) -> bool:
    """Does the question's frame `f` name the scene of `told`: the facility it struck, or, naming no
    facility, its one place ("killed 20 soldiers at Kauri")? A mosque asked about beside a base told,
    a region two incidents share, are other scenes."""
    def of(ids: list[str], kind: str) -> set[str]:
        return {i for i in ids if i in table.entities and table.entities[i].kind == kind}

    sites = of(f.targets, "Facility")
    if sites:
        return bool(sites & of(told.targets, "Facility"))
    places = of(f.places, "Place")
    return len(places) == 1 and places <= of(told.places, "Place")
