"""Comma chains of places that open a line: datelines and the heads of list or database
entries ("Malgobek, Ingushetia, Russia: a suicide bomber ...", "Bannu, Khyber Pakhtunkhwa,
Pakistan – militants ...", "3 March – Kolofata, Far North, Cameroon: ...", "Location: Afgooye,
Lower Shabelle, Somalia").

Such a chain names a place and the places holding it, from the smallest to the country, and
closes with a colon, a dash, a bracket or the line's end. Every name in it is a place, the
country too: it locates the entry, it does not act in it (a country read as an actor there
became the attack's perpetrator). A chain counts only when its last name is a country,
province or region the gazetteer knows, so a line listing sources or parties ("Sources:
Reuters, AFP") is no chain.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.place_words import alternation
from sitgraph.loaders.extract.rules import event_places, places, rule

_PART = r"(?:de|del|da|do|dos|das|es|el|al)"
_WORD = r"[A-Z][\w'\u2019\-]*"
_ELEMENT = rf"{_WORD}(?:[ \t]+(?:{_PART}[ \t]+)?{_WORD}){{0,3}}"
# an administrative word may follow a name: "Ituri, Djugu territory:", "Sagaing Region, Khin-U township:"
_ELEMENT += rf"(?:[ \t]+(?:{alternation('admin')}))?"
# What may stand before the chain on its line: a bullet, and a date or label closed by a dash
# or a colon ("12 August 2001 – ", "Location: ").
_LEAD = r"[ \t]*(?:[-*\u2022][ \t]+)?(?:\*\*)?(?:[^\n:\u2013\u2014]{1,40}?[ \t]*(?:[\u2013\u2014:]|[ \t]-)[ \t]*)?"
LINE_CHAIN = re.compile(rf"{_LEAD}(?P<chain>{_ELEMENT}(?:,[ \t]*{_ELEMENT}){{1,3}})[ \t]*"
                        r"(?:[:(\u2013\u2014]|-[ \t]|\n|$)")
AREA_TYPES = frozenset({"country", "province", "region"})


def _chain_elements(text: str, line_start: int, gaz: Any) -> list[tuple[int, int, str]]:
    """The (start, end, name) of each place of the chain opening the line at `line_start`,
    or [] where the line opens with none."""
    from sitgraph.loaders.extract.places import exact_place

    m = LINE_CHAIN.match(text, line_start)
    if m is None or gaz is None:
        return []
    out = []
    pos = m.start("chain")
    for part in m.group("chain").split(","):
        s = pos + len(part) - len(part.lstrip())
        name = part.strip()
        out.append((s, s + len(name), name))
        pos += len(part) + 1
    return out if known_area(exact_place(gaz, out[-1][2], loose=False)) or _area_first(out, gaz) else []


def known_area(place: Any) -> bool:
    """Is gazetteer `place` a country, province or region?"""
    return place is not None and place.type in AREA_TYPES


@rule("place.line-chain-area-first", "a line-opening chain written from the area down to the town ('North Darfur, "
      "Tawila: ...') is a chain as well when its first name is a known province or country, and locates the line",
      pos=[("North Darfur, Tawila: Drone strikes killed nine people on Saturday.", (("North Darfur", "Tawila"),))],
      neg=[("Reuters, Mangina: ADF fighters killed 14 villagers on Sunday.", (("Mangina",),))],
      probe=event_places, off=lambda elements, gaz: False)
def _area_first(elements: list[tuple[int, int, str]], gaz: Any) -> bool:
    """Does the chain `elements` open with a known country, province or region?"""
    from sitgraph.loaders.extract.places import exact_place

    return known_area(exact_place(gaz, elements[0][2], loose=False))


def in_line_chain(text: str, start: int, end: int, gaz: Any) -> bool:
    """Is text[start:end] one of the places of a chain opening its line? Cost: one regex match
    at the line's start and one gazetteer lookup."""
    line_start = text.rfind("\n", 0, start) + 1
    return any(s == start and e == end for s, e, _ in _chain_elements(text, line_start, gaz))


@rule("place.line-chain", "the names of a comma chain opening a line and closed by a colon or dash, ending in a "
      "known country or province ('Patikul, Sulu, Philippines: ...'), are places, the country too",
      # (after a timeline entry's date and dash the chain is place.entry-head-names' too)
      pos=[("Patikul, Sulu, Philippines: gunmen seized 14 workers at a plantation.",
            ("Patikul", "Philippines", "Sulu"))],
      neg=[("Sources: Reuters, Associated Press, Agence France-Presse\nGunmen killed two people in Sulu.",
            ("Sulu",))],
      probe=places, off=lambda text, gaz: [])
def line_chain_cands(text: str, gaz: Any) -> list[Cand]:
    """Place candidates for every name of every line-opening chain. Cost: one regex match per
    line and one gazetteer lookup per name."""
    from sitgraph.loaders.extract.places import exact_place, place_cand

    out = []
    line_start = 0
    while line_start < len(text):
        for s, e, name in _chain_elements(text, line_start, gaz):
            place = exact_place(gaz, name)
            cand = place_cand(s, e, name, place, rank=1)
            # a dateline's capitals ("PESHAWAR") name the place as the gazetteer writes it
            out.append(replace(cand, name=place.name) if place is not None and name.isupper() else cand)
        nl = text.find("\n", line_start)
        if nl < 0:
            break
        line_start = nl + 1
    return out


@rule("event.line-chain-place", "an event told on a line that a place chain opens ('Kolofata, Cameroon: militants "
      "killed eight') happens in the chain's places when its own sentence names none",
      pos=[("Kolofata, Cameroon: Boko Haram militants killed eight villagers.", (("Cameroon", "Kolofata"),))],
      neg=[("Kolofata, Cameroon: Boko Haram militants killed eight villagers in Amchide.", (("Amchide",),))],
      probe=event_places, off=lambda frames, text, table, gaz: None)
def chain_places_on_line(frames: list[Any], text: str, table: Any, gaz: Any) -> None:
    """Give each frame without a place the places of the chain opening its line (spaCy cuts
    the line at the chain's colon, so the sentence read holds none of them). Cost: one regex
    match and a span lookup per frame."""
    for f in frames:
        if f.places:
            continue
        line_start = text.rfind("\n", 0, f.sent_start) + 1
        elements = _chain_elements(text, line_start, gaz)
        if not elements or elements[0][0] < f.sent_start < elements[-1][1] or elements[0][2].isupper():
            continue  # a dateline ("PESHAWAR, Pakistan -") says where the report was filed
        for s, e, _name in elements:
            for _s, _e, x in table.in_span(s, e):
                if table.kind(x) == "Place" and x not in f.places:
                    f.places.append(x)


def near_area(gap: str, typ: str | None) -> bool:
    """Is `gap` a "near" between an area of type `typ` (a country, province or region) and the
    place after it? Such an area lies near, not in, that place."""
    return typ in ("country", "province", "region") and "near" in gap.lower()
