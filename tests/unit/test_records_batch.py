"""Extraction -> graph records: nodes, roles, derived edges, provenance, schema fit."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Entity, Event, Extraction, Mention, Relation, Report
from sitgraph.graph.schema import check_batch
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.loaders.records import event_id, extraction_to_batch
from sitgraph.loaders.resolve import Resolver

TEXT = ("Russian warplanes struck the Kafranbel medical facility on Sunday, killing two civilians "
        "and wounding five. The White Helmets said Russia and the Syrian regime were behind it.")
SENT_END = TEXT.index(".") + 1


def _m(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention("r", word, start, start + len(word))


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver.default()


def sample_extraction(text: str = TEXT) -> Extraction:
    rep = Report.from_text(text, title="Daily", published="2019-05-07", source="EA")
    sent = text[: text.index(".") + 1]
    ents = (
        Entity("e1", "Actor", "Russia", "state", (_m(text, "Russian warplanes"), _m(text, "Russia and"))),
        Entity("e2", "Facility", "Kafranbel medical facility", "medical", (_m(text, "Kafranbel medical facility"),)),
        Entity("e3", "Actor", "civilians", "civilians", (_m(text, "civilians"),)),
        Entity("e4", "Actor", "White Helmets", "organization", (_m(text, "White Helmets"),)),
        Entity("e5", "Actor", "Syrian regime", "state_forces", (_m(text, "Syrian regime"),)),
        Entity("e6", "Place", "Kafranbel", "town", (_m(text, "Kafranbel"),)),
        # A place misread as a perpetrator must not become a PERPETRATED edge.
        Entity("e7", "Place", "Idlib", "province", ()),
    )
    ev = Event("v1", "Attack", "airstrike", actors=("e1", "e5", "e7"), targets=("e2", "e3"), places=("e6",),
               date="2019-05-05", date_precision="day", killed=2, wounded=5, claimed_by=("e4",),
               evidence=Mention(rep.id, sent, 0, len(sent)), confidence=0.8)
    rels = (Relation("LOCATED_IN", "e2", "e6"), Relation("ALLIED_WITH", "e5", "e1"),
            Relation("OPERATED_BY", "e1", "e2"))  # wrong ends: dropped
    return Extraction(rep, ents, (ev,), rels)


def edges(batch, rel_type):
    return [e for e in batch.edges if e.type == rel_type]


def test_batch_fits_the_schema_and_has_every_part(resolver: Resolver) -> None:
    x = sample_extraction()
    b = extraction_to_batch(x, resolver)
    check_batch(b)
    ids = {n.id for n in b.nodes}
    assert x.report.id in ids and "actor:russia" in ids and "actor:syrian-government" in ids
    ev = next(n for n in b.nodes if n.label == "Event")
    p = ev.properties
    assert p["kind"] == "Attack" and p["date"] == "2019-05-05" and p["killed"] == 2 and p["report_id"] == x.report.id
    assert p["geo_precision"] == "town"
    assert {(e.source, e.target) for e in edges(b, "PERPETRATED")} == {
        ("actor:russia", ev.id), ("actor:syrian-government", ev.id)}
    fac = next(n.id for n in b.nodes if n.label == "Facility")
    attacked = {(e.source, e.target): e.properties for e in edges(b, "ATTACKED")}
    assert attacked[("actor:russia", fac)] == {"event_id": ev.id, "date": "2019-05-05", "type": "airstrike"}
    assert all(e.key == ev.id for e in edges(b, "ATTACKED"))
    killed = {(e.source, e.target): e.properties["count"] for e in edges(b, "KILLED")}
    assert killed == {("actor:russia", "actor:civilians"): 2, ("actor:syrian-government", "actor:civilians"): 2}
    assert {e.properties["count"] for e in edges(b, "WOUNDED")} == {5}
    assert [e.source for e in edges(b, "CLAIMED")] == ["actor:white-helmets"]
    rep = edges(b, "REPORTS")[0].properties
    assert rep["evidence"].startswith("Russian warplanes struck") and (rep["start"], rep["end"]) == (0, SENT_END)
    mentions = {e.target: e.properties for e in edges(b, "MENTIONS")}
    assert mentions["actor:russia"] == {"forms": ["Russia and", "Russian warplanes"], "count": 2,
                                        "aliases": ["Russia", "Russia and", "Russian warplanes"]}
    assert [e.type for e in b.edges if e.type in ("LOCATED_IN", "ALLIED_WITH", "OPERATED_BY")] == [
        "ALLIED_WITH", "LOCATED_IN"]
    ally = edges(b, "ALLIED_WITH")[0]
    assert ally.source < ally.target  # canonical direction for a symmetric relation


def test_batch_is_deterministic_and_event_ids_stable(resolver: Resolver) -> None:
    x = sample_extraction()
    assert extraction_to_batch(x, resolver) == extraction_to_batch(x, Resolver.default())
    ev = next(n for n in extraction_to_batch(x, resolver).nodes if n.label == "Event")
    assert ev.id == event_id(x.report.id, 0, SENT_END, "Attack")


def test_two_events_in_one_sentence_get_two_ids(resolver: Resolver) -> None:
    x = sample_extraction()
    ev = x.events[0]
    twin = Event("v2", "Attack", "shelling", actors=("e5",), targets=("e2",), evidence=ev.evidence)
    b = extraction_to_batch(Extraction(x.report, x.entities, (ev, twin), ()), resolver)
    assert len([n for n in b.nodes if n.label == "Event"]) == 2


def test_entities_resolving_to_one_node_merge_their_mentions(resolver: Resolver) -> None:
    text = "Kafr Nabl and Kafranbel are one town."
    rep = Report.from_text(text)
    ents = (Entity("e1", "Place", "Kafr Nabl", mentions=(_m(text, "Kafr Nabl"),)),
            Entity("e2", "Place", "Kafranbel", mentions=(_m(text, "Kafranbel"),)))
    b = extraction_to_batch(Extraction(rep, ents), resolver)
    places = [n for n in b.nodes if n.label == "Place"]
    assert len(places) == 1
    assert {"Kafr Nabl", "Kafranbel"} <= set(places[0].properties["aliases"])
    assert edges(b, "MENTIONS")[0].properties["count"] == 2


def test_batch_writes_and_rewrites_without_change(tmp_path, resolver: Resolver) -> None:
    b = extraction_to_batch(sample_extraction(), resolver)
    with SqliteStore(tmp_path / "g.db").open() as store:
        store.write(b)
        first = (list(store.iter_nodes()), list(store.iter_edges()))
        store.write(b)
        assert (list(store.iter_nodes()), list(store.iter_edges())) == first
        assert store.report_ids() == {sample_extraction().report.id}


def test_one_actor_under_five_names_across_reports_is_one_node(tmp_path, resolver: Resolver) -> None:
    names = ["Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham", "Tahrir al-Sham", "Hayat Tahrir al-Shamm"]
    towns = ["Kafr Nabl", "Kafranbel", "Kafr Takharim", "Kafranbel", "Kafr Nubl"]
    with SqliteStore(tmp_path / "g.db").open() as store:
        for name, town in zip(names, towns, strict=True):
            text = f"{name} fighters shelled {town} on Monday."
            rep = Report.from_text(text, published="2019-05-07")
            ents = (Entity("e1", "Actor", name, mentions=(_m(text, name),)),
                    Entity("e2", "Place", town, "town", mentions=(_m(text, town),)))
            ev = Event("v1", "Attack", "shelling", actors=("e1",), targets=("e2",), places=("e2",),
                       date="2019-05-06", evidence=Mention(rep.id, text, 0, len(text)))
            store.write(extraction_to_batch(Extraction(rep, ents, (ev,)), resolver))
        actors = list(store.iter_nodes(("Actor",)))
        places = list(store.iter_nodes(("Place",)))
    assert [a["id"] for a in actors] == ["actor:hts"]
    assert set(names) <= set(actors[0]["aliases"])
    # Kafranbel under four spellings is one place; Kafr Takharim, a similar name, another.
    assert len(places) == 2
    big = max(places, key=lambda p: len(p["aliases"]))
    assert {"Kafr Nabl", "Kafranbel", "Kafr Nubl"} <= set(big["aliases"])


def test_attribution_roles_and_breakdowns_become_graph_records(resolver) -> None:
    from dataclasses import replace

    from sitgraph.graph.model import Attribution

    x = sample_extraction()
    ev = x.events[0]
    contested = replace(ev, actors=("e1",), attribution=(
        Attribution("e1", "accused", "e4", "s"), Attribution("e5", "denied", None, "s"),
        Attribution("e1", "suspected", None, "s")))
    total = replace(ev, id="v2", type="aggregate", role="aggregate", killed=9, actors=(), claimed_by=(),
                    evidence=Mention(x.report.id, "t", 200, 201))
    part = replace(ev, id="v3", parent="v2", killed=4, actors=(), evidence=Mention(x.report.id, "p", 300, 301))
    batch = extraction_to_batch(replace(x, events=(contested, total, part)), resolver)
    check_batch(batch)
    perp = edges(batch, "PERPETRATED")
    assert [(e.source, e.properties["how"], e.properties["by"]) for e in perp] == [
        ("actor:russia", "accused", resolver.resolve(x.entities[3], x).id)]
    assert [e.source for e in edges(batch, "DENIED")] == [resolver.resolve(x.entities[4], x).id]
    roles = {n.properties.get("killed"): n.properties.get("role") for n in batch.nodes if n.label == "Event"}
    assert roles == {2: None, 9: "aggregate", 4: None}
    ids = {n.properties["killed"]: n.id for n in batch.nodes if n.label == "Event"}
    assert [(e.source, e.target) for e in edges(batch, "PART_OF") if e.source_label == "Event"] == [(ids[4], ids[9])]
    # A period's toll gives no KILLED edge; the incident does.
    assert sorted(e.properties["count"] for e in edges(batch, "KILLED")) == [2]
