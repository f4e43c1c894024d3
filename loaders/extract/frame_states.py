"""The state a report's frame names, for the forces it calls by what they are.

Broadcasters and wires file a story under its country ("Honduras: Troops kill four gang members
in raid") and then call the state's forces "soldiers", "troops", "the army" throughout. The
generic force words mean the government of the report's country; for a country the actor
dictionary holds, loaders/data/state_forces.yaml says which entry that is. For a country the
dictionary knows nothing of (no entry of any kind has its code) there is no rival claimant to its
army, so the words are that country's state, named as the report names the country. A country the
dictionary knows without a forces entry (Libya, where several governments claim the army) is left
to the generic actor, as before; so is a report that never names its country.

Cost: linear in the candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.actors import ActorDictionary, ActorEntry
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

GENERIC = "actor:government-forces"
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def frame_state(cands: list[Cand], actors: ActorDictionary, country: str | None) -> ActorEntry | None:
    """The state of `country` (ISO2, the report's) as an entry of its own, named as the report
    names the country, when the dictionary holds nothing of that country; else None."""
    if not country or country in actors.countries:
        return None
    named = next((c for c in cands if c.kind == "Place" and c.type == "country" and c.place is not None
                  and c.place.country == country), None)
    if named is None:
        return None
    name = _POSSESSIVE.sub("", named.text)
    key = fold(name)  # as actor.country-of-stance keys the same country acting, so the two join
    if any(c.kind == "Actor" and c.type == "state" and c.group != "actor:" + key for c in cands):
        return None  # another state acts in the story: its officials and forces may be either's
    return ActorEntry(key=key, name=name, type="state", country=country)


@rule("actor.frame-country-forces", "'soldiers', 'troops', 'the army' acting in a report on a country the actor "
      "dictionary does not know ('Honduras: Troops kill four gang members') are that country's state",
      pos=[("Honduras: Troops kill four gang members in raid near San Pedro Sula\n\nTroops killed four gang members "
            "near San Pedro Sula in Honduras on Tuesday.", ("Honduras", "gangs"))],
      neg=[("Libya: Troops kill four fighters in raid near Sirte\n\nTroops killed four fighters near Sirte in Libya on "
            "Tuesday.", ("government forces",))],
      probe=actor_names, off=lambda cands, actors, country: cands)
def forces_of_named_country(cands: list[Cand], actors: ActorDictionary, country: str | None) -> list[Cand]:
    """`cands` with the generic state-forces candidates made the state :func:`frame_state` gives
    for `country`; `cands` unchanged when it gives none."""
    state = frame_state(cands, actors, country)
    if state is None:
        return cands
    group = "actor:" + state.key
    return [replace(c, group=group, name=state.name, key=state.entity_key, type="state") if c.group == GENERIC
            else c for c in cands]


# What a nationality word adds to its country's name ("Azerbaijan-i", "Mexic-an", "Armeni-an",
# "Leban-ese"): a demonym is read from the names the report itself gives, not from a list.
_DEMONYM_ENDINGS = ("i", "n", "an", "ian", "ese", "ish")
# "Azerbaijani forces opened fire", "Mexican troops", "Kyrgyz units": the force after the word.
_FORCE_AFTER = re.compile(r"\s+(?:(?:government|security|armed|border|army)\s+)?(?:forces|troops|soldiers|units"
                          r"|army|military|servicemen|guards|positions|fire|shelling|artillery|drones?)\b")


def _of_country(word: str, country: str) -> bool:
    """Is `word` a nationality word of `country` (a name): the name, less a final vowel, and a
    demonym's ending?"""
    stem = country[:-1] if country[-1:] in "aeoy" else country
    return word.startswith(stem) and word[len(stem):] in _DEMONYM_ENDINGS and len(stem) > 3


# A nationality word and the force it names: "Azerbaijani forces", "Mexican troops".
_DEMONYM_FORCE = re.compile(r"\b(?P<d>[A-Z][a-z]{3,})\s+(?:(?:government|security|armed|border)\s+)?"
                            r"(?:forces|troops|soldiers|units|army|military|servicemen)\b")
# A kingdom's forces by their title ("the Royal Nepalese Army", "the Royal Ruvaran Air Force"): the
# state's, never a group of its own. (A bare "X Army" title is left alone: "Free Syrian Army" and
# "Syrian National Army" are groups.)
_ROYAL_FORCE = re.compile(r"\bRoyal\s+(?P<d>[A-Z][a-z]{3,})\s+(?:Army|Armed\s+Forces|Air\s+Force|Navy)\b")


@rule("actor.demonym-forces-of-named-country", "a nationality word before a force or its fire ('Azerbaijani forces "
      "opened fire') is the state of the country the report names, when the dictionary has no entry of that country",
      pos=[("Armenia said Azerbaijani forces shelled the village of Sotk on Sunday, wounding a farmer. Azerbaijan "
            "denied it.", ("Armenia", "Azerbaijan", "civilians")),
           ("Rebels attacked a police post in Dorva, Nepal, on Monday before a Royal Nepalese Army helicopter "
            "arrived.", ("Nepal", "rebels"))],
      neg=[("Armenia said gunmen shelled the village of Sotk on Sunday, wounding two Azerbaijani farmers. Azerbaijan "
            "denied it.", ("Armenia", "civilians", "unknown gunmen"))],
      probe=actor_names, off=lambda cands, actors, text: cands)
def demonym_forces_as_states(cands: list[Cand], actors: ActorDictionary, text: str) -> list[Cand]:
    """`cands` with each nationality word before a force word ("Azerbaijani forces", or its
    fire: "Azerbaijani fire") made the state of a country the report names as a place, when the
    dictionary holds nothing of that country: an actor candidate over the words replaces the
    person or generic ones the tagger left there. Cost: one regex scan of the text where the
    report names such a country; linear in candidates."""
    countries = _unknown_countries(cands, actors)
    if not countries:
        return cands
    out = [_lone_word_state(c, countries, text) for c in cands]
    states = [c for c in out if c.kind == "Actor" and c.type == "state"]
    found = [*_DEMONYM_FORCE.finditer(text), *_ROYAL_FORCE.finditer(text)]
    added = [c for c in (_force_state(m, countries) for m in found)
             if c is not None and not _blocked(c, states)]
    if not added:
        return out
    # the words are the state's now: a generic force or a person over them gives way
    spans = [(a.start, a.end) for a in added]
    return [c for c in out if c.kind != "Actor" or not _overlaps(c, spans)] + added


def _blocked(c: Cand, states: list[Cand]) -> bool:
    """Does a state candidate overlap `c` other than the same state's force word inside it? "The
    Senegalese army": the army already made the state of the report's country is widened to the
    whole phrase, which the guide lists among the state's names."""
    return any(s.start < c.end and c.start < s.end and not (s.group == c.group and c.start <= s.start
                                                               and s.end <= c.end) for s in states)


def _overlaps(c: Cand, spans: list[tuple[int, int]]) -> bool:
    return any(s < c.end and c.start < e for s, e in spans)


def _force_state(m: re.Match, countries: set[str]) -> Cand | None:
    """A state candidate over a nationality word and its force (`m`), when the word is one of
    `countries`'; else None."""
    name = _country_of(m.group("d"), countries)
    if name is None:
        return None
    key = "actor:" + fold(name)
    return Cand(m.start(), m.end(), m.group(0), "Actor", "state", key, name, key=key, rank=1)


def _unknown_countries(cands: list[Cand], actors: ActorDictionary) -> set[str]:
    """The names the report gives the countries it names as places that the dictionary lacks."""
    return {_POSSESSIVE.sub("", c.text) for c in cands
            if c.kind == "Place" and c.type == "country" and c.place is not None and c.place.country
            and c.place.country not in actors.countries}


def _country_of(word: str, countries: set[str]) -> str | None:
    """The first (by name) of `countries` `word` is a nationality word of, or None."""
    return next((n for n in sorted(countries) if _of_country(word, n)), None)


def _lone_word_state(c: Cand, countries: set[str], text: str) -> Cand:
    """`c` made the state when it is a lone word the tagger took for a person or a group before a
    force or its fire ("Azerbaijani fire", "Azerbaijani units") of one of `countries`."""
    if c.kind != "Actor" or c.type == "state" or " " in c.text or not _FORCE_AFTER.match(text, c.end):
        return c
    name = _country_of(c.text, countries)
    if name is None:
        return c
    key = "actor:" + fold(name)
    return replace(c, group=key, name=name, key=key, type="state", rank=min(c.rank, 1))
