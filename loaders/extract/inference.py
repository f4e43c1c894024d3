"""Inferred perpetrators of air attacks that no one is named for.

Coders of incident data attribute "struck by aerial bombardment" in Idlib to the Syrian
government and Russia, because only they fly there. This module does the same, openly:
loaders/data/air_power.yaml says who holds air power in a country and period, and
:func:`air_operators` returns those actors for an air attack (airstrike, barrel bomb)
in that country. Callers mark such events as inferred (low confidence). Drone strikes are
left alone: many more parties fly drones.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitgraph.loaders.extract.nlp import ExtractError
from sitgraph.loaders.extract.rules import event_actors, rule

AIR_POWER_PATH = Path(__file__).resolve().parent.parent / "data" / "air_power.yaml"
# Attack types that need aircraft (barrel bombs are dropped from helicopters).
AIR_TYPES = frozenset({"airstrike", "barrel_bomb"})
INFERRED_CONFIDENCE = 0.4


class AirPowerError(ExtractError):
    """The air power file is malformed."""


@dataclass(frozen=True)
class AirPower:
    """Who flies over `country` between `since` and `until` (ISO dates, inclusive)."""

    country: str
    actors: tuple[str, ...]
    since: str | None = None
    until: str | None = None

    def covers(self, country: str, date: str | None) -> bool:
        if country != self.country:
            return False
        if date is None:
            return self.until is None  # undated: the present arrangement
        d = date[:10]
        # A month or year date counts where any part of it falls inside the period.
        return (self.since is None or d >= self.since[:len(d)]) and (self.until is None or d <= self.until)


def parse_air_power(text: str, source: str = "<string>") -> tuple[AirPower, ...]:
    """Entries of an air power YAML text; AirPowerError if malformed."""
    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError:
        raise AirPowerError(f"{source}: not valid YAML") from None
    if not isinstance(data, list):
        raise AirPowerError(f"{source}: expected a list of entries")
    out = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not item.get("country") or not isinstance(item.get("actors"), list):
            raise AirPowerError(f"{source}: entry {i + 1} needs country and a list of actors")
        out.append(AirPower(
            country=str(item["country"]).upper(), actors=tuple(str(a) for a in item["actors"]),
            since=str(item["since"]) if item.get("since") else None,
            until=str(item["until"]) if item.get("until") else None,
        ))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def load_air_power() -> tuple[AirPower, ...]:
    """The shipped air power table (cached per process)."""
    try:
        return parse_air_power(AIR_POWER_PATH.read_text(encoding="utf-8"), str(AIR_POWER_PATH))
    except OSError as exc:
        raise AirPowerError(f"{AIR_POWER_PATH}: cannot read ({exc.strerror})") from None


@rule("event.air-power", "an air attack with no actor named is flown by the one side known to fly over "
      "that country then",
      pos=[("An airstrike killed five people in Idlib, Syria.", (("Russia", "Syrian government"),))],
      neg=[("A car bomb killed five people in Idlib, Syria.", ((),))],
      probe=event_actors, off=lambda country, date, table=None: ())
def air_operators(country: str | None, date: str | None,
                  table: Iterable[AirPower] | None = None) -> tuple[str, ...]:
    """Actor keys that fly combat aircraft over `country` on `date`; () where unknown or
    contested (several parties fly there)."""
    if not country:
        return ()
    for entry in load_air_power() if table is None else table:
        if entry.covers(country, date):
            return entry.actors
    return ()


# Words that put aircraft in the sky: an air strike, a raid, a plane, a barrel bomb, "bombed",
# "bombardment". A bare "a bomb" does not: most are set off on the ground.
AIR_WORDS = re.compile(
    r"(?i)air\w?[\s-]?(?:strike|stike|srike)s?|air[\s-]?raids?|warplanes?|fighter jets?|\bjets?\b|aircraft"
    r"|helicopters?|aerial|bunker[\s-]?buster|\bplanes?\b|air force|bombing raids?|sorties|barrel[\s-]?bombs?"
    r"|\bbomb(?:ed|ing|ard|arded|ardment)\b|\bdropped\b")


@rule("event.air-said", "air power is inferred only for an attack whose sentences name aircraft or an air "
      "strike, not for a bare 'bomb'",
      pos=[("A bomb killed five people at a market in Idlib, Syria.", ((),))],
      neg=[("An air strike killed five people at a market in Idlib, Syria.", (("Russia", "Syrian government"),))],
      probe=event_actors, off=lambda texts: True)
def air_said(texts: Iterable[str]) -> bool:
    """Does any of `texts` (an attack's sentences) name aircraft or an air strike?"""
    return any(AIR_WORDS.search(t) for t in texts)


def one_country(countries: Iterable[str | None]) -> str | None:
    """The country most of `countries` name, if one clearly leads; else None."""
    counts = Counter(c for c in countries if c)
    if not counts:
        return None
    top = counts.most_common(2)
    if len(top) == 2 and top[0][1] == top[1][1]:
        return None
    return top[0][0]
