"""An earlier attack recalled first vaguely, then told with its day, is one incident, a convention
of news copy in every war: "a policeman died of wounds sustained in a bandit attack on a police
station in Gummi earlier this month. The officer was wounded when bandits stormed the Gummi
police station on March 4." The first sentence dates the attack only by a span ("earlier this
month", "last week"); the second tells it with its day, inside that span, on the same facility.

:func:`join_vague_then_exact` merges such a day-dated attack into the span-dated one told
before it (the day, the attackers, the largest toll and both sentences are kept: see
merge_reconcile.merge_into). Two attacks stay apart when the day falls outside the span, when
they strike no facility in common, when their places differ, or when the later one is marked
as another act ("separately", "another"). Inputs: the report's frames, the entity table, the
report's text. Output: the frames kept. Cost: O(frames^2) over one report's frames.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.merge_reconcile import merge_into
from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import event_kinds, rule

# How many sentences after the vague mention the dated telling may come.
REACH = 3


def _span(f: Any) -> tuple[str, str] | None:
    """The span (first day, last day) an attack frame is dated by, when it is dated by one
    and not by a single day; else None."""
    if f.kind != "Attack" or f.aggregate or f.parent is not None or not f.date or not f.date_end:
        return None
    first, last = f.date[:10], f.date_end[:10]
    return (first, last) if len(first) == len(last) == 10 and first < last else None


def _exact_in(f: Any, span: tuple[str, str]) -> bool:
    """Is `f` an attack dated to one day inside `span`?"""
    if f.kind != "Attack" or f.aggregate or f.parent is not None or f.date_end or not f.date or len(f.date) < 10:
        return False
    return span[0] <= f.date[:10] <= span[1]


def _same_scene(vague: Any, f: Any, table: Any) -> bool:
    """Do `vague` and `f` strike a facility in common, at no places apart?"""
    facilities = {t for t in set(vague.targets) & set(f.targets) if table.kind(t) == "Facility"}
    places_agree = not vague.places or not f.places or bool(set(vague.places) & set(f.places))
    return bool(facilities) and places_agree


def _kept(frames: list[Any], _table: Any = None, _text: str = "") -> list[Any]:
    """Off value: every frame stays."""
    return frames


@rule("assemble.vague-then-exact", "an attack recalled by a span ('earlier this month') and then told with its day "
      "inside the span, on the same facility, is one incident",
      pos=[("Gunmen killed 12 villagers in Tsafe on Tuesday. Also on Tuesday, a policeman died of wounds sustained in "
            "a bandit attack on a police station in Gummi earlier this month. The officer was wounded when bandits "
            "stormed the Gummi police station on November 4.", ("Attack", "Attack"))],
      neg=[("Gunmen killed 12 villagers in Tsafe on Tuesday. Also on Tuesday, a policeman died of wounds sustained in "
            "a bandit attack on a police station in Gummi earlier this month. Separately, bandits stormed the police "
            "station in Gummi again on Monday.", ("Attack", "Attack", "Attack"))],
      probe=event_kinds, off=_kept)
def join_vague_then_exact(frames: list[Any], table: Any, text: str) -> list[Any]:
    """`frames` with each day-dated attack merged into the span-dated attack on the same
    facility told up to REACH sentences before it (:func:`_same_scene`)."""
    out = list(frames)
    for vague in frames:
        span = _span(vague)
        if span is None or vague not in out:
            continue
        for f in [g for g in out if g is not vague and 0 < g.sent_index - vague.sent_index <= REACH]:
            if not _exact_in(f, span) or not _same_scene(vague, f, table):
                continue
            if separate(text[f.sent_start:f.sent_end]):
                continue  # "Separately, bandits stormed the station again": another act
            merge_into(vague, f)
            vague.date, vague.date_end, vague.precision, vague.date_explicit = f.date, None, f.precision, True
            out.remove(f)
            break
    return out
