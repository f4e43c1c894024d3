"""Entity resolution: one stable, store-wide id for each actor, place, facility and agreement.

An :class:`~sitgraph.graph.model.Entity` is what one report names; resolution says which
node of the graph it is. The rule is chosen so that **the id of an entity depends only on
the entity itself and on fixed reference data, never on which reports came before it**:
the same corpus gives the same graph whatever the order of files, the number of workers,
or whether an interrupted run was resumed. In order, the first that applies wins:

1. a user alias (``--aliases FILE``) for any of its surface forms → the id given there;
2. actors: the actor dictionary (``loaders/data/actors/*.yaml``) — the entity's own key
   when it is a dictionary key, else an exact alias (case-insensitive, ALL-CAPS acronyms
   case-sensitive; parenthesised acronyms such as ``Hayat Tahrir al-Sham (HTS)`` tried
   both ways), else a fuzzy match (rapidfuzz ratio ≥ ``fuzzy_threshold``) against the
   dictionary's aliases;
   places: the gazetteer — the entity's key when it is a gazetteer key, else the best
   lookup of its name (transliteration-tolerant), refused when the entity carries
   coordinates more than ``max_km`` away from it, so two villages of one name stay two;
3. the extractor's or coded reader's own key (``Entity.key``) of the right label;
4. a canonical key of the name: ``actor:<slug>``; for places the transliteration-tolerant
   ``name_key`` (so Kafr Nabl and Kafranbel agree even outside the gazetteer);
   facilities whose name is only generic words ("the hospital", "observation posts") are
   qualified by the town they are in, or else by the report, so two unnamed hospitals
   stay two; "<Town> hospital" is qualified by the town's resolved name, so "Kafr Nabl
   hospital" and "Kafranbel medical facility" are one node.

Fuzzy matching is done only against the fixed dictionary and user aliases, never against
names already in the store, because that would make an id depend on what was ingested
first. Names of dictionary and gazetteer entities are their canonical names; other
entities are named as their report names them (the last report written sets the name;
every form seen is kept in ``aliases``).
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from sitgraph.errors import SitgraphError
from sitgraph.graph.model import Entity, Extraction
from sitgraph.graph.schema import ID_PREFIX, slug

# Places coarser than this say little about where something happened: they do not
# qualify a facility name, and sharing one does not make two events one incident.
FINE_PLACE_TYPES = frozenset({"town", "village", "city", "landmark", "district", "neighbourhood",
                              "neighborhood", "camp", "site"})
COARSE_PLACE_TYPES = frozenset({"country", "province", "region", "state", "governorate", "oblast"})

# Words a facility name may consist of and still name no particular facility.
_GENERIC_FACILITY_WORDS = frozenset("""
a an the this that these those its their his her our several some two three many one other another
nearby local main central small large new old field makeshift mobile underground surgical maternity
children's childrens primary secondary general public private national civilian military
hospital hospitals clinic clinics medical facility facilities health healthcare care centre centres
center centers building buildings unit units point points post posts observation checkpoint checkpoints
school schools market markets marketplace bakery bakeries mosque mosques church churches camp camps
base bases airbase airbases air airport airfield station stations road roads highway highways bridge
bridges prison prisons detention warehouse warehouses office offices headquarters compound compounds
site sites position positions depot depots ambulance ambulances blood bank response
""".split())
# Head words of generic facility names → a category used in the qualified id.
_FACILITY_CATEGORY = {
    "hospital": "medical", "hospitals": "medical", "clinic": "medical", "clinics": "medical",
    "medical": "medical", "health": "medical", "healthcare": "medical", "ambulance": "medical",
    "school": "school", "schools": "school", "market": "market", "markets": "market",
    "marketplace": "market", "bakery": "bakery", "bakeries": "bakery", "mosque": "religious",
    "mosques": "religious", "church": "religious", "churches": "religious", "camp": "camp",
    "camps": "camp", "airbase": "military-base", "airbases": "military-base", "airport": "airport",
    "airfield": "military-base", "base": "military-base", "bases": "military-base",
    "observation": "military-post", "checkpoint": "military-post", "checkpoints": "military-post",
    "prison": "detention", "prisons": "detention", "detention": "detention", "road": "road",
    "roads": "road", "highway": "road", "highways": "road", "bridge": "bridge", "bridges": "bridge",
    "station": "station", "stations": "station",
}


class ResolveError(SitgraphError):
    """The alias file or the reference data cannot be read."""


# --- text keys -------------------------------------------------------------------------


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def match_key(text: str) -> str:
    """The form names are compared in: lower case ASCII words, no apostrophes or leading
    article, hyphens as spaces (``Hay'at Tahrir al-Sham`` → ``hayat tahrir al sham``)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['`\u2018\u2019\u02bf\u02be\"]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return _ARTICLE.sub("", text)


def place_key(text: str) -> str:
    """A transliteration-tolerant key for a place name: the consonants of the gazetteer's
    ``name_key`` (Kafr Nabl and Kafranbel both give ``kfrnbl``) when that is long enough to
    tell names apart, else the ``name_key`` itself; a consonant skeleton of
    :func:`match_key` when the gazetteer module is absent."""
    try:
        from sitgraph.loaders.extract.gazetteer import consonant_key, name_key
    except ImportError:  # the gazetteer is optional reference data
        return _skeleton(text)
    key = name_key(text)
    loose = consonant_key(key)
    return (loose if len(loose) >= 5 else key) or _skeleton(text)


def _skeleton(text: str) -> str:
    words = [w for w in match_key(text).split() if w not in ("al", "el", "ad", "an", "ash", "as", "ar", "az")]
    s = "".join(words).replace("kh", "h").replace("ou", "u")
    s = re.sub(r"[aeiouy]", "", s)
    return re.sub(r"(.)\1+", r"\1", s) or match_key(text).replace(" ", "")


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in alias.strip()


# --- reference data --------------------------------------------------------------------


@dataclass(frozen=True)
class Canonical:
    """What resolution knows of a node beyond a report: its id and canonical properties."""

    id: str
    name: str
    type: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorDictionary:
    """Actors with aliases, keyed for exact and fuzzy lookup."""

    entries: Mapping[str, Canonical]  # id -> canonical
    exact: Mapping[str, str]  # match_key(alias) -> id  (aliases that are not acronyms)
    acronyms: Mapping[str, str]  # alias as written -> id (case-sensitive)
    fuzzy_choices: tuple[str, ...] = ()  # sorted keys of ``exact``: ties break the same way
    demonyms: Mapping[str, str] = field(default_factory=dict)  # match_key(demonym) -> id


def build_actor_dictionary(entries: Iterable[dict[str, Any]]) -> ActorDictionary:
    """An :class:`ActorDictionary` from dictionary entries (``key``, ``name``, ``type``,
    ``aliases``). Entries sharing a key are merged; an alias claimed by two actors is
    given to the one whose key sorts first, so the outcome does not depend on file order."""
    merged: dict[str, dict[str, Any]] = {}
    for e in entries:
        aid = ID_PREFIX["Actor"] + slug(str(e["key"]))
        m = merged.setdefault(aid, {"name": e.get("name") or e["key"], "type": e.get("type"), "aliases": set(),
                                    "demonyms": set()})
        m["aliases"].update(str(a) for a in (e.get("aliases") or ()))
        m["demonyms"].update(str(a) for a in (e.get("demonyms") or ()))
        m["aliases"].add(str(m["name"]))
    canon: dict[str, Canonical] = {}
    exact: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for aid in sorted(merged):
        m = merged[aid]
        canon[aid] = Canonical(aid, str(m["name"]), m["type"], aliases=tuple(sorted(m["aliases"])))
        for alias in sorted(m["aliases"]):
            if _is_acronym(alias):
                acronyms.setdefault(alias, aid)
            else:
                exact.setdefault(match_key(alias), aid)
        for dem in sorted(m["demonyms"]):
            demonyms.setdefault(match_key(dem), aid)
    return ActorDictionary(canon, exact, acronyms, tuple(sorted(exact)), demonyms)


@lru_cache(maxsize=1)
def load_actor_dictionary() -> ActorDictionary:
    """The shipped actor dictionary, as the extractor reads it (one parser of the YAML
    files: :func:`sitgraph.loaders.extract.actors.load_actors`). Cached per process."""
    from sitgraph.loaders.extract.actors import load_actors

    return build_actor_dictionary(
        {"key": e.key, "name": e.name, "type": e.type, "aliases": e.aliases, "demonyms": e.demonyms}
        for e in load_actors().entries.values()
    )


def _gazetteer() -> Any | None:
    try:
        from sitgraph.loaders.extract.gazetteer import load_gazetteer
    except ImportError:  # optional until the gazetteer data ships
        return None
    return load_gazetteer()


# --- user aliases ----------------------------------------------------------------------


@dataclass(frozen=True)
class UserAlias:
    """A user's statement that ``alias`` names the node ``id`` (called ``name``)."""

    alias: str
    id: str
    name: str | None = None


def _alias_target(label: str | None, target: str, source: str) -> tuple[str, str | None]:
    """``actor:hts`` stays; a bare name with a kind becomes that kind's id."""
    if ":" in target and target.split(":", 1)[0] + ":" in ID_PREFIX.values():
        return target, None
    if not label:
        raise ResolveError(f"{source}: {target!r} is not an id (actor:..., place:...) and no kind is given")
    label = label.strip().capitalize()
    if label not in ID_PREFIX or label in ("Report", "Event"):
        raise ResolveError(f"{source}: unknown kind {label!r} (Actor, Place, Facility or Agreement)")
    return ID_PREFIX[label] + slug(target), target


def parse_aliases_csv(text: str, source: str = "<string>") -> list[UserAlias]:
    """Aliases from CSV with a header: ``alias,id`` or ``alias,name,kind`` (one row each).

    ``id`` is a node id (``actor:hts``); with ``name`` and ``kind`` the id is derived from
    the name as for any entity of that kind."""
    rows = list(csv.DictReader(io.StringIO(text)))
    out = []
    for i, row in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        alias, target = row.get("alias"), row.get("id") or row.get("name")
        if not alias or not target:
            raise ResolveError(f"{source}: line {i}: needs alias and id (or alias, name and kind)")
        node_id, name = _alias_target(row.get("kind") or row.get("label"), target, f"{source}: line {i}")
        out.append(UserAlias(alias, node_id, name))
    return out


def parse_aliases_yaml(text: str, source: str = "<string>") -> list[UserAlias]:
    """Aliases from YAML: a mapping ``id: [alias, ...]`` or a list of
    ``{id | name+kind, aliases: [...]}``; the name itself also counts as an alias."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ResolveError(f"{source}: invalid YAML ({str(exc).splitlines()[0]})") from None
    if isinstance(data, dict):
        data = [{"id": k, "aliases": v} for k, v in data.items()]
    if not isinstance(data, list):
        raise ResolveError(f"{source}: expected a mapping of id to aliases or a list of entries")
    out = []
    for i, entry in enumerate(data, start=1):
        if not isinstance(entry, dict):
            raise ResolveError(f"{source}: entry {i} is not a mapping")
        target = entry.get("id") or entry.get("name")
        aliases = entry.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        if not target or not isinstance(aliases, list):
            raise ResolveError(f"{source}: entry {i} needs an id (or name and kind) and a list of aliases")
        node_id, name = _alias_target(entry.get("kind"), str(target), f"{source}: entry {i}")
        names = [str(a) for a in aliases] + ([name] if name else [])
        out.extend(UserAlias(a, node_id, name) for a in names)
    return out


def read_aliases(path: str | Path) -> list[UserAlias]:
    """User aliases from a ``.csv`` or ``.yaml``/``.yml`` file (see the parse functions)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResolveError(f"{path}: cannot read aliases ({exc.__class__.__name__})") from None
    if path.suffix.lower() == ".csv":
        return parse_aliases_csv(text, str(path))
    if path.suffix.lower() in (".yaml", ".yml"):
        return parse_aliases_yaml(text, str(path))
    raise ResolveError(f"{path}: aliases must be a .csv or .yaml file")


# --- the resolver ----------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    """An entity with its store-wide id and the properties its node gets."""

    id: str
    label: str
    name: str
    type: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    aliases: tuple[str, ...] = ()
    canonical: bool = False  # named by the dictionary, gazetteer or a user alias


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Resolver:
    """Resolves entities to ids by the rule in the module docstring.

    Holds only fixed reference data plus a memo of its own answers, so it is safe to reuse
    across reports (and its answers do not depend on their order). Build one with
    :meth:`default`.
    """

    actors: ActorDictionary
    gazetteer: Any | None = None
    user_aliases: tuple[UserAlias, ...] = ()
    fuzzy_threshold: float = 90.0
    max_km: float = 50.0
    _user: dict[tuple[str, str], UserAlias] = field(default_factory=dict, repr=False)
    _memo: dict[tuple, Resolved] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # Sorted, so when two lines claim one alias the outcome does not depend on file order.
        for ua in sorted(self.user_aliases, key=lambda u: (u.alias, u.id)):
            label = next(lb for lb, p in ID_PREFIX.items() if ua.id.startswith(p))
            self._user.setdefault((label, match_key(ua.alias)), ua)

    @classmethod
    def default(cls, aliases_path: str | Path | None = None, *, fuzzy_threshold: float = 90.0) -> Resolver:
        """The shipped actor dictionary and gazetteer, plus a user alias file if given."""
        user = tuple(read_aliases(aliases_path)) if aliases_path else ()
        return cls(load_actor_dictionary(), _gazetteer(), user, fuzzy_threshold)

    # --- public ----------------------------------------------------------------------

    def resolve(self, entity: Entity, extraction: Extraction | None = None) -> Resolved:
        """The node ``entity`` (of ``extraction``'s report) is. Cost: dictionary and
        gazetteer lookups, a fuzzy scan of the dictionary for unknown actor names (memoised)."""
        label = entity.kind
        if label not in ("Actor", "Place", "Facility", "Agreement"):
            raise ResolveError(f"entity {entity.id}: unknown kind {label!r}")
        names = self._names(entity)
        user = self._user_alias(label, names)
        if user is not None:
            return self._finish(entity, user, canonical=True)
        if label == "Actor":
            found = self._actor(entity, names)
        elif label == "Place":
            found = self._place(entity, names)
        elif label == "Facility":
            found = self._facility(entity, extraction)
        else:
            found = None
        if found is not None:
            return self._finish(entity, found, canonical=label != "Facility")
        return self._finish(entity, Canonical(self._fallback_id(entity), entity.name), canonical=False)

    # --- steps -----------------------------------------------------------------------

    @staticmethod
    def _names(entity: Entity) -> list[str]:
        seen: dict[str, None] = {}
        for n in (entity.name, *entity.forms, *entity.aliases):
            if n and n.strip():
                seen.setdefault(n.strip(), None)
        return list(seen)

    def _user_alias(self, label: str, names: list[str]) -> Canonical | None:
        for n in names:
            ua = self._user.get((label, match_key(n)))
            if ua is not None:
                known = self.actors.entries.get(ua.id) if label == "Actor" else None
                if known is not None:
                    return known
                if label == "Place" and self.gazetteer is not None:
                    p = self.gazetteer.get(ua.id)
                    if p is not None:
                        return _from_place(p)
                return Canonical(ua.id, ua.name or n)
        return None

    def _actor(self, entity: Entity, names: list[str]) -> Canonical | None:
        d = self.actors
        if entity.key and entity.key in d.entries:
            return d.entries[entity.key]
        for n in names:
            for variant in _variants(n):
                if variant in d.acronyms:
                    return d.entries[d.acronyms[variant]]
                aid = d.exact.get(match_key(variant))
                if aid is not None:
                    return d.entries[aid]
        memo = ("fuzzy", tuple(match_key(n) for n in names))
        if memo not in self._memo:
            self._memo[memo] = self._fuzzy_actor(names)  # type: ignore[assignment]
        return self._memo[memo]  # type: ignore[return-value]

    def _fuzzy_actor(self, names: list[str]) -> Canonical | None:
        best: tuple[float, str] | None = None
        choices = self.actors.fuzzy_choices
        for n in names:
            key = match_key(n)
            if len(key) < 6:  # short names are acronyms or common words: fuzzy is noise
                continue
            hit = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold)
            if hit is not None and (best is None or (hit[1], hit[0]) > best):
                best = (hit[1], hit[0])
        return self.actors.entries[self.actors.exact[best[1]]] if best else None

    def _place(self, entity: Entity, names: list[str], guess: bool = False) -> Canonical | None:
        """The gazetteer place of `entity`; `guess` lets a loose spelling match anywhere (a
        facility's town word, where a wrong guess only merges two facility ids)."""
        gaz = self.gazetteer
        if gaz is None:
            return None
        if entity.key:
            p = gaz.get(entity.key)
            if p is not None:
                return _from_place(p)
        for n in names:
            for p in gaz.lookup(n, entity.country):
                if not guess and not _may_be(entity, n, p):
                    continue
                if (entity.lat is not None and entity.lon is not None and p.lat is not None
                        and p.lon is not None
                        and haversine_km(entity.lat, entity.lon, p.lat, p.lon) > self.max_km):
                    continue  # a namesake elsewhere: the entity's own coordinates say so
                return _from_place(p)
        return None

    def _facility(self, entity: Entity, extraction: Extraction | None) -> Canonical | None:
        """Facility ids: ``facility:<where>-<category>`` for names that are generic words
        after a town, an operator or nothing ("Kafr Nabl hospital", "Turkish observation
        post", "the hospital"), so spellings of one town agree and unnamed facilities in
        different towns stay apart; other names (``Al-Hayat Hospital``) keep their slug."""
        if entity.key and entity.key.startswith(ID_PREFIX["Facility"]):
            return Canonical(entity.key, entity.name)
        words = match_key(entity.name).split()
        m = re.match(r"^(.+?) (?:in|at|of|near) (.+)$", " ".join(words))
        if m and all(w in _GENERIC_FACILITY_WORDS for w in m.group(1).split()):
            words = m.group(2).split() + m.group(1).split()  # "hospital in Hass" -> "hass hospital"
        tail = 0
        while tail < len(words) and words[len(words) - 1 - tail] in _GENERIC_FACILITY_WORDS:
            tail += 1
        category = _category(entity, words[len(words) - tail:])
        prefix = " ".join(words[: len(words) - tail])
        prefix_words = [w for w in prefix.split() if w not in ("al", "el")] or prefix.split()
        operator = self.actors.demonyms.get(prefix) or self.actors.exact.get(prefix) if prefix else None
        if not prefix or operator:
            # Generic: qualified by where it is (and whose), else by the report.
            where = self._facility_place(entity, extraction)
            who = operator.split(":", 1)[1] + "-" if operator else ""
            if where is not None:
                return Canonical(f"{ID_PREFIX['Facility']}{slug(where)}-{who}{category}", entity.name)
            report = extraction.report.id.split(":", 1)[-1] if extraction else "unplaced"
            return Canonical(f"{ID_PREFIX['Facility']}{report}-{slug(entity.name)}", entity.name)
        if tail == 0 or category == "facility":
            return None
        place = self._place(Entity("_", "Place", prefix), [prefix], guess=True)
        if place is not None and (place.type or "town") not in COARSE_PLACE_TYPES:
            return Canonical(f"{ID_PREFIX['Facility']}{slug(place.name)}-{category}", entity.name)
        return Canonical(f"{ID_PREFIX['Facility']}{slug(' '.join(prefix_words))}-{category}", entity.name)

    def _facility_place(self, entity: Entity, extraction: Extraction | None) -> str | None:
        """The fine-grained place (or operator) a generic facility belongs to, if the
        report says: a LOCATED_IN/OPERATED_BY relation, or the place of an event that
        targeted it."""
        if extraction is None:
            return None
        candidates: list[Entity] = []
        for r in extraction.relations:
            if r.source == entity.id and r.type in ("LOCATED_IN", "OPERATED_BY"):
                other = extraction.entity(r.target)
                if other is not None:
                    candidates.append(other)
        for ev in extraction.events:
            if entity.id in ev.targets or entity.id in ev.places:
                candidates.extend(e for e in (extraction.entity(p) for p in ev.places)
                                  if e is not None and e.id != entity.id)
        for c in candidates:
            if c.kind == "Actor":
                return self.resolve(c, extraction).name
            if c.kind == "Place":
                r = self.resolve(c, extraction)
                if (r.type or c.type or "town") not in COARSE_PLACE_TYPES:
                    return r.name if r.canonical else place_key(c.name)
        return None

    def _fallback_id(self, entity: Entity) -> str:
        label = entity.kind
        if entity.key and entity.key.startswith(ID_PREFIX[label]):
            return entity.key
        if label == "Place":
            return ID_PREFIX[label] + slug(place_key(entity.name))
        return ID_PREFIX[label] + slug(match_key(entity.name) or entity.name)

    def _finish(self, entity: Entity, c: Canonical, *, canonical: bool) -> Resolved:
        aliases = set(self._names(entity))
        if canonical:
            aliases.add(c.name)
        return Resolved(
            id=c.id,
            label=entity.kind,
            name=c.name if canonical else entity.name,
            type=c.type or entity.type,
            lat=c.lat if c.lat is not None else entity.lat,
            lon=c.lon if c.lon is not None else entity.lon,
            country=c.country or entity.country,
            admin1=c.admin1 or entity.admin1,
            aliases=tuple(sorted(aliases)),
            canonical=canonical,
        )


_FORCES_OF = re.compile(r"^(?:military|police|armed|security) forces of (?:the )?(.+)$", re.I)


def _variants(name: str) -> list[str]:
    """A name and the forms coded datasets wrap it in: ``Long Name (ACR)`` gives the name
    and the acronym; ACLED's ``Military Forces of Russia (2000-)`` gives ``Russia``."""
    out = [name]
    m = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", name)
    if m:
        out.append(m.group(1).strip())
        if _is_acronym(m.group(2).strip()):  # not "(2000-)" nor a country "(Syria)"
            out.append(m.group(2).strip())
    for v in list(out):
        f = _FORCES_OF.match(v)
        if f:
            out.append(f.group(1).strip())
    return [v for v in out if v]


def _category(entity: Entity, tail: list[str]) -> str:
    """The kind of a facility from the last generic word of its name that tells one
    (``hospital`` → medical), else from its type."""
    for w in reversed(tail):
        if w in _FACILITY_CATEGORY:
            return _FACILITY_CATEGORY[w]
    return slug(entity.type) if entity.type else "facility"


def _may_be(entity: Entity, name: str, p: Any) -> bool:
    """May the place entity `entity` (without a gazetteer key), named `name`, be the place `p`?
    Inside the country the entity lies in, any spelling the gazetteer accepts; without one,
    the place's own name or a recorded name of it, or a spelling of its own name (same name
    or consonant key, same first letter: Kafranabel, Kafranbel): a transliteration guess alone put Kheret,
    Ethiopia, in Herat, Afghanistan, and "Junta" (by way of "Jantai") in Yantai, China. A
    common word ("Hope", "Mobile") is no place without the extractor's key."""
    from sitgraph.loaders.extract.gazetteer import consonant_key, fold, is_common_word, name_key

    if is_common_word(name):
        return False  # "Hope village", "near Mobile": the extractor found no place to name
    if entity.country:
        return p.country == entity.country or p.type == "country"
    want = fold(name)
    if want == fold(p.name) or any(want == fold(a) for a in p.aliases):
        return True
    key, own = name_key(name), name_key(p.name)
    return _initial(want) == _initial(fold(p.name)) and (key == own or consonant_key(key) == consonant_key(own))


def _initial(folded: str) -> str:
    """The first letter of a folded name after an Arabic article ("al zerba" -> "z")."""
    words = [w for w in folded.split() if w not in ("al", "el", "ad", "an", "as", "ash", "at", "az", "ar")]
    return (words or folded.split() or [""])[0][:1]


def _from_place(p: Any) -> Canonical:
    # The gazetteer's alternate names are not copied into aliases: only forms seen in reports are.
    return Canonical(p.key, p.name, p.type, p.lat, p.lon, p.country, p.admin1)


def candidate_ids(text: str, resolver: Resolver) -> list[str]:
    """Ids a bare name would resolve to as each kind of entity (``Kafr Nabl hospital`` →
    ``facility:kafranbel-medical``), for finding a node by any spelling. Distinct, in
    the order Actor, Place, Facility, Agreement."""
    out: dict[str, None] = {}
    for kind in ("Actor", "Place", "Facility", "Agreement"):
        out.setdefault(resolver.resolve(Entity("_", kind, text)).id, None)
    return list(out)
