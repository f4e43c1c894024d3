"""The news agency in a dateline is the publisher, never a place: "Hama, SANA - ",
"SAADA, Jan. 22 (Saba) - ", "Zahedan, April 4 (IRNA) - ". State and partisan agencies put their
own name where other wires put a date or a country, and a few of those names are also places in
the gazetteer (SANA read as Sanaa, Saba as a town), so the dateline's agency became a place of the
report and of its lead's event.

What is dropped: a place candidate standing alone in the agency's slot of a dateline at the head
of a line: after "CITY, " (and a date, if any), either in brackets or followed by a dash. What
stays: the city itself ("Hama"), a country after the city ("KYIV, Ukraine - "), and a place in
brackets anywhere but a line's dateline.

Cost: one regex scan of the line heads.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_WORDS
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import places, rule

_MONTHS = "|".join(MONTH_WORDS)
# "CITY, [Month D[, YYYY] ](AGENCY) -" or "CITY, AGENCY -": the agency's slot is group "agency".
_DATELINE = re.compile(
    rf"(?m)^[A-Z][\w'\u2019.\- ]{{1,40}},\s+(?:(?:(?i:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTHS}))"
    r"(?:,\s+\d{4})?\s+)?"
    # in brackets any name; before a dash only an acronym ("KYIV, Ukraine - " names a country)
    r"(?:\((?P<bracketed>[A-Z][\w\-]{1,20})\)|(?P<dashed>[A-Z]{2,8})(?=\s*[-\u2013\u2014]\s))")


def agency_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dateline agency's name at a line head of `text`."""
    out = []
    for m in _DATELINE.finditer(text):
        g = "bracketed" if m["bracketed"] else "dashed"
        out.append((m.start(g), m.end(g)))
    return out


@rule("place.dateline-agency", "the news agency in a dateline ('Hama, SANA - ', 'SAADA, Jan. 22 (Saba) - ') is "
      "the publisher, not a place",
      pos=[("Hama, SANA - Two citizens were killed on Tuesday when rocket shells hit the town of Mhardeh.",
            ("Hama", "Mhardeh"))],
      neg=[("Hama, Syria - Two citizens were killed on Tuesday when rocket shells hit the town of Mhardeh.",
            ("Hama", "Mhardeh", "Syria"))],
      probe=places, off=lambda cands, text: cands)
def without_agency_places(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the place candidates that are exactly a dateline's agency name in `text`."""
    spans = set(agency_spans(text))
    if not spans:
        return cands
    return [c for c in cands if not (c.kind == "Place" and (c.start, c.end) in spans)]
