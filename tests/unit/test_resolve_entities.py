"""Resolution: stable ids across reports from aliases, transliterations, gazetteer, fuzzy."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Entity, Extraction, Mention, Relation, Report
from sitgraph.loaders.resolve import (
    ResolveError,
    Resolver,
    build_actor_dictionary,
    match_key,
    parse_aliases_csv,
    parse_aliases_yaml,
    place_key,
)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver.default()


def ent(kind: str, name: str, *forms: str, key: str | None = None, lat=None, lon=None, type=None) -> Entity:
    ms = tuple(Mention("report:x", f, 0, len(f)) for f in (forms or (name,)))
    return Entity("e1", kind, name, type=type, mentions=ms, key=key, lat=lat, lon=lon)


def test_match_key_folds_case_accents_apostrophes_and_articles() -> None:
    assert match_key("Hay'at Tahrir al-Sham") == "hayat tahrir al sham"
    assert match_key("The White Helmets") == "white helmets"
    assert match_key("Ma\u2018arrat an-Nu\u2018m\u0101n") == "maarrat an numan"


def test_place_key_agrees_across_transliterations() -> None:
    assert len({place_key(n) for n in ("Kafranbel", "Kafr Nabl", "Kafrnabel", "Kafr Nubl")}) == 1
    assert place_key("Kafranbel") != place_key("Kafr Takharim")


def test_actor_aliases_and_demonym_forms_resolve_to_the_dictionary_id(resolver: Resolver) -> None:
    names = ["Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham (HTS)",
             "Jabhat al-Nusra"]
    ids = {resolver.resolve(ent("Actor", n)).id for n in names}
    assert ids == {"actor:hts"}
    r = resolver.resolve(ent("Actor", "Russia", "Russia", "Russian warplanes", "Moscow"))
    assert (r.id, r.name, r.type) == ("actor:russia", "Russia", "state")
    assert {"Russian warplanes", "Moscow"} <= set(r.aliases)


def test_fuzzy_match_only_above_threshold(resolver: Resolver) -> None:
    # A misspelling of a dictionary alias resolves; a different name does not.
    assert resolver.resolve(ent("Actor", "Hayat Tahrir al-Shamm")).id == "actor:hts"
    other = resolver.resolve(ent("Actor", "Ahmad Sheykho"))
    assert other.id == "actor:ahmad-sheykho" and not other.canonical


def test_acronyms_match_case_sensitively() -> None:
    d = build_actor_dictionary([{"key": "is", "name": "Islamic State", "aliases": ["IS", "Islamic State"]}])
    r = Resolver(d)
    assert r.resolve(ent("Actor", "IS")).id == "actor:is"
    assert r.resolve(ent("Actor", "is")).id == "actor:is"  # fallback slug, not the dictionary
    assert not r.resolve(ent("Actor", "is")).canonical


def test_places_resolve_through_the_gazetteer(resolver: Resolver) -> None:
    a = resolver.resolve(ent("Place", "Kafr Nabl"))
    b = resolver.resolve(ent("Place", "Kafranbel"))
    assert a.id == b.id and a.id.startswith("place:") and a.lat is not None
    idlib = {resolver.resolve(ent("Place", n)).id for n in ("Idlib", "Idleb", "Idlib Governorate")}
    assert len(idlib) == 1


def test_similar_places_stay_two(resolver: Resolver) -> None:
    # Two real towns whose names differ by a little: never merged.
    assert resolver.resolve(ent("Place", "Kafranbel")).id != resolver.resolve(ent("Place", "Kafr Takharim")).id
    # Two places of one name far apart: the entity's own coordinates keep them apart.
    here = resolver.resolve(ent("Place", "Kafranbel", lat=35.61, lon=36.56))
    far = resolver.resolve(ent("Place", "Kafranbel", lat=33.0, lon=44.0))
    assert here.id != far.id


def test_unknown_places_fall_back_to_a_transliteration_tolerant_key(resolver: Resolver) -> None:
    a = resolver.resolve(ent("Place", "Zzyqarbuneh"))
    b = resolver.resolve(ent("Place", "Zzyqarbouna"))
    assert a.id == b.id and not a.canonical


def test_facilities_named_by_town_agree_across_spellings(resolver: Resolver) -> None:
    ids = {resolver.resolve(ent("Facility", n, type="medical")).id
           for n in ("Kafranbel hospital", "Kafr Nabl hospital", "Kafranbel Surgical Hospital",
                     "medical facility in Kafranbel")}
    assert len(ids) == 1
    assert resolver.resolve(ent("Facility", "Al-Hayat Hospital")).id != resolver.resolve(
        ent("Facility", "Alwaleed Hospital")).id


def _report_with_generic_hospital(town: str) -> Extraction:
    text = f"Warplanes struck the hospital in {town}."
    rep = Report.from_text(text)
    hosp = Entity("e1", "Facility", "the hospital", type="medical")
    place = Entity("e2", "Place", town, type="town")
    return Extraction(rep, (hosp, place), (), (Relation("LOCATED_IN", "e1", "e2"),))


def test_generic_facilities_are_qualified_by_their_town_or_report(resolver: Resolver) -> None:
    x1, x2 = _report_with_generic_hospital("Kafranbel"), _report_with_generic_hospital("Saraqib")
    a = resolver.resolve(x1.entities[0], x1)
    b = resolver.resolve(x2.entities[0], x2)
    assert a.id != b.id
    # Same town, another report: the same node.
    x3 = _report_with_generic_hospital("Kafr Nabl")
    assert resolver.resolve(x3.entities[0], x3).id == a.id
    # No place known: one node per report.
    lone = Extraction(Report.from_text("the hospital was hit"), (Entity("e1", "Facility", "the hospital"),))
    lone2 = Extraction(Report.from_text("the hospital was hit again"), (Entity("e1", "Facility", "the hospital"),))
    assert resolver.resolve(lone.entities[0], lone).id != resolver.resolve(lone2.entities[0], lone2).id


def test_user_aliases_add_and_override() -> None:
    rows = parse_aliases_csv("alias,id\nAbu Ahmad group,actor:hts\nthe Kremlin,actor:russia-presidency\n")
    yml = parse_aliases_yaml("- name: Tiger Forces\n  kind: actor\n  aliases: [Qawat al-Nimr, Tigers]\n")
    r = Resolver(build_actor_dictionary([
        {"key": "hts", "name": "Hayat Tahrir al-Sham", "aliases": ["HTS"]},
        {"key": "russia", "name": "Russia", "aliases": ["Kremlin", "the Kremlin"]},
    ]), user_aliases=tuple(rows + yml))
    assert r.resolve(ent("Actor", "Abu Ahmad group")).id == "actor:hts"
    assert r.resolve(ent("Actor", "Abu Ahmad group")).name == "Hayat Tahrir al-Sham"
    assert r.resolve(ent("Actor", "the Kremlin")).id == "actor:russia-presidency"  # overrides
    assert r.resolve(ent("Actor", "Qawat al-Nimr")).id == "actor:tiger-forces"
    assert r.resolve(ent("Actor", "Tiger Forces")).id == "actor:tiger-forces"


def test_bad_alias_files_raise_one_line_errors(tmp_path) -> None:
    with pytest.raises(ResolveError, match="line 2"):
        parse_aliases_csv("alias,id\nonly-an-alias,\n", "a.csv")
    with pytest.raises(ResolveError, match="kind"):
        parse_aliases_yaml("- name: X\n  aliases: [Y]\n", "a.yaml")
    bad = tmp_path / "a.txt"
    bad.write_text("x")
    from sitgraph.loaders.resolve import read_aliases

    with pytest.raises(ResolveError, match=r"\.csv or \.yaml"):
        read_aliases(bad)


def test_resolution_does_not_depend_on_order(resolver: Resolver) -> None:
    names = [("Actor", "Syrian regime"), ("Actor", "Unknown Brigade"), ("Place", "Kafr Nabl"),
             ("Facility", "Hass hospital"), ("Place", "Zzyqarbuneh")]
    first = [resolver.resolve(ent(k, n)).id for k, n in names]
    fresh = Resolver.default()
    second = [fresh.resolve(ent(k, n)).id for k, n in reversed(names)][::-1]
    assert first == second
