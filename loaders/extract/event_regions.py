"""The compass region an incident is told in: "jihadists attacked a base in northern Mali",
"M23 shelled Sake in eastern Congo".

Compass regions are places of their own (regions.py), but their mentions stay out of the
spans sentences read, so an incident told "in northern Mali" was placed only in Mali. The
annotation guide places an event in every named sub-region used to locate it. Once the
report's incidents are assembled, an event placed only in countries (or nowhere) whose own
sentence or one of its evidence sentences names a compass region is placed there too. An
event with a town or province keeps its places: a region in its sentence most often locates
another clause ("hit in Bint Jbeil, as rockets fell on northern Israel").
A town's compass part ("Beirut's southern suburbs") is a region of the same kind.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_places, rule

REGION_KEY = re.compile(r"^place:(?:[a-z]{2}:[a-z]+-region|part-[^:]+:[a-z]+-[a-z]+)$")


def _regions(table: Any) -> list[tuple[str, list[tuple[int, int]]]]:
    """(entity id, mention spans) of the report's compass regions."""
    return [(eid, [(m.start, m.end) for m in e.mentions]) for eid, e in table.entities.items()
            if e.kind == "Place" and e.key and REGION_KEY.match(e.key)]


def _told_in(f: Any, spans: list[tuple[int, int]]) -> bool:
    """Does a sentence of frame `f` (its own or an evidence) hold one of `spans`?"""
    sentences = [(f.sent_start, f.sent_end), *f.evidences]
    return any(s <= a and b <= e for a, b in spans for s, e in sentences)


@rule("place.event-compass-region", "an incident told in a compass region ('a base in northern Mali') is placed "
      "in that region as well as in the country",
      pos=[("Jihadists attacked a military base in northern Mali on Tuesday, killing 10 soldiers.",
            (("Mali", "northern Mali"),))],
      neg=[("Jihadists attacked a military base in Mali on Tuesday, killing 10 soldiers.", (("Mali",),))],
      probe=event_places, off=lambda frames, table: None)
def place_in_regions(frames: list[Any], table: Any) -> None:
    """Add to each frame placed only in countries the compass regions its sentences name.
    Cost: frames times region mentions."""
    regions = _regions(table)
    if not regions:
        return
    for f in frames:
        if any(table.entities[x].type != "country" for x in f.places if x in table.entities):
            continue  # a town or province already sets the incident apart
        for eid, spans in regions:
            if eid not in f.places and _told_in(f, spans):
                f.places.append(eid)
