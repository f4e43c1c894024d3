"""A generic side word qualified by a people, a sect or a cause is that side: "Palestinian
militants", "Baloch separatists", "Sunni militants", "Arab militias".

Reports of every war name a side with no group name of its own by the people it fights for
and a common noun. The guide makes such a phrase the text's own side, not the unnamed
"rebels" of any war: where every qualified mention of the report's generic side (the
dictionary's rebels or militia) carries the same capitalised qualifier, the side is named by
that phrase and its mentions take the qualifier in. The bare nouns of the same report
("the militants fired again") stay with it: one side per party. A report qualifying the
generic side in two ways ("Druze gunmen ... Bedouin fighters") is left alone, as is a side
a dictionary group already holds ("Houthi rebels": the Houthis).

Cost: a pass over the generic sides' mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.graph.model import Mention
from sitgraph.graph.schema import entity_id
from sitgraph.loaders.extract.date_patterns import WEEKDAYS
from sitgraph.loaders.extract.rules import actor_forms, rule
from sitgraph.loaders.extract.sides import STAND_IN_KEYS

# The capitalised word right before the mention ("Palestinian militants"), unless the
# sentence opens with it or it is an article or a word of place or time.
QUALIFIER = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+)\s+$")
NOT_QUALIFIERS = frozenset(
    "The A An Some Other Several Many Suspected Armed Unknown Unidentified Local Foreign Rival Allied Islamist "
    "Jihadist Two Three Four Five Dozens Hundreds "
    "Both Other Northern Southern Eastern Western Central Former Pro Anti After Before When While As Since During "
    "Until If Although Then Later Meanwhile".split()) | {w.title() for w in WEEKDAYS}


@rule("actor.qualified-side", "a generic side word qualified by one people or sect throughout a report "
      "('Palestinian militants ... the militants') is that side, named so",
      pos=[("Palestinian militants fired a rocket at the town of Sderot, Israel, on Monday. The militants fired "
            "again on Tuesday.",
            (("Palestinian militants", "Palestinian militants"), ("Palestinian militants", "militants")))],
      neg=[("Druze militants clashed with Bedouin militants in the city of Sweida, Syria, on Monday.",
            (("rebels", "militants"),))],
      probe=actor_forms, off=lambda table, text: None)
def name_qualified(table: Any, text: str) -> None:
    """Name each generic side of `table` whose qualified mentions all carry one qualifier by
    that qualifier and noun; its qualified mentions take the qualifier in."""
    for eid, ent in list(table.entities.items()):
        if ent.key not in STAND_IN_KEYS or not ent.mentions:
            continue
        found = {m: _qualifier(text, m) for m in ent.mentions}
        words = {q for q in found.values() if q}
        if len(words) != 1:
            continue
        word = words.pop()
        first = next(m for m, q in found.items() if q)
        name = f"{word} {first.text}"
        mentions = tuple(_widened(m, text, q) if q else m for m, q in found.items())
        table.entities[eid] = replace(ent, name=name, mentions=mentions,
                                      key=entity_id("Actor", re.sub(r"\W+", "-", name.lower())))
        wide = {m.end: m.start for m in mentions}
        table.spans[:] = sorted((wide.get(e, s) if x == eid else s, e, x) for s, e, x in table.spans)


def _qualifier(text: str, m: Any) -> str | None:
    if not m.text[:1].islower():
        return None  # "Waziristan Militants": a title, not a people's side
    hit = QUALIFIER.search(text[max(0, m.start - 30):m.start])
    return None if hit is None or hit.group(1) in NOT_QUALIFIERS else hit.group(1)


def _widened(m: Any, text: str, word: str) -> Mention:
    start = text.rfind(word, 0, m.start)
    return Mention(m.report_id, text[start:m.end], start, m.end)
