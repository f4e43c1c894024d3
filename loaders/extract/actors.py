"""The actor dictionary: actors with aliases and demonyms, read from loaders/data/actors/*.yaml.

Each YAML file is a list of entries (key, name, type, country, aliases, demonyms,
part_of, context_aliases). A context alias ("AA" for the Arakan Army, also Anadolu Agency's
short name) names the actor only before a fighter word ("AA fighters") or in a report that
also names it otherwise. Entries sharing a key across files are merged (aliases united). Aliases match
case-insensitively, except ALL-CAPS acronyms (HTS, RSF, SDF), which match as written;
between words any run of spaces, hyphens, underscores or quotes matches, so
``Russian "private" military contractors`` finds the alias ``Russian private military
contractors``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sitgraph.graph.schema import entity_id
from sitgraph.loaders.extract.alias_index import Alternation, alternation, alternation_matches
from sitgraph.loaders.extract.led_coalitions import regroup
from sitgraph.loaders.extract.nlp import ExtractError
from sitgraph.loaders.extract.wordlists import word_set

ACTOR_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
ACTOR_TYPES = ("state", "state_forces", "armed_group", "organization", "person", "media", "civilians", "other")
# The types of actor that can carry out an attack (a perpetrator, a side of a clash).
ARMED_TYPES = ("state", "state_forces", "armed_group")
# What may stand between the words of an alias in running text. Dashes too: encyclopedias
# write a parent group and its branch with one ("Islamic State \u2013 Khorasan Province").
SEP = r"[\s\-_\"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u2010-\u2015]+"


class ActorDictError(ExtractError):
    """An actor dictionary file is malformed."""


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the dictionary."""

    key: str
    name: str
    type: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    part_of: str | None = None
    context_aliases: tuple[str, ...] = ()

    @property
    def entity_key(self) -> str:
        return entity_id("Actor", self.key)


@dataclass(frozen=True)
class ActorHit:
    """An alias or demonym of a dictionary actor found in text."""

    start: int
    end: int
    text: str
    key: str
    demonym: bool
    contextual: bool = False  # a context alias: the caller checks the context


def parse_actors(text: str, source: str = "<string>") -> list[ActorEntry]:
    """Actor entries from the YAML text of one dictionary file; ActorDictError if malformed."""
    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise ActorDictError(f"{source}: not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(data, list):
        raise ActorDictError(f"{source}: expected a list of actor entries")
    return [_actor_entry(item, i, source) for i, item in enumerate(data)]


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(a) for a in value or ())  # type: ignore[attr-defined]


# An umbrella body's short and full names, interchangeable at the head of a body's name: "UN
# human rights office", "U.N. human rights office", "United Nations human rights office".
UMBRELLA_FORMS = (("UN ", "U.N. ", "United Nations "), ("AU ", "African Union "), ("EU ", "European Union "))


def umbrella_variants(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """`aliases`, then each alias opening with an umbrella's name written with its other names
    (those not listed already, in any case)."""
    out = list(aliases)
    seen = {re.sub(SEP, " ", a).strip().lower() for a in aliases}
    for a in aliases:
        for forms in UMBRELLA_FORMS:
            head = next((f for f in forms if a.startswith(f)), None)
            if head is None:
                continue
            for f in forms:
                form = f + a[len(head):]
                if re.sub(SEP, " ", form).strip().lower() not in seen:
                    seen.add(re.sub(SEP, " ", form).strip().lower())
                    out.append(form)
    return tuple(out)


def _actor_entry(item: object, i: int, source: str) -> ActorEntry:
    """The entry of dictionary item `item` (the `i`-th, 0-based); ActorDictError if malformed."""
    if not isinstance(item, dict) or not item.get("key") or not item.get("name"):
        raise ActorDictError(f"{source}: entry {i + 1} needs at least key and name")
    typ = str(item.get("type") or "other")
    if typ not in ACTOR_TYPES:
        raise ActorDictError(f"{source}: entry {item['key']!r} has unknown type {typ!r}")
    return ActorEntry(
        key=str(item["key"]), name=str(item["name"]), type=typ,
        country=item.get("country") or None,
        aliases=umbrella_variants(_strings(item.get("aliases"))),
        demonyms=_strings(item.get("demonyms")),
        part_of=item.get("part_of") or None,
        context_aliases=_strings(item.get("context_aliases")),
    )


def _alias_regex(alias: str) -> str:
    words = [w for w in re.split(r"[\s\-_]+", alias.strip()) if w]
    return SEP.join(re.escape(w) for w in words)


def _first_word(alias: str) -> str:
    """The first word of an alias as :func:`_alias_regex` splits it (matched literally)."""
    return next((w for w in re.split(r"[\s\-_]+", alias.strip()) if w), "")


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in alias.strip()


# Acronyms that are also English words ("IS", "US"): in a line written in capitals
# ("FIGHTING IS REPORTED") they are the word, not the actor.
ENGLISH_ACRONYMS = word_set("english_acronyms")  # loaders/data/words.yaml
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _shouted_word(text: str, start: int, end: int) -> bool:
    """Is text[start:end] an English-word acronym between words also written in capitals?"""
    if text[start:end] not in ENGLISH_ACRONYMS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _WORD.findall(text[line_start:start])[-2:]
    after = _WORD.findall(text[end:line_end])[:2]
    near = [w for w in before + after if len(w) > 1]
    return bool(near) and all(w.isupper() for w in near)


@dataclass
class ActorDictionary:
    """Actors by key, with compiled matchers over their aliases and demonyms."""

    entries: dict[str, ActorEntry]
    _forms: dict[str, tuple[str, bool]] = field(default_factory=dict, repr=False)
    _ci: Alternation | None = field(default=None, repr=False)
    _cs: Alternation | None = field(default=None, repr=False)
    _context: dict[str, str] = field(default_factory=dict, repr=False)
    # Every country (ISO2) some entry belongs to: a country outside it has no entry of any kind.
    countries: frozenset[str] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        self.countries = frozenset(e.country for e in self.entries.values() if e.country)
        ci: dict[str, str] = {}  # alias regex -> the alias's first word
        cs: dict[str, str] = {}
        for e in self.entries.values():
            for form, dem in [(e.name, False)] + [(a, False) for a in e.aliases] + [(d, True) for d in e.demonyms]:
                low = form.lower()
                # The first entry claiming a form keeps it: files are read in name order.
                if _is_acronym(form):
                    self._forms.setdefault(form, (e.key, dem))
                    cs[_alias_regex(form)] = _first_word(form)
                else:
                    self._forms.setdefault(low, (e.key, dem))
                    ci[_alias_regex(form)] = _first_word(form)
            for form in e.context_aliases:
                # Kept apart from the plain forms, so "AA" stays Anadolu's where it says so.
                self._context.setdefault(form if _is_acronym(form) else form.lower(), e.key)
                (cs if _is_acronym(form) else ci)[_alias_regex(form)] = _first_word(form)
        # Longest alternatives first, so "Syrian Arab Army" wins over "Syrian".
        def alt(parts: dict[str, str], flags: int) -> Alternation:
            return alternation(sorted(parts.items(), key=lambda p: (-len(p[0]), p[0])), _HEAD, _TAIL, flags)

        # Each alternation kept apart by first character: a position is tried with the aliases it may open.
        self._ci, self._cs = alt(ci, re.IGNORECASE), alt(cs, 0)

    def _key_of(self, surface: str) -> tuple[str, bool] | None:
        norm = re.sub(SEP, " ", surface).strip()
        hit = self._forms.get(norm) or self._forms.get(norm.lower())
        if hit:
            return hit
        if not hasattr(self, "_loose"):
            # Forms written with hyphens or quotes, by their spaced lower-case spelling.
            self._loose: dict[str, tuple[str, bool]] = {}
            for form, val in self._forms.items():
                self._loose.setdefault(re.sub(SEP, " ", form).lower(), val)
        return self._loose.get(norm.lower())

    def knows(self, form: str) -> bool:
        """Does some entry hold `form` (its name, an alias, a demonym or a context alias)?"""
        return self._key_of(form) is not None or form in self._context or form.lower() in self._context

    def find(self, text: str) -> list[ActorHit]:
        """Alias and demonym hits in `text`, longest first where they overlap, in text order.

        Cost: two regex scans of the text; a call with a text among the last 16 (the report's
        actors and its country are both read from the whole text) returns the hits found then.
        """
        cache: dict[str, tuple[ActorHit, ...]] = self.__dict__.setdefault("_found", {})
        hit = cache.get(text)
        if hit is None:
            hit = tuple(self._find(text))
            if len(cache) >= 16:  # a few texts of the report at a time: the oldest goes
                del cache[next(iter(cache))]
            cache[text] = hit
        # "a Saudi Arabia-led coalition": the coalition, not its leader (led_coalitions.py)
        return regroup(self, text, list(hit), lambda s, e, t, k: ActorHit(s, e, t, k, False))

    def _find(self, text: str) -> list[ActorHit]:
        hits: list[ActorHit] = []
        # Every alias pattern opens with (?<![\w.]): a match can start only where that holds, so
        # trying the alternation there alone finds what a scan of every position finds, at a
        # fraction of the cost (the alternation holds every alias of the dictionary).
        starts = [m.start() for m in _MATCH_STARTS.finditer(text)]
        for split in (self._cs, self._ci):
            for m in alternation_matches(split, text, starts):
                hit = self._hit(m, text, split is self._cs)
                if hit is not None:
                    hits.append(hit)
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[ActorHit] = []
        last_end = -1
        for h in hits:
            if h.start >= last_end:
                out.append(h)
                last_end = h.end
        return out

    def _hit(self, m: re.Match[str], text: str, case_sensitive: bool) -> ActorHit | None:
        """The actor a match of the alias patterns names, or None (an unknown form, "pro-X",
        a shouted word matched by the case-sensitive pattern)."""
        found = self._key_of(m.group(0))
        contextual = False
        if found is None:
            norm = re.sub(SEP, " ", m.group(0)).strip()
            ckey = self._context.get(norm) or self._context.get(norm.lower())
            found, contextual = ((ckey, False), True) if ckey else (None, False)
        # "pro-opposition activists", "anti-government protests": not the actor itself.
        if not found or re.search(r"(?i)\b(?:pro|anti|non|ex)-$", text[max(0, m.start() - 5):m.start()]):
            return None
        if case_sensitive and _shouted_word(text, m.start(), m.end()):
            return None
        return ActorHit(m.start(), m.end(), m.group(0), found[0], found[1], contextual)

    def get(self, key: str) -> ActorEntry | None:
        return self.entries.get(key)


_MATCH_STARTS = re.compile(r"(?<![\w.])")
# What surrounds the alias alternation: no word character or dot before, no word character after.
_HEAD, _TAIL = r"(?<![\w.])(?:", r")(?![\w])"


def merge_entries(entries: Iterable[ActorEntry]) -> dict[str, ActorEntry]:
    """Entries by key; a key seen again adds its aliases and demonyms to the first."""
    out: dict[str, ActorEntry] = {}
    for e in entries:
        old = out.get(e.key)
        if old is None:
            out[e.key] = e
            continue
        out[e.key] = ActorEntry(
            key=old.key, name=old.name, type=old.type, country=old.country or e.country,
            aliases=tuple(dict.fromkeys(old.aliases + e.aliases)),
            demonyms=tuple(dict.fromkeys(old.demonyms + e.demonyms)),
            part_of=old.part_of or e.part_of,
            context_aliases=tuple(dict.fromkeys(old.context_aliases + e.context_aliases)),
        )
    return out


def read_actors(paths: Iterable[Path]) -> ActorDictionary:
    """The dictionary of the given YAML files (read in the given order)."""
    entries: list[ActorEntry] = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ActorDictError(f"{path}: cannot read ({exc.strerror})") from None
        entries.extend(parse_actors(text, str(path)))
    return ActorDictionary(merge_entries(entries))


@functools.lru_cache(maxsize=1)
def load_actors() -> ActorDictionary:
    """Every actor file in loaders/data/actors/, cached per process (generic.yaml last)."""
    paths = sorted(ACTOR_DIR.glob("*.yaml"), key=lambda p: (p.name == "generic.yaml", p.name))
    return read_actors(paths)
