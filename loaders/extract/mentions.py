"""Candidate mentions of entities in one report, before they are grouped into entities.

Sources, strongest first: facility and agreement patterns, the actor dictionary (aliases
and demonyms), place phrases (spaCy GPE/LOC, "the village of X", gazetteer-confirmed
names; loaders/extract/places.py), then spaCy PERSON and ORG spans in actor roles. Where two sources claim
overlapping text of the same layer, the stronger (then the longer) wins; a place inside a
facility name ("Kafranbel medical facility") is kept beside it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.bracket_names import without_open_bracket
from sitgraph.loaders.extract.capital_headings import capitals_heading
from sitgraph.loaders.extract.club_names import club_name
from sitgraph.loaders.extract.dateline_capitals import dateline_city, dateline_head
from sitgraph.loaders.extract.facility_name_parts import inner_name_part
from sitgraph.loaders.extract.fighter_names import named_fighters
from sitgraph.loaders.extract.heading_forces import heading_force_word
from sitgraph.loaders.extract.media_names import head_first_media
from sitgraph.loaders.extract.modifier_persons import person_org_spans
from sitgraph.loaders.extract.org_tails import built_name, org_name_end
from sitgraph.loaders.extract.particle_persons import nisba_hit, particle_name
from sitgraph.loaders.extract.patterns import (
    ADJECTIVE_WORDS,
    NOT_NAMES,
    QUOTES,
    PatternHit,
    find_patterns,
    load_patterns,
    singular_head,
)
from sitgraph.loaders.extract.rules import actor_forms, actors, agreements, facility_forms, none_found, places, rule
from sitgraph.loaders.extract.span_text import doc_ents, sentence_start_of
from sitgraph.loaders.extract.spans import Cover, SpanSet
from sitgraph.loaders.extract.struck_cities import struck_before, struck_city
from sitgraph.loaders.extract.struck_groups import group_struck
from sitgraph.loaders.extract.wordlists import alternation, word_set

# Word lists: loaders/data/words.yaml.
FORCE_HEADS = word_set("force_heads")
TITLES = re.compile(
    rf"^(?:(?:{alternation('titles_abbreviated')})\.?\s+|(?:{alternation('titles')})\s+)+"
)
ORG_HEADS = word_set("org_heads")
ARMED_HEADS = word_set("armed_heads")
MEDIA_HEADS = word_set("media_heads")


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


_QUOTE_CHARS = re.compile(f"[{QUOTES}]")
_NON_WORD = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """``text`` lower-cased, quote marks dropped and every other run of non-word characters
    made one space: ``fold('The "Wagner"  Group\'s') == "the wagner groups"``.

    Why: two mentions of one actor, place or facility differ in case, quoting and punctuation
    ("Al-Shabaab", "al Shabaab"), so candidates are grouped, and word lists matched, on this
    form. Unlike ``gazetteer.fold`` it keeps accents (``"maarrat an numān"``), as group keys
    always have. Cost: O(len(text)) the first time a text is folded, a lookup after (the last
    16,384 texts are remembered).
    """
    return _NON_WORD.sub(" ", _QUOTE_CHARS.sub("", text.lower())).strip()


def _next_words(text: str, end: int, n: int = 3) -> list[str]:
    rest = re.split(r"[.,;:!?()]", text[end:end + 60])[0]
    if rest[:1] == "-":  # "Russian-backed", "Russia-regime"
        return ["-" + w for w in re.findall(r"[\w']+", rest[1:])[:1]]
    return [w.lower() for w in re.findall(r"[\w']+", rest)[:n]]


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
MEMBER_AFTER_NAME = re.compile(rf"[\s\-]+(?:{alternation('member_words')})\b", re.IGNORECASE)
GENERIC_GROUPS = frozenset({"rebels", "unknown-gunmen", "militia"})


def actor_cands(text: str, actors: ActorDictionary, gaz: Any) -> list[Cand]:
    """Dictionary actors; names that stand as places ("in Syria") become Place candidates.
    A generic fighter word right after a named armed group joins that group's mention."""
    out: list[Cand] = []
    covered = -1
    hits = actors.find(text)
    named = {h.key for h in hits if not h.contextual}
    for h in hits:
        entry = actors.get(h.key)
        if entry is None or h.start < covered or _drop_hit(text, h, entry, named):
            continue
        place = None if group_struck(text, h.start, entry.type) else name_as_place(text, h, gaz)
        if place is not None:
            out.append(place)
            continue
        end = member_word_end(text, h.end, entry)
        if end != h.end:
            covered = end
        out.append(Cand(h.start, end, text[h.start:end], "Actor", entry.type, "actor:" + entry.key, entry.name,
                        key=entry.entity_key, rank=1))
    return out


def _drop_hit(text: str, h: Any, entry: Any, named: set[str]) -> bool:
    """Is dictionary hit `h` no actor mention here?"""
    member = MEMBER_AFTER_NAME.match(text, h.end)
    if h.contextual and h.key not in named and not member and contextual_alone(h):
        return True
    if in_feature_name(text, h.start) or club_name(text, h.end) or nisba_hit(text, h.start):
        return True
    return bool(h.demonym and not (member and entry.type == "armed_group") and not_acting(text, h.end))


# "the" right before a mention: "the X community" is a people, "the district police officer" one person.
DEFINITE_BEFORE = re.compile(r"(?i)\bthe\s+$")
FEATURE_BEFORE = re.compile(r"\b(?:Lake|Mount|Mt\.|River|Gulf\s+of|Bay\s+of|Sea\s+of|Horn\s+of)\s+$")


@rule("actor.in-feature-name", "a state's name inside a lake's, mountain's or gulf's name ('Lake Chad', 'Gulf "
      "of Aden') names no actor",
      pos=[("Boko Haram fighters killed 12 fishermen on Lake Chad on Monday.", ("Boko Haram", "civilians"))],
      neg=[("Boko Haram fighters killed 12 soldiers in Chad on Monday.", ("Boko Haram", "Chad"))],
      probe=actors, off=lambda text, start: False)
def in_feature_name(text: str, start: int) -> bool:
    """Does a geographic feature's word stand right before `start` ("Lake Chad")?"""
    return FEATURE_BEFORE.search(text, max(0, start - 12), start) is not None


@rule("actor.contextual-alias-alone", "an ambiguous alias ('AA') is the actor only beside its full name or "
      "before a fighter word",
      pos=[("The AA said the talks had failed.", ())],
      neg=[("AA fighters attacked a checkpoint in Rakhine.", ("Arakan Army",))],
      probe=actors, off=lambda h: False)
def contextual_alone(h: Any) -> bool:
    """True: a contextual alias standing alone is dropped (see :func:`_drop_hit`)."""
    return True


@rule("actor.demonym-acts", "a demonym names the state only before a force or weapon word "
      "('Russian warplanes'), not as an adjective ('Syrian rebels')",
      pos=[("Ukrainian villagers fled Izium.", ("civilians",))],
      neg=[("Russian warplanes bombed the town of Tambara.", ("Russia",))],
      probe=actors, off=lambda text, end: False)
def not_acting(text: str, end: int) -> bool:
    return not demonym_acts(text, end)


@rule("actor.name-as-place", "a dictionary name after a locative ('in Syria') is a place, not an actor",
      pos=[("Drones struck targets in Russia overnight.", ("Russia",))],
      neg=[("Russia condemned the attack on Monday.", ())],
      probe=places, off=lambda text, h, gaz: None)
def name_as_place(text: str, h: Any, gaz: Any) -> Cand | None:
    """A Place candidate for dictionary hit `h` standing as a place, else None."""
    from sitgraph.loaders.extract.place_chains import in_line_chain
    from sitgraph.loaders.extract.places import exact_place, is_locative, place_cand

    if h.demonym or gaz is None:
        return None
    located = is_locative(text, h.start, h.end) or in_line_chain(text, h.start, h.end, gaz)
    headed = dateline_head(text, h.start, h.end)  # "OUAGADOUGOU - ": the city filed from
    if not (located or headed or struck_before(text, h.start)):  # the gazetteer is asked only where a place may stand
        return None
    place = exact_place(gaz, h.text)
    if not (located or struck_city(text, h.start, place) or (headed and dateline_city(text, h.start, h.end, place))):
        return None
    return place_cand(h.start, h.end, h.text, place) if place is not None else None


@rule("actor.member-word-joins", "a fighter word right after a named armed group joins its mention "
      "('al-Shabaab fighters')",
      pos=[("JNIM jihadists attacked Djibo.", (("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM jihadists"),))],
      neg=[("Fighters from Al-Shabaab attacked a base in Baidoa.", (("al-Shabaab", "Al-Shabaab"),))],
      probe=actor_forms, off=lambda text, end, entry: end)
def member_word_end(text: str, end: int, entry: Any) -> int:
    """Where the mention of named group `entry` ending at `end` ends, its fighter word included."""
    if entry.type in ("armed_group", "state_forces") and entry.key not in GENERIC_GROUPS:
        more = MEMBER_AFTER_NAME.match(text, end)
        if more:
            return more.end()
    return end


QUALIFIED_MILITIA = re.compile(rf"(?<![\w\-])(?:{alternation('militia_qualifiers')})\s+militias?\b", re.IGNORECASE)


# What QUALIFIED_MILITIA needs, with its case-folding: a text without it is not scanned.
_MILITIA = re.compile("militia", re.IGNORECASE)


@rule("actor.qualified-militia", "an unnamed militia set apart by a qualifier ('local militias', 'Sunni "
      "militias') is the report's militia actor; a bare 'militias' is not",
      pos=[("Clashes between Seleka fighters and local militias killed 12 people.",
            (("Seleka", "Seleka fighters"), ("civilians", "people"), ("militiamen", "local militias")))],
      neg=[("Clashes between Seleka fighters and militias killed 12 people.",
            (("Seleka", "Seleka fighters"), ("civilians", "people")))],
      probe=actor_forms, off=lambda text, actors: [])
def qualified_militia_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Candidates of the dictionary's unnamed militia (key "militia") for "<qualifier>
    militias" phrases. Cost: one regex scan."""
    entry = actors.get("militia")
    if entry is None or not _MILITIA.search(text):
        return []
    return [Cand(m.start(), m.end(), m.group(0), "Actor", entry.type, "actor:militia", entry.name,
                 key=entry.entity_key, rank=1) for m in QUALIFIED_MILITIA.finditer(text)]


def pattern_cands(text: str, actors: ActorDictionary, headlines: list[tuple[int, int]]) -> list[Cand]:
    """Facilities and agreements from the pattern files."""
    heads = Cover(headlines)
    return [_pattern_cand(h, kind, actors, heads.covers(h.start))
            for kind in ("Facility", "Agreement") for h in find_patterns(text, load_patterns(kind))]


def _pattern_cand(h: Any, kind: str, actors: ActorDictionary, in_headline: bool) -> Cand:
    """The candidate of pattern hit `h`, grouped by its name (or operator) and head."""
    named = h.named and not in_headline
    name = h.name
    owner = demonym_owner(h.owner, name, actors)
    head_norm = re.sub(r"[\s\-]+", "", h.head)
    if kind == "Agreement" and head_norm in {"demilitarisedzone", "demilitarizedzone"}:
        head_norm = "demilitarizedzone"
    if named and not (owner == name and h.name):
        group = f"{kind.lower()}:{fold(name)}:{head_norm}"
    elif named:
        group = f"{kind.lower()}:{fold(owner)}:{head_norm}"
    else:
        group = f"{kind.lower()}:?:{head_norm}"
    label = truce_label(h, kind, named, h.text.strip(QUOTES + " "))
    if named and h.name:
        label = re.sub(rf"[{QUOTES}](?!s\b)", "", label)  # quotes go, a possessive stays
        label = re.sub(r"(?i)(ies|es|s)$", lambda m: "y" if m.group(1).lower() == "ies" else "", label) \
            if not label.lower().endswith(h.head) and " of " not in label else label
    return Cand(h.start, h.end, h.text, kind, h.type, group, label, strong=named or
                (h.strong and kind == "Agreement"), rank=0, owner=owner, head=h.head)


@rule("facility.truce-compound-label", "an unnamed 'cease-fire agreement' is labelled by its truce word "
      "('cease-fire'), the whole phrase kept as its mention",
      pos=[("The two sides signed a cease-fire agreement in Juba.", ("cease-fire",))],
      neg=[("The two sides signed the Juba cease-fire agreement.", ("Juba cease-fire agreement",))],
      probe=agreements, off=lambda h, kind, named, label: label)
def truce_label(h: Any, kind: str, named: bool, label: str) -> str:
    """The label of agreement hit `h`: an unnamed truce word before "agreement" or "deal"
    ("a cease-fire agreement") is labelled by the truce word, as it is usually written
    alone; otherwise `label` as given."""
    if kind != "Agreement" or named or h.type != "ceasefire":
        return label
    return re.sub(r"(?i)[\s\-]+(?:agreement|deal)$", "", label) or label


# Words that modify a facility noun: "the Kherson [regional] hospital", "a Syrian [Red Crescent] clinic".
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


@rule("facility.modified-head", "a facility noun after a proper-noun or demonym modifier and any adjectives or "
      "nouns of its own ('the Kherson regional hospital') is a facility named by that phrase",
      pos=[("Shells hit the Kherson regional hospital on Monday.",
            (("Kherson regional hospital", "Kherson regional hospital"),)),
           ("Rockets struck the Kobani grain market.", (("Kobani grain market", "Kobani grain market"),))],
      neg=[("Shells hit a regional hospital on Monday.", (("hospital", "hospital"),)),
           ("The Syrian army shelled a hospital in Idlib.",
            (("hospital", "hospital"), ("hospital", "hospital in Idlib"))),
           ("Rockets struck the Saraqib vegetable market.",
            (("Saraqib vegetable market", "Saraqib vegetable market"),))],
      probe=facility_forms, off=none_found)
def modified_facility_cands(text: str, doc: Any, actors: ActorDictionary,
                            headlines: list[tuple[int, int]]) -> list[Cand]:
    """Facilities whose one-word head follows a name and modifier words the closed adjective
    list lacks ("the Kherson regional hospital", "a Kurdish-run trauma clinic"): every word
    from the name to the head modifies the head (spaCy amod/compound/nmod), the first is a
    proper noun or demonym. A head may be two words ("the Carrefour-Feuilles community health
    centre"). Plural heads ("Islamist militia bases") name no one facility; heads that count
    only with a proper name ("base") and headlines are left to the pattern files. Cost: one
    pass over the tokens."""
    types = load_patterns("Facility").types
    heads = Cover(headlines)
    out = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
            continue  # checked first: most tokens are no singular noun, and need no head
        head, at = _facility_head(tok, types)
        if head not in types or types[head][1] or heads.covers(tok.idx):
            continue
        first = _modifier_start(tok, at)
        if first is None:
            continue
        mods = doc[first:at]
        name = " ".join(t.text for t in mods if t.text[:1].isupper() or not t.is_alpha)
        hit = PatternHit(start=mods.start_char, end=tok.idx + len(tok.text), text=text[mods.start_char:tok.idx +
                         len(tok.text)], kind="Facility", type=types[head][0], head=head, name=name, owner="",
                         named=True, strong=True)
        out.append(_pattern_cand(hit, "Facility", actors, False))
    return out


def _facility_head(tok: Any, types: dict[str, tuple[str, bool]]) -> tuple[str, int]:
    """(head, index of its first word) of the facility noun ending at `tok`: the one word
    ("hospital"), else it with the word before ("health centre"); ("", tok.i) when neither
    is a head of the pattern files."""
    head = singular_head(tok.lower_, types)
    if head in types or tok.i == sentence_start_of(tok):
        return head, tok.i
    prev = tok.doc[tok.i - 1]
    two = singular_head(f"{prev.lower_} {tok.lower_}", types)
    return (two, prev.i) if two in types and prev.pos_ == "NOUN" else ("", tok.i)


def _modifier_start(tok: Any, at: int) -> int | None:
    """Index of the first word of a name and modifiers right before the facility head that
    starts at `at` and ends at `tok`, when they start with a capitalised proper noun or
    demonym and hold a word the pattern files cannot read; else None."""
    mods = _modifiers(tok, at)
    while len(mods) and not mods[0].text[:1].isupper():
        mods = mods[1:]  # "three Kherson hospitals": the name starts at the capital
    if not len(mods) or not _name_first(mods[0], tok):
        return None
    # Words the pattern files cannot read: a lower-case word off the adjective list, a number
    # or a hyphen inside the name ("the Delmas 18 maternity clinic").
    new_words = [t for t in mods if t.text.islower() and t.lower_ not in ADJECTIVE_WORDS or not t.is_alpha]
    return mods.start if new_words and all(t.text[:1].isupper() or t.text.islower() or not t.is_alpha
                                           for t in mods) else None


def _modifiers(tok: Any, at: int) -> Any:
    """The words right before the head that starts at `at` and ends at `tok` that modify
    it (or each other, towards it), with the words inside a proper name among them
    (facility_name_parts.py)."""
    j = at
    while j > tok.sent.start:
        prev = tok.doc[j - 1]
        if inner_name_part(tok.doc, j - 1):
            j -= 1
            continue
        if prev.dep_ not in MODIFIER_DEPS or not j <= prev.head.i <= tok.i or prev.pos_ not in ("ADJ", "NOUN", "PROPN"):
            break
        if prev.tag_ == "NNS":
            break  # no plural noun names a facility: "Al-Shabaab bombs Mogadishu cafe" is a clause misread
        j -= 1
    return tok.doc[j:at]


def _name_first(first: Any, tok: Any) -> bool:
    """Can `first` open a facility's name: a proper noun, or an adjective (a demonym) not
    merely capitalised by standing first in the sentence?"""
    return first.pos_ == "PROPN" or (first.pos_ == "ADJ" and first.i != tok.sent.start)


@rule("facility.demonym-owner", "a demonym or actor name as a facility's only name is its operator, so "
      "'Turkish observation posts' are one facility operated by Turkey",
      pos=[("Shelling hit a Turkish observation post near Saraqib.", ("Turkey",))],
      neg=[("Shelling hit the Sahel observation post near Saraqib.", ())],
      probe=actors, off=lambda owner, name, actors: owner)
def demonym_owner(owner: str, name: str, actors: ActorDictionary) -> str:
    """The facility's owner: its possessive (`owner`), else its name when that is all an
    actor's (a demonym or actor name)."""
    hits = actors.find(name) if name else []
    if hits and hits[0].start == 0 and hits[-1].end == len(name):
        return owner or name
    return owner


def person_org_cands(text: str, doc: Any) -> list[Cand]:
    """People (titles stripped) and organisations from spaCy PERSON and ORG spans."""
    out = []
    org_starts = {e.start_char for e in doc_ents(doc) if e.label_ == "ORG"}
    for ent in person_org_spans(doc_ents(doc)):  # less "Tuareg rebel groups" (modifier_persons.py)
        end = ent.end_char if ent.label_ == "PERSON" else org_name_end(
            text, ent.start_char, ent.end_char, _next_start(text, ent.end_char) in org_starts)
        span = _trimmed(text, ent.start_char, end)
        if span is None:
            continue
        if ent.label_ == "ORG" and heading_force_word(text, *span):
            continue  # "Army strike on ...": capitalised by its place in the line, no name (heading_forces.py)
        if capitals_heading(text, span[0], span[0] + len(span[1])):
            continue  # "PROTECTION AND DISPLACEMENT": a section heading, no name (capital_headings.py)
        c = spacy_person_cand(text, *span) if ent.label_ == "PERSON" else spacy_org_cand(*span)
        if c is not None and c.type == "organization" and built_name(c.text):
            c = replace(c, rank=1)  # a full title ("X of Russia") outranks the names inside it: org_tails.py
        if c is not None:
            out.append(c)
    return adjacent_persons(out, text)


def _next_start(text: str, end: int) -> int:
    """Where the next word after `end` starts."""
    return end + len(text[end:end + 8]) - len(text[end:end + 8].lstrip())


@rule("person.adjacent-parts", "two person spans with only a space between are one name ('President Abdu "
      "Rabu Mansour Hadi' read as two)",
      pos=[("President Abdu Rabu Mansour Hadi has insisted that the fighters pull back.",
            ("Abdu Rabu Mansour Hadi",))],
      neg=[("Abdu Rabu, Mansour Hadi and Ali Saleh met in Aden on Monday.",
            ("Abdu Rabu", "Ali Saleh", "Mansour Hadi"))],
      probe=actors, off=lambda cands, text: cands)
def adjacent_persons(cands: list[Cand], text: str) -> list[Cand]:
    """Person candidates (in text order) joined where one ends one space before the next
    begins: spaCy sometimes cuts a long name in two. Cost: linear."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "person" and c.type == "person" and c.start - prev.end == 1
                and text[prev.end] == " "):
            surface = text[prev.start:c.end]
            out[-1] = replace(prev, end=c.end, text=surface, group="person:" + fold(surface), name=surface)
            continue
        out.append(c)
    return out


def _trimmed(text: str, s: int, e: int) -> tuple[int, str] | None:
    """(start, surface) of a spaCy span without trailing punctuation, a leading "the" and
    quotes; None unless it starts with a capital and stays on one line."""
    surface = text[s:e]
    while surface and surface[-1] in ".,;:" + QUOTES:
        surface, e = surface[:-1], e - 1
    surface = without_open_bracket(surface)
    lead = re.match(r"(?i)(?:the\s+)", surface)
    if lead:
        surface, s = surface[lead.end():], s + lead.end()
    surface = surface.strip(QUOTES)
    if not surface or not surface[0].isupper() or "\n" in surface:
        return None
    return s, surface


@rule("actor.spacy-person", "a spaCy PERSON span of capitalised words (titles stripped) is a person",
      pos=[("Resident Fatima Idris said shells fell at night.", ("Fatima Idris",))],
      neg=[("The soldiers visited the troops.", ())],
      probe=actors, off=lambda text, s, surface: None)
def spacy_person_cand(text: str, s: int, surface: str) -> Cand | None:
    t = TITLES.match(surface)
    if t:
        from sitgraph.loaders.extract.titled_units import rank_word_unit

        unit = rank_word_unit(s, surface, t.end())  # "the General Service Unit": titled_units.py
        if unit is not None:
            return unit
        s, surface = s + t.end(), surface[t.end():]
    if not re.match(r"^[A-Z][\w'\u2019.\-]+(?:\s+[A-Z][\w'\u2019.\-]+)*$", surface) and not (
            particle_name(surface) and not _quoted(text, s)):
        return None  # lower-case words but name particles ("al-Baghdadi", "bin Salman"): particle_persons.py
    surface = surface + hyphen_name_rest(text, s, surface)
    return Cand(s, s + len(surface), surface, "Actor", "person", "person:" + fold(surface), surface, rank=4)


def _quoted(text: str, s: int) -> bool:
    """Does a quote mark open the name at `s`? A quoted run (a state's label for a group) is no person."""
    return any(text[i] in QUOTES for i in (s - 1, s) if 0 <= i < len(text))


@rule("person.hyphen-first-name", "after a hyphenated first name spaCy cut short, the capitalised words "
      "that follow are the rest of the name",
      pos=[("President Abd-Rabbu Salem Saleh said the talks had failed.", ("Abd-Rabbu Salem Saleh",))],
      neg=[("President Mansour Hadi said the talks had failed.", ("Mansour Hadi",))],
      probe=actors, off=lambda text, s, surface: "")
def hyphen_name_rest(text: str, s: int, surface: str) -> str:
    """The words after `surface` that complete it ("" when none)."""
    more = re.match(r"(?:\s+[A-Z][a-z][\w'\u2019\-]*){1,3}", text[s + len(surface):])
    if more and "-" in surface and not any(w.lower() in NOT_NAMES for w in more.group(0).split()):
        return more.group(0)
    return ""


@rule("actor.spacy-org", "a spaCy ORG span ending in an armed-group, media or organisation word is that "
      "kind of actor",
      pos=[("The Darfur Bar Association said 12 people died.", ("Darfur Bar Association",))],
      neg=[("The Acme said aid was blocked.", ())],
      probe=actors, off=lambda s, surface: None)
def spacy_org_cand(s: int, surface: str) -> Cand | None:
    words = surface.lower().split()
    head = words[-1] if words else ""
    if head in ARMED_HEADS:
        typ = "armed_group"
    elif head in MEDIA_HEADS or head_first_media(surface):  # "Radio Shabelle": media_names.py
        typ = "media"
    elif head in ORG_HEADS or any(w in ORG_HEADS for w in words[:-1]) and len(words) >= 3:
        typ = "organization"
    elif named_fighters(surface):  # "the Bangsamoro Islamic Freedom Fighters": fighter_names.py
        typ = "armed_group"
    else:
        return None
    return Cand(s, s + len(surface), surface, "Actor", typ, "org:" + fold(surface), surface, rank=4)


MINISTRY = re.compile(
    r"(?:(?:[A-Z][\w\-]+\s+){0,2}(?:[Hh]ealth|[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|[Ii]nformation|[Jj]ustice)\s+"
    r"[Mm]inistry|[Mm]inistry\s+of\s+(?:the\s+)?[A-Z][\w]+(?:\s+(?:and\s+)?[A-Z][\w]+){0,3})"
)


@rule("actor.ministry", "'<place> health/defence/... ministry' and 'Ministry of X' are organisations "
      "(spaCy often misses or cuts them)",
      pos=[("The Sudanese health ministry said 12 people were killed.", ("The Sudanese health ministry", "civilians"))],
      neg=[("The ministry said 12 people were killed.", ("civilians", "ministry"))],
      probe=actors, off=lambda text: [])
def ministry_cands(text: str) -> list[Cand]:
    """Ministries, which spaCy often misses or cuts: "the Gaza health ministry"."""
    out = []
    for m in MINISTRY.finditer(text) if "inistry" in text else ():  # both its forms spell it: skip the scan
        surface = m.group(0)
        out.append(Cand(m.start(), m.end(), surface, "Actor", "organization", "org:" + fold(surface), surface,
                        rank=3))
    return out


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Short lines without a full stop, written in title case ("Constant Russia and Regime
    Attacks in Northwest, Striking More Hospitals"). A new list each call (callers extend it)."""
    return list(_headline_spans(text))


# Why a cache: the report's text is asked three times (its candidates, its title facilities,
# its frames), each a word scan of every line; a pure function of the text, so the few texts
# read last are kept (bounded).
@functools.lru_cache(maxsize=4)
def _headline_spans(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    pos = 0
    for line in text.split("\n"):
        words = re.findall(r"[A-Za-z][\w'\u2019\-]*", line)
        content = [w for w in words if w.lower() not in NOT_NAMES and len(w) > 2]
        if (len(content) >= 3 and len(words) <= 20 and not line.rstrip().endswith((".", "?", "!"))
                and sum(w[0].isupper() for w in content) >= 0.75 * len(content)):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(out)


def choose(cands: list[Cand]) -> list[Cand]:
    """Resolve overlaps: within a layer the best rank, then the longest, wins.
    Cost: a sort, then a few span-index buckets per candidate.

    Layers: facilities and agreements are one layer; actors and places the other, so a
    place or an operator inside a facility name survives beside it.
    """
    def layer(c: Cand) -> int:
        return 0 if c.kind in ("Facility", "Agreement") else 1

    ordered = sorted(cands, key=lambda c: (c.rank, -(c.end - c.start), c.start))
    kept: list[Cand] = []
    taken = (SpanSet(), SpanSet())  # what each layer has kept
    for c in ordered:
        own = layer(c)
        # A weak candidate (rank 4) yields to anything it overlaps, in either layer.
        if taken[own].overlaps(c.start, c.end) or (c.rank >= 4 and taken[1 - own].overlaps(c.start, c.end)):
            continue
        kept.append(c)
        taken[own].add(c.start, c.end)
    return sorted(kept, key=lambda c: (c.start, c.end))
