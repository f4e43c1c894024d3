"""Place mentions: spaCy GPE/LOC spans, "the village of X" phrases, names before a
settlement word ("Mintar village") or after a locative preposition ("in Darkoush"), and
capitalised names the gazetteer knows; :func:`exact_place` (place_lookup.py) looks a phrase up
in the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.admin_places import OPENING_PREPOSITIONS
from sitgraph.loaders.extract.compass_countries import whole_name
from sitgraph.loaders.extract.demonym_places import modifier_demonyms
from sitgraph.loaders.extract.listed_places import listed_place
from sitgraph.loaders.extract.mentions import ARMED_HEADS, DEFINITE_BEFORE, MEDIA_HEADS, ORG_HEADS, Cand, fold
from sitgraph.loaders.extract.patterns import NOT_NAMES, QUOTES
from sitgraph.loaders.extract.place_endings import town_despite_ending
from sitgraph.loaders.extract.place_lookup import exact_place
from sitgraph.loaders.extract.place_variants import unify_swapped
from sitgraph.loaders.extract.place_words import alternation as place_word_alternation
from sitgraph.loaders.extract.place_words import place_type
from sitgraph.loaders.extract.rules import branch, enabled, places, rule, typed_places
from sitgraph.loaders.extract.spans import Cover
from sitgraph.loaders.extract.speech_verbs import AFTER_SPEAKER
from sitgraph.loaders.extract.struck_places import struck_town_cands
from sitgraph.loaders.extract.wordlists import word_set

# Word lists: loaders/data/words.yaml.
LOCATIVE = word_set("locative_prepositions")
GEO_NOUNS = word_set("geo_nouns")
DIRECTIONS = word_set("directions")
BORDER_VERBS = frozenset({"borders", "bordering"})
BORDER_NOUNS = frozenset({"border", "borders", "bordered", "frontier"})
PLACE_WORDS = place_word_alternation()  # the place-word table (place_words.py)
PLACE_OF = re.compile(
    rf"\b(?P<word>{PLACE_WORDS})s?(?:\s+of\s+|\s*\(\s*)(?P<name>(?:al-|el-|Al-|El-)?[A-Z][\w'\u2019\-]*"
    rf"(?:[\s_](?:al-|el-)?[A-Z][\w'\u2019\-]*){{0,3}})"
)


# One place of a comma chain: "northern Upper Nile state, ", "the town of Kuek, ".
_CHAIN_PLACE = (r"(?:(?:the\s+)?[a-z]+\s+){0,3}?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
                rf"(?:\s+(?:{PLACE_WORDS}))?,\s*")
TRAILING_COUNTRY_BEFORE = re.compile(
    rf"\b(?:in|near|at|outside|around|from|of|through|across|into|to)\s+(?:{_CHAIN_PLACE}){{1,3}}$")


def _prev_words(text: str, start: int, n: int = 2) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w']+", text[max(0, start - 40):start])[-n:]]


def _after_preposition(prev: list[str]) -> bool:
    """Do the two words before a name make it a place: "in Syria", "in the Central African
    Republic", "across eastern Ukraine", "the province of Idlib"?"""
    if not prev:
        return False
    if prev[-1] in LOCATIVE and prev[-1] != "of":
        return True
    if len(prev) < 2:
        return False
    if prev[-1] == "of" and prev[-2] in GEO_NOUNS:
        return True
    # "the border with Pakistan", "bordered by Ethiopia", "which borders Pakistan".
    if prev[-1] in BORDER_VERBS or (prev[-2] in BORDER_NOUNS and prev[-1] in ("with", "by")):
        return True
    # An article or a direction between: "in the Central African Republic", "in northern Mali".
    return prev[-2] in LOCATIVE and prev[-2] != "of" and (prev[-1] == "the" or prev[-1] in DIRECTIONS)


# "into Cameroon and Chad": a name joined by "and"/"or" to a name right after a locative.
_LOCATIVE_WORDS = "|".join(sorted(LOCATIVE - {"of"}))
LOCATIVE_CHAIN = re.compile(
    rf"\b(?:{_LOCATIVE_WORDS})\s+(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){{0,2}}"
    r",?\s+(?:and|or)\s+$")


def is_locative(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end] stand as a place ("in Syria", "Syria's north", "into Mali, Chad and Niger")?"""
    if _after_preposition(_prev_words(text, start, 2)) or conjoined_place(text, start, end) \
            or listed_place(text, start, end):
        return True
    rest = text[end:end + 30]
    # "in Djibo, Burkina Faso, on Monday": the country that locates a place named before it.
    if TRAILING_COUNTRY_BEFORE.search(text[max(0, start - 80):start]) and re.match(r"\s*(?:[,.;:)]|$|on\b)", rest):
        return True
    m = re.match(r"['\u2019]s\s+([\w-]+)", rest)
    return bool(m and m.group(1).lower() in GEO_NOUNS)


@rule("place.conjoined-after-locative", "a name joined by 'and' to a name right after a locative, ending the "
      "phrase, is a place too ('fled into Cameroon and Chad')",
      pos=[("Thousands fled Bangui, many crossing into Cameroon and Chad.", ("Bangui", "Cameroon", "Chad"))],
      neg=[("Thousands fled to Cameroon, and Chad sent troops to the border.", ("Cameroon",))],
      probe=places, off=lambda text, start, end: False)
def conjoined_place(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] the last of a list of names after a locative, with
    nothing of its own after it (a stop, a comma, the line's end)?"""
    return bool(LOCATIVE_CHAIN.search(text, max(0, start - 60), start)) and bool(
        re.match(r"\s*(?:[.,;:)]|$)", text[end:end + 2]))


def in_country(gaz: Any, cand: Cand, country: str | None, tied: frozenset[str] = frozenset()) -> Cand:
    """`cand` (a place candidate) resolved inside the report's `country` (ISO2): an ambiguous
    name takes that country's place. A place abroad keeps its coordinates only when it is
    named in full and the text ties it to its country (`tied`: the countries the report
    names, or whose state acts in it): "talks in Ankara" beside "Turkey"; else it keeps no
    gazetteer place. Unchanged when no country is known, or the place lies in `country`, in
    no country (a sea) or is a country. Cost: up to two gazetteer lookups."""
    place = cand.place
    if country is None or place is None or place.country in (country, None) or place.type == "country":
        return cand
    near = exact_place(gaz, cand.text, country=country)
    if near is not None and near.country != country and near.type != "country":
        near = None  # the best the name gives is still abroad
    if near is None and place.country in tied and not _qualified(cand.text) and (
            exact_place(gaz, cand.text, loose=False, country=None) is not None):
        return cand  # a place abroad, named in full, in a country the report speaks of
    return _placeless(cand, near, place.type)


def _placeless(cand: Cand, near: Any, typ: str | None) -> Cand:
    """`cand` with the gazetteer place `near` (in the report's country), else with none."""
    # A name in capitals (a dateline's "BANGKOK") keeps the name its reader gave it.
    written = cand.name if cand.text.isupper() else cand.text.strip()
    new = place_cand(cand.start, cand.end, cand.text, near, name=None if near else written,
                     typ=None if near else typ, rank=cand.rank)
    return replace(new, strong=cand.strong, owner=cand.owner, head=cand.head)


def _qualified(surface: str) -> bool:
    from sitgraph.loaders.extract.gazetteer import fold as ascii_fold
    from sitgraph.loaders.extract.gazetteer import strip_qualifiers

    core, _ = strip_qualifiers(surface.replace("_", " "))
    return ascii_fold(core) != ascii_fold(surface.replace("_", " "))


def place_cand(start: int, end: int, surface: str, place: Any = None, name: str | None = None,
               typ: str | None = None, rank: int = 2) -> Cand:
    from sitgraph.loaders.extract.gazetteer import strip_qualifiers

    core, hint = strip_qualifiers(surface.replace("_", " "))
    core = core.strip(QUOTES + " .,")
    if place is not None:
        named = whole_name(surface.replace("_", " ").strip(QUOTES + " .,"))  # "South Sudan's": not "Sudan"
        if fold(named) in {fold(place.name)} | {fold(a) for a in place.aliases}:
            core = named
        return Cand(start, end, surface, "Place", place.type, place.key, core or place.name, key=place.key,
                    rank=rank, place=place)
    ptype = typ or ("province" if hint == "area" else "town" if hint == "settlement" else
                    "landmark" if re.search(r"(?i)\b(?:hill|mount|mountain|valley|river|lake|sea|desert)\b",
                                            surface) else None)
    return Cand(start, end, surface, "Place", ptype, "place:" + fold(core), name or core, rank=rank)


# What stands before a person's name: a title, or a role noun ("spokesman Aden said").
PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|Sheikh|Imam|General|Colonel|Major|Captain|Lieutenant|"
    r"Sergeant|Commander|Spokesman|Spokeswoman|Minister|President|Governor|Mayor)\.?"
    r"|\b(?:spokes(?:man|woman|person)|commander|governor|mayor|minister)"
    r"|\b(?:spokes(?:man|woman|person)|man|woman|boy|girl|commander|official|fighter|leader|resident|farmer)"
    r"\s+(?:named|called))\s+$")
SPEECH_AFTER = re.compile(rf"\s*,?\s+(?:{AFTER_SPEAKER})\b")


@rule("place.not-person", "a name after a title or role noun, or a spaCy person who speaks, is no place",
      pos=[("Governor Marib said the convoy was hit near Sirwah.", ("Sirwah",))],
      neg=[("Fighting resumed in Aden on Monday.", ("Aden",))],
      probe=places, off=lambda text, start, end, tagged_person: False)
def person_context(text: str, start: int, end: int, tagged_person: bool) -> bool:
    """Does the name at text[start:end] stand as a person: after a title or role noun
    ("spokesman Aden"), or tagged a person by spaCy and speaking ("Aden said"), not after
    a locative ("in Aden said" does not occur; "in Aden" stays a place)?"""
    if PERSON_BEFORE.search(text[max(0, start - 40):start]):
        return True
    return tagged_person and bool(SPEECH_AFTER.match(text, end)) and not is_locative(text, start, end)


# What may follow a place standing alone as a noun ("in Sake on Monday", "near Sake,").
STANDS_ALONE = re.compile(
    r"\s*(?:[,.;:()!?]|$)|\s+(?:and|or|on|in|near|at|to|from|for|by|with|when|while|after|before|during|where|"
    r"which|that|was|were|had|has|is|last|this|early|late)\b")


@rule("place.not-common-word", "a one-word name the report also writes in lower case is a common word, "
      "not a place, unless it stands alone after a locative",
      pos=[("Shells were fired from Junta positions. The junta denied it.", ())],
      neg=[("Shelling hit Mercy hospital in Goma. Residents begged for mercy.", ("Goma",))],
      probe=places, off=lambda surface, lower_words, text, start, end: False)
def _common_word(surface: str, lower_words: frozenset[str], text: str, start: int, end: int) -> bool:
    """A one-word name the report also writes in lower case ("Junta troops", "from Junta
    positions" beside "the junta") is a common word there, unless it stands alone as a
    place after a locative ("fighting in Sake on Monday" beside "for the sake of")."""
    if " " in surface or surface.lower() not in lower_words:
        return False
    return not (is_locative(text, start, end) and STANDS_ALONE.match(text, end))


def place_cands(text: str, doc: Any, gaz: Any) -> list[Cand]:
    """Places from spaCy GPE/LOC spans, "the village of X" phrases and gazetteer-confirmed names.
    Names standing as a person's ("spokesman Aden said") or as a common word of the report
    are none. Cost: a few regex scans plus one gazetteer lookup per candidate."""
    persons = Cover((e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON")
    lower_words = frozenset(re.findall(r"(?<![\w\-])[a-z][a-z\-]*", text))
    out = settlement_of_cands(text, gaz)
    if gaz is not None:
        out += [c for c in gazetteer_name_cands(text, gaz) + struck_town_cands(text, gaz)
                if not person_context(text, c.start, c.end, persons.contains(c.start, c.end))
                and not _common_word(c.text, lower_words, text, c.start, c.end)]
    out += placeword_cands(text, gaz) + _spacy_cands(text, doc, gaz, lower_words)
    # "between Kurds and Arabs", "Shi'ite areas": a people's name after a locative word;
    # "Thai soldiers": a nationality modifying a noun (demonym_places.py)
    peoples = modifier_demonyms(text, doc)
    return [c for c in out if (c.rank <= 1 or not people_or_title(c.text)) and (c.start, c.end) not in peoples]


def _spacy_cands(text: str, doc: Any, gaz: Any, lower_words: frozenset[str]) -> list[Cand]:
    """Place candidates of spaCy's entity spans that stand neither as a person nor as a
    common word of the report."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC"):
            continue
        span = _ent_surface(text, ent.start_char, ent.end_char)
        span = hyphen_joined(text, span, gaz) if span is not None else None
        if span is None or person_context(text, span[0], span[1], ent.label_ == "PERSON") \
                or _common_word(span[2], lower_words, text, span[0], span[1]):
            continue
        cand = spacy_place_cand(span, ent.label_, gaz)
        if cand is not None:
            out.append(cand)
    return out


# What a hyphen joins that is no one place: two states or parties ("Israel-Hamas war") and a
# road, border or front between two places ("the Kabul-Jalalabad highway").
HYPHEN_NOT_NAME = re.compile(r"\s+(?:road|highway|motorway|border|route|axis|corridor|front(?:line)?|line|railway|"
                             r"pipeline|talks|war|conflict|ceasefire|truce|deal|agreement|relations|flights?|convoy)\b",
                             re.IGNORECASE)
_HYPHEN_REST = re.compile(r"(?:-[A-Z][\w'\u2019]*)+")


@rule("place.hyphen-joined", "a place name spaCy cut at a hyphen ('Bambuba' of 'Bambuba-Kisiki') is the whole "
      "hyphenated name, unless the hyphen joins two states or parties or names a road or border between places",
      pos=[("A drone struck a house in Bambuba-Kisiki on Friday, killing five people.", ("Bambuba-Kisiki",))],
      neg=[("Shelling on the Kabul-Jalalabad highway killed five civilians on Friday.", ("Kabul",))],
      probe=places, off=lambda text, span, gaz: span)
def hyphen_joined(text: str, span: tuple[int, int, str], gaz: Any) -> tuple[int, int, str]:
    """`span` (start, end, surface) widened over the capitalised words a hyphen joins to it
    after its end, when none of them is a state, a country or a party and no road, border or
    war noun follows. Cost: a regex match and a dictionary lookup per joined word."""
    s, e, surface = span
    m = _HYPHEN_REST.match(text, e)
    if m is None or HYPHEN_NOT_NAME.match(text, m.end()):
        return span
    if any(_state_or_party(w, gaz) for w in [surface, *m.group(0)[1:].split("-")]):
        return span
    return s, m.end(), text[s:m.end()]


def _state_or_party(word: str, gaz: Any) -> bool:
    """Is `word` a dictionary actor's name or a country's?"""
    from sitgraph.loaders.extract.actors import load_actors

    if load_actors()._key_of(word) is not None:
        return True
    place = exact_place(gaz, word, loose=False) if gaz is not None else None
    return place is not None and place.type == "country"


NOT_PLACE_WORDS = word_set("not_place_words")


@rule("place.not-people-or-title", "a name holding a word for a group of people, a title or an attack "
      "('Sunni Muslims', 'Kurds', 'District Governor', 'Attacks' in a headline) is no place",
      pos=[("Clashes between Kurds and Arabs killed five in Raqqa on Sunday.", ("Raqqa",))],
      neg=[("Kurdish residents fled the fighting in Raqqa and Kobani on Sunday.", ("Kobani", "Raqqa"))],
      probe=places, off=lambda name: False)
def people_or_title(name: str) -> bool:
    """Does the capitalised name `name` hold a word of a people, a title or an attack?"""
    return any(w in NOT_PLACE_WORDS for w in re.findall(r"[\w'\u2019]+", name.lower().replace("\u2019", "'")))


@rule("place.settlement-of", "the name in 'the village/town/district of X' is a place",
      pos=[("Gunmen attacked the village of Kwa Tambara on Monday.", (("Kwa Tambara", "village"),))],
      neg=[("Gunmen attacked a village on Monday.", ())],
      probe=typed_places, off=lambda text, gaz: [])
def settlement_of_cands(text: str, gaz: Any) -> list[Cand]:
    """Names in "the <settlement word> of X" phrases, typed by the word."""
    out = []
    for m in PLACE_OF.finditer(text):
        name = m.group("name")
        place = exact_place(gaz, name) if gaz is not None else None
        typ = place_type(m.group("word"), "town")
        out.append(place_cand(m.start("name"), m.end("name"), name, place, typ=typ, rank=1))
    return out


def _ent_surface(text: str, s: int, e: int) -> tuple[int, int, str] | None:
    """A spaCy span without a leading article or trailing punctuation (spaCy often swallows
    them), if it starts with a capital."""
    surface = text[s:e]
    # A name never spans a line: spaCy may join a place to a dateline below it ("Sake\n\nGOMA").
    if "\n" in surface.strip():
        s += len(surface) - len(surface.lstrip())
        surface = surface.strip().split("\n", 1)[0]
        e = s + len(surface)
    # spaCy may also swallow the blank line after a headline ("in Khyber Pakhtunkhwa\n\n")
    while surface and (surface[-1] in ".,;:" + QUOTES or surface[-1].isspace()):
        surface, e = surface[:-1], e - 1
    lead = re.match(r"(?i)(?:the|a)\s+", surface)
    if lead:
        surface, s = surface[lead.end():], s + lead.end()
    if not surface or not surface[0].isupper():
        return None
    return s, e, surface


def spacy_place_cand(span: tuple[int, int, str], label: str, gaz: Any) -> Cand | None:
    """The place candidate of a spaCy span (GPE/LOC as such; other labels where the
    gazetteer knows a sizeable place), else None."""
    s, e, surface = span
    place = exact_place(gaz, surface, label in ("GPE", "LOC")) if gaz is not None else None
    if label == "NORP" and (place is None or place.type == "country"):
        return None
    if label in ("GPE", "LOC"):
        return spacy_gpe_cand(s, e, surface, place)
    return spacy_known_cand(s, e, surface, place)


@rule("place.spacy-gpe", "a spaCy GPE/LOC span is a place (unless a demonym or 'the state/regime' unknown "
      "to the gazetteer)",
      pos=[("Shells landed across Kurakhove on Monday.", ("Kurakhove",))],
      neg=[("Ukrainian drones hit a depot overnight.", ())],
      probe=places, off=lambda s, e, surface, place: None)
def spacy_gpe_cand(s: int, e: int, surface: str, place: Any) -> Cand | None:
    if place is None and re.search(r"(?i)^(?:the\s+)?(?:state|regime)\b", surface):
        return None
    if place is None and re.search(r"(?:ian|ean|ese|ish|ic|i|an)$", surface) and " " not in surface:
        return None  # a demonym spaCy took for a place: "Ukrainian drones"
    return place_cand(s, e, surface, place, rank=2)


@rule("place.spacy-other-known", "a spaCy ORG/PERSON/NORP/FAC span the gazetteer knows as a country, "
      "province, region, city or a town of 1000+ people is a place",
      pos=[("Mariupol Mayor Vadym Boychenko said shells fell.", ("Mariupol",))],
      neg=[("Shelling hit Donetsk on Monday.", ("Donetsk",))],
      probe=places, off=lambda s, e, surface, place: None)
def spacy_known_cand(s: int, e: int, surface: str, place: Any) -> Cand | None:
    if place is not None and place.population >= 1000 or (place is not None and place.type in (
            "country", "province", "region", "city")):
        return place_cand(s, e, surface, place, rank=3)
    return None


NAME_WORD = r"(?:(?:al|el|Al|El)[\s\-])?[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*"
# "Mintar village", "Marj Akhdar town", "al Atareb city", "the Maarrat Al-Numan area".
NAME_THEN_PLACEWORD = re.compile(
    rf"(?<![\w\-])(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})\s+(?:(?P<word>"
    + place_word_alternation("settlement", "part", "other", "feature", plural=True)
    + "|districts?" + ")"
    # one administrative unit of any country ("Nana-Gribizi prefecture", "Kani township"), not
    # a word that also ends bodies' names ("Islamic State", "Green Zone": admin_places.py reads
    # those where they stand as places)
    + "|(?P<unit>" + place_word_alternation("admin", bodies=False) + r"))\b"
)
# A capitalised name right after a locative preposition: "in Darkoush", "near Afs, Idlib",
# "between El Fasher and Kabkabiya". Names neither spaCy nor the gazetteer know.
AFTER_LOCATIVE = re.compile(
    rf"\b(?:in|near|outside|around|from|between|toward|towards|of|and)\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
    r"(?=\s*(?:[,.;:()]|$|\s+(?:and|on|in|near|at|by|when|while|after|before|during|where|which|that|was|were|"
    r"had|has|is|last|this|early|late"
    # a past verb the phrase is the subject of: "the attack in Ngarbuh killed 12"
    r"|(?P<verb>[a-z]{2,}ed)"
    # the place words of every country: "in Arauca department", "in Kani township"
    + "|" + PLACE_WORDS + r")\b))"
)
DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|ic|i|an)$")


def _unknown_name_ok(name: str, listed: bool = False) -> bool:
    """May a capitalised name no dictionary knows stand as a place? `listed`: it is named in a
    list of places ("between Hola and Sraman"), where a demonym-like ending says nothing."""
    words = name.replace("-", " ").split()
    if not words or any(w.lower() in NOT_NAMES for w in words[:1] + words[-1:]):
        return False
    last = words[-1].lower()
    if last in ORG_HEADS or last in ARMED_HEADS or last in MEDIA_HEADS:
        return False
    return listed or not (len(words) == 1 and DEMONYM_END.search(name))


def placeword_cands(text: str, gaz: Any) -> list[Cand]:
    """Places written with a settlement word after the name ("Mintar village") or standing
    after a locative preposition ("in Darkoush"): towns too small for spaCy or the gazetteer.
    The gazetteer's entry is used where it knows the name."""
    return before_placeword_cands(text, gaz) + after_locative_cands(text, gaz) + possessed_place_cands(text, gaz)


# "in Kachin state's Laiza", "in Gaza's Jabalia camp": a place's own part, after a locative.
POSSESSED_PLACE = re.compile(
    rf"\b(?:in|near|outside|around|from|toward|towards)\s+(?P<owner>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}"
    r"(?:\s+(?:state|province|region|governorate|oblast|district|county|prefecture|department))?)['\u2019]s\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
    r"(?=\s*(?:[,.;:()]|$|\s+(?:on|in|near|at|when|while|after|before|during|where|city|town|village|area|district"
    r"|camp|neighbourhood|neighborhood|suburb|township|last|this|early|late)\b))")


@rule("place.possessed", "a name after a locative and a place's possessive ('in Kachin state's Laiza') is a place "
      "in it",
      pos=[("Jets bombed a camp in Kachin state's Laiza on Monday.", ("Kachin", "Laiza"))],
      neg=[("Jets bombed a camp in Kachin state on Monday, and the army's Tatmadaw said so.", ("Kachin",))],
      probe=places, off=lambda text, gaz: [])
def possessed_place_cands(text: str, gaz: Any) -> list[Cand]:
    out = []
    for m in POSSESSED_PLACE.finditer(text):
        name = m.group("name")
        if not _unknown_name_ok(name):
            continue
        place = exact_place(gaz, name) if gaz is not None else None
        out.append(place_cand(m.start("name"), m.end("name"), name, place, rank=3))
    return out


@rule("place.before-settlement-word", "a capitalised name right before 'village/town/city/area/...' is a "
      "place (before 'camp' only where the gazetteer knows it)",
      pos=[("A volunteer was injured when a shell hit Tal Mardikh town.", ("Tal Mardikh",))],
      neg=[("Families sheltered in Abu Shouk camp on Sunday.", ())],
      probe=places, off=lambda text, gaz: [])
def before_placeword_cands(text: str, gaz: Any) -> list[Cand]:
    out = []
    for m in NAME_THEN_PLACEWORD.finditer(text):
        name = m.group("name")
        # Strip leading capitalised function words and a sentence's opening preposition: "The
        # Idlib countryside" -> "Idlib", "Across Kherson oblast" -> "Kherson".
        while name.split(" ", 1)[0].lower() in NOT_NAMES | OPENING_PREPOSITIONS and " " in name:
            name = name.split(" ", 1)[1]
        if not _unknown_name_ok(name):
            continue
        start = m.start("name") + m.group("name").rindex(name)
        word = m.group("word") or m.group("unit")
        place = exact_place(gaz, name) if gaz is not None else None
        if word == "camp" and place is None:
            continue  # "Abu Shouk camp" is a facility (the pattern layer has it)
        if word.lower() == "community" and DEFINITE_BEFORE.search(text, 0, start):
            continue  # "the Lendu community" is a people; "raided Gatawa community" a village
        out.append(place_cand(start, start + len(name), name, place, typ=place_type(word), rank=2))
    return out


SUBJECT_PLACE = branch("place.after-locative-subject", "a name after 'in/near' in a subject before its past verb "
                       "('the attack in Ngarbuh killed 12') is a place",
                       pos=[("The attack in Ngarbuh killed 12 people, officials said.", ("Ngarbuh",))],
                       neg=[("A spokesman from Ansar Dine claimed the attack in Timbuktu.", ("Timbuktu",))],
                       probe=places, where="sitgraph.loaders.extract.places.after_locative_cands")


@rule("place.after-locative", "a capitalised name right after 'in/near/outside/between...' (or 'of/and' "
      "inside a place phrase) is a place",
      pos=[("Gunmen killed two farmers near Darkoush on Monday.", ("Darkoush",))],
      neg=[("Gunmen killed two farmers of Darkoush's cooperative.", ())],
      probe=places, off=lambda text, gaz: [])
def after_locative_cands(text: str, gaz: Any) -> list[Cand]:
    out = []
    for m in AFTER_LOCATIVE.finditer(text):
        prep = text[m.start():m.start("name")].strip().lower()
        name = m.group("name")
        if prep in ("of", "and") and not _after_place_phrase(text, m.start()):
            continue
        possessive = re.match(r"['\u2019]s\b", text[m.end("name"):m.end("name") + 3])
        listed = prep == "and" or town_despite_ending(name, text, m.end("name"), gaz)
        if not _unknown_name_ok(name, listed) or possessive:
            continue
        if m.group("verb") and (prep not in ("in", "near", "outside", "around") or _state_or_party(name, gaz)
                                or re.search(r"['\u2019]s$", name) or not enabled(SUBJECT_PLACE)):
            continue  # "a statement from Hamas warned": a party, not a place
        place = exact_place(gaz, name) if gaz is not None else None
        out.append(place_cand(m.start("name"), m.end("name"), name, place, rank=3))
    return out


def _after_place_phrase(text: str, pos: int) -> bool:
    """Is `pos` ("of X", "and X") inside a place phrase: "the towns of", "between X and"?"""
    before = text[max(0, pos - 60):pos]
    if re.search(r"\b(?:villages?|towns?|cit(?:y|ies)|districts?|suburbs?|outskirts|edge|heart|cent(?:re|er))\s*$",
                 before) or place_list(before):
        return True
    return bool(re.search(r"\bbetween\s+(?:(?:the\s+\w+\s+of|a\s+(?:place|village|town)\s+called)\s+)?"
                          r"(?:al-|el-)?[A-Z][\w\-' ]*$", before))


_NAMES = r"(?:al-|el-)?[A-Z][\w\-'\u2019]*(?:\s+[A-Z][\w\-'\u2019]*)*"
PLACE_LIST = re.compile(
    rf"\b(?:villages|towns|cities|districts|provinces|regions|states|governorates|counties)\s+of\s+"
    rf"(?:{_NAMES}\s*,\s*)*{_NAMES}\s*,?\s*$")


@rule("place.list-after-plural-place-word", "the names listed after 'the provinces of' are places, the last "
      "one after 'and' too ('the provinces of Anbar and Ninevah')",
      pos=[("Elections in the provinces of Anbar and Ninevah were postponed.", ("Anbar", "Ninevah"))],
      neg=[("Elections in Anbar and Ninevah were postponed.", ("Anbar",))],
      probe=places, off=lambda before: False)
def place_list(before: str) -> bool:
    """Does the text `before` an "and" end in a list of names after a plural place word?"""
    return bool(PLACE_LIST.search(before))


CAP_SEQ = re.compile(r"(?<![\w\-])(?:al-|Al-|el-|El-)?[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][a-z][\w'\u2019\-]*){0,2}")


@rule("place.gazetteer-name", "a capitalised name the gazetteer knows exactly as a country, province, "
      "region or a town of 20000+ people is a place, even where spaCy misses it",
      pos=[("Bunia was quiet on Monday.", ("Bunia",))], neg=[("Mortars fell on the camp overnight.", ())],
      probe=places, off=lambda text, gaz: [])
def gazetteer_name_cands(text: str, gaz: Any) -> list[Cand]:
    """Capitalised names the gazetteer knows exactly as a sizeable place (spaCy misses some)."""
    out = []
    for m in CAP_SEQ.finditer(text):
        surface = m.group(0)
        place = exact_place(gaz, surface, loose=False)
        if place is not None and (place.type in ("country", "province", "region") or place.population >= 20000):
            out.append(place_cand(m.start(), m.end(), surface, place, rank=3))
    return out


@rule("place.word-of-a-persons-name", "a one-word name the gazetteer does not know, which is a word of a "
      "person's full name in the report, is that person ('talks between Machar and Kiir')",
      pos=[("Riek Machar fled Juba in July. Talks between Machar and the government stalled.", ("Juba",))],
      neg=[("Riek Machar fled Juba in July. Talks between Akobo and the government stalled.", ("Akobo", "Juba"))],
      probe=places, off=lambda cands: cands)
def person_words_not_places(cands: list[Cand]) -> list[Cand]:
    """`cands` with one-word place candidates the gazetteer does not know turned into the
    person whose full name (a person candidate of two or more words) holds that word; a word
    two people's names hold stays. Cost: linear."""
    owners: dict[str, set[str]] = {}
    full: dict[str, Cand] = {}
    for c in cands:
        if c.kind == "Actor" and c.type == "person" and " " in c.name:
            full[c.group] = c
            for w in c.name.split():
                owners.setdefault(w, set()).add(c.group)
    out = []
    for c in cands:
        who = owners.get(c.text, set()) if c.kind == "Place" and c.place is None and " " not in c.text else set()
        if len(who) == 1:
            p = full[next(iter(who))]
            c = Cand(c.start, c.end, c.text, "Actor", "person", p.group, p.name, rank=p.rank)
        out.append(c)
    return unify_swapped(out)
