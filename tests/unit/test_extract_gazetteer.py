"""The place gazetteer: name keys, qualifiers, lookups of real spellings, data consistency."""

import gzip
import random
import socket

import pytest

from sitgraph.loaders.extract.gazetteer import (
    DATA_FILE,
    GazetteerError,
    Place,
    _data_path,
    build_gazetteer,
    consonant_key,
    is_common_word,
    load_gazetteer,
    name_key,
    parse_curated,
    parse_gazetteer_tsv,
    place_keys,
    strip_qualifiers,
)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def first(gaz, name, country=None):
    hits = gaz.lookup(name, country)
    assert hits, f"no place for {name!r}"
    return hits[0]


# --- name keys --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Idlib", "Idleb"),
        ("Khmeimim", "Hmeymim"),
        ("Maarat al-Numan", "Ma`arrat an Nu`man"),
        ("Maarat al-Numan", "Ma‘arrat an Nu‘mān"),
        ("Deir ez-Zor", "Dayr az Zawr"),
        ("Hodeidah", "Al Hudaydah"),
        ("Kharkiv", "Kharkov"),
        ("El Fasher", "Al Fashir"),
        ("Raqqa", "Ar-Raqqah"),
        ("Ras al-Ain", "Ra's al 'Ayn"),
    ],
)
def test_name_key_equates_transliterations(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [("Hama", "Khmeimim"), ("Homs", "Hama"), ("Aleppo", "Idlib"), ("Sanaa", "Aden")])
def test_name_key_keeps_different_names_apart(a, b):
    assert name_key(a) != name_key(b)


def test_consonant_key_joins_split_and_vowelled_forms():
    keys = {consonant_key(name_key(n)) for n in ["Kafranbel", "Kafr Nabl", "Kafr Nubl", "Kafrnabel"]}
    assert keys == {"kfrnbl"}


def test_name_key_keeps_a_lone_article_and_empties_punctuation():
    assert name_key("As") != ""
    assert name_key("--") == ""


@pytest.mark.parametrize(
    "text, core, hint",
    [
        ("Idlib Province", "Idlib", "area"),
        ("northern Hama Province", "Hama", "area"),
        ("north-western Hama", "Hama", "area"),
        ("the town of Kafranbel", "Kafranbel", "settlement"),
        ("Idlib city", "Idlib", "settlement"),
        ("Aleppo's", "Aleppo", None),
        ("Mosul", "Mosul", None),
    ],
)
def test_strip_qualifiers(text, core, hint):
    assert strip_qualifiers(text) == (core, hint)


# --- lookups in the shipped data ---------------------------------------------------------


@pytest.mark.parametrize(
    "variants, country, type_",
    [
        (["Kafranbel", "Kafr Nabl", "Kafr Nubl", "Kafrnabel"], "SY", "town"),
        (["Maarat al-Numan", "Ma`arrat an Nu`man", "Maarrat al-Nu'man"], "SY", "town"),
        (["Kharkiv", "Kharkov", "Charkiw"], "UA", "city"),
        (["El Fasher", "Al Fashir"], "SD", "city"),
        (["Mosul", "Al Mawsil"], "IQ", "city"),
        (["Misrata", "Misurata", "Misratah"], "LY", "city"),
        (["Bakhmut", "Artemivsk"], "UA", "town"),
    ],
)
def test_variant_spellings_find_one_town(gaz, variants, country, type_):
    keys = set()
    for v in variants:
        hits = [p for p in gaz.lookup(v) if p.type == type_ and p.country == country]
        assert hits, f"{v!r} found no {type_} in {country}"
        keys.add(hits[0].key)
    assert len(keys) == 1, f"{variants} resolve to several places: {keys}"


def test_bare_province_name_gives_province_then_city(gaz):
    hits = gaz.lookup("Idlib")
    assert [p.type for p in hits[:2]] == ["province", "city"]
    assert hits[0].key == "place:sy:idlib"
    assert hits[1].key == "place:geonames:169389"


@pytest.mark.parametrize(
    "text, key",
    [
        ("Idlib Province", "place:sy:idlib"),
        ("Idleb Governorate", "place:sy:idlib"),
        ("northern Hama", "place:sy:hama"),
        ("northwestern Hama Province", "place:sy:hama"),
        ("Dayr az Zawr Governorate", "place:sy:deir-ez-zor"),
        ("Hodeidah", "place:ye:al-hudaydah"),
        ("North Darfur", "place:sd:northern-darfur"),
        ("Kyiv region", "place:ua:kiev"),
    ],
)
def test_qualified_names_resolve_to_the_division(gaz, text, key):
    assert first(gaz, text).key == key


def test_city_qualifier_prefers_the_city(gaz):
    assert first(gaz, "Idlib city").key == "place:geonames:169389"
    assert first(gaz, "the city of Aleppo").type == "city"


def test_country_argument_ranks_places_there_first(gaz):
    assert first(gaz, "Tripoli").country == "LY"
    assert first(gaz, "Tripoli", "LB").country == "LB"
    assert first(gaz, "Tripoli", "lb").country == "LB"


def test_provinces_have_coordinates_inside_their_country(gaz):
    idlib, hama = gaz.get("place:sy:idlib"), gaz.get("place:sy:hama")
    assert 35.0 < idlib.lat < 36.5 and 36.0 < idlib.lon < 37.2
    assert idlib.lat > hama.lat  # Idlib lies north of Hama
    assert gaz.get("place:sy").lat == pytest.approx(33.5, abs=0.2)  # Syria sits at Damascus


def test_similar_names_stay_distinct_places(gaz):
    # Two towns, both called Kafr ..., in the same governorate; and Hama vs Khmeimim.
    a, b = first(gaz, "Kafr Takharim", "SY"), first(gaz, "Kafranbel", "SY")
    assert a.key != b.key and a.admin1 == b.admin1 == "Idlib"
    assert first(gaz, "Khmeimim").key != first(gaz, "Hama").key
    assert first(gaz, "Khmeimim").type == "landmark"


def test_curated_regions_and_landmarks(gaz):
    assert first(gaz, "northwest Syria").key == "place:sy:northwest-syria"
    assert first(gaz, "northwestern Syria").key == "place:sy:northwest-syria"
    assert first(gaz, "Hmeimim airbase").key == "place:sy:khmeimim-air-base"
    assert first(gaz, "West Bank").type == "region"
    assert first(gaz, "Donbass").key == "place:ua:donbas"
    assert first(gaz, "southern Lebanon").key == "place:lb:south-lebanon"


def test_unknown_and_short_fuzzy_names_find_nothing(gaz):
    assert gaz.lookup("Qwzxplk") == []
    assert gaz.lookup("") == []
    # "Hass" has no exact entry; short keys are not matched loosely across the map.
    assert gaz.lookup("Hass", "SY") == []


def test_fuzzy_hits_are_confined_to_the_given_country(gaz):
    hits = gaz.lookup("Kafranbill", "SY")
    assert hits and all(p.country == "SY" for p in hits)


def test_common_words_are_flagged():
    for word in ["Hit", "bar", "Most", "Salt", "of"]:
        assert is_common_word(word), word
    for name in ["Idlib", "Mosul", "Kafranbel"]:
        assert not is_common_word(name), name


def test_every_key_is_stable_and_unique(gaz):
    keys = [p.key for p in gaz]
    assert len(keys) == len(set(keys)) > 15000
    assert all(k.startswith("place:") for k in keys)
    assert {p.type for p in gaz} <= {"country", "province", "district", "region", "city", "town", "village",
                                     "landmark"}


def test_shipped_keys_match_current_name_key():
    # The TSV stores precomputed keys; a changed name_key needs tools/build_gazetteer.py rerun.
    with gzip.open(_data_path(DATA_FILE), "rt", encoding="utf-8") as fh:
        places, keys = parse_gazetteer_tsv(fh.read())
    rng = random.Random(7)
    for p in rng.sample(places, 300):
        assert keys[p.key] == place_keys((p.name, *p.aliases)), p.key


def test_lookup_needs_no_network(gaz, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "socket", refuse)
    load_gazetteer.cache_clear()
    try:
        assert first(load_gazetteer(), "Idlib").key == "place:sy:idlib"
    finally:
        load_gazetteer.cache_clear()


# --- parsing, from strings ---------------------------------------------------------------

TSV = (
    "key\tname\ttype\tlat\tlon\tcountry\tadmin1\tpopulation\taliases\tkeys\n"
    "place:xx:one\tOne Town\ttown\t1.5\t2.5\tXX\tNorth\t1200\tWan Town|Oneville\t\n"
    "place:xx\tExampleland\tcountry\t\t\tXX\t\t0\t\t\n"
)


def test_parse_tsv_and_build():
    places, keys = parse_gazetteer_tsv(TSV)
    assert places[0] == Place("place:xx:one", "One Town", "town", 1.5, 2.5, "XX", "North",
                              ("Wan Town", "Oneville"), 1200)
    assert places[1].lat is None and places[1].aliases == ()
    g = build_gazetteer(TSV)
    assert g.lookup("Oneville")[0].key == "place:xx:one"
    assert g.lookup("one town")[0].key == "place:xx:one"


def test_curated_extend_and_define():
    curated = """
- key: place:xx:hill-9
  name: Hill 9
  type: landmark
  country: XX
  lat: 1.0
  lon: 2.0
  aliases: [Tal Nine]
- extend: place:xx:one
  name: Onetown
  aliases: [Uno]
  drop_aliases: [Wan Town]
"""
    g = build_gazetteer(TSV, curated)
    assert g.lookup("Tal Nine")[0].key == "place:xx:hill-9"
    one = g.get("place:xx:one")
    assert one.name == "Onetown" and "One Town" in one.aliases and "Wan Town" not in one.aliases
    assert g.lookup("Uno")[0].key == "place:xx:one"
    assert g.lookup("Wan Town") == []


@pytest.mark.parametrize(
    "tsv, message",
    [
        ("key\tname\n", "header"),
        (TSV + "place:xx:bad\tBad\ttown\n", "expected 10 fields"),
        (TSV + "place:xx:bad\tBad\ttown\tnorth\t1\tXX\t\t0\t\t\n", "bad number"),
        (TSV + TSV.split("\n")[1] + "\n", "duplicate place key"),
    ],
)
def test_bad_tsv_raises(tsv, message):
    with pytest.raises(GazetteerError, match=message):
        build_gazetteer(tsv)


@pytest.mark.parametrize(
    "curated, message",
    [
        ("- key: place:xx:a\n  name: A\n  type: hamletish\n", "type"),
        ("- extend: place:xx:nowhere\n  aliases: [B]\n", "unknown place"),
        ("- key: nokey\n  name: A\n  type: town\n", "needs key"),
        ("[unclosed", "not valid YAML"),
        ("- key: place:xx:a\n  name: A\n  type: town\n  aliases: Bee\n", "aliases"),
    ],
)
def test_bad_curated_raises(curated, message):
    with pytest.raises(GazetteerError, match=message):
        build_gazetteer(TSV, curated)


def test_parse_curated_separates_extensions():
    places, ext = parse_curated("- extend: place:xx\n  aliases: [Exland]\n")
    assert places == [] and ext[0]["extend"] == "place:xx"


def test_curated_places_lie_inside_their_country(gaz):
    # Catches swapped or mistyped coordinates in places_curated.yaml: a place must lie in
    # the box spanned by the GeoNames towns of its country (plus half a degree).
    curated, _ = parse_curated(_data_path("places_curated.yaml").read_text(encoding="utf-8"))
    assert len(curated) > 50
    boxes = {}
    for p in gaz:
        if p.key.startswith("place:geonames:") and p.lat is not None:
            b = boxes.setdefault(p.country, [p.lat, p.lat, p.lon, p.lon])
            b[:] = [min(b[0], p.lat), max(b[1], p.lat), min(b[2], p.lon), max(b[3], p.lon)]
    for p in curated:
        assert p.lat is None or (-90 <= p.lat <= 90 and -180 <= p.lon <= 180), p.key
        if p.country and p.lat is not None:
            s, n, w, e = boxes[p.country]
            assert s - 0.5 <= p.lat <= n + 0.5 and w - 0.5 <= p.lon <= e + 0.5, p.key
        assert p.key in {q.key for q in gaz.lookup(p.name)}, p.key


def test_sea_before_divisions_named_after_it(gaz):
    assert first(gaz, "Red Sea").key == "place:red-sea"
    assert first(gaz, "Red Sea State").key == "place:sd:red-sea"
