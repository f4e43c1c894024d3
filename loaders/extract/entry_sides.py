"""The named group a generic side stands for, looked for in its own dated entry.

A timeline or a list of incidents tells many attacks, each in an entry headed by its date
("3 May 2016 – Aleppo: Rebel shelling hit ...", "4 May 2016 – Hama: ... The Islamic State
claimed responsibility."). Each entry is a report of its own: the group one entry names (by a
claim, a blame) is no reason to give another entry's "rebels" or "militants" to it. So in a
text of two dated entries or more, sides.py looks for the group a generic side stands for
only in the entry that tells the incident, and the bare "militants" of an entry are the one
group named in that entry (the folds of actor_regrouping.generic_to_named and
article_generics.article_generics, made entry by entry); a text of one entry or none is read
whole.

Cost: the dated entries of a text are found once per text (a date scan of each line's head)
and kept in a small cache; then a scan of the entries per generic side.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import event_actors, rule


@functools.lru_cache(maxsize=8)
def _entries(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the dated entries of `text` when it holds two or more, else ()."""
    from sitgraph.loaders.extract.entry_dates import dated_entries

    found = dated_entries(text, [], None)
    return tuple((e.start, e.end) for e in found) if len(found) >= 2 else ()


@rule("actor.stand-in-within-entry", "in a timeline of dated entries, a generic side ('rebels') stands for a "
      "group named in its own entry only: another entry's claim or blame does not name it",
      pos=[("Timeline of the conflict (2016)\n\n3 May 2016 – Aleppo: Rebel shelling hit a hospital in a "
            "government-held district, killing 19 people.\n\n6 May 2016 – Hama: A car bomb exploded at a "
            "checkpoint near Salamiyah, killing eight soldiers. The Islamic State claimed responsibility.",
            (("rebels",), ("Islamic State",)))],
      neg=[("Timeline of the conflict (2016)\n\n3 May 2016 – Aleppo: Rebel shelling hit a hospital in a "
            "government-held district, killing 19 people. Jaysh al-Islam claimed the shelling.",
            (("Jaysh al-Islam",),))],
      probe=event_actors, off=lambda text, at: None)
def entry_around(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the dated entry of `text` holding offset `at`, when `text` tells two
    dated entries or more; None otherwise (the whole text is one report)."""
    for lo, hi in _entries(text):
        if lo <= at < hi:
            return lo, hi
    return None


@rule("actor.generic-to-named-within-entry", "in a timeline of dated entries, the bare 'militants' of an entry are "
      "the one armed group named in that entry, not the one another entry names",
      pos=[("Timeline of the Mali War (2019)\n\n9 June 2019 – Gao: Militants ambushed a bus near Ansongo, killing "
            "11 passengers.\n\n1 November 2019 – Menaka: Militants attacked an army post at Indelimane, killing 49 "
            "soldiers. The Islamic State in the Greater Sahara claimed the attack.",
            (("rebels",), ("Islamic State Sahel Province",)))],
      neg=[("Timeline of the Mali War (2019)\n\n9 June 2019 – Gao: Militants ambushed a bus near Ansongo, killing "
            "11 passengers. The Islamic State in the Greater Sahara claimed the attack.",
            (("Islamic State Sahel Province",),))],
      probe=event_actors, off=lambda cands, text, fold: fold(cands))
def within_entries(cands: list[Cand], text: str, fold: Callable[[list[Cand]], list[Cand]]) -> list[Cand]:
    """`cands` regrouped by `fold` (a fold of bare fighters into the one group named:
    actor_regrouping.generic_to_named, article_generics.article_generics) within each dated
    entry of `text` and within what comes before the first, when `text` tells two or more;
    else over the whole text. The candidates keep their order."""
    spans = _entries(text)
    if not spans:
        return fold(cands)
    parts: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        parts.setdefault(next((k for k, (lo, hi) in enumerate(spans) if lo <= c.start < hi), -1), []).append(i)
    out = list(cands)
    for idx in parts.values():
        for i, c in zip(idx, fold([cands[i] for i in idx]), strict=True):
            out[i] = c
    return out
