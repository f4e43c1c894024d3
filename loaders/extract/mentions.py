"""Candidate mentions of entities in one report, before they are grouped into entities.

Sources, strongest first: facility and agreement patterns, the actor dictionary (aliases
and demonyms), place phrases (spaCy GPE/LOC, "the village of X", gazetteer-confirmed
names), then spaCy PERSON and ORG spans in actor roles. Where two sources claim
overlapping text of the same layer, the stronger (then the longer) wins; a place inside a
facility name ("Kafranbel medical facility") is kept beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.patterns import NOT_NAMES, QUOTES, find_patterns, load_patterns

# Words after a demonym that make it name the state acting: "Russian warplanes".
FORCE_HEADS = frozenset(
    """forces force military army armies troops soldiers soldier warplanes warplane planes plane jets jet
    aircraft helicopters helicopter drones drone airstrikes airstrike air strikes strikes strike raids raid
    shelling artillery bombardment bombardments bombing bombings attack attacks missiles missile rockets
    rocket navy officials official government authorities ministry president units patrols patrol police
    gunboats tanks tank assault offensive operation operations campaign bomb bombs shells munitions
    fighters fighter jets regime backed led allied supported sponsored coalition side defence defense
    intelligence gunfire fire mercenaries contractors militias militia guards command commanders commander
    militaries occupation occupiers invasion invaders strike-drones warship warships border spokesman spokesperson
    envoy delegation""".split()
)
LOCATIVE = frozenset(
    "in into inside near across throughout around outside within from to toward towards at via of over".split()
)
GEO_NOUNS = frozenset(
    """north south east west northern southern eastern western northeast northwest southeast southwest
    outskirts city town province countryside centre center suburbs parts part border capital borders
    largest biggest second coast region regions areas area""".split()
)
PLACE_WORDS = (
    r"village|town|city|district|province|governorate|region|neighbourhood|neighborhood|suburb|"
    r"hamlet|area|oblast|county|municipality|state|settlement|hill|mountain|island|camp"
)
PLACE_OF = re.compile(
    rf"\b(?:{PLACE_WORDS})s?\s+of\s+(?P<name>(?:al-|el-|Al-|El-)?[A-Z][\w'\u2019\-]*(?:[\s_][A-Z][\w'\u2019\-]*){{0,3}})"
)
TITLES = re.compile(
    r"^(?:(?:Maj|Lt|Col|Gen|Brig|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Adm|Cmdr)\.?\s+|(?:Major|General|Colonel|"
    r"Lieutenant|Brigadier|Captain|President|Prime Minister|Minister|Commander|Sheikh|Shaykh|Imam|"
    r"Spokesman|Spokesperson|Governor|Mayor|Ambassador|Envoy|King|Prince|Emir)\s+)+"
)
ORG_HEADS = frozenset(
    """ministry council committee organization organisation agency office center centre network observatory
    commission union association society foundation fund programme program mission crescent cross bank
    institute watch international coalition authority authorities directorate department court police
    syndicate federation""".split()
)
ARMED_HEADS = frozenset(
    "army forces brigade brigades front movement battalion division militia corps guard guards legion".split()
)
MEDIA_HEADS = frozenset("news tv television radio times post agency press journal channel gazette".split())


@dataclass(frozen=True)
class Cand:
    """One candidate mention."""

    start: int
    end: int
    text: str
    kind: str  # Actor | Place | Facility | Agreement
    type: str | None
    group: str  # entities are the groups of candidates sharing (kind, group)
    name: str
    key: str | None = None
    strong: bool = True
    rank: int = 0  # lower wins overlaps
    owner: str = ""  # facility owner or modifier text ("Russia", "Turkish")
    head: str = ""
    place: Any = None  # a gazetteer Place


def _fold(text: str) -> str:
    text = re.sub(f"[{QUOTES}]", "", text.lower())
    return re.sub(r"[^\w]+", " ", text).strip()


def _next_words(text: str, end: int, n: int = 3) -> list[str]:
    rest = re.split(r"[.,;:!?()]", text[end:end + 60])[0]
    if rest[:1] == "-":  # "Russian-backed", "Russia-regime"
        return ["-" + w for w in re.findall(r"[\w']+", rest[1:])[:1]]
    return [w.lower() for w in re.findall(r"[\w']+", rest)[:n]]


def _prev_words(text: str, start: int, n: int = 2) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w']+", text[max(0, start - 40):start])[-n:]]


def is_locative(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end] stand as a place ("in Syria", "Syria's north")?"""
    prev = _prev_words(text, start, 2)
    if prev and prev[-1] in LOCATIVE and prev[-1] != "of":
        return True
    if len(prev) == 2 and prev[-1] == "of" and prev[-2] in GEO_NOUNS:
        return True
    rest = text[end:end + 30]
    m = re.match(r"['\u2019]s\s+([\w-]+)", rest)
    if m and m.group(1).lower() in GEO_NOUNS:
        return True
    return False


def demonym_acts(text: str, end: int) -> bool:
    """Does the demonym ending at `end` name a state acting ("Russian warplanes", "Russian-backed")?"""
    words = _next_words(text, end)
    if not words:
        return False
    if words[0].startswith("-"):
        return True
    if words[0] in ("and", "or") and len(words) >= 3:  # "Russian and Syrian militaries"
        return words[2].strip(QUOTES) in FORCE_HEADS
    # A force or weapon noun within three words: "Russian warplanes", "Russian 'bunker-buster' bomb".
    return any(w.strip(QUOTES) in FORCE_HEADS for w in words[:3])


# Generic words for a group's people: after a named group they are that group
# ("IS militants", "al-Shabaab fighters", "M23 rebels"), not a generic actor of their own.
MEMBER_AFTER_NAME = re.compile(
    r"[\s\-]+(?:militants?|fighters?|rebels?|insurgents?|gunmen|jihadists?|militiamen|militias?|members?"
    r"|loyalists?|combatants?|extremists?|operatives?|paramilitaries|troops|forces|soldiers)\b",
    re.IGNORECASE,
)
GENERIC_GROUPS = frozenset({"rebels", "unknown-gunmen"})


def actor_cands(text: str, actors: ActorDictionary, gaz: Any) -> list[Cand]:
    """Dictionary actors; names that stand as places ("in Syria") become Place candidates.
    A generic fighter word right after a named armed group joins that group's mention."""
    out: list[Cand] = []
    covered = -1
    for h in actors.find(text):
        entry = actors.get(h.key)
        if entry is None or h.start < covered:
            continue
        member = MEMBER_AFTER_NAME.match(text, h.end) if entry.type == "armed_group" else None
        if h.demonym and not demonym_acts(text, h.end) and not member:
            continue  # "Houthi militants" acts; "Syrian rebels" is not Syria
        if not h.demonym and gaz is not None and is_locative(text, h.start, h.end):
            place = exact_place(gaz, h.text)
            if place is not None:
                out.append(place_cand(h.start, h.end, h.text, place))
                continue
        end = h.end
        if entry.type in ("armed_group", "state_forces") and entry.key not in GENERIC_GROUPS:
            more = MEMBER_AFTER_NAME.match(text, h.end)
            if more:
                end = covered = more.end()
        out.append(Cand(h.start, end, text[h.start:end], "Actor", entry.type, "actor:" + entry.key, entry.name,
                        key=entry.entity_key, rank=1))
    return out


def exact_place(gaz: Any, name: str, loose: bool = True, country: str | None = None) -> Any:
    """The gazetteer place whose name or alias is `name` (the whole phrase, else up to
    qualifiers), else None; `country` (ISO2), when known, ranks that country's places first.

    `loose` also accepts a transliteration variant (same name key, 5+ letters: Idleb/Idlib).
    """
    from sitgraph.loaders.extract.gazetteer import fold, is_common_word, name_key, strip_qualifiers

    # The whole phrase first: "North Darfur", "Lower Shabelle", "West Bank" are names.
    whole = name.strip().replace("_", " ")
    if len(whole) >= 3 and " " in whole and not is_common_word(whole):
        want = fold(whole)
        for p in gaz.lookup(whole, country)[:3]:
            if fold(p.name) == want or any(fold(a) == want for a in p.aliases):
                return p
    core, _ = strip_qualifiers(name)
    core = core.replace("_", " ")
    if not core or is_common_word(core) or len(core) < 3:
        return None
    want = fold(core)
    for p in gaz.lookup(core, country)[:3]:
        if fold(p.name) == want or any(fold(a) == want for a in p.aliases):
            return p
        if loose and len(name_key(core)) >= 5 and name_key(p.name) == name_key(core) and p.name[:1] == core[:1]:
            return p
    return None


def place_cand(start: int, end: int, surface: str, place: Any = None, name: str | None = None,
               typ: str | None = None, rank: int = 2) -> Cand:
    from sitgraph.loaders.extract.gazetteer import strip_qualifiers

    core, hint = strip_qualifiers(surface.replace("_", " "))
    core = core.strip(QUOTES + " .,")
    if place is not None:
        whole = _fold(surface.replace("_", " ").strip(QUOTES + " .,"))
        if whole in {_fold(place.name)} | {_fold(a) for a in place.aliases}:
            core = surface.replace("_", " ").strip(QUOTES + " .,")
        return Cand(start, end, surface, "Place", place.type, place.key, core or place.name, key=place.key,
                    rank=rank, place=place)
    ptype = typ or ("province" if hint == "area" else "town" if hint == "settlement" else
                    "landmark" if re.search(r"(?i)\b(?:hill|mount|mountain|valley|river|lake|sea|desert)\b",
                                            surface) else None)
    return Cand(start, end, surface, "Place", ptype, "place:" + _fold(core), name or core, rank=rank)


def pattern_cands(text: str, actors: ActorDictionary, headlines: list[tuple[int, int]]) -> list[Cand]:
    """Facilities and agreements from the pattern files."""
    out = []
    for kind in ("Facility", "Agreement"):
        for h in find_patterns(text, load_patterns(kind)):
            in_headline = any(s <= h.start < e for s, e in headlines)
            named = h.named and not in_headline
            name = h.name
            owner = h.owner
            # A demonym or actor name as the only "name" is the operator, not a name:
            # "Turkish observation posts" is operated by Turkey.
            hits = actors.find(name) if name else []
            if hits and hits[0].start == 0 and hits[-1].end == len(name):
                owner = owner or name
            head_norm = re.sub(r"[\s\-]+", "", h.head)
            if kind == "Agreement" and head_norm in {"demilitarisedzone", "demilitarizedzone"}:
                head_norm = "demilitarizedzone"
            if named and not (owner == name and h.name):
                group = f"{kind.lower()}:{_fold(name)}:{head_norm}"
            elif named:
                group = f"{kind.lower()}:{_fold(owner)}:{head_norm}"
            else:
                group = f"{kind.lower()}:?:{head_norm}"
            label = h.text.strip(QUOTES + " ")
            if named and h.name:
                label = re.sub(rf"[{QUOTES}]", "", label)
                label = re.sub(r"(?i)(ies|es|s)$", lambda m: "y" if m.group(1).lower() == "ies" else "", label) \
                    if not label.lower().endswith(h.head) and " of " not in label else label
            out.append(Cand(h.start, h.end, h.text, kind, h.type, group, label, strong=named or
                            (h.strong and kind == "Agreement"), rank=0, owner=owner, head=h.head))
    return out


def place_cands(text: str, doc: Any, gaz: Any) -> list[Cand]:
    """Places from spaCy GPE/LOC spans, "the village of X" phrases and gazetteer-confirmed names."""
    out = []
    for m in PLACE_OF.finditer(text):
        name = m.group("name")
        word = m.group(0).split()[0].lower().rstrip("s")
        place = exact_place(gaz, name) if gaz is not None else None
        typ = {"village": "village", "town": "town", "city": "city", "hill": "landmark",
               "mountain": "landmark", "district": "district", "province": "province",
               "governorate": "province", "oblast": "province", "region": "region"}.get(word, "town")
        out.append(place_cand(m.start("name"), m.end("name"), name, place, typ=typ, rank=1))
    if gaz is not None:
        out += _gazetteer_names(text, gaz)
    out += placeword_cands(text, gaz)
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC"):
            continue
        s, e = ent.start_char, ent.end_char
        surface = text[s:e]
        # spaCy often swallows a leading article or a trailing full stop.
        while surface and surface[-1] in ".,;:" + QUOTES:
            surface, e = surface[:-1], e - 1
        lead = re.match(r"(?i)(?:the|a)\s+", surface)
        if lead:
            surface, s = surface[lead.end():], s + lead.end()
        if not surface or not surface[0].isupper():
            continue
        place = exact_place(gaz, surface, ent.label_ in ("GPE", "LOC")) if gaz is not None else None
        if ent.label_ == "NORP" and (place is None or place.type == "country"):
            continue
        if ent.label_ in ("GPE", "LOC"):
            if place is None and re.search(r"(?i)^(?:the\s+)?(?:state|regime)\b", surface):
                continue
            if place is None and re.search(r"(?:ian|ean|ese|ish|ic|i|an)$", surface) and " " not in surface:
                continue  # a demonym spaCy took for a place: "Ukrainian drones"
            out.append(place_cand(s, e, surface, place, rank=2))
        elif place is not None and place.population >= 1000 or (place is not None and place.type in (
                "country", "province", "region", "city")):
            out.append(place_cand(s, e, surface, place, rank=3))
    return out


NAME_WORD = r"(?:(?:al|el|Al|El)[\s\-])?[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*"
# "Mintar village", "Marj Akhdar town", "al Atareb city", "the Maarrat Al-Numan area".
NAME_THEN_PLACEWORD = re.compile(
    rf"(?<![\w\-])(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})\s+(?P<word>village|town|city|area|countryside|"
    r"district|neighbourhood|neighborhood|suburb|hamlet|camp)s?\b"
)
# A capitalised name right after a locative preposition: "in Darkoush", "near Afs, Idlib",
# "between El Fasher and Kabkabiya". Names neither spaCy nor the gazetteer know.
AFTER_LOCATIVE = re.compile(
    rf"\b(?:in|near|outside|around|from|between|toward|towards|of|and)\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
    r"(?=\s*(?:[,.;:()]|$|\s+(?:and|on|in|near|at|when|while|after|before|during|where|which|that|was|were|"
    r"had|has|is|city|town|village|area|district|province|governorate|countryside|camp|last|this|early|late)\b))"
)
DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|ic|i|an)$")


def _unknown_name_ok(name: str) -> bool:
    """May a capitalised name no dictionary knows stand as a place?"""
    words = name.replace("-", " ").split()
    if not words or any(w.lower() in NOT_NAMES for w in words[:1] + words[-1:]):
        return False
    last = words[-1].lower()
    if last in ORG_HEADS or last in ARMED_HEADS or last in MEDIA_HEADS:
        return False
    return not (len(words) == 1 and DEMONYM_END.search(name))


def placeword_cands(text: str, gaz: Any) -> list[Cand]:
    """Places written with a settlement word after the name ("Mintar village") or standing
    after a locative preposition ("in Darkoush"): towns too small for spaCy or the gazetteer.
    The gazetteer's entry is used where it knows the name."""
    out = []
    for m in NAME_THEN_PLACEWORD.finditer(text):
        name = m.group("name")
        # Strip leading capitalised function words: "The Idlib countryside" -> "Idlib".
        while name.split(" ", 1)[0].lower() in NOT_NAMES and " " in name:
            name = name.split(" ", 1)[1]
        if not _unknown_name_ok(name):
            continue
        start = m.start("name") + m.group("name").rindex(name)
        word = m.group("word")
        place = exact_place(gaz, name) if gaz is not None else None
        if word == "camp" and place is None:
            continue  # "Abu Shouk camp" is a facility (the pattern layer has it)
        typ = {"village": "village", "hamlet": "village", "town": "town", "city": "city",
               "district": "district"}.get(word)
        out.append(place_cand(start, start + len(name), name, place, typ=typ, rank=2))
    for m in AFTER_LOCATIVE.finditer(text):
        prep = text[m.start():m.start("name")].strip().lower()
        name = m.group("name")
        if prep in ("of", "and") and not _after_place_phrase(text, m.start()):
            continue
        if not _unknown_name_ok(name) or re.match(r"['\u2019]s\b", text[m.end("name"):m.end("name") + 3]):
            continue
        place = exact_place(gaz, name) if gaz is not None else None
        out.append(place_cand(m.start("name"), m.end("name"), name, place, rank=3))
    return out


def _after_place_phrase(text: str, pos: int) -> bool:
    """Is `pos` ("of X", "and X") inside a place phrase: "the towns of", "between X and"?"""
    before = text[max(0, pos - 60):pos]
    if re.search(r"\b(?:villages?|towns?|cit(?:y|ies)|districts?|suburbs?)\s*$", before):
        return True
    return bool(re.search(r"\bbetween\s+(?:the\s+\w+\s+of\s+)?(?:al-|el-)?[A-Z][\w\-' ]*$", before))


CAP_SEQ = re.compile(r"(?<![\w\-])(?:al-|Al-|el-|El-)?[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][a-z][\w'\u2019\-]*){0,2}")


def _gazetteer_names(text: str, gaz: Any) -> list[Cand]:
    """Capitalised names the gazetteer knows exactly as a sizeable place (spaCy misses some)."""
    out = []
    for m in CAP_SEQ.finditer(text):
        surface = m.group(0)
        place = exact_place(gaz, surface, loose=False)
        if place is not None and (place.type in ("country", "province", "region") or place.population >= 20000):
            out.append(place_cand(m.start(), m.end(), surface, place, rank=3))
    return out


def person_org_cands(text: str, doc: Any) -> list[Cand]:
    """People (titles stripped) and organisations from spaCy PERSON and ORG spans."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        s, e = ent.start_char, ent.end_char
        surface = text[s:e]
        while surface and surface[-1] in ".,;:" + QUOTES:
            surface, e = surface[:-1], e - 1
        lead = re.match(r"(?i)(?:the\s+)", surface)
        if lead:
            surface, s = surface[lead.end():], s + lead.end()
        surface = surface.strip(QUOTES)
        if not surface or not surface[0].isupper() or "\n" in surface:
            continue
        if ent.label_ == "PERSON":
            t = TITLES.match(surface)
            if t:
                s, surface = s + t.end(), surface[t.end():]
            if not re.match(r"^[A-Z][\w'\u2019.\-]+(?:\s+[A-Z][\w'\u2019.\-]+)*$", surface):
                continue
            # spaCy stops at a hyphenated first name: "Abd-Rabbu" of "Abd-Rabbu Mansour Hadi".
            more = re.match(r"(?:\s+[A-Z][a-z][\w'\u2019\-]*){1,3}", text[s + len(surface):])
            if more and "-" in surface and not any(w.lower() in NOT_NAMES for w in more.group(0).split()):
                surface = surface + more.group(0)
            out.append(Cand(s, s + len(surface), surface, "Actor", "person", "person:" + _fold(surface),
                            surface, rank=4))
            continue
        words = surface.lower().split()
        head = words[-1] if words else ""
        if head in ARMED_HEADS:
            typ = "armed_group"
        elif head in MEDIA_HEADS:
            typ = "media"
        elif head in ORG_HEADS or any(w in ORG_HEADS for w in words[:-1]) and len(words) >= 3:
            typ = "organization"
        else:
            continue
        out.append(Cand(s, s + len(surface), surface, "Actor", typ, "org:" + _fold(surface), surface, rank=4))
    return out


MINISTRY = re.compile(
    r"(?:(?:[A-Z][\w\-]+\s+){0,2}(?:[Hh]ealth|[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|[Ii]nformation|[Jj]ustice)\s+"
    r"[Mm]inistry|[Mm]inistry\s+of\s+(?:the\s+)?[A-Z][\w]+(?:\s+(?:and\s+)?[A-Z][\w]+){0,3})"
)


def ministry_cands(text: str) -> list[Cand]:
    """Ministries, which spaCy often misses or cuts: "the Gaza health ministry"."""
    out = []
    for m in MINISTRY.finditer(text):
        surface = m.group(0)
        out.append(Cand(m.start(), m.end(), surface, "Actor", "organization", "org:" + _fold(surface), surface,
                        rank=3))
    return out


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Short lines without a full stop, written in title case ("Constant Russia and Regime
    Attacks in Northwest, Striking More Hospitals")."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = re.findall(r"[A-Za-z][\w'\u2019\-]*", line)
        content = [w for w in words if w.lower() not in NOT_NAMES and len(w) > 2]
        if (len(content) >= 3 and len(words) <= 20 and not line.rstrip().endswith((".", "?", "!"))
                and sum(w[0].isupper() for w in content) >= 0.75 * len(content)):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def choose(cands: list[Cand]) -> list[Cand]:
    """Resolve overlaps: within a layer the best rank, then the longest, wins.

    Layers: facilities and agreements are one layer; actors and places the other, so a
    place or an operator inside a facility name survives beside it.
    """
    def layer(c: Cand) -> int:
        return 0 if c.kind in ("Facility", "Agreement") else 1

    ordered = sorted(cands, key=lambda c: (c.rank, -(c.end - c.start), c.start))
    kept: list[Cand] = []
    for c in ordered:
        clash = False
        for k in kept:
            if c.start < k.end and k.start < c.end:
                if layer(c) == layer(k) or c.rank >= 4:
                    clash = True
                    break
        if not clash:
            kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))
