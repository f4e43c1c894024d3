"""An anniversary's act told again with its own day: "Villagers gathered on Saturday to mark one
year since a military air strike killed dozens of people sheltering there" and then "one for each
person who died when a fighter jet dropped two bombs on the Thayetkan monastery ... on April 10
last year". The marking sentence makes the act an earlier incident dated a stated time before the
marking day (anniversaries.py: the 11th, of a strike on the 10th); the next sentence tells the
same act with its own day. Both are one incident, with the day told (:func:`anniversary_of`).

What stays apart: another attack told with a day of its own (a fresh strike "on Friday"
elsewhere, the day before the marking): of another weapon, more than a week from the
counted-back day, or outside the marked act's specific place. An attack the speakers "also
remembered", told with a month of its own, is no day near the marked act's and stays apart.

Cost: per attack frame with an explicit day, a look back over the report's earlier frames and
one pattern search of each background frame's sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sitgraph.loaders.extract.anniversaries import MARKED_SINCE
from sitgraph.loaders.extract.frame_overlap import specific_ids
from sitgraph.loaders.extract.merge_reconcile import merge_into
from sitgraph.loaders.extract.rules import event_tolls, nothing, rule

# Days an anniversary's counted-back day may lie from the act's own: "Saturday marked a year since
# the strike" on the 11th, of a strike on the 10th.
_NEAR_DAYS = 7
_MARKING = ("Hundreds of villagers in South Kordofan gathered in the ruins of a church on Saturday to mark one "
            "year since an air strike killed dozens of people sheltering there. ")


@rule("assemble.anniversary-act-told", "'gathered to mark one year since a military air strike killed dozens' then "
      "'when a jet dropped two bombs on the monastery on April 10 last year': the act an anniversary marks, told "
      "again with its own day, is one incident",
      pos=[(_MARKING + "Forty people died when a jet dropped two bombs on the church, on the edge of Dilling town, "
            "on the afternoon of Nov. 10, 2022.", ((40, None, None),))],
      # another attack the speakers remember, told with a month of its own
      neg=[(_MARKING + "Speakers also remembered an air strike on a school in Kadugli in September 2021, in which "
            "nine children were killed.", ((None, None, None), (9, None, None)))],
      probe=event_tolls, off=nothing)
def anniversary_of(out: list[Any], f: Any, texts: dict[int, str], table: Any) -> Any:
    """The act an anniversary marks (a frame of `out` whose sentence, in `texts`, marks a time
    since it: :func:`role_marked_since`) that attack frame `f` tells again with its own day: of
    its kind and weapon, within a week of the counted-back day, in its places; else None."""
    if f.kind != "Attack" or not f.date_explicit or not f.date or len(f.date) < 10:
        return None
    return next((p for p in reversed(out) if _marked_act(p, f, texts, table)), None)


def _marked_act(p: Any, f: Any, texts: dict[int, str], table: Any) -> bool:
    """Is `p` an anniversary's act (background, dated to the day, its sentence marking a time
    since it) that `f` may tell again: of its kind and weapon, within a week, in its places?"""
    if p.kind != f.kind or p.role != "background" or not p.date or len(p.date) < 10:
        return False
    if MARKED_SINCE.search(texts.get(p.sent_index, "")) is None:
        return False
    if p.type and f.type and p.type != f.type or abs((_day(p.date) - _day(f.date)).days) > _NEAR_DAYS:
        return False
    own = specific_ids(p.places, table)
    return not own or bool(own & set(f.places))


def join_anniversary(p: Any, f: Any) -> None:
    """Merge `f`, the marked act told again, into the anniversary's frame `p`; the act's own day
    (told in `f`'s sentence) replaces the day counted back from the marking."""
    merge_into(p, f)
    p.date, p.date_end, p.precision, p.date_explicit = f.date, f.date_end, f.precision, True


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])
