"""One attack picked out of a series told just before: "X has carried out numerous bombings
in Y. The deadliest, the truck bombing at Z on DATE, killed N." The picked attack names no
author of its own; it is the series' author's, where the series was told. Likewise the harm
of an undertaking a side was told to launch: "X launched an operation against Y. The
operation killed N." Conventions of encyclopedic, background and military writing in any
outlet and war.

Cost: two regex scans of a sentence and a look at its frames' few ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import span_text
from sitgraph.loaders.extract.wordlists import noun_alternation

# A series of attacks: a plural attack noun ("numerous bombings", "dozens of attacks on camps").
# "has shelled the city repeatedly", "a wave of", "a string of".
SERIES = re.compile(rf"(?i)\b(?:{noun_alternation('attack_nouns', 'plural')}|"
                    r"kidnappings|abductions|repeatedly|(?:series|wave|string|spate)\s+of)\b")
_SUPERLATIVE = (r"(?:deadliest|worst|bloodiest|largest|biggest|most\s+(?:deadly|lethal|serious|notorious|recent)|"
                r"latest|first|last|earliest)")
_ATTACKS = rf"(?:the|these|those)\s+(?:[\w-]+\s+)?(?:{noun_alternation('attack_nouns', 'plural')})"
_SET = rf"(?:them|these|those|{_ATTACKS})"
# The sentence opens by picking one out of the series: "The deadliest, ...", "The worst of these
# attacks ...", "One of them, ...", "Among them ...", "In the deadliest of them, ...".
PICKED = re.compile(rf"^\s*(?:(?:In|At)\s+)?(?:[Tt]he\s+{_SUPERLATIVE}(?:\s*,|\s+of\s+{_SET})|"
                    rf"(?:One|Another|The\s+first|The\s+last)\s+of\s+{_SET}\b|Among\s+{_ATTACKS}\b)")


# A side launching an undertaking of many acts, and the undertaking named again after it.
LAUNCHED = re.compile(r"(?i)\b(?:launched|began|started|mounted|opened|conducted)\s+(?:a|an|its|their|the)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:operation|offensive|campaign|counter-?offensive)\b")
THE_UNDERTAKING = re.compile(r"\b[Tt]h(?:e|is)\s+(?:[\w-]+\s+){0,2}?(?:operation|offensive|campaign|"
                             r"counter-?offensive)\b")

UNDERTAKING = branch(
    "event.undertaking-launched", "'X launched an offensive against Y. The offensive killed N': the harm of an "
    "undertaking a side was told to launch just before is that side's",
    pos=[("Ethiopian federal forces launched an offensive against Fano militias in Gojjam on Monday. Local "
          "officials said the offensive killed 25 civilians in the town of Motta.",
          (("Ethiopia", "Ethiopian National Defense Force"),))],
    neg=[("Ethiopian federal forces launched an offensive against Fano militias in Gojjam on Monday. Local "
          "officials said a blast killed 25 civilians in the town of Motta.", ((),))],
    probe=event_actors, where="sitgraph.loaders.extract.series.series_told")


@dataclass(frozen=True)
class Series:
    """The sides and places of a series of attacks told in sentence `index`; `undertaking`
    when it is an operation, offensive or campaign a side launched."""

    index: int
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    undertaking: bool = False


NO_SERIES = Series(-10)


def series_told(index: int, sent: Any, frames: list[Any], table: Any) -> Series:
    """The series sentence `index` (`sent`, its frames before roles) tells: the armed sides
    and the places of its frames, when it names attacks in the plural; the armed sides
    named before the verb, when a side launches an undertaking; else NO_SERIES."""
    text = span_text(sent)
    launched = LAUNCHED.search(text) if enabled(UNDERTAKING) else None
    if launched:
        before = sent.start_char + launched.start()
        actors = tuple(dict.fromkeys(eid for s, _e, eid in table.starting_in(sent.start_char, before)
                                     if table.entities[eid].kind == "Actor"
                                     and table.entities[eid].type in ARMED_TYPES))
        return Series(index, actors, (), True) if actors else NO_SERIES
    if not frames or not SERIES.search(text):
        return NO_SERIES  # no frames, no sides: the scan is skipped (most sentences tell none)
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
    out of the series told in the sentence just before (or names again the undertaking
    launched there), take that series' sides (and its places, when they name none). Changes
    `frames` in place."""
    if series.index != index - 1 or not (THE_UNDERTAKING if series.undertaking else PICKED).search(text):
        return
    for f in frames:
        if f.kind == "Attack" and not f.actors:
            f.actors = [a for a in series.actors if a not in f.targets]
            f.places = f.places or list(series.places)
