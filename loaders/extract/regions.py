"""Compass regions of a country: "northern Mali", "Pakistan's turbulent northwest",
"CAR's northwestern region".

Reports locate events in a part of a country named by a compass word. Such a region is a
place of its own, inside the country, and the country stays a place too: both are
candidates here, the region's span holding the country's. Provinces and towns named with a
compass word ("eastern Kunar province", "northern Baghdad") are that province or town, not
a region: only a country (the gazetteer's type, or a state of the actor dictionary written
as a possessive) anchors one.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.place_words import place_words
from sitgraph.loaders.extract.rules import places, relations, rule
from sitgraph.loaders.extract.wordlists import words

# Compass words, their "-ern" forms and hyphenated compounds: "north-western", "Northwest".
_COMPASS = r"(?:north|south)(?:-?(?:east|west))?|east|west"
DIRECTION = rf"(?i:(?:{_COMPASS})(?:ern)?|central)"
# "northern Mali": the compass word right before the country (one space, same line).
BEFORE = re.compile(rf"(?<![\w\-])(?P<dir>{DIRECTION})[ ]$")
# "Mali's north", "Pakistan's turbulent northwest", "CAR's northwestern region": a possessive,
# at most one lower-case word, the compass word and an optional "region", then the phrase ends.
# Not a region when a name or a place noun follows: "Mali's northern Kidal region", "Mali's
# northern town of Gao" (that place is named, not the region).
_NOUN_AFTER = "|".join(re.escape(w) for w in sorted((set(place_words()) | set(words("geo_nouns"))) - {"region", "part"},
                                                  key=lambda w: -len(w)))
AFTER = re.compile(
    rf"['\u2019]s\s+(?:[a-z][a-z\-]+\s+)?(?P<dir>{DIRECTION})(?![\w\-])"
    rf"(?!\s+(?:[A-Z]|(?:{_NOUN_AFTER})s?\b))")


def _canonical(direction: str) -> str:
    """"Northern", "north", "north-western" -> "north", "north", "northwest"."""
    d = direction.lower().replace("-", "")
    return d[:-3] if d.endswith("ern") else d


def _country_of(c: Cand, states: dict[int, str]) -> str | None:
    """The ISO2 code of the country candidate `c` names by its name, else None: a gazetteer
    country, or a dictionary state in `states` (start -> ISO2: "control northern Mali"),
    not a demonym ("Malian")."""
    if c.kind == "Place" and getattr(c.place, "type", None) == "country":
        return getattr(c.place, "country", None)
    return states.get(c.start) if c.kind == "Actor" else None


@rule("place.compass-region-lower-case", "a compass word in lower case before a country names a part of it even "
      "where a province bears that name ('south Lebanon' beside the South governorate); a country's own name "
      "('South Sudan') or a capitalised province's name is no region",
      pos=[("Israeli strikes killed three people in south Lebanon on Monday.", ("Lebanon", "south Lebanon"))],
      neg=[("Clashes killed three people in South Sudan on Monday.", ("South Sudan",))],
      probe=places, off=lambda gaz, phrase: _named_place(gaz, phrase) is not None)
def _known_name(gaz: Any, phrase: str) -> bool:
    """Is `phrase` itself a place's name: a country's ("South Sudan", "North Korea"), or a
    province's written with a capital ("South Lebanon"), not "south Lebanon"?"""
    place = _named_place(gaz, phrase)
    return place is not None and (place.type == "country" or phrase[:1].isupper())


def _named_place(gaz: Any, phrase: str) -> Any:
    """The gazetteer place named `phrase` exactly, else None."""
    from sitgraph.loaders.extract.gazetteer import fold
    from sitgraph.loaders.extract.place_lookup import named_exactly

    return None if gaz is None else named_exactly(gaz.lookup(phrase)[:3], fold(phrase))


def _region_span(text: str, c: Cand) -> tuple[int, int, str] | None:
    """(start, end, direction) of the region phrase around country candidate `c`, else None."""
    before = BEFORE.search(text, max(0, c.start - 20), c.start)
    if before is not None:
        return before.start("dir"), c.end, before.group("dir")
    after = AFTER.match(text, c.end)
    if after is None:
        return None
    end = after.end("dir")
    more = re.match(r"\s+(?:region|part)\b", text[end:])
    return c.start, end + (more.end() if more else 0), after.group("dir")


@rule("place.compass-region", "a compass word with a country ('northern Mali', 'Pakistan's restive northwest') "
      "names a region of its own inside the country, and the country there is a place",
      pos=[("Militants attacked an army post in northern Mali on Monday.", ("Mali", "northern Mali"))],
      neg=[("Militants attacked an army post in northern Kidal province on Monday.", ("Kidal",)),
           ("Militants attacked an army post in Mali's northern town of Gao on Monday.", ("Gao", "Mali"))],
      probe=places, off=lambda text, cands, states, gaz: cands)
def with_compass_regions(text: str, cands: list[Cand], states: dict[int, str], gaz: Any) -> list[Cand]:
    """`cands` (in text order) with a region candidate for each country named with a compass
    word, grouped per country and direction (so "north Syria" and "northern Syria" are one
    region); `states` maps the starts of dictionary states written by name to their country,
    and such a state becomes its country's place there ("control northern Mali"). A phrase
    that is a place's own name ("South Sudan") is none. The regions' `place` is None and
    `owner` holds the country's ISO2 code. Cost: two regex matches per country candidate."""
    out = []
    for c in cands:
        iso = _country_of(c, states)
        span = _region_span(text, c) if iso else None
        if span is None or _known_name(gaz, text[span[0]:span[1]]):
            out.append(c)
            out.extend(town_part(text, c) if iso is None and c.kind == "Place" else [])
            continue
        start, end, direction = span
        surface = text[start:end]
        out.append(Cand(start, end, surface, "Place", "region", f"region:{iso.lower()}:{_canonical(direction)}",
                        surface, rank=2, owner=iso))
        out.append(_as_place(c, gaz))
    return sorted(out, key=lambda c: (c.start, c.end))


# "Beirut's southern suburbs", "Khartoum's northern districts": a town's part by a compass word.
TOWN_PART = re.compile(rf"['\u2019]s\s+(?P<dir>{DIRECTION})\s+(?P<noun>suburbs|outskirts|districts|neighbou?rhoods)\b")


@rule("place.town-compass-part", "a town's compass part in the possessive ('Beirut's southern suburbs') is a place of "
      "its own, in the town",
      pos=[("Israeli jets struck Beirut's southern suburbs overnight, killing four people.",
            ("Beirut", "Beirut's southern suburbs"))],
      neg=[("Israeli jets struck the suburbs of Beirut overnight, killing four people.", ("Beirut",))],
      probe=places, off=lambda text, c: [])
def town_part(text: str, c: Cand) -> list[Cand]:
    """The part candidate of the town candidate `c` when a compass part follows it in the
    possessive, else none: grouped per town, direction and noun; `owner` holds the town's
    group. Cost: one regex match."""
    m = TOWN_PART.match(text, c.end)
    if m is None:
        return []
    surface = text[c.start:m.end()]
    town = re.sub(r"\W+", "-", c.group)
    return [Cand(c.start, m.end(), surface, "Place", "district",
                 f"region:part-{town}:{_canonical(m.group('dir'))}-{m.group('noun').lower()}", surface, rank=2,
                 owner=c.group)]


def _as_place(c: Cand, gaz: Any) -> Cand:
    """Country candidate `c` as its country's place (a state actor's mention becomes one)."""
    from sitgraph.loaders.extract.places import exact_place, place_cand

    if c.kind == "Place" or gaz is None:
        return c
    place = exact_place(gaz, c.text, loose=False)
    return place_cand(c.start, c.end, c.text, place) if place is not None and place.type == "country" else c


def is_region(c: Cand) -> bool:
    """Is candidate `c` a compass region (see :func:`with_compass_regions`)?"""
    return c.kind == "Place" and c.group.startswith("region:")


def region_key(c: Cand) -> str:
    """The stable key of region candidate `c`: ``place:<country>:<direction>-region``, or for a
    town's part ``place:part-<town>:<direction>-<noun>``."""
    _, iso, direction = c.group.split(":")
    return f"place:{iso}:{direction}" if iso.startswith("part-") else f"place:{iso}:{direction}-region"


def state_countries(cands: list[Cand], actors: Any) -> dict[int, str]:
    """Start -> ISO2 country of the dictionary states among `cands` written by name, not
    by a demonym ("Malian")."""
    out = {}
    for c in cands:
        entry = actors.get(c.group[6:]) if c.kind == "Actor" and c.type == "state" else None
        if entry is not None and entry.country and c.text.lower() not in {d.lower() for d in entry.demonyms}:
            out[c.start] = entry.country
    return out


def region_links(table: Any, kept: list[Cand]) -> None:
    """A compass region lies in its country (the place its name holds, when the report names
    the country as one). Its entity has a key of its own (``place:ml:north-region``) and no
    country code, so that resolution keeps it apart from the country itself. Its mentions
    stay out of `table.spans`: events and relations read from sentences keep the country
    (which sets no incident apart from another), as before regions were found."""
    countries = {e.country: e.id for e in table.entities.values()
                 if e.kind == "Place" and e.type == "country" and e.country}
    for c in kept:
        if not is_region(c):
            continue
        rid = table.by_group[c.group]
        table.entities[rid] = dataclasses.replace(table.entities[rid], country=None, key=region_key(c))
        # a country's region lies in the country; a town's part (owner: the town's group) in the town
        owner = countries.get(c.owner) or table.by_group.get(c.owner)
        if owner is not None:
            table.name_place.setdefault(rid, owner)
        inner = place_in_region(table, c)
        if inner is not None and inner != owner:
            table.name_place.setdefault(inner, rid)


# "Kiryat Shmona in northern Israel", "Bint Jbeil, south Lebanon": a place, then its region.
_IN_REGION = re.compile(r"^(?:\s*,\s*|\s+(?:in|inside)\s+)$")


@rule("place.in-compass-region", "a place right before 'in' or a comma and a compass region ('Kiryat Shmona in "
      "northern Israel') lies in that region",
      pos=[("Rockets hit Kiryat Shmona in northern Israel on Sunday.",
            (("LOCATED_IN", "Kiryat Shmona", "Israel"), ("LOCATED_IN", "Kiryat Shmona", "northern Israel"),
             ("LOCATED_IN", "northern Israel", "Israel")))],
      neg=[("Rockets hit Kiryat Shmona on Sunday and drones hit northern Israel on Monday.",
            (("LOCATED_IN", "northern Israel", "Israel"),))],
      probe=relations, off=lambda table, c: None)
def place_in_region(table: Any, c: Cand) -> str | None:
    """The id of the place whose mention stands right before region candidate `c`, joined to
    it by "in" or a comma, else None. Cost: a walk back over the report's spans."""
    text = table.report.text
    for _s, e, eid in reversed(table.spans):
        if e <= c.start:
            return eid if table.kind(eid) == "Place" and _IN_REGION.match(text[e:c.start]) else None
    return None
