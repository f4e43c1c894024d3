"""One attack picked out of a series told just before: "X has carried out numerous bombings
in Y. The deadliest, the truck bombing at Z on DATE, killed N." The picked attack names no
author of its own; it is the series' author's, where the series was told. A convention of
encyclopedic and background writing in any outlet and war.

Cost: two regex scans of a sentence and a look at its frames' few ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

# A series of attacks: a plural attack noun ("numerous bombings", "dozens of attacks on camps").
# "has shelled the city repeatedly", "a wave of", "a string of".
SERIES = re.compile(r"(?i)\b(?:attacks|bombings|strikes|air\s?strikes|raids|massacres|assaults|ambushes|"
                    r"kidnappings|abductions|repeatedly|(?:series|wave|string|spate)\s+of)\b")
_SUPERLATIVE = (r"(?:deadliest|worst|bloodiest|largest|biggest|most\s+(?:deadly|lethal|serious|notorious|recent)|"
                r"latest|first|last|earliest)")
_ATTACKS = r"(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attacks|bombings|strikes|raids|massacres|assaults)"
_SET = rf"(?:them|these|those|{_ATTACKS})"
# The sentence opens by picking one out of the series: "The deadliest, ...", "The worst of these
# attacks ...", "One of them, ...", "Among them ...", "In the deadliest of them, ...".
PICKED = re.compile(rf"^\s*(?:(?:In|At)\s+)?(?:[Tt]he\s+{_SUPERLATIVE}(?:\s*,|\s+of\s+{_SET})|"
                    rf"(?:One|Another|The\s+first|The\s+last)\s+of\s+{_SET}\b|Among\s+{_ATTACKS}\b)")


@dataclass(frozen=True)
class Series:
    """The sides and places of a series of attacks told in sentence `index`."""

    index: int
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


NO_SERIES = Series(-10)


def series_told(index: int, text: str, frames: list[Any], table: Any) -> Series:
    """The series sentence `index` (`text`, its frames before roles) tells: the armed sides
    and the places of its frames, when it names attacks in the plural; else NO_SERIES."""
    if not SERIES.search(text):
        return NO_SERIES
    actors = tuple(dict.fromkeys(a for f in frames for a in f.actors if table.entities[a].type in ARMED_TYPES))
    places = tuple(dict.fromkeys(p for f in frames for p in f.places))
    return Series(index, actors, places) if actors else NO_SERIES


@named_rule("event.picked-from-series", "'X has carried out numerous bombings in Y. The deadliest, ... killed N': the "
            "attack picked out of a series told just before is the series' author's, where it was told",
            pos=[("Al-Shabaab has carried out numerous bombings in Mogadishu. The deadliest, a truck bombing at a "
                  "busy junction in October 2017, killed 587 people.", (("al-Shabaab",),))],
            neg=[("Al-Shabaab has carried out numerous bombings in Mogadishu. A truck bombing at a busy junction in "
                  "October 2017 killed 587 people.", ((),))],
            probe=event_actors, off=nothing)
def take_from_series(frames: list[Any], index: int, text: str, series: Series) -> None:
    """Frames of sentence `index` (`text`) naming no side, when the sentence picks one attack
    out of the series told in the sentence just before, take that series' sides (and its
    places, when they name none). Changes `frames` in place."""
    if series.index != index - 1 or not PICKED.search(text):
        return
    for f in frames:
        if f.kind == "Attack" and not f.actors:
            f.actors = [a for a in series.actors if a not in f.targets]
            f.places = f.places or list(series.places)
