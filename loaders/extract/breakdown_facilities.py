"""A breakdown whose parts are sites, not towns: "shelling killed 11 civilians in X: seven in
the Y neighbourhood and four in the Z displacement camp", "27 were killed across X: 14 in the
Z camp for displaced people, nine in Y and four in W". Monitors, UN offices and wire copy
break a day's toll down by camp, market or school as often as by town; a camp or a market is
a facility, so the place reader of :func:`breakdowns.breakdown` passed over it. The total then
kept one part too few: the first figure (the total) was read as a part and the facility's
figure was lost, so the camp's strike took the whole total.

:func:`facility_parts` returns the facility's figure as one more part; the part's strike has
the facility as its target (:func:`breakdowns.split_breakdown`). A place where the hurt were
treated ("seven in the city hospital and five in the Red Crescent clinic", a count of the
wounded by where they lie) is never a part: a hospital that received the wounded is not a
target of the guide.

Cost: a look at the text before each facility mention of a sentence already read as a toll.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, none_found, rule

# A site of care: where the hurt were taken, never a part of the toll's breakdown.
_CARE = re.compile(r"(?i)\b(?:hospitals?|clinics?|health|medical|infirmary|morgue|mortuary|surgery|ward)\b")


@rule("assemble.breakdown-facility", "'killed 11 in X: seven in the Y neighbourhood and four in the Z camp': a camp "
      "or a market of a breakdown is a part of it, like a town",
      pos=[("Shelling killed 11 civilians in Kadugli on Monday: seven in Tillo and four in the Al-Salam camp for "
            "displaced people.",
            ((11, None, None), (7, None, None), (4, None, None)))],
      neg=[("Shelling killed 11 civilians in Kadugli on Monday. The wounded were taken to hospitals: seven to "
            "the Kadugli hospital and four to the Murta clinic.", ((11, None, None),)),
           ("Shelling killed 11 civilians in Kadugli on Monday. Twelve people were wounded: seven in the Kadugli "
            "Teaching Hospital and five in the Tillo clinic.", ((11, 12, None),))],
      probe=event_tolls, off=none_found)
def facility_parts(sentence: str, offset: int, spans: list[tuple[int, int, str]], kind: Any,
                   taken: set[int]) -> list[tuple[int, str, int]]:
    """(start, facility id, figure) of each facility of a breakdown in `sentence` (at `offset`
    in the report): a site told as "nine in the X camp". `taken` holds the starts of mentions
    already read as parts (a town named inside the site's name is read once)."""
    out: list[tuple[int, str, int]] = []
    end = offset + len(sentence)
    for s, e, eid in sorted(spans):
        if s < offset or s >= end or s in taken or kind(eid) != "Facility" or any(eid == o for _, o, _ in out):
            continue
        n = _site_figure(sentence, s - offset, e - offset)
        if n is not None:
            out.append((s, eid, n))
    return out


def _site_figure(sentence: str, start: int, end: int) -> int | None:
    """The figure told just before the site at [start, end) of `sentence` ("four in the X
    camp"), unless the site is one of care."""
    from sitgraph.loaders.extract.breakdowns import PER_PLACE
    from sitgraph.loaders.extract.numbers import parse_number

    if _CARE.search(sentence[start:end]):
        return None
    m = PER_PLACE.search(sentence[max(0, start - 60):start])
    return parse_number(m.group(1)) if m else None


def with_sites(sentence: str, offset: int, places: list[tuple[int, str, int]],
               sites: list[tuple[int, str, int]]) -> list[tuple[str, int]]:
    """(id, figure) of the breakdown told by `places` and `sites` (the facility parts) together,
    in text order; [] when they do not make one. The figure a total is told with ("killed nine
    people in X: five at the market and four in the Y camp") reads like a part, so a part
    before the sentence's colon is kept only as the total (the sum of the parts after it);
    with no colon, the first part must be the sum of the others (the total told first)."""
    found = sorted(places + sites)
    colon = sentence.find(":")
    if colon >= 0:
        parts = _around_colon(found, colon + offset)
    elif len(found) >= 3 and found[0][2] == sum(n for _, _, n in found[1:]):
        parts = [(eid, n) for _, eid, n in found]
    else:
        parts = []
    return parts if len(parts) >= 2 and any(eid in {o for _, o, _ in sites} for eid, _ in parts) else []


def _around_colon(found: list[tuple[int, str, int]], colon: int) -> list[tuple[str, int]]:
    """The parts told after the colon at `colon`, after the total's own place told before it
    (the one whose figure is their sum): the split keeps the total first and drops it, as it
    does for a split by towns."""
    after = [(eid, n) for s, eid, n in found if s > colon]
    total = [(eid, n) for s, eid, n in found if s < colon and n == sum(m for _, m in after)]
    return total[:1] + after
