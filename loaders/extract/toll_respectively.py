"""A breakdown told with "respectively": "Shelling hit Omdurman and Bahri, killing nine and six
people respectively", "Strikes on Kherson, Nikopol and Sumy killed two, one and four people,
respectively". The list of places and the list of figures pair in order, each place a part of
the total (:func:`breakdowns.breakdown`). A convention of written English in any outlet.

Pure; a regex scan of a sentence that holds the word "respectively", a walk over its place
mentions.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.quantities import FIGURE, figures_in
from sitgraph.loaders.extract.rules import event_roles, none_found, rule

_NUM = FIGURE
# "nine and six (people) (were killed) respectively", "two, one and four, respectively"; not
# ages ("aged 12 and 14 respectively").
_FIGURES = re.compile(rf"(?i)(?<!aged\s)\b(?P<list>{_NUM}(?:\s*,\s*{_NUM})*\s*,?\s+and\s+{_NUM})\b"
                      r"(?:\s+[\w-]+){0,4}?\s*,?\s+respectively\b")
_HARM = re.compile(r"(?i)\b(?:kill|dead|died|death|wound|injur|hurt)")
# What lies between two places of one list: a comma or "and".
_JOINER = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _window(places: list[tuple[int, int, str]], k: int, sentence: str) -> list[str]:
    """The ids of the last `k` place mentions (start, end, id; sentence-relative) that form one
    list (joined by commas and "and"); empty when none do."""
    for i in range(len(places) - k, -1, -1):
        run = places[i:i + k]
        gaps = (sentence[a[1]:b[0]] for a, b in zip(run, run[1:], strict=False))
        if all(_JOINER.fullmatch(g) for g in gaps) and len({p[2] for p in run}) == k:
            return [p[2] for p in run]
    return []


@rule("toll.respectively", "'hit Omdurman and Bahri, killing nine and six people respectively': the places and the "
      "figures pair in order, a breakdown",
      pos=[("RSF shelling hit Omdurman and Bahri on Sunday, killing nine and six people respectively.",
            (("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident")))],
      neg=[("RSF shelling hit Omdurman on Sunday, killing nine people and wounding six.",
            (("Attack", "incident"),)),
           ("Two boys, aged 12 and 14 respectively, were killed when shelling hit Omdurman and Bahri.",
            (("Attack", "incident"),))],
      probe=event_roles, off=none_found)
def respective_parts(sentence: str, offset: int, spans: list[tuple[int, int, str]], kind: Any) -> list[tuple[str, int]]:
    """(place id, figure) pairs of a "respectively" breakdown in `sentence` (at `offset` in
    the report; `spans` the report's mentions, `kind` an id's kind): the figures in order
    against the list of as many places told before them. Empty unless two or more pair."""
    m = _FIGURES.search(sentence) if "respectively" in sentence else None
    if m is None or not _HARM.search(sentence):
        return []
    values = figures_in(m["list"])  # "1,200 and 300": a thousands comma splits no figure
    if len(values) < 2 or any(v is None for v in values):
        return []
    places = [(s - offset, e - offset, eid) for s, e, eid in sorted(spans)
              if offset <= s and e - offset <= m.start() and kind(eid) == "Place"]
    ids = _window(places, len(values), sentence)
    return [(eid, v) for eid, v in zip(ids, values, strict=True) if v is not None] if ids else []
