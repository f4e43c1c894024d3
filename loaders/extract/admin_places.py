"""Places named with the administrative words of any country, and places owned by another
in the possessive: "Marte local government area", "Beni territory", "Kanbalu township",
"Mozambique's Cabo Delgado province", "Omdurman's Karari district", "Borno state's Marte LGA".

Reports of every war locate an incident by the units of the country's administration
(state, province, governorate, oblast, region, district, county, department, municipality,
commune, local government area, township, territory, woreda, prefecture ...), and wire copy
ties the unit to the larger place by a possessive. A name before such a word is a place;
"A's B <word>" is two places, A and B, where the name readers of places.py read one glued
name ("Kabul's Dasht-e-Barchi") or lose B under A.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.place_words import alternation, place_type, place_words
from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.wordlists import word_set

# Administrative words after a name ("Marte local government area", "Kachin State"): the
# place-word table's class `admin` (place_words.py).
ADMIN_WORDS = alternation("admin")
ADMIN_SINGLE = frozenset(w.lower() for w in place_words("admin") if " " not in w)
# Words that make a capitalised name before an administrative word no place: "Southern
# Military District", "Islamic State", "Electoral District".
NOT_ADMIN_NAMES = word_set("not_admin_place_words")  # loaders/data/words.yaml
_NAME_WORD = r"(?:(?:al|el|Al|El)[\s\-])?[A-Z][\w\u2019'-]*(?<!['\u2019]s)(?<!['\u2019])"
# Lower-case particles inside a name: "Valle del Cauca", "Mocimboa da Praia", "Bahr el Ghazal".
_PARTICLE = r"(?:de|del|da|do|dos|das|di|du|des|la|le|el|al|bin|ibn|wa)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,2}}"
# "Kanbalu township", "Marte local government area", "Lamu County".
# A body's name goes on past the word: "Shan State Army", "Russian State outlet", "Kano State Government".
_BODY_AFTER = "|".join(sorted(word_set("armed_heads") | word_set("org_heads") | word_set("media_heads")
                              | {"outlet", "government", "governor", "assembly", "administration", "media", "police",
                                 "owned", "run", "controlled", "sponsored", "television", "tv", "house", "level"}))
NAME_THEN_ADMIN = re.compile(rf"(?<![\w\-'\u2019])(?P<name>{_NAME})\s+(?P<word>(?i:{ADMIN_WORDS}))\b(?!-)"
                             rf"(?!\s+(?i:{_BODY_AFTER})\b)")
# "Masisi and Rutshuru territories", "Borno, Yobe and Adamawa states": names before a plural word.
ADMIN_PLURAL = "|".join(sorted({w + "s" for w in ADMIN_SINGLE if not w.endswith(("y", "s"))}
                              | {"counties", "territories", "municipalities"}))
NAMES_THEN_PLURAL = re.compile(
    rf"(?<![\w\-'\u2019])(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s+(?i:{ADMIN_PLURAL})\b")
# "Mozambique's Cabo Delgado", "Borno state's Marte": the owner, then the place it holds.
POSSESSED = re.compile(
    rf"(?<![\w\-'\u2019])(?P<owner>{_NAME})(?:\s+(?i:{ADMIN_WORDS}))?['\u2019]s\s+(?P<name>{_NAME})"
    rf"(?P<word>\s+(?i:{alternation('admin', 'settlement', 'part')})\b(?!-))?")
DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|ic)$")
_STOP_FIRST = frozenset("the a an this that in on at of for and or but as by from with to into".split())


def _name_ok(name: str) -> bool:
    """May the capitalised words `name` be the name of an administrative unit? Not when a word
    says it is a body or a people ("Southern Military District", "Islamic State")."""
    words = [w.lower() for w in re.findall(r"[\w'\u2019]+", name)]
    if not words or words[0] in _STOP_FIRST:
        return False
    return not any(w in NOT_ADMIN_NAMES for w in words)


_LOCATING = frozenset(word_set("locative_prepositions") | word_set("directions")
                      | {"the", "and", "or", "of", "neighbouring", "neighboring", "nearby", "restive", "volatile"})


# Verbs whose object is a place when it holds an administrative word ("attacked Yei River County").
STRUCK_VERBS = frozenset({"attacked", "stormed", "seized", "captured", "shelled", "struck", "hit", "raided", "overran",
                          "bombed", "invaded", "entered", "recaptured", "retook", "besieged", "targeted"})


@rule("place.bracketed-admin-unit", "a unit named with its administrative word in brackets right after a place "
      "('Kwall (Plateau State)', 'Pinga (Walikale territory, North Kivu)') is the place holding it",
      pos=[("Gunmen attacked Kwall (Plateau State) on Sunday, killing 30 villagers.", ("Kwall", "Plateau"))],
      neg=[("Gunmen attacked Kwall on Sunday (Plateau State police said), killing 30 villagers.", ("Kwall",))],
      probe=places, off=lambda before: False)
def bracket_qualifier(before: str) -> bool:
    """Does `before` (the text before a name, right-stripped) end in a capitalised name and an
    opening bracket: the name that follows qualifies that place?"""
    return bool(re.search(r"[A-Z][\w'\u2019\-]*[ \t]*\($", before))


def _locating(text: str, start: int) -> bool:
    """Does the word before `start` let a name stand as a place ("in Sanban region", "the
    Marte local government area", "northern Kaya district", ", Marte LGA")?"""
    before = text[max(0, start - 30):start].rstrip()
    if before.endswith(",") or bracket_qualifier(before):
        return True
    words = re.findall(r"[\w'\u2019-]+", before)
    return bool(words) and (words[-1].lower() in _LOCATING or words[-1] in STRUCK_VERBS)


def _demonym(word: str) -> bool:
    """Is `word` a people's adjective ("Palestinian", "Israeli"): a dictionary demonym or a word
    with a demonym's ending?"""
    from sitgraph.loaders.extract.actors import load_actors

    hit = load_actors()._key_of(word)
    return bool(hit and hit[1]) or bool(DEMONYM_END.search(word))


def _named(c: Cand, name: str) -> Cand:
    """`c` named `name`, the words before the administrative word: the qualifier strip reads a
    compass word as a qualifier ("North-West region" -> "region")."""
    return replace(c, name=name)


def _actor_name(name: str) -> bool:
    """Is `name` a name or demonym of a dictionary actor?"""
    from sitgraph.loaders.extract.actors import load_actors

    return load_actors()._key_of(name) is not None


def _lookup(gaz: Any, name: str) -> Any:
    from sitgraph.loaders.extract.places import exact_place

    return exact_place(gaz, name) if gaz is not None else None


SIZEABLE = ("country", "province", "region", "city")


def _is_place(gaz: Any, name: str) -> Any:
    """The gazetteer place `name` names where it is a sizeable one, else None."""
    place = _lookup(gaz, name)
    if place is not None and (place.type in SIZEABLE
                              or getattr(place, "population", 0) >= 1000):
        return place
    return None


@rule("place.before-admin-word", "a capitalised name before an administrative word of any country "
      "('Marte local government area', 'Beni territory', 'Kanbalu township') is a place",
      pos=[("Fighters burned homes in Ngubari township on Monday.", ("Ngubari",))],
      neg=[("Commanders of the Southern Military District met the Shan State Army on Monday.", ())],
      probe=places, off=lambda text, gaz: [])
def admin_word_cands(text: str, gaz: Any) -> list[Cand]:
    """Place candidates for names before an administrative word (rank 2: a dictionary actor
    over the same words wins). Cost: one regex scan and a gazetteer lookup per match."""
    from sitgraph.loaders.extract.places import place_cand

    out = []
    for m in NAME_THEN_ADMIN.finditer(text):
        start, name = after_opening_preposition(m.start("name"), m.group("name"))
        if not _name_ok(name):
            continue
        place = _lookup(gaz, name)
        if place is not None and place.type == "country":
            continue  # "a northern Afghanistan province": the word is another place's
        if place is None and not _locating(text, m.start("name")):
            continue  # "Taliban Captures District": an unknown name must stand where places do
        if " " not in name and _demonym(name) and (place is None or place.type not in SIZEABLE):
            continue  # "Palestinian territory", "Israeli territory": a people's adjective
        # The word stays in the mention ("Shan State"): reports and gold name the unit with it.
        out.append(_named(place_cand(start, m.end("word"), text[start:m.end("word")], place,
                                     typ=place_type(m.group("word")), rank=2), name))
    return out


# A preposition that opens a sentence is capitalised like a name ("Across Kherson oblast, ...",
# "Throughout Borno State ..."): it is no word of the unit's name.
OPENING_PREPOSITIONS = frozenset(word_set("locative_prepositions")) - _STOP_FIRST


def after_opening_preposition(start: int, name: str) -> tuple[int, str]:
    """The start and words of `name` (at `start`) without a capitalised locative preposition
    before the name proper."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in OPENING_PREPOSITIONS:
        return start + len(first) + 1, rest
    return start, name


@rule("place.possessive-owner", "'A's B province': A and B are two places, B held by A ('Mozambique's Cabo "
      "Delgado province', 'Kabul's Dasht-e-Barchi district')",
      pos=[("A bomb exploded in Kabul's Dasht-e-Barchi district on Friday.", ("Dasht-e-Barchi", "Kabul"))],
      neg=[("Sudan's Rapid Support Forces shelled El Fasher on Friday.", ("El Fasher",))],
      probe=places, off=lambda text, gaz: [])
def possessed_place_cands(text: str, gaz: Any) -> list[Cand]:
    """Place candidates for both names of "A's B": B when an administrative or settlement word
    follows it or the gazetteer knows it as a sizeable place; A then too, when the gazetteer
    knows it as a place other than a country. Rank 0 (a glued "A's B" read elsewhere, "the district
    of Oromia's East Wollega", yields to them).
    Cost: one regex scan and two gazetteer lookups per match."""
    from sitgraph.loaders.extract.places import place_cand

    out = []
    for m in POSSESSED.finditer(text):
        owner, name, marked = m.group("owner"), m.group("name"), bool(m.group("word"))
        last = name.rsplit(" ", 1)
        if not marked and len(last) == 2 and last[1].lower() in ADMIN_SINGLE:
            name, marked = last[0], True  # "Chad's Lake Region": the word was read as part of the name
        if not (_name_ok(owner) and _name_ok(name)):
            continue
        place = _is_place(gaz, name)
        if not marked and (place is None or _actor_name(name)):
            continue  # "Somalia's al-Shabaab", "Yemen's Houthi rebels": a party, not a place
        owner_place = _lookup(gaz, owner)
        # A country owner ("Mozambique's") is read by the other readers (as a place or as the
        # state); a town or province owner ("Kabul's", "Borno state's") only here.
        if owner_place is not None and owner_place.type != "country":
            out.append(_named(place_cand(m.start("owner"), m.end("owner"), owner, owner_place, rank=0), owner))
        elif not marked:
            continue
        # The word stays in the mention, as in admin_word_cands ("Cabo Delgado province").
        end = m.end("word") if m.group("word") else m.end("name")
        out.append(_named(place_cand(m.start("name"), end, text[m.start("name"):end], place or _lookup(gaz, name),
                                     rank=0), name))
    return out


@rule("place.list-before-admin-plural", "names listed before a plural administrative word ('in Masisi and Rutshuru "
      "territories', 'Borno and Yobe states') are places, each of them",
      pos=[("Clashes continued in Masisi and Rutshuru territories on Monday.", ("Masisi", "Rutshuru"))],
      neg=[("Clashes continued between the army and M23 rebels on Monday.", ())],
      probe=places, off=lambda text, gaz: [])
def admin_list_cands(text: str, gaz: Any) -> list[Cand]:
    """Place candidates for each name of a list before a plural administrative word (rank 2).
    Cost: one regex scan and a gazetteer lookup per listed name."""
    from sitgraph.loaders.extract.places import place_cand

    out = []
    for m in NAMES_THEN_PLURAL.finditer(text):
        base = m.start("names")
        for n in re.finditer(rf"{_NAME}", m.group("names")):
            name = n.group(0)
            if not _name_ok(name):
                continue
            out.append(_named(place_cand(base + n.start(), base + n.end(), name, _lookup(gaz, name), rank=2), name))
    return out


@rule("place.people-before-admin-plural", "a people's or a faith's word listed before a plural administrative "
      "word ('the Sunni and Alawite districts', 'Kurdish and Arab districts') says who lives there: no place",
      pos=[("Snipers fired between the Sunni and Alawite districts of Tripoli on Monday.", ("Tripoli",))],
      neg=[("Clashes continued in Masisi and Rutshuru territories on Monday.", ("Masisi", "Rutshuru"))],
      probe=places, off=lambda cands, text, gaz: cands)
def peoples_before_admin(cands: list[Cand], text: str, gaz: Any) -> list[Cand]:
    """`cands` without the place candidates of a name listed before a plural administrative word
    when that name is a word of a people or a faith ("Sunni", "Alawite", "Kurdish") no gazetteer
    knows as a sizeable place. Cost: one regex
    scan of the text, and a few lookups per listed name."""
    spans = set()
    for m in NAMES_THEN_PLURAL.finditer(text):
        base = m.start("names")
        for n in re.finditer(_NAME, m.group("names")):
            if _peoples_word(n.group(0), gaz):
                spans.add((base + n.start(), base + n.end()))
    if not spans:
        return cands
    return [c for c in cands if not ((c.start, c.end) in spans and c.kind == "Place")]


def _peoples_word(name: str, gaz: Any) -> bool:
    """Is `name` a word of a people or a faith, and no sizeable place of the gazetteer?"""
    from sitgraph.loaders.extract.places import people_or_title

    return (people_or_title(name) or _demonym(name)) and _is_place(gaz, name) is None


# "Kamanyola, a town on the border with Burundi", "Yelwata, a farming village in Guma LGA",
# "Mangina, the capital of the district": a name the next words call a place.
APPOSED_PLACE = re.compile(
    rf"(?<![\w\-'\u2019])(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){{0,3}}?"
    rf"(?P<word>{alternation('settlement', 'admin', 'part')}|capital)"
    r"(?=\s*[,.;)]|\s+(?:in|on|near|of|outside|about|some|close|along|across|that|which|where|just|north|south|east"
    r"|west|held|controlled|\d))")


@rule("place.apposed-place-noun", "a name the apposition after it calls a town, village or unit ('Kamanyola, a town "
      "on the border with Burundi') is a place",
      pos=[("Fighters seized Kamanyola, a town on the border with Burundi, on Saturday.", ("Burundi", "Kamanyola"))],
      neg=[("Gunmen shot Musa Bello, a village elder, on Saturday.", ())],
      probe=places, off=lambda text, gaz: [])
def apposed_place_cands(text: str, gaz: Any) -> list[Cand]:
    """Place candidates for names an apposition calls a place (rank 2). Cost: one regex scan
    and a gazetteer lookup per match."""
    from sitgraph.loaders.extract.patterns import NOT_NAMES
    from sitgraph.loaders.extract.places import place_cand

    out = []
    for m in APPOSED_PLACE.finditer(text):
        name = m.group("name")
        if not _name_ok(name) or name.split()[0].lower() in NOT_NAMES:
            continue
        typ = place_type(m.group("word")) if m.group("word") != "capital" else "city"
        out.append(_named(place_cand(m.start("name"), m.end("name"), name, _lookup(gaz, name), typ=typ, rank=2), name))
    return out
