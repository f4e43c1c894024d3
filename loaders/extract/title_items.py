"""A digest's title that lists two of its items by commas.

Regional digests, news-in-brief pages and weekly roundups head the page with a dated title that
names two or three of the items below it, parted by commas rather than semicolons ("Sahel
digest: convoy ambushed in Mali, market attacked in Burkina Faso", "Middle East roundup: car
bomb in Kirkuk, drone strikes on Hodeidah"). Each item is told again in the body, with its date,
source and toll. Read as one headline, the title gave one frame with both items' places and
sides: it joined the body's first incident as its headline and lent it the other item's place
and doer (a car bomb took the other item's doer), or stood as an incident of its own placed in
two countries. The semicolon and bar forms are already teasers (nonevents.teaser); this is the
comma form, which a headline also uses for one incident ("Strike on Kharkiv, Ukraine kills
five", "Gunmen kill 12 in Zamfara, burn houses"), so the test is on places, not punctuation.

A title sentence lists items when it opens with a digest's label ("X roundup:", "Y weekly
digest:", "Z news in brief:") and, after it, at least two of its comma
parts each name a place, none of those parts opens with its place (an appositive: "Kharkiv,
Ukraine"), and no two of them name the same place. Such a title tells no incident and no toll
of its own. Kept: a news headline (no digest's label, even "Syria: strike on X, shelling of
Y": a story's headline may sum up its own lead and a second incident it tells), a digest title
with one place ("... gunmen kill 12 in Zamfara, burn houses"), a place and its country ("...
in Kharkiv, Ukraine"), every sentence of the body. Cost: per title
sentence, a split on commas and a look at the entity spans of each part.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_places, no
from sitgraph.loaders.extract.rules import rule as named_rule

# A digest's run-in label before a colon ("Sahel weekly security digest:", "Asia briefing:",
# "Sudan news in brief:"): a news headline's label ("Syria: ...") names a country, not a roundup.
_LABEL = re.compile(r"(?P<label>[^:,.;]{1,60}):\s+")
_DIGEST = re.compile(r"(?i)\b(?:digest|round-?up|briefing|in\s+brief|briefs|bulletin|wrap(?:-?up)?|newsletter|"
                     r"weekly|daily|this\s+week|week\s+in)\b")
# A comma parting items, not a figure's thousands ("1,800").
_COMMA = re.compile(r",(?!\d{3}\b)\s*")

_KANO = "A bomb killed four people at a bus station in Kano on Monday, police said."
_KADUNA = "Gunmen attacked a church in Kaduna on Tuesday, wounding six worshippers, residents said."


@named_rule("event.title-lists-items", "a digest's title listing two items by commas, each at a place of its own "
            "('Weekly digest: bomb kills four in Kano, gunmen attack church in Kaduna') tells no incident of its own",
            pos=[("Weekly digest: bomb kills four in Kano, gunmen attack church in Kaduna\n\n"
                  + _KANO + "\n\n" + _KADUNA, (("Kano",), ("Kaduna",)))],
            # a place and its appositive country; one place and a second act of the same incident
            neg=[("Weekly digest: bomb kills four in Kano, Nigeria\n\n" + _KANO, (("Kano",),)),
                 ("Weekly digest: gunmen storm church in Kaduna, wound six\n\n" + _KADUNA, (("Kaduna",),))],
            probe=event_places, off=no)
def lists_items(sentence: str, start: int, table: Any, in_title: bool) -> bool:
    """Is `sentence` (at offset `start` of the report; `in_title`: of the title block) a title
    listing two or more items by commas, each part at a place of its own (see the module)?"""
    if not in_title or "," not in sentence:
        return False
    text = table.report.text
    line = text.rfind("\n", 0, start) + 1  # the parser may cut the label off as a sentence of its own
    label = _LABEL.match(text, line, start + len(sentence))
    if label is None or not _DIGEST.search(label.group("label")):
        return False
    at = max(label.end() - start, 0)
    placed: list[frozenset[str]] = []
    for part in _parts(sentence, at):
        ids = _places_in(table, start + part[0], start + part[1])
        if not ids:
            continue
        first = ids[0]
        if first[0] <= start + part[0]:
            return False  # "Kharkiv, Ukraine": the part opens with its place, an appositive
        placed.append(frozenset(i for _s, i in ids))
    return len(placed) >= 2 and not _shared(placed)


def _parts(sentence: str, at: int) -> list[tuple[int, int]]:
    """The comma parts of `sentence` from offset `at`, as (start, end) offsets into it, each
    start past the comma and its spaces."""
    out, lo = [], at
    for m in _COMMA.finditer(sentence, at):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, len(sentence.rstrip())))
    return out


def _places_in(table: Any, lo: int, hi: int) -> list[tuple[int, str]]:
    """(start, id) of the Place mentions inside report offsets [lo, hi), in text order."""
    return [(s, eid) for s, _e, eid in table.in_span(lo, hi)
            if eid in table.entities and table.entities[eid].kind == "Place"]


def _shared(placed: list[frozenset[str]]) -> bool:
    """Do any two parts name a place in common?"""
    seen: set[str] = set()
    for ids in placed:
        if ids & seen:
            return True
        seen |= ids
    return False
