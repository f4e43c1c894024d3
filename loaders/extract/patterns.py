"""Facility and agreement patterns: head nouns from loaders/data/*.yaml, and the finder.

A facility or agreement mention is ``[name words] [adjectives] HEAD[s]``: the name words
are capitalised words, a road code (M4) or a demonym ("Turkish observation posts"); the
adjectives come from a short closed list ("underground", "main", "field"); other modifier
words after a name are read from the parse (mentions.modified_facility_cands). A mention with
no name is *weak*: kept only if an event or relation needs it or it resolves to a named
facility of the same head ("the hospital" -> "the Hass underground hospital").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitgraph.loaders.extract.agreement_forms import generic_plural
from sitgraph.loaders.extract.alias_index import PREFIX, Openings, ascii_keys, may_start, openings, opens
from sitgraph.loaders.extract.item_openings import sentence_start
from sitgraph.loaders.extract.nlp import ExtractError
from sitgraph.loaders.extract.rules import agreements, facilities, rule
from sitgraph.loaders.extract.spans import Cover
from sitgraph.loaders.extract.wordlists import word_set, words

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ADJECTIVE_WORDS = frozenset(words("facility_adjectives"))  # loaders/data/words.yaml
ADJECTIVES = "|".join(words("facility_adjectives"))
# Capitalised words that never start a name.
NOT_NAMES = word_set("not_names")
QUOTES = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb"


class PatternError(ExtractError):
    """A pattern file is malformed."""


@dataclass(frozen=True)
class PatternHit:
    """A facility or agreement mention found in text."""

    start: int
    end: int
    text: str
    kind: str  # Facility | Agreement
    type: str
    head: str  # the head noun, singular, lower case
    name: str  # the name words before the head ("" when unnamed)
    owner: str  # a possessive before the name ("Russia's"), else ""
    named: bool
    strong: bool  # kept even when unnamed and unreferenced


@dataclass(frozen=True)
class PatternSet:
    kind: str
    regex: re.Pattern[str]
    types: dict[str, tuple[str, bool]]  # head (lower, singular) -> (type, named_only)
    # The openings of the lower-case words a mention can start with (an adjective, a head),
    # to skip positions no mention starts at (see :func:`_matches`); None: try everywhere.
    opened: Openings | None = None


def parse_patterns(text: str, kind: str, source: str = "<string>") -> PatternSet:
    """A PatternSet from the YAML text of facilities.yaml or agreements.yaml."""
    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError:
        raise PatternError(f"{source}: not valid YAML") from None
    if not isinstance(data, list):
        raise PatternError(f"{source}: expected a list of pattern entries")
    types: dict[str, tuple[str, bool]] = {}
    for i, item in enumerate(data):
        if not isinstance(item, dict) or "type" not in item or not item.get("heads"):
            raise PatternError(f"{source}: entry {i + 1} needs type and heads")
        for head in item["heads"]:
            key = _head_key(str(head))
            if key not in types or not bool(item.get("named_only")):
                types[key] = (str(item["type"]), bool(item.get("named_only")))
    heads = sorted({h for h in types}, key=lambda h: (-len(h), h))
    sep = r"[\s\-]+"
    head_rx = "|".join(sep.join(re.escape(w) for w in re.split(r"[\s\-]+", h)) + r"(?:s|es)?" for h in heads)
    # Capitalised words, road codes, dotted acronyms ("U.S.-Kenyan"); agreements also by year
    # ("a 2005 agreement", "the May 2014 cease-fire").
    year = r"|(?:19|20)\d\d" if kind == "Agreement" else ""
    dotted = r"[A-Z]\.(?:[A-Z]\.)+(?:-[A-Za-z][\w\-]*)?"
    name_word = rf"(?:[A-Z][\w'\u2019\-]*|[A-Z]-?\d{{1,3}}|al-[A-Z][\w\-]*|{dotted}{year})"
    rx = (
        rf"(?<![\w\-])(?P<name>(?:{name_word}[\s{QUOTES}]+){{0,4}})"
        rf"(?P<adj>(?:(?:{ADJECTIVES})[\s{QUOTES}]+){{0,3}})"
        rf"(?<![\w\-])(?P<head>(?i:{head_rx}))(?![\w\-])"
    )
    return PatternSet(kind, re.compile(rx), types, _openings(kind, heads))


def _openings(kind: str, heads: list[str]) -> Openings | None:
    """The openings of the lower-case words a facility mention can start with: its heads'
    first words, the adjectives, "al-". None for agreements: they are few and rare in
    text, where a lower-case word opening "no" or "de" is common, so the skip costs them
    more than it saves."""
    if kind != "Facility":
        return None
    firsts = [re.split(r"[\s\-]+", h)[0] for h in heads] + list(ADJECTIVE_WORDS) + ["al-"]
    return openings(firsts, re.IGNORECASE)


# Where a mention may start: a word not after a letter, digit or hyphen (the pattern's own
# lookbehind; every name word, adjective and head opens with a letter or digit).
_STARTS = re.compile(r"(?<![\w\-])(?=\w)")
_ALWAYS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _matches(patterns: PatternSet, text: str) -> Iterator[re.Match[str]]:
    """The matches ``patterns.regex.finditer(text)`` gives. Why not finditer: the head
    alternation holds hundreds of heads, tried case-insensitively at every word, where a
    mention can only start with a capital or digit (a name word, a year), an adjective or a
    head, so a lower-case word that opens none of them is skipped (alias_index.py; exact:
    a word opening with other than ASCII is always tried). Cost: a set lookup per word,
    the alternation only where a mention may start."""
    if patterns.opened is None:
        yield from patterns.regex.finditer(text)
        return
    opened = patterns.opened
    keys = ascii_keys(opened, text)
    end = 0
    for s in _STARTS.finditer(text):
        pos = s.start()
        if pos < end or not (text[pos:pos + 1] in _ALWAYS or (
                opens(opened, keys[pos:pos + PREFIX]) if keys is not None else may_start(opened, text, pos))):
            continue
        m = patterns.regex.match(text, pos)
        if m is not None and m.end() > pos:
            yield m
            end = m.end()


_SEPARATORS = re.compile(r"[\s\-]+")


@functools.lru_cache(maxsize=1 << 14)
def _head_key(head: str) -> str:
    """``head`` lower-cased, its spaces and hyphens one space; remembered (asked of every token)."""
    return _SEPARATORS.sub(" ", head.strip().lower())


def singular_head(head: str, types: dict[str, tuple[str, bool]]) -> str:
    """The head as `types` knows it (lower case, singular), else as given."""
    h = _head_key(head)
    if h in types:
        return h
    for suffix in ("es", "s"):
        if h.endswith(suffix) and h[: -len(suffix)] in types:
            return h[: -len(suffix)]
    return h


@functools.lru_cache(maxsize=2)
def load_patterns(kind: str) -> PatternSet:
    """Facility (`kind="Facility"`) or Agreement patterns from loaders/data, cached per process."""
    name = {"Facility": "facilities.yaml", "Agreement": "agreements.yaml"}[kind]
    path = DATA_DIR / name
    try:
        return parse_patterns(path.read_text(encoding="utf-8"), kind, str(path))
    except OSError as exc:
        raise PatternError(f"{path}: cannot read ({exc.strerror})") from None


def find_patterns(text: str, patterns: PatternSet, demonyms: frozenset[str] = frozenset()) -> list[PatternHit]:
    """Facility or agreement mentions in `text`, in order. Cost: one regex scan."""
    out = [h for h in (_hit(text, m, patterns) for m in _matches(patterns, text)) if not generic_plural(h, text)]
    return out + road_codes(text, out) if patterns.kind == "Facility" else out


def _hit(text: str, m: re.Match[str], patterns: PatternSet) -> PatternHit:
    """The hit of one pattern match: name words, owner, head type and strength."""
    head_text = m.group("head")
    start, words, owner = _name_words(text, m, patterns.kind)
    name = " ".join(w.strip(QUOTES) for w in words)
    head = singular_head(head_text, patterns.types)
    typ, named_only = patterns.types.get(head, ("other", True))
    # A capitalised head ("Al-Hayat Hospital") is a name in itself.
    named = bool(name) or (head_text[:1].isupper() and m.start("head") > 0 and
                           not _sentence_start(text, m.start("head")))
    strong = False if named_only and not named else named or patterns.kind == "Agreement"
    s = _skip_space(text, start if words else m.start("adj") if m.group("adj") else m.start("head"))
    end = m.end()
    office = _office_span(text, s, end) if patterns.kind == "Facility" and head in OFFICE_HEADS and not name else None
    if office is not None:
        s, end = office
        name, named, strong = text[s:end], True, True
    return PatternHit(
        start=s, end=end, text=text[s:end], kind=patterns.kind, type=typ, head=head,
        name=name, owner=re.sub(r"['\u2019]s?$", "", owner), named=named, strong=strong,
    )


def _name_words(text: str, m: re.Match[str], kind: str) -> tuple[int, list[str], str]:
    """(start, name words, owner) of pattern match `m`: function words and numbers dropped,
    a possessive split off as the owner, an agreement's backer alone no name."""
    start, words = _drop_function_words(text, m.start(), m.group("name").split())
    start, words, owner = _split_owner(text, start, words)
    if kind == "Agreement" and words and sponsor_only(words):
        start, words = start + len(" ".join(words)), []  # "the Kremlin-backed truce": no name
    return start, words, owner


def _skip_space(text: str, s: int) -> int:
    while s < len(text) and (text[s].isspace() or text[s] in QUOTES):
        s += 1
    return s


def _drop_function_words(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """Capitalised function words and numbers dropped from the left: "At least five hospitals",
    "5 hospitals"; a year stays ("a 2005 agreement")."""
    while words and (words[0].strip(QUOTES).lower() in NOT_NAMES or (
            words[0][0].isdigit() and not re.fullmatch(r"(?:19|20)\d\d", words[0]))):
        start = text.index(words[0], start) + len(words[0])
        words = words[1:]
    return start, words


def _split_owner(text: str, start: int, words: list[str]) -> tuple[int, list[str], str]:
    """A possessive is the owner, not the name: "Russia's Khmeimim airbase"."""
    for i, w in enumerate(words):
        if re.search(r"['\u2019]s?$", w):
            return text.index(w, start) + len(w), words[i + 1:], " ".join(words[: i + 1])
    return start, words, ""


OFFICE_HEADS = frozenset({"office", "headquarters", "building", "compound", "residence", "palace"})
OFFICE_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?i:mayor|governor|president|prime\s+minister|minister|ministry"
    r"|commissioner|district\s+commissioner|administration|council|municipality|prefect|police|army|mission"
    r"|United\s+Nations|UN|[A-Z]{2,6})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-\u2019']*(?:\s+[A-Z][\w\-\u2019']*){0,2})?"
)


@rule("facility.office-of", "an unnamed office, headquarters or compound 'of the mayor/ministry/...' is "
      "named by the whole phrase",
      pos=[("A bomb hit the office of the mayor of Kismayo on Monday.", ("office of the mayor of Kismayo",))],
      neg=[("A bomb hit the building on Monday.", ())],
      probe=facilities, off=lambda text, end: None)
def office_of(text: str, end: int) -> int | None:
    """Where "of the <office holder>" after a building head ending at `end` ends, else None."""
    of = OFFICE_OF.match(text, end)
    return of.end() if of else None


def _office_span(text: str, s: int, end: int) -> tuple[int, int] | None:
    """The span naming an unnamed office head at text[s:end] by its holder, else None: "the
    office of the mayor of Mogadishu" (the whole phrase), "the district governor's office"."""
    of = office_of(text, end)
    if of is not None:
        return s, of
    holder = office_holder(text, s)
    return (holder, end) if holder is not None else None


OFFICE_HOLDER = re.compile(
    r"(?i:(?:district|provincial|regional|deputy|local|county)\s+)?(?i:governor|mayor|president|prime\s+minister"
    r"|minister|commissioner|police\s+chief|chief|commander|prefect)['\u2019]s\s+$")


@rule("facility.office-holder", "an unnamed office, residence or compound after a title's possessive ('the "
      "governor's office') is named by the title",
      pos=[("Gunmen stormed the district governor's office in Khost.", ("district governor's office",))],
      neg=[("Gunmen stormed an office in Khost.", ("office",))],
      probe=facilities, off=lambda text, start: None)
def office_holder(text: str, start: int) -> int | None:
    """Where a title's possessive right before the building head at `start` begins, else None."""
    m = OFFICE_HOLDER.search(text, max(0, start - 40), start)
    return m.start() if m else None


SPONSOR = re.compile(r"(?i)^[\w.]+-(?:backed|brokered|mediated|sponsored|led|proposed|drafted|negotiated)$")


@rule("facility.sponsor-not-name", "an agreement's backer ('the Kremlin-backed truce', 'a U.N.-brokered plan') "
      "is not its name",
      pos=[("Shelling broke the Kremlin-backed truce. Both sides said the cease-fire still held.", ("truce",))],
      neg=[("Shelling broke the Minsk truce. Both sides said the cease-fire still held.",
            ("Minsk truce", "cease-fire"))],
      probe=agreements, off=lambda words: False)
def sponsor_only(words: list[str]) -> bool:
    """Are the name words only who backs or brokered the agreement?"""
    return all(SPONSOR.match(w.strip(QUOTES)) for w in words)


ROAD_CODE = re.compile(r"(?<![\w\-])([A-Z]-?\d{1,3})(?![\w\-])")
ROAD_WORDS = re.compile(r"\b(?:highway|motorway|road|route)s?\b", re.IGNORECASE)


@rule("facility.road-code", "a bare road code in a sentence about highways ('the M4 and M5 highways') is a road",
      pos=[("Clashes closed the M4 and M5 roads.", ("M4", "M5 road"))],
      neg=[("Clashes closed the M4 and M5 on Monday.", ())],
      probe=facilities, off=lambda text, found: [])
def road_codes(text: str, found: list[PatternHit]) -> list[PatternHit]:
    """Bare road codes in a sentence that speaks of highways: "the M4 and M5 highways"."""
    out = []
    taken = Cover((h.start, h.end) for h in found)
    for m in ROAD_CODE.finditer(text):
        if taken.covers(m.start()):
            continue
        window = text[max(0, m.start() - 60): m.end() + 60]
        if not ROAD_WORDS.search(window):
            continue
        out.append(PatternHit(
            start=m.start(), end=m.end(), text=m.group(1), kind="Facility", type="road", head="highway",
            name=m.group(1), owner="", named=True, strong=True,
        ))
    return out


def _sentence_start(text: str, pos: int) -> bool:
    """Does `pos` open its sentence, skipping back over spaces and quotes (a colon ends one)?"""
    return sentence_start(text, pos, skip=" " + QUOTES, stops=".!?\n:")
