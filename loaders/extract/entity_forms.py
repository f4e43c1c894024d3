"""Two forms in which a name is not what it looks like, in the English of any war's reporting.

- A name fused into an adjective of backing or control ("the Iran-backed group",
  "Houthi-held Sanaa", "a Moscow-installed official") names the party that backs or holds,
  never a place: the place readers take "Iran" for one, and only the backer may be an entity.
- A country's role noun ("Niger's military junta", "Haiti's national police", "Mali's
  transitional authorities") speaks for that country's state: one actor per party, not a
  body of its own beside the state.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, places, rule
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.wordlists import word_set

# "-backed", "-held", "-installed": what the name before it does, as a party.
PARTY_COMPOUND = re.compile(
    r"\s*-\s*(?:backed|linked|led|allied|aligned|sponsored|run|controlled|held|installed|occupied|supported|funded"
    r"|affiliated|armed|trained|appointed|leaning|friendly)\b", re.IGNORECASE)


@rule("place.not-in-party-compound", "a name fused into an adjective of backing or control ('the Iran-backed group', "
      "'Houthi-held Sanaa') names a party, never a place",
      pos=[("Israeli warplanes killed two Hezbollah fighters in Aitaroun, the Iran-backed group said.",
            ("Aitaroun",))],
      neg=[("Israeli warplanes killed two Hezbollah fighters in Aitaroun, near Iran's embassy, the group said.",
            ("Aitaroun", "Iran"))],
      probe=places, off=lambda cands, text: cands)
def not_places_in_compounds(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the place candidates an adjective of backing or control follows.
    Cost: one regex match per place candidate."""
    return [c for c in cands if not (c.kind == "Place" and PARTY_COMPOUND.match(text, c.end))]


# Role nouns that speak for a state: "army", "junta", "police", "authorities", "government".
STATE_SPEAKERS = word_set("state_role_heads") | frozenset({"army", "military", "junta", "police", "forces", "troops"})
POSSESSIVE = re.compile(r"['\u2019]s\s+$")


def _state_role(c: Cand) -> bool:
    """Is `c` a role candidate (a body named by its role) whose head speaks for a state? Not
    a body with a name of its own ("Ukraine's Khortytsia Group of Forces", capitalised): a
    named unit is its own actor, part of the state."""
    words = fold(c.text).split()
    return (c.kind == "Actor" and c.rank == 4 and bool(words) and words[-1] in STATE_SPEAKERS
            and not c.text[:1].isupper()
            and (c.group.startswith("org:") or c.group == "actor:government-forces"))


@rule("actor.country-possessive-role", "a state's possessive before a role noun ('Niger's military junta', "
      "'Haiti's national police') is a mention of the state; before an armed group ('Sudan's Rapid Support "
      "Forces') a part of the group's mention",
      pos=[("Niger's military junta said jihadists attacked a convoy near Tassia.",
            (("Niger", "Niger's military junta"), ("rebels", "jihadists"))),
           ("Sudan's Rapid Support Forces shelled El Fasher on Friday.",
            (("Rapid Support Forces", "Sudan's Rapid Support Forces"),))],
      neg=[("The military junta said jihadists attacked a convoy near Tassia.",
            (("military junta", "military junta"), ("rebels", "jihadists")))],
      probe=actor_forms, off=lambda cands, text: cands)
def possessive_roles(cands: list[Cand], text: str) -> list[Cand]:
    """A state-speaking role candidate right after a state's possessive ("Niger's") joins the
    state's mention, which then spans both; a named armed group after a country's possessive
    ("Nigeria's Boko Haram") takes the country into its own mention. Cost: linear in
    candidates (sorted by start)."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        prev = out[-1] if out else None
        if prev is None or prev.end >= c.start or not POSSESSIVE.match(text, prev.end, c.start):
            out.append(c)
            continue
        state = _state_cand(prev) if _state_role(c) else None
        if state is not None:
            out[-1] = replace(state, end=c.end, text=text[state.start:c.end])
        elif _country(prev) and c.kind == "Actor" and c.type == "armed_group" and c.rank < 4:
            out[-1] = replace(c, start=prev.start, text=text[prev.start:c.end])
        else:
            out.append(c)
    return out


def _country(c: Cand) -> bool:
    """Is `c` a country's name: its place or its state?"""
    return (c.kind == "Place" and c.type == "country") or (c.kind == "Actor" and c.type == "state" and c.rank < 4)


def _state_cand(c: Cand) -> Cand | None:
    """`c` as a state's actor candidate: a named state itself; a country's place ("Burkina
    Faso's military government": the place readers took the name for a place) as the
    dictionary's state of that country; else None."""
    if c.kind == "Actor" and c.type == "state" and c.rank < 4:
        return c
    country = getattr(c.place, "country", None) if c.kind == "Place" and c.type == "country" else None
    if not country:
        return None
    from sitgraph.loaders.extract.actors import load_actors
    from sitgraph.loaders.extract.report_country import country_state

    entry = country_state(load_actors(), country)
    if entry is None or entry.type != "state":
        return None
    return Cand(c.start, c.end, c.text, "Actor", entry.type, "actor:" + entry.key, entry.name, key=entry.entity_key,
                rank=1)


# Verbs whose object is a place when it is a bare name: towns are shelled, stormed, captured.
_PLACE_OBJECT_VERBS = re.compile(
    r"\b(?:attacked|shelled|bombed|bombarded|pounded|stormed|raided|struck|captured|seized|overran|besieged"
    r"|recaptured|retook|entered|encircled|surrounded|hit|targeted|overrun|shelling|bombing|storming|capturing"
    r"|seizing|attacking)\s+$", re.IGNORECASE)


@rule("place.object-of-attack-verb", "a one-word name spaCy took for a person, right after 'attacked', "
      "'shelled', 'stormed', 'captured' ... ('gunmen attacked Ngouboua'), is a place",
      pos=[("Israeli warplanes struck Aitaroun on Monday, killing two fighters.", ("Aitaroun",))],
      neg=[("Israeli warplanes struck on Monday, killing two fighters, Ali Aitaroun said.", ())],
      probe=places, off=lambda cands, text, gaz: cands)
def attacked_names(cands: list[Cand], text: str, gaz: object) -> list[Cand]:
    """Person candidates of one word without a dictionary entry that follow an attack verb
    become place candidates (the gazetteer's place where it knows the name). Cost: one regex
    match per such candidate."""
    from sitgraph.loaders.extract.places import exact_place, place_cand

    out = []
    for c in cands:
        if (c.kind == "Actor" and c.type == "person" and not c.key and " " not in c.text.strip()
                and _PLACE_OBJECT_VERBS.search(text, max(0, c.start - 20), c.start)):
            place = exact_place(gaz, c.text) if gaz is not None else None
            c = place_cand(c.start, c.end, c.text, place, rank=c.rank)
        out.append(c)
    return out


@rule("place.region-over-named-place", "a compass region read over a place named in full ('Cameroon's North-West "
      "region', 'Oromia's East Wollega zone') is that place, not a region of the country",
      pos=[("Separatists burned a school in Cameroon's North-West region on Monday.", ("Cameroon", "North-West"))],
      neg=[("Separatists burned a school in Cameroon's restive northwest on Monday.",
            ("Cameroon", "Cameroon's restive northwest"))],
      probe=places, off=lambda cands: cands)
def regions_over_named(cands: list[Cand]) -> list[Cand]:
    """`cands` without the compass regions whose words hold a place candidate other than their
    own country's (the compass word is part of that place's name). Cost: quadratic in the
    regions, linear in the rest."""
    from sitgraph.loaders.extract.regions import is_region

    named = [c for c in cands if c.kind == "Place" and not is_region(c) and getattr(c.place, "type", None) != "country"]
    # a town's part ("Beirut's southern suburbs") holds its own town (its owner), not another place
    return [c for c in cands if not (is_region(c) and any(c.start <= p.start and p.end <= c.end and p.group != c.owner
                                                           for p in named))]


GENERIC_SIDES = frozenset({"actor:rebels", "actor:militia", "actor:unknown-gunmen", "actor:bandits", "actor:gangs"})
# "the opposition National Unity Government", "the rebel group M23", "jihadist group JNIM".
QUALIFIER_GAP = re.compile(r"\s+(?:(?:armed|militant|jihadist|islamist|rebel|insurgent|extremist)\s+)?"
                           r"(?:(?:group|movement|faction|alliance|coalition|organi[sz]ation|militia)\s+)?$",
                           re.IGNORECASE)


@rule("actor.generic-qualifier", "a generic side word right before a named actor ('the opposition National Unity "
      "Government', 'the rebel group M23') describes that actor: a mention of it, not a side of its own",
      pos=[("The junta bombed a gathering of the opposition National Unity Government in Sagaing.",
            (("National Unity Government", "opposition National Unity Government"), ("Tatmadaw", "junta")))],
      neg=[("The junta bombed the opposition in Sagaing, the National Unity Government said.",
            (("National Unity Government", "National Unity Government"), ("Tatmadaw", "junta"),
             ("rebels", "opposition")))],
      probe=actor_forms, off=lambda cands, text: cands)
def generic_qualifiers(cands: list[Cand], text: str) -> list[Cand]:
    """A generic side candidate followed, with at most a group noun between, by a named actor
    joins that actor's mention (which then starts at the generic word). Cost: linear in
    candidates (sorted by start)."""
    ordered = sorted(cands, key=lambda c: (c.start, c.end))
    out: list[Cand] = []
    skip: set[int] = set()
    for i, c in enumerate(ordered):
        if i in skip:
            continue
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if (nxt is not None and c.kind == "Actor" and c.group in GENERIC_SIDES and nxt.kind == "Actor"
                and nxt.key and nxt.group not in GENERIC_SIDES and nxt.rank < 4 and c.end <= nxt.start
                and QUALIFIER_GAP.match(text[c.end:nxt.start] + " ")):
            out.append(replace(nxt, start=c.start, text=text[c.start:nxt.end]))
            skip.add(i + 1)
            continue
        out.append(c)
    return out


@rule("person.plural-noun", "a one-word name the parse reads as a plural common noun ('Photographs showed', "
      "'Images show') names no person",
      pos=[("Photographs showed the ruins of a school in Jabalia after an Israeli strike.", ("Israel",))],
      neg=[("Williams said an Israeli strike hit a school in Jabalia.", ("Israel", "Williams"))],
      probe=actor_names, off=lambda cands, doc: cands)
def plural_nouns_not_persons(cands: list[Cand], doc: Any) -> list[Cand]:
    """`cands` without the person candidates that are a single token tagged as a plural common
    noun (spaCy takes a sentence's capitalised first word for a name). Cost: one token lookup
    per person candidate."""
    return [c for c in cands if not (c.kind == "Actor" and c.type == "person" and _plural_noun(doc, c))]


@rule("person.people-word", "a one-word name that is a word of a people, a faith or a title ('the Alawite "
      "hilltop district', 'a Druze village') names no person",
      pos=[("Homs's Sunni and Alawite districts had fought repeatedly since the start of the civil war.", ())],
      neg=[("Williams said snipers fired on the hilltop district of Tripoli on Monday.", ("Williams",))],
      probe=actor_names, off=lambda cands: cands)
def people_words_not_persons(cands: list[Cand]) -> list[Cand]:
    """`cands` without the person candidates no dictionary knows whose one word is a people's,
    a faith's or a title's (spaCy reads "Alawite" before a noun as a name). Cost: a word-set
    lookup per person candidate."""
    from sitgraph.loaders.extract.places import people_or_title

    return [c for c in cands if not (c.kind == "Actor" and c.type == "person" and c.key is None
                                     and " " not in c.text.strip() and people_or_title(c.text))]


def _plural_noun(doc: Any, c: Cand) -> bool:
    span = doc.char_span(c.start, c.end)
    return span is not None and len(span) == 1 and span[0].tag_ == "NNS"
