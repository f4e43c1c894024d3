"""The shipped actor dictionaries: every file loads, keys and aliases are consistent."""

import re
from collections import defaultdict

import pytest

from sitgraph.loaders.extract.actors import ACTOR_DIR, ACTOR_TYPES, SEP, _is_acronym, load_actors, parse_actors

# The files this suite vouches for; others in the folder are checked only for clashes with them.
OWN_FILES = [
    "global", "libya", "yemen", "ukraine", "sudan", "iraq", "gaza", "afghanistan", "sahel", "somalia",
    "myanmar", "drc", "ethiopia", "lebanon",
]
# Keys defined in more than one file on purpose: the loader merges their aliases.
SHARED_KEYS = {"russia", "turkey", "iran", "israel", "united-states", "islamic-state", "hezbollah", "russian-pmc",
               "rt", "sputnik", "tass"}
KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")


def read(name):
    path = ACTOR_DIR / f"{name}.yaml"
    return parse_actors(path.read_text(encoding="utf-8"), str(path))


@pytest.fixture(scope="module")
def own():
    return {name: read(name) for name in OWN_FILES}


@pytest.fixture(scope="module")
def everything():
    return {p.stem: parse_actors(p.read_text(encoding="utf-8"), str(p)) for p in sorted(ACTOR_DIR.glob("*.yaml"))}


def form_key(form: str) -> str:
    """How the loader tells forms apart: acronyms as written, others case-folded."""
    norm = re.sub(SEP, " ", form).strip()
    return norm if _is_acronym(form) else norm.lower()


@pytest.mark.parametrize("name", OWN_FILES)
def test_file_loads_with_valid_entries(name):
    entries = read(name)
    assert len(entries) >= 5, f"{name}.yaml has too few entries"
    for e in entries:
        assert KEY_RE.match(e.key), e.key
        assert e.type in ACTOR_TYPES, (e.key, e.type)
        assert e.country is None or ISO2_RE.match(e.country), (e.key, e.country)
        assert e.aliases, f"{e.key} has no aliases"
        assert len(set(map(form_key, e.aliases))) == len(e.aliases), f"{e.key} repeats an alias"


def test_keys_unique_across_files(everything):
    where = defaultdict(list)
    for name, entries in everything.items():
        for e in entries:
            where[e.key].append(name)
    for key, files in where.items():
        if key in SHARED_KEYS:
            continue
        own_files = [f for f in files if f in OWN_FILES]
        assert len(files) == 1 or not own_files, f"{key} defined in {files}"


def test_shared_keys_agree_on_type_and_country(everything):
    seen = {}
    for entries in everything.values():
        for e in entries:
            if e.key in SHARED_KEYS:
                first = seen.setdefault(e.key, e)
                assert (e.type, e.country) == (first.type, first.country), e.key


def test_part_of_points_to_existing_keys(everything):
    keys = {e.key for entries in everything.values() for e in entries}
    for name in OWN_FILES:
        for e in everything[name]:
            assert e.part_of is None or e.part_of in keys, f"{name}: {e.key} part_of {e.part_of}"
            assert e.part_of != e.key


def test_no_alias_names_two_actors(everything):
    owners = defaultdict(set)
    for name, entries in everything.items():
        for e in entries:
            for form in (e.name, *e.aliases, *e.demonyms):
                owners[form_key(form)].add((e.key, name))
    clashes = []
    for form, keyed in owners.items():
        keys = {k for k, _ in keyed}
        if len(keys) > 1 and any(f in OWN_FILES for _, f in keyed):
            clashes.append(f"{form!r}: {sorted(keyed)}")
    assert not clashes, "\n".join(clashes)


def test_no_alias_is_a_bare_common_word(own):
    # Lower-case words that ordinary prose uses in other senses must not stand alone as aliases.
    banned = {"government", "army", "forces", "military", "coalition", "junta", "regime", "police", "amnesty",
              "militia", "militias", "authorities", "state", "resistance", "opposition", "shabab"}
    for entries in own.values():
        for e in entries:
            for a in e.aliases:
                assert a.lower() not in banned, (e.key, a)


def test_somali_and_syrian_national_armies_stay_apart():
    actors = load_actors()
    found = {h.text: h.key for h in actors.find("The Somali National Army and the Syrian National Army clashed.")}
    assert found["Somali National Army"] != found["Syrian National Army"]


@pytest.mark.parametrize(
    "text, form, key",
    [
        ("Houthi rebels fired a missile at Marib.", "Houthi rebels", "houthis"),
        ("Fighting between the SAF and the RSF continued in El Fasher.", "RSF", "rsf"),
        ("Fighting between the SAF and the RSF continued in El Fasher.", "SAF", "saf"),
        ("Al-Shabaab claimed the attack in Mogadishu.", "Al-Shabaab", "al-shabaab"),
        ("The Islamic State Khorasan Province claimed the bombing.", "Islamic State Khorasan Province", "iskp"),
        ("M23 rebels advanced towards Goma.", "M23 rebels", "m23"),
        ("Haftar's Libyan National Army shelled Tripoli.", "Libyan National Army", "lna"),
        ("The Qassam Brigades fired rockets.", "Qassam Brigades", "qassam-brigades"),
        ("UNHCR said 5,000 people fled.", "UNHCR", "unhcr"),
        ("Ukrainian forces shot down 20 drones.", "Ukrainian forces", "ukraine"),
        ("Fano militiamen attacked ENDF positions.", "ENDF", "endf"),
        ("The Arakan Army seized the town.", "Arakan Army", "arakan-army"),
        ("JNIM fighters ambushed a FAMa convoy.", "FAMa", "fama"),
    ],
)
def test_dictionary_finds_actors_in_text(text, form, key):
    hits = {h.text: h.key for h in load_actors().find(text)}
    assert hits.get(form) == key, hits


def test_alias_scan_at_match_starts_finds_what_a_full_scan_finds() -> None:
    """ActorDictionary.find tries its alias alternation only where a match can start and the
    text opens with the first letters of an alias; the matches must be those of a scan of
    every position, on texts with punctuation, dotted acronyms, hyphens, overlaps, names
    inside words, case variants, accents and one-letter first words."""
    import random
    import re

    from sitgraph.loaders.extract.actors import _MATCH_STARTS
    from sitgraph.loaders.extract.alias_index import matches_at, openings

    aliases = ["Syrian Arab Army", "Syrian", "al-Shabab", "U.S.", "SDF", "Army", "Médecins Sans Frontières",
               "G 5", "Séléka"]
    for flags in (re.IGNORECASE, 0):
        pattern = re.compile(r"(?<![\w.])(?:" + "|".join(
            r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", a)) for a in aliases) + r")(?![\w])", flags)
        opened = openings([re.split(r"[\s\-]+", a)[0] for a in aliases], flags)
        words = ["Syrian", "Arab", "Army", "al-Shabab", "AL-SHABAB", "U.S.", "u.s.", "SDF", "sdf", "SDFs", "x.SDF",
                 "(SDF)", "army,", "the", "Syrians", "'Syrian'", "—Army", "Arab-Army", "U.S.-backed", "\n",
                 "MÉDECINS", "Médecins", "Sans", "Frontières", "G", "g-5", "5", "Séléka", "SÉLÉKA", "Seleka", "ſyrian"]
        rng = random.Random(5)
        for _ in range(400):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
            starts = [m.start() for m in _MATCH_STARTS.finditer(text)]
            got = [(m.start(), m.end()) for m in matches_at(pattern, opened, text, starts)]
            assert got == [(m.start(), m.end()) for m in pattern.finditer(text)], text


def test_alias_openings_skip_only_what_no_alias_opens() -> None:
    import re

    from sitgraph.loaders.extract.alias_index import may_start, openings

    opened = openings(["Syrian", "G", "Médecins", "al", "ſyr"], re.IGNORECASE)
    assert opened.prefixes == {"syri", "g", "al", "syr"} and opened.lengths == (1, 2, 3, 4)
    assert [may_start(opened, t, 0) for t in ("SYRIA", "Gx", "gaza", "the", "Mé", "é", "a", "syrup", "Alep")] == [
        True, True, True, False, True, True, False, True, True]
    assert openings(["Syrian"], 0).prefixes == {"Syri"}
    assert not may_start(openings(["Syrian"], 0), "syrian", 0)
