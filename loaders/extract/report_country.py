"""The country a report is about, and the forces named by what they are, not by a name.

"Government forces", "the army", "regime troops" mean the government of the report's
country (loaders/data/state_forces.yaml); forces with no name of their own ("Somali troops")
are their state, as the annotation guide's "one actor per party" asks. The report's country
is the one most of its places lie in, else the one of its armed groups.

Inputs are entity candidates (`mentions.Cand`) and the actor dictionary; each function is
linear in the candidates unless its docstring says otherwise.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from sitgraph.loaders.extract.actors import ActorDictError, ActorDictionary
from sitgraph.loaders.extract.frame_states import forces_of_named_country
from sitgraph.loaders.extract.loose_names_abroad import loose_names_abroad
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule
from sitgraph.loaders.extract.wordlists import word_set

STATE_FORCES_FILE = Path(__file__).resolve().parent.parent / "data" / "state_forces.yaml"


@functools.lru_cache(maxsize=1)
def state_forces_table() -> dict[str, str]:
    """Country (ISO2) -> dictionary key of the actor its generic state-force words mean."""
    try:
        data = yaml.safe_load(STATE_FORCES_FILE.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ActorDictError(f"{STATE_FORCES_FILE.name}: cannot read ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise ActorDictError(f"{STATE_FORCES_FILE.name}: expected a mapping of country codes to actor keys")
    return {str(k).upper(): str(v) for k, v in data.items()}


def country_state(actors: ActorDictionary, country: str | None) -> Any:
    """The dictionary entry of the government of `country` (ISO2): the state its generic
    force words stand for (state_forces.yaml) or, when that is a force, the state it is part
    of; else the country's one state entry; else the force entry itself; None when unknown.
    Cost: one pass over the dictionary's entries."""
    if not country:
        return None
    key = state_forces_table().get(country)
    entry = actors.get(key) if key else None
    parent = actors.get(entry.part_of) if entry is not None and entry.part_of else None
    if parent is not None and parent.type == "state":
        return parent
    if entry is not None and entry.type == "state":
        return entry
    states = [e for e in actors.entries.values() if e.type == "state" and e.country == country]
    return states[0] if len(states) == 1 else entry


def report_country(cands: list[Cand], actors: ActorDictionary) -> str | None:
    """The country (ISO2) most of the report's places lie in (in a tie, the one it names as a
    country); else the one of its dictionary armed groups; None when neither says."""
    refused = loose_names_abroad(cands, _cand_countries(cands, actors))  # "Bajaur" as Iran's Bijar: no vote
    counts = _place_countries([c for i, c in enumerate(cands) if i not in refused]) or \
        _armed_group_countries(cands, actors)
    if not counts:
        return None
    best = max(counts.values())
    top = [k for k, v in counts.items() if v == best]
    if len(top) > 1:
        # A tie goes to the country the report names as a country ("Galim" in Israel and
        # "Cameroon" once each: a Cameroon report).
        named = {c.place.country for c in cands if c.kind == "Place" and getattr(c.place, "type", None) == "country"}
        top = [k for k in top if k in named] or top
    return top[0] if len(top) == 1 else None


def _place_countries(cands: list[Cand]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in cands:
        country = getattr(c.place, "country", None) if c.kind == "Place" else None
        if country:
            counts[country] = counts.get(country, 0) + 1
    return counts


def _cand_countries(cands: list[Cand], actors: ActorDictionary) -> frozenset[str]:
    """Countries the candidates name: as places, or by a dictionary state or its forces."""
    out = {c.place.country for c in cands if c.kind == "Place" and c.place is not None
           and c.place.type == "country" and c.place.country}
    for c in cands:
        entry = actors.get(c.group[6:]) if c.kind == "Actor" and c.group.startswith("actor:") else None
        if entry is not None and entry.country and entry.type in ("state", "state_forces"):
            out.add(entry.country)
    return frozenset(out)


def _armed_group_countries(cands: list[Cand], actors: ActorDictionary) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in cands:
        entry = actors.get(c.group[6:]) if c.kind == "Actor" and c.group.startswith("actor:") else None
        if entry is not None and entry.country and entry.type == "armed_group":
            counts[entry.country] = counts.get(entry.country, 0) + 1
    return counts


def named_countries(text: str, cands: list[Cand], actors: ActorDictionary) -> frozenset[str]:
    """Countries (ISO2) the report names as places ("in Turkey"), or whose state, forces or
    people it names ("Turkish troops", "the Saudi city of Jizan"): what ties a place abroad
    to its country. Cost: one scan of the text for dictionary names."""
    out = {c.place.country for c in cands if c.kind == "Place" and c.place is not None
           and c.place.type == "country" and c.place.country}
    for h in actors.find(text):
        entry = actors.get(h.key)
        if entry is not None and entry.country and entry.type in ("state", "state_forces"):
            out.add(entry.country)
    return frozenset(out)


@rule("actor.state-forces-of-country", "'government forces', 'the army' mean the government of the report's "
      "country (loaders/data/state_forces.yaml)",
      pos=[("Government forces shelled Idlib and Aleppo on Monday.", ("Syrian government",))],
      neg=[("Rebels shelled Idlib and Aleppo on Monday.", ("rebels",))],
      probe=actor_names, off=lambda cands, actors: cands)
def state_forces_of_country(cands: list[Cand], actors: ActorDictionary) -> list[Cand]:
    """"Government forces", "regime troops", "the army" mean the government of the
    report's country (loaders/data/state_forces.yaml); the generic actor elsewhere."""
    if not any(c.group == "actor:government-forces" for c in cands):
        return cands
    return state_forces_in(cands, actors, report_country(cands, actors) or _only_state_country(cands, actors))


def state_forces_in(cands: list[Cand], actors: ActorDictionary, country: str | None) -> list[Cand]:
    """`cands` with "government forces", "the army" made the government of `country` (ISO2;
    state_forces.yaml, else :func:`forces_of_named_country`)."""
    key = state_forces_table().get(country or "")
    entry = actors.get(key) if key else None
    if entry is None:
        return forces_of_named_country(cands, actors, country)  # a country the dictionary lacks: its state
    return [replace(c, group="actor:" + entry.key, name=entry.name, key=entry.entity_key, type=entry.type)
            if c.group == "actor:government-forces" else c for c in cands]


def _only_state_country(cands: list[Cand], actors: ActorDictionary) -> str | None:
    """The country of the one state the report names ("Niger's military junta said ... 29
    soldiers"), when its places tell none; None when it names none or several."""
    countries = {e.country for e in (actors.get(c.group[6:]) for c in cands if c.kind == "Actor" and c.type == "state"
                                     and c.group.startswith("actor:") and c.rank < 4) if e is not None and e.country}
    return next(iter(countries)) if len(countries) == 1 else None


# The last word of a force named by what it is, not by a name ("Somali troops", "the army").
FORCE_NOUNS = word_set("unnamed_force_nouns")  # loaders/data/words.yaml
FORCE_WORDS = FORCE_NOUNS | word_set("unnamed_force_modifiers")
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central"})
# A force word that is an adjective, read alone before an attack noun ("a federal drone strike",
# forces.py): the force unnamed. Not a force word inside a name ("Ethiopian federal forces").
LONE_FORCE_ADJECTIVES = frozenset({"federal"})


def unnamed_force(text: str) -> bool:
    """Is `text` a force called by what it is ("Chadian troops", "government forces", "Iraqi
    security forces", "army") rather than by a name ("Somali National Army")? The words after
    the first (a demonym, an article) are force words, the last a force noun."""
    words = [w.lower() for w in re.findall(r"[\w'’.-]+", text)]
    if len(words) == 1 and words[0] in LONE_FORCE_ADJECTIVES:
        return True
    if len(words) > 2 and words[0] in COMPASS_WORDS:
        words = words[1:]  # "South Sudanese soldiers", "Central African troops": one demonym
    return bool(words) and words[-1] in FORCE_NOUNS and all(w in FORCE_WORDS for w in words[1:])


@rule("actor.unnamed-forces-are-the-state", "forces with no name of their own ('Somali troops', 'government "
      "forces') are their state; a named force ('Somali National Army') stays an actor of its own",
      pos=[("Somali troops attacked al-Shabaab positions near Afgoye.", ("Somalia", "al-Shabaab"))],
      neg=[("The Somali National Army attacked al-Shabaab positions near Afgoye.",
            ("Somali National Army", "al-Shabaab"))],
      probe=actor_names, off=lambda cands, actors: cands)
def unnamed_forces_as_state(cands: list[Cand], actors: ActorDictionary) -> list[Cand]:
    """A state-forces candidate named only by a force word is the state its dictionary entry
    is part of (the referee's "one actor per party"). Cost: linear in candidates."""
    out = []
    for c in cands:
        entry = actors.get(c.group[6:]) if c.kind == "Actor" and c.type == "state_forces" else None
        state = actors.get(entry.part_of) if entry is not None and entry.part_of else None
        if state is not None and state.type == "state" and unnamed_force(c.text):
            c = replace(c, group="actor:" + state.key, name=state.name, key=state.entity_key, type=state.type)
        out.append(c)
    return out
