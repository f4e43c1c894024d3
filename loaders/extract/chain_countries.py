"""A place's country written after it in its chain: "the Sur district of Diyarbakır, Turkey",
"Betong district, Yala province, Thailand", "Boni, Mopti Region".

The class: a name the gazetteer holds for a place in another country (often only as that
place's alternate name or a transliteration of it: "Sur" is an old name of Tyre in Lebanon,
"Boni" one of Bonn) while the report itself writes the country, or a province of it, right
after the name. Read as the foreign place, the name votes for the wrong country of the report,
and that country's state then takes the report's police or army ("police officers" of a
Turkish report read as Lebanon's forces), splitting one side in two.

What the chain says wins over the gazetteer's default (population, the focus countries): the
name is that country's place if the gazetteer has one of that name there, else a place the
gazetteer does not know, in that country, when the gazetteer knew it only under another
name. Every mention of the same gazetteer place follows, as a report uses a name for one
place. A name the gazetteer holds under its own main name and nowhere in the chain's country
(a list "Peshawar, Kabul") keeps its place.

Cost: one regex match per place mention and a gazetteer lookup per misplaced name.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.place_words import alternation
from sitgraph.loaders.extract.rules import actors, rule

# What joins a place to the next, larger one of its chain: its own admin word, then a comma
# or "of" ("Sur district of Diyarbakır", "Yala province, Thailand", "Boni, Mopti Region").
_LINK = re.compile(rf"(?:\s+(?:{alternation('admin', 'settlement')}))?(?:\s*,\s*|\s+of\s+)(?:the\s+)?",
                   re.IGNORECASE)
# A list rather than a chain: "Peshawar, Kabul and Quetta".
_LIST_AFTER = re.compile(r"(?:\s+(?:[a-z]+\s+)?|\s*,\s*)(?:and|or)\b")
_AREAS = frozenset({"province", "region"})
_MAX_LINKS = 3


def _chain_country(text: str, c: Cand, by_start: dict[int, list[Cand]]) -> str | None:
    """The country the chain after place `c` names: its last country, else its first province
    or region; None when no place follows, or the chain is a list."""
    pos, country, area = c.end, None, None
    for _ in range(_MAX_LINKS):
        m = _LINK.match(text, pos)
        nxt = max(by_start.get(m.end(), ()), key=lambda n: (n.place is not None, n.end), default=None) if m else None
        if nxt is None:
            break
        place = nxt.place
        if place is not None and place.type == "country":
            country = place.country
        elif place is not None and place.type in _AREAS and area is None:
            area = place.country
        pos = nxt.end
    if _LIST_AFTER.match(text, pos):
        return None
    return country or area


def _main_name(place: Any, surface: str) -> bool:
    """Is `surface` (up to its admin words) the gazetteer place's own main name?"""
    from sitgraph.loaders.extract.gazetteer import fold as ascii_fold
    from sitgraph.loaders.extract.gazetteer import strip_qualifiers

    core, _ = strip_qualifiers(surface.replace("_", " "))
    return ascii_fold(core) == ascii_fold(place.name)


def _moved(gaz: Any, c: Cand, country: str) -> Cand | None:
    """`c` moved into `country`: that country's place of the name, else (a name the gazetteer
    knew only as another place's alternate name) a place it does not know; None to keep `c`."""
    from sitgraph.loaders.extract.places import _placeless, exact_place

    near = exact_place(gaz, c.text, country=country)
    if near is not None and near.country == country and near.type != "country":
        return _placeless(c, near, c.type)
    if _main_name(c.place, c.text):
        return None
    return _placeless(c, None, c.type)


@rule("place.chain-country", "a name read as a place abroad that the report's own chain puts in another "
      "country ('the Sur district of Diyarbakir, Turkey') is that country's place, and its forces that state's",
      pos=[("Sur checkpoint attack\n\nThe Sur checkpoint attack was a shooting at a police checkpoint in the Sur "
            "district of Diyarbakir, Turkey, on 3 March 2015. Gunmen killed two police officers. Police said the "
            "attackers fled into the old streets of Sur.", ("Police", "Turkey", "unknown gunmen"))],
      neg=[("Sur checkpoint attack\n\nThe Sur checkpoint attack was a shooting at an army checkpoint near Sur, in "
            "southern Lebanon, on 3 March 2015. Gunmen killed two soldiers. The army said the attackers fled into the "
            "old streets of Sur.", ("Lebanon", "unknown gunmen"))],
      probe=actors, off=lambda text, cands, gaz: cands)
def chain_countries(text: str, cands: list[Cand], gaz: Any) -> list[Cand]:
    """`cands` with each place the gazetteer put abroad, but whose chain names another
    country, moved into that country (every mention of the same gazetteer place)."""
    moved = _misplaced(text, cands)
    if not moved:
        return cands
    out = []
    for c in cands:
        new = _moved(gaz, c, moved[c.group]) if c.kind == "Place" and c.group in moved else None
        out.append(new if new is not None else c)
    return out


def _misplaced(text: str, cands: list[Cand]) -> dict[str, str]:
    """Gazetteer place key -> the other country the chain after one of its mentions names."""
    by_start: dict[int, list[Cand]] = {}
    for c in cands:
        if c.kind == "Place":
            by_start.setdefault(c.start, []).append(c)
    moved: dict[str, str] = {}
    for c in (c for at in by_start.values() for c in at):
        place = c.place
        if place is None or place.type == "country" or not place.country or c.group in moved:
            continue
        country = _chain_country(text, c, by_start)
        if country and country != place.country:
            moved[c.group] = country
    return moved
