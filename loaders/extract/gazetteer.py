"""A place gazetteer with coordinates: countries, first-level divisions and towns.

``load_gazetteer()`` reads the shipped data once per process (``loaders/data/gazetteer.tsv.gz``,
built by ``tools/build_gazetteer.py`` from GeoNames data, plus the hand-kept
``loaders/data/places_curated.yaml`` for regions, landmarks and crossings GeoNames lacks)
and answers ``lookup(name, country)`` with the places a name may denote, best first.
Nothing is downloaded: the data ships with sitgraph.

Names are compared through :func:`name_key`, a transliteration-tolerant skeleton
(Idlib = Idleb, Deir ez-Zor = Dayr az Zawr, Hodeidah = Al Hudaydah, Khmeimim = Hmeymim),
then through a consonant skeleton for long names (Kafranbel = Kafrnabel), and through
GeoNames' alternate names (Kharkiv = Kharkov).

Place data from GeoNames (https://www.geonames.org), licensed CC BY 4.0.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from sitgraph.errors import SitgraphError
from sitgraph.loaders.extract.place_words import alternation

PLACE_TYPES = ("country", "province", "district", "region", "city", "town", "village", "landmark")
# Order used when a name ties: an area before the settlement that shares its name.
_TYPE_RANK = {t: i for i, t in enumerate(PLACE_TYPES)}
_AREA_TYPES = frozenset({"country", "province", "district", "region"})
_SETTLEMENT_TYPES = frozenset({"city", "town", "village"})
# Countries whose wars sitgraph's users follow: a name shared with a place elsewhere
# ("Gaza" in Palestine and Mozambique) means the place here unless a country is given.
FOCUS_COUNTRIES = frozenset(
    "SY IQ YE LY UA SD SS PS IL LB AF SO ML BF NE NG CD ET MM CF MZ TD CM JO".split()
)

DATA_FILE = "gazetteer.tsv.gz"
COMMON_FILE = "gazetteer_common.txt"
CURATED_FILE = "places_curated.yaml"
TSV_COLUMNS = ("key", "name", "type", "lat", "lon", "country", "admin1", "population", "aliases", "keys")


class GazetteerError(SitgraphError):
    """The gazetteer data is missing or malformed."""


@dataclass(frozen=True)
class Place:
    """A place the gazetteer knows.

    ``key`` is stable and starts with ``place:`` (``place:sy`` for a country,
    ``place:sy:idlib`` for a division or curated place, ``place:geonames:169389`` for a town);
    ``type`` is one of :data:`PLACE_TYPES`; ``country`` an ISO 3166 alpha-2 code;
    ``admin1`` the name of the first-level division the place lies in.
    """

    key: str
    name: str
    type: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    aliases: tuple[str, ...]
    population: int = 0


# --- name keys -------------------------------------------------------------------------

# Letters NFKD does not decompose into ASCII.
_LETTERS = str.maketrans(
    {"ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ʃ": "sh"}
)
# Ayn, hamza and apostrophe marks vanish (Ma`arrat, Ma'arrat and Maarrat are one name).
_MARKS_RE = re.compile("['`´’‘ʿʾʻʼ′\u02bb\u02bc\u02be\u02bf]")
_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")
# Arabic articles (assimilated forms included) and their Latin-script spellings.
_ARTICLES = frozenset(
    "al el il ul an en ad ed ud as es us ash esh at et az ez ar er adh ath".split()
)
_DIGRAPHS = (("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("zh", "j"),
             ("dj", "j"), ("ck", "k"), ("q", "k"), ("ou", "u"))
_VOWELS = frozenset("aeiou")


# A report's names, and the gazetteer's names of the places they may be, are folded again
# and again (each candidate's name and aliases, at each mention): both keys are remembered.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII form of ``text``: accents, ayn/apostrophe marks and punctuation gone.

    ``fold("Ma‘arrat an-Nu‘mān") == "maarrat an numan"``. Cost: O(len(text)) the first time
    a text is folded, a dictionary lookup after (the last 65,536 texts are remembered).
    """
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS).lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _MARKS_RE.sub("", text.translate(_LETTERS))
    return _NON_ALNUM_RE.sub(" ", text).strip()


def _token_skeleton(token: str) -> str:
    for a, b in _DIGRAPHS:
        token = token.replace(a, b)
    out: list[str] = []
    n = len(token)
    for i, c in enumerate(token):
        vowel = c in _VOWELS
        # y and w next to a vowel are glides of a transliterated vowel (Dayr = Deir, Zawr = Zor).
        if c in "yw" and i > 0 and (token[i - 1] in _VOWELS or (i + 1 < n and token[i + 1] in _VOWELS)):
            vowel = True
        if c == "h" and i == n - 1 and i > 0 and token[i - 1] in _VOWELS:
            continue  # a final -ah/-eh is the ta marbuta some spellings drop (Hamah = Hama)
        ch = "a" if vowel else c
        if out and out[-1] == ch:
            continue  # vowel runs and doubled letters collapse (Maarrat = Marat)
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Transliteration-tolerant key of a place name; equal keys mean "maybe the same name".

    Folds accents and ayn marks, drops Arabic articles (al-, el-, an-, ash-, ...) unless the
    name is nothing else, maps kh->h, q->k, dh->d, th->t, gh->g, zh->j, ph->f, turns every run
    of vowels (and the y/w glides in them) into ``a``, drops a final -ah's h, collapses doubled
    letters and removes spaces and hyphens: ``name_key("Deir ez-Zor") == name_key("Dayr az
    Zawr") == "darzar"``. Returns "" for text without letters or digits. Cost: O(len(text)),
    remembered like :func:`fold`.
    """
    tokens = fold(text).split()
    if len(tokens) > 1:
        kept = [t for t in tokens if t not in _ARTICLES]
        tokens = kept or tokens
    return "".join(_token_skeleton(t) for t in tokens)


def consonant_key(key: str) -> str:
    """The consonants of a :func:`name_key` (``kafranbal`` -> ``kfrnbl``); a looser second key."""
    out: list[str] = []
    for c in key:
        if c != "a" and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


# Short consonant skeletons match too much; below this length only the full key counts.
_MIN_CONSONANT_KEY = 5


def place_keys(names: list[str] | tuple[str, ...]) -> list[str]:
    """Distinct index keys for a place's names: each :func:`name_key`, and ``~`` + its
    :func:`consonant_key` where that is long enough to be told apart. Cost: O(total length).
    """
    keys: dict[str, None] = {}
    for n in names:
        k = name_key(n)
        if not k:
            continue
        keys[k] = None
        ck = consonant_key(k)
        if len(ck) >= _MIN_CONSONANT_KEY:
            keys["~" + ck] = None
    return list(keys)


# --- qualifiers ---------------------------------------------------------------------------

_COMPASS = (
    "north|south|east|west|northern|southern|eastern|western|central|"
    "north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|"
    "north[- ]?eastern|north[- ]?western|south[- ]?eastern|south[- ]?western|"
    "greater|rural|upper|lower|outer|inner"
)
# The place-word table's administrative units and parts of towns (place_words.py: every
# country's, from Nigeria's LGAs to Myanmar's townships and wards), a few plurals (not
# "states": "United States" is a name), and words of an area without a unit.
_AREA_WORDS = "|".join([alternation("admin", "part"), "provinces|governorates|oblasts|regions|districts|countryside|"
                        "countryside of|muhafazat|area|areas|suburbs|outskirts|environs"])
_SETTLEMENT_WORDS = alternation("settlement")
_LEAD_RE = re.compile(
    rf"^(?:the\s+)?(?:(?P<compass>(?:{_COMPASS})(?:\s+parts?)?)\s+(?:of\s+)?)?"
    rf"(?:(?:the\s+)?(?P<lead>{_AREA_WORDS}|{_SETTLEMENT_WORDS})\s+of\s+)?",
    re.IGNORECASE,
)
_TRAIL_RE = re.compile(rf"\s+(?P<trail>{_AREA_WORDS}|{_SETTLEMENT_WORDS}|city\s+centre|city\s+center)$",
                       re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"['’]s$")
_SETTLEMENT_RE = re.compile(rf"^(?:{_SETTLEMENT_WORDS}|city\s+cent(?:re|er))$", re.IGNORECASE)


# Remembered: the place readers ask it of the same phrases again and again (every
# candidate source, every gazetteer lookup of a mention), three regex tests each.
@lru_cache(maxsize=1 << 14)
def strip_qualifiers(text: str) -> tuple[str, str | None]:
    """Split administrative words and compass qualifiers off a place phrase.

    Returns ``(core, hint)`` where hint is ``"area"`` (province, governorate, northern ...),
    ``"settlement"`` (city, town, village) or None: ``"northern Hama Province"`` ->
    ``("Hama", "area")``, ``"the town of Kafranbel"`` -> ``("Kafranbel", "settlement")``.
    Cost: three regex tests, once per phrase.
    """
    core = _POSSESSIVE_RE.sub("", text.strip())
    hint: str | None = None
    m = _LEAD_RE.match(core)
    if m and m.end() < len(core):
        if m.group("lead"):
            hint = "settlement" if _SETTLEMENT_RE.match(m.group("lead")) else "area"
        elif m.group("compass"):
            hint = "area"
        core = core[m.end():]
    m2 = _TRAIL_RE.search(core)
    if m2 and m2.start() > 0:
        hint = "settlement" if _SETTLEMENT_RE.match(m2.group("trail")) else "area"
        core = core[: m2.start()]
    return core.strip(), hint


# --- common words -------------------------------------------------------------------------

# Words that are place names somewhere but ordinary English in a report's text; callers
# should accept them only with capitalisation or NER support. Extended by the shipped list.
_BUILTIN_COMMON = frozenset(
    """a an and are as at be but by for from had has have he her his in is it its of off on or
    our she so than that the their them then there they this to up us was we were who will with
    you ash hit bar most nice salt tal man mine bath sale split mobile reading hope opportunity
    victoria van gap""".split()
)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    words = set(_BUILTIN_COMMON)
    path = _data_path(COMMON_FILE)
    if path.is_file():
        words.update(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())
    return frozenset(words)


def is_common_word(name: str) -> bool:
    """True if ``name`` (any case) is also an ordinary English word (Hit, Bar, Most, Salt),
    so a caller should require capitalisation or NER agreement before taking it as a place.
    Cost: one set lookup after the first call (which reads a small shipped list).
    """
    return fold(name) in _common_words()


# --- the gazetteer -------------------------------------------------------------------------


def _data_path(name: str) -> Path:
    return Path(str(resources.files("sitgraph.loaders.data").joinpath(name)))


# How many answers :meth:`Gazetteer.lookup` keeps.
_LOOKED_MAX = 1 << 14


class Gazetteer:
    """An in-memory index of places by name key. Build with :func:`load_gazetteer`."""

    def __init__(self, places: list[Place], keys: dict[str, list[str]] | None = None) -> None:
        """Index ``places``; ``keys`` maps a place key to precomputed :func:`place_keys`
        (computed here where missing). Raises GazetteerError on a duplicate key."""
        self._by_key: dict[str, Place] = {}
        self._index: dict[str, list[Place]] = {}
        # Folded name and alias set per place key, filled on first use (most are never asked).
        self._folded: dict[str, tuple[str, frozenset[str]]] = {}
        # Answers of lookup by (name, country): see :meth:`lookup`.
        self._looked: dict[tuple[str, str | None], tuple[Place, ...]] = {}
        keys = keys or {}
        by_key, index = self._by_key, self._index
        for p in places:
            if p.key in by_key:
                raise GazetteerError(f"gazetteer: duplicate place key {p.key}")
            by_key[p.key] = p
            for k in keys.get(p.key) or place_keys((p.name, *p.aliases)):
                bucket = index.get(k)
                if bucket is None:
                    index[k] = [p]
                else:
                    bucket.append(p)

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._by_key.values())

    def get(self, key: str) -> Place | None:
        """The place with this key (``place:sy:idlib``), or None."""
        return self._by_key.get(key)

    def _match(self, text: str) -> dict[str, tuple[int, Place]]:
        """Places whose names match ``text``, as key -> (tier, place); tier 0 is the exact
        name, 1 an alias, 2 the name key, 3 the consonant key."""
        k = name_key(text)
        if not k:
            return {}
        found: dict[str, tuple[int, Place]] = {}
        folded = fold(text)
        for p in self._index.get(k, ()):
            names = self._folded.get(p.key)
            if names is None:
                names = self._folded[p.key] = (fold(p.name), frozenset(fold(a) for a in p.aliases))
            tier = 0 if names[0] == folded else 1 if folded in names[1] else 2
            found[p.key] = (tier, p)
        ck = consonant_key(k)
        if len(ck) >= _MIN_CONSONANT_KEY:
            for p in self._index.get("~" + ck, ()):
                found.setdefault(p.key, (3, p))
        return found

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Places ``name`` may denote, best first; [] if none.

        ``name`` may carry qualifiers: "Idlib Province", "northern Hama", "the city of Aleppo",
        "Idlib's". The whole phrase is tried first ("North Kivu", "West Bank" are names), then
        its core without qualifiers. Places whose name or alternate name equals the text (up
        to accents, case and punctuation) win; only when there are none do places whose
        :func:`name_key` (then consonant key) matches count, and then only for keys of 4+
        letters and, when ``country`` is given, only in that country.

        Order: places in ``country`` (ISO2) first; then the kind a qualifier asks for (an area
        for "province"/"northern ...", a settlement for "city"/"town"); then exact name before
        alternate name before key; then places in conflict-affected countries
        (:data:`FOCUS_COUNTRIES`); then the country where the name denotes the most populous
        place ("Tripoli": Libya before Lebanon); then admin level (country > province > region > city > town
        > village > landmark), so a bare "Idlib" gives the province before the city of the
        same name; then population. Cost: a few dict lookups; no I/O; a name asked again
        (with the same country) costs one lookup.
        """
        # Why a cache: the place readers ask the same names again and again (each source of
        # candidates, every mention of a town), and the index never changes once built. A
        # copy is returned, so a caller may change its list. Cleared when full, so memory
        # stays flat over any number of reports.
        key = (name, country)
        hit = self._looked.get(key)
        if hit is None:
            if len(self._looked) >= _LOOKED_MAX:
                self._looked.clear()
            hit = self._looked[key] = tuple(self._lookup(name, country))
        return list(hit)

    def _lookup(self, name: str, country: str | None) -> list[Place]:
        """:meth:`lookup` without the cache."""
        text = _POSSESSIVE_RE.sub("", name.strip())
        cc = country.upper() if country else None
        found = self._match(text)
        hint: str | None = None
        cands = {k: v for k, v in found.items() if v[0] <= 1}
        if not cands:
            core, hint = strip_qualifiers(text)
            cands = self._core_matches(core, text, found)
            if not cands:
                if len(name_key(core or text)) < 4:
                    return []
                cands = {k: v for k, v in found.items() if cc is None or v[1].country == cc}

        # A name shared across countries ("Gaza", "Tripoli") goes first to the country where
        # it names the most populous place.
        group_pop: dict[str | None, int] = {}
        for _, p in cands.values():
            group_pop[p.country] = max(group_pop.get(p.country, 0), p.population)

        def rank(item: tuple[int, Place]) -> tuple:
            tier, p = item
            return (cc is not None and p.country != cc, _hint_miss(hint, p.type), tier,
                    p.country not in FOCUS_COUNTRIES, -group_pop[p.country], p.country or "",
                    _TYPE_RANK.get(p.type, len(_TYPE_RANK)), -p.population, p.key)

        return [p for _, p in sorted(cands.values(), key=rank)]

    def _core_matches(self, core: str, text: str, found: dict[str, tuple[int, Place]]
                      ) -> dict[str, tuple[int, Place]]:
        """Exact matches of `core` (the text without qualifiers), if it differs from `text`;
        when there are none, its key matches join `found` (in place)."""
        if not core or core == text:
            return {}
        core_found = self._match(core)
        cands = {k: v for k, v in core_found.items() if v[0] <= 1}
        if not cands:
            for key, (tier, p) in core_found.items():
                if key not in found or found[key][0] > tier:
                    found[key] = (tier, p)
        return cands


def _hint_miss(hint: str | None, typ: str) -> bool:
    """Does a place of type `typ` miss the kind a qualifier asks for ("province": an area)?"""
    if hint == "area":
        return typ not in _AREA_TYPES
    if hint == "settlement":
        return typ not in _SETTLEMENT_TYPES
    return False


def parse_gazetteer_tsv(text: str, source: str = DATA_FILE) -> tuple[list[Place], dict[str, list[str]]]:
    """Parse the shipped TSV (header line of :data:`TSV_COLUMNS`, ``|``-joined lists) into
    places and their precomputed index keys. Raises GazetteerError naming ``source`` and the
    line on a malformed row. Cost: O(size of text)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r").split("\t") != list(TSV_COLUMNS):
        raise GazetteerError(f"{source}: header is not {' '.join(TSV_COLUMNS)}")
    places: list[Place] = []
    keys: dict[str, list[str]] = {}
    for lineno, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        f = line.split("\t")
        if len(f) != len(TSV_COLUMNS):
            raise GazetteerError(f"{source}:{lineno}: expected {len(TSV_COLUMNS)} fields, got {len(f)}")
        try:
            lat = float(f[3]) if f[3] else None
            lon = float(f[4]) if f[4] else None
            pop = int(f[7]) if f[7] else 0
        except ValueError as exc:
            raise GazetteerError(f"{source}:{lineno}: bad number ({exc})") from None
        places.append(Place(f[0], f[1], f[2], lat, lon, f[5] or None, f[6] or None,
                            tuple(f[8].split("|")) if f[8] else (), pop))
        keys[f[0]] = f[9].split("|") if f[9] else []
    return places, keys


def parse_curated(text: str, source: str = CURATED_FILE) -> tuple[list[Place], list[dict]]:
    """Parse the curated YAML: entries with ``key`` define a place (key, name, type, lat, lon,
    country, admin1, aliases); entries with ``extend`` add ``aliases`` to, remove
    ``drop_aliases`` from, and may override name/type/lat/lon of a place defined elsewhere.
    Returns (new places, extensions). Raises GazetteerError naming ``source`` on a malformed entry."""
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{source}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, list):
        raise GazetteerError(f"{source}: expected a list of places")
    places: list[Place] = []
    extensions: list[dict] = []
    for i, e in enumerate(data):
        if _curated_extension(e, i, source):
            extensions.append(e)
        else:
            places.append(_curated_place(e, i, source))
    return places, extensions


def _curated_extension(e: object, i: int, source: str) -> bool:
    """Is curated entry `e` (the `i`-th, 0-based) an extension? Raises GazetteerError on a
    malformed entry."""
    if not isinstance(e, dict):
        raise GazetteerError(f"{source}: entry {i + 1} is not a mapping")
    aliases = e.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise GazetteerError(f"{source}: entry {i + 1}: aliases must be a list of strings")
    return "extend" in e


def _curated_place(e: dict, i: int, source: str) -> Place:
    """The place curated entry `e` defines. Raises GazetteerError on a malformed entry."""
    key, name, typ = e.get("key"), e.get("name"), e.get("type")
    if not (isinstance(key, str) and key.startswith("place:") and isinstance(name, str)):
        raise GazetteerError(f"{source}: entry {i + 1} needs key 'place:...' and name")
    if typ not in PLACE_TYPES:
        raise GazetteerError(f"{source}: {key}: type {typ!r} is not one of {', '.join(PLACE_TYPES)}")
    lat, lon = e.get("lat"), e.get("lon")
    aliases = e.get("aliases") or []
    return Place(key, name, typ, float(lat) if lat is not None else None,
                 float(lon) if lon is not None else None, e.get("country"), e.get("admin1"),
                 tuple(dict.fromkeys(a for a in aliases if a != name)), int(e.get("population") or 0))


def build_gazetteer(tsv_text: str, curated_text: str = "") -> Gazetteer:
    """A Gazetteer from the TSV and curated YAML texts (curated extensions applied).
    Raises GazetteerError on bad data or an extension of an unknown key. Cost: O(size)."""
    places, keys = parse_gazetteer_tsv(tsv_text)
    extra, extensions = parse_curated(curated_text) if curated_text else ([], [])
    by_key: dict[str, Place] = {}
    for p in places:
        if p.key in by_key:
            raise GazetteerError(f"{DATA_FILE}: duplicate place key {p.key}")
        by_key[p.key] = p
    for p in extra:
        if p.key in by_key:
            raise GazetteerError(f"{CURATED_FILE}: {p.key} already exists (use 'extend:')")
        by_key[p.key] = p
    for e in extensions:
        target = by_key.get(e["extend"])
        if target is None:
            raise GazetteerError(f"{CURATED_FILE}: extend: unknown place {e['extend']}")
        by_key[target.key] = _extended(target, e)
        keys.pop(target.key, None)  # its names changed: recompute its keys
    return Gazetteer(list(by_key.values()), keys)


def _extended(target: Place, e: dict) -> Place:
    """`target` with curated extension `e` applied. Raises GazetteerError on a bad type."""
    name = e.get("name", target.name)
    # A renamed place keeps its old name as an alias unless told to drop it.
    old = (target.name,) if name != target.name else ()
    drop = {fold(a) for a in e.get("drop_aliases") or []}
    new_aliases = tuple(a for a in dict.fromkeys((*old, *target.aliases, *(e.get("aliases") or [])))
                        if fold(a) not in drop)
    updated = Place(
        target.key, name, e.get("type", target.type),
        float(e["lat"]) if e.get("lat") is not None else target.lat,
        float(e["lon"]) if e.get("lon") is not None else target.lon,
        target.country, target.admin1, tuple(a for a in new_aliases if a != name), target.population,
    )
    if updated.type not in PLACE_TYPES:
        raise GazetteerError(f"{CURATED_FILE}: {target.key}: bad type {updated.type!r}")
    return updated


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (GeoNames places + curated places), loaded once per process.

    Raises GazetteerError if the data file is missing or malformed. Cost: ~0.2-0.4 s and
    ~60 MB the first time, then free.
    """
    path = _data_path(DATA_FILE)
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            tsv = fh.read()
    except OSError as exc:
        raise GazetteerError(f"{path.name}: cannot read gazetteer data ({exc.strerror or exc})") from None
    curated_path = _data_path(CURATED_FILE)
    curated = curated_path.read_text(encoding="utf-8") if curated_path.is_file() else ""
    return build_gazetteer(tsv, curated)
