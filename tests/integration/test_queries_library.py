"""Every named query on a Neo4j holding a small, hand-built conflict graph.

The graph (:func:`conflict_batch`) is written for these tests: four reports from sources
that disagree, an incident two reports blame on different perpetrators, an incident two
reports agree on (SAME_INCIDENT links), a hospital hit twice, an agreement with a
violation after it (and a stray one before it), places with coordinates a few km apart,
members, parents and allies. Each test states the rows its query must return.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from typing import Any

import pytest

from sitgraph.graph.incidents import incident_id
from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.loaders.incidents import rebuild_incidents
from sitgraph.queries import bind, get_query, load_queries

pytestmark = pytest.mark.integration


# --- the graph --------------------------------------------------------------------------

REPORTS = {
    "r1": ("Syria Daily, May 7", "2019-05-07", "EA WorldView"),
    "r2": ("Terrorists shell hospital", "2019-05-06", "SANA"),
    "r3": ("Daily toll", "2019-05-11", "SOHR"),
    "r4": ("Humanitarian update", "2019-09-01", "OCHA"),
}
ACTORS = {
    "russia": ("Russia", "state", ["Moscow", "Russian"]),
    "syrian-government": ("Syrian government", "state_forces", ["regime", "Damascus"]),
    "syrian-arab-army": ("Syrian Arab Army", "state_forces", ["SAA"]),
    "hts": ("Hayat Tahrir al-Sham", "armed_group", ["HTS"]),
    "rebels": ("rebels", "armed_group", []),
    "nlf": ("National Liberation Front", "armed_group", ["NLF"]),
    "jaysh-al-izza": ("Jaysh al-Izza", "armed_group", []),
    "turkey": ("Turkey", "state", ["Ankara"]),
    "wagner": ("Wagner Group", "armed_group", ["Wagner"]),
    "civilians": ("civilians", "civilians", []),
    "white-helmets": ("White Helmets", "organization", ["Syria Civil Defence"]),
    "kupchishin": ("Viktor Kupchishin", "person", ["Kupchishin"]),
    "reconciliation-center": ("Russian Center for Reconciliation", "organization", []),
    "rt": ("RT", "media", ["Russia Today"]),
}
# id: name, type, lat, lon, admin1, parent
PLACES = {
    "syria": ("Syria", "country", 35.0, 38.5, None, None),
    "idlib": ("Idlib", "province", 35.93, 36.63, "Idlib Governorate", "syria"),
    "hama": ("Hama", "province", 35.13, 36.75, "Hama Governorate", "syria"),
    "latakia": ("Latakia", "province", 35.52, 35.79, "Latakia Governorate", "syria"),
    "kafranbel": ("Kafranbel", "town", 35.6139, 36.5611, "Idlib Governorate", "idlib"),
    "hass": ("Hass", "village", 35.585, 36.595, "Idlib Governorate", "idlib"),
    "maarat-harma": ("Maarat Harma", "village", 35.57, 36.64, "Idlib Governorate", "idlib"),
    "khan-shaykhun": ("Khan Shaykhun", "town", 35.44, 36.65, "Idlib Governorate", "idlib"),
    "kafr-zita": ("Kafr Zita", "town", 35.375, 36.6, "Hama Governorate", "hama"),
    "al-bani": ("al-Bani", "village", None, None, "Hama Governorate", "hama"),
}
FACILITIES = {
    "kafranbel-hospital": ("Kafranbel surgical hospital", "medical", 35.614, 36.562, "kafranbel"),
    "hass-hospital": ("Hass underground hospital", "medical", None, None, "hass"),
    "khan-shaykhun-school": ("Khan Shaykhun school", "school", 35.441, 36.651, "khan-shaykhun"),
    "khmeimim-airbase": ("Khmeimim airbase", "military_base", 35.41, 35.95, "latakia"),
}
# id: report, kind, type, date, killed, wounded, perpetrators, targets, places, claimed_by
EVENTS: dict[str, tuple[Any, ...]] = {
    "a1": ("r1", "Attack", "airstrike", "2019-05-05", 2, 5, ["russia", "syrian-government"],
           ["kafranbel-hospital", "civilians"], ["kafranbel"], []),
    "a2": ("r2", "Attack", "shelling", "2019-05-05", 3, 5, ["hts"],
           ["kafranbel-hospital", "civilians"], ["kafranbel"], ["syrian-government"]),
    "a3": ("r3", "Attack", "shelling", "2019-05-10", 1, None, ["syrian-arab-army"],
           ["kafranbel-hospital"], ["kafranbel"], []),
    "a4": ("r1", "Attack", "airstrike", "2019-05-06", None, None, ["russia"],
           ["hass-hospital"], ["hass"], []),
    "a5": ("r1", "Attack", "shelling", "2019-05-06", 0, None, ["rebels"],
           ["russia", "khmeimim-airbase"], [], ["kupchishin"]),
    "a6": ("r1", "Attack", "airstrike", "2019-05-07", 4, 10, ["russia"],
           ["civilians"], ["maarat-harma"], []),
    "a7": ("r3", "Attack", "airstrike", "2019-05-07", 6, 12, ["russia"],
           ["civilians"], ["maarat-harma"], []),
    "a8": ("r3", "Attack", "shelling", "2019-05-08", 3, None, ["hts"],
           ["syrian-government"], ["kafr-zita"], []),
    "a9": ("r4", "Attack", "airstrike", "2019-08-20", None, 7, ["russia", "wagner"],
           ["khan-shaykhun-school"], ["khan-shaykhun"], []),
    "a10": ("r3", "Attack", "shelling", "2019-05-09", None, None, [],
            ["civilians"], ["khan-shaykhun"], []),
    "c1": ("r1", "Capture", "territory", "2019-05-07", None, None, ["syrian-arab-army"],
           ["al-bani"], ["al-bani"], []),
    "b1": ("r3", "Abduction", "kidnapping", "2019-05-09", None, None, ["hts"],
           ["white-helmets"], ["khan-shaykhun"], []),
    "d1": ("r1", "Displacement", "flight", "2019-05-07", None, None, [],
           ["civilians"], ["idlib"], []),
    "g1": ("r1", "Agreement", "ceasefire_zone", "2018-09-17", None, None, ["russia", "turkey"],
           [], ["idlib"], []),
    "v0": ("r1", "Violation", "shelling", "2018-08-01", None, None, ["syrian-government"],
           [], ["idlib"], []),
    "v1": ("r1", "Violation", "offensive", "2019-05-06", None, None, ["russia"],
           [], ["idlib"], ["rt"]),
}
DISPLACED = {"d1": 323000}
SAME_INCIDENT = [("a2", "a1", 0.9), ("a7", "a6", 0.95)]
STANDING = [
    ("MEMBER_OF", "jaysh-al-izza", "Actor", "nlf", "Actor"),
    ("MEMBER_OF", "kupchishin", "Actor", "reconciliation-center", "Actor"),
    ("PART_OF", "reconciliation-center", "Actor", "russia", "Actor"),
    ("PART_OF", "syrian-arab-army", "Actor", "syrian-government", "Actor"),
    ("ALLIED_WITH", "russia", "Actor", "syrian-government", "Actor"),
    ("ALLIED_WITH", "wagner", "Actor", "russia", "Actor"),
    ("ALLIED_WITH", "turkey", "Actor", "nlf", "Actor"),
    ("PARTY_TO", "russia", "Actor", "idlib-dmz", "Agreement"),
    ("PARTY_TO", "turkey", "Actor", "idlib-dmz", "Agreement"),
    ("OPERATED_BY", "khmeimim-airbase", "Facility", "russia", "Actor"),
]
MENTIONS = {
    "r1": ["russia", "syrian-government", "rebels", "kupchishin", "turkey", "rt", "civilians"],
    "r2": ["hts", "syrian-government"],
    "r3": ["russia", "hts", "syrian-arab-army", "white-helmets"],
    "r4": ["russia", "wagner"],
}


def _label(key: str) -> str:
    if key in ACTORS:
        return "Actor"
    if key in PLACES:
        return "Place"
    if key in FACILITIES:
        return "Facility"
    return "Agreement"


def _id(key: str) -> str:
    return f"{_label(key).lower()}:{key}"


def conflict_batch() -> Batch:
    """The test graph as one Batch (deterministic: same records every call)."""
    nodes: list[NodeRecord] = []
    edges: list[EdgeRecord] = []
    for rid, (title, published, source) in REPORTS.items():
        nodes.append(NodeRecord("Report", f"report:{rid}", props(title=title, published=published, source=source)))
    for key, (name, type_, aliases) in ACTORS.items():
        nodes.append(NodeRecord("Actor", _id(key), props(name=name, type=type_, aliases=[name, *aliases])))
    for key, (name, type_, lat, lon, admin1, parent) in PLACES.items():
        nodes.append(NodeRecord("Place", _id(key), props(name=name, type=type_, lat=lat, lon=lon,
                                                          admin1=admin1, country="SY", aliases=[name])))
        if parent:
            edges.append(EdgeRecord("LOCATED_IN", _id(key), "Place", _id(parent), "Place"))
    for key, (name, type_, lat, lon, place) in FACILITIES.items():
        nodes.append(NodeRecord("Facility", _id(key), props(name=name, type=type_, lat=lat, lon=lon)))
        edges.append(EdgeRecord("LOCATED_IN", _id(key), "Facility", _id(place), "Place"))
    nodes.append(NodeRecord("Agreement", "agreement:idlib-dmz",
                            props(name="Idlib demilitarized zone", type="zone", date="2018-09-17")))
    for key, (rid, kind, type_, date, killed, wounded, perps, targets, places, claims) in EVENTS.items():
        eid = f"event:{key}"
        sentence = f"Sentence about {key}."
        nodes.append(NodeRecord("Event", eid, props(
            kind=kind, type=type_, date=date, date_precision="day", killed=killed, wounded=wounded,
            displaced=DISPLACED.get(key), confidence=0.8, evidence=sentence, report_id=f"report:{rid}")))
        edges.append(EdgeRecord("REPORTS", f"report:{rid}", "Report", eid, "Event", "",
                                props(evidence=sentence, start=100, end=100 + len(sentence))))
        for a in perps:
            edges.append(EdgeRecord("PERPETRATED", _id(a), "Actor", eid, "Event"))
            for t in targets:
                edges.append(EdgeRecord("ATTACKED" if kind != "Abduction" else "ABDUCTED", _id(a), "Actor",
                                        _id(t), _label(t), eid, props(event_id=eid, date=date, type=type_)))
                if killed and _label(t) == "Actor":
                    edges.append(EdgeRecord("KILLED", _id(a), "Actor", _id(t), "Actor", eid,
                                            props(event_id=eid, date=date, count=killed)))
        for t in targets:
            edges.append(EdgeRecord("TARGETED", eid, "Event", _id(t), _label(t)))
        for p in places:
            edges.append(EdgeRecord("OCCURRED_IN", eid, "Event", _id(p), "Place"))
        for c in claims:
            edges.append(EdgeRecord("CLAIMED", _id(c), "Actor", eid, "Event"))
        if kind in ("Agreement", "Violation"):
            edges.append(EdgeRecord("CONCERNS", eid, "Event", "agreement:idlib-dmz", "Agreement"))
    for a, b, score in SAME_INCIDENT:
        edges.append(EdgeRecord("SAME_INCIDENT", f"event:{a}", "Event", f"event:{b}", "Event", "",
                                props(score=score)))
    for type_, s, sl, t, tl in STANDING:
        edges.append(EdgeRecord(type_, _id(s), sl, _id(t), tl))
    for rid, keys in MENTIONS.items():
        for k in keys:
            edges.append(EdgeRecord("MENTIONS", f"report:{rid}", "Report", _id(k), _label(k), "",
                                    props(forms=[ACTORS[k][0]], count=1)))
    return Batch(tuple(nodes), tuple(edges))


# --- running queries ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph(neo4j_url: str, neo4j_auth: tuple[str, str]) -> Iterator[Neo4jStore]:
    """A Neo4j store holding :func:`conflict_batch` (written once for this module)."""
    store = Neo4jStore(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1]).open()
    store.clear()
    store.write(conflict_batch())
    rebuild_incidents(store)  # the Incident nodes the ingest would write for these links
    try:
        yield store
    finally:
        store.close()


def run(store: Neo4jStore, name: str, **values: Any) -> list[dict[str, Any]]:
    q = get_query(name)
    return store.run_cypher(q.cypher, bind(q, values))


def pick(rows: list[dict[str, Any]], *columns: str) -> list[tuple[Any, ...]]:
    return [tuple(r[c] for c in columns) for r in rows]


@pytest.mark.parametrize("query", load_queries(), ids=lambda q: q.name)
def test_every_query_passes_explain_and_runs_its_examples(graph: Neo4jStore, query) -> None:
    for example in query.examples:
        params = bind(query, dict(a.split("=", 1) for a in shlex.split(example)))
        plan = graph.explain(query.cypher, params)
        assert plan.get("operatorType", "").startswith("ProduceResults")
        assert isinstance(graph.run_cypher(query.cypher, params), list)


def test_attacks_on_medical_facilities(graph: Neo4jStore) -> None:
    rows = run(graph, "attacks-on-medical-facilities")
    assert pick(rows, "date", "facility", "place", "province", "perpetrators", "killed", "wounded", "reports") == [
        ("2019-05-05", "Kafranbel surgical hospital", "Kafranbel", "Idlib",
         ["Hayat Tahrir al-Sham", "Russia", "Syrian government"], 2, 5, 2),
        ("2019-05-06", "Hass underground hospital", "Hass", "Idlib", ["Russia"], None, None, 1),
        ("2019-05-10", "Kafranbel surgical hospital", "Kafranbel", "Idlib", ["Syrian Arab Army"], 1, None, 1),
    ]
    assert rows[0]["incident"] == incident_id(["event:a1"])
    by_alias = run(graph, "attacks-on-medical-facilities", perpetrator="moscow", since="2019-05-06")
    assert pick(by_alias, "facility") == [("Hass underground hospital",)]
    assert run(graph, "attacks-on-medical-facilities", province="Hama") == []
    assert len(run(graph, "attacks-on-medical-facilities", province="Idlib Governorate", limit=1)) == 1


def test_attacks_on_facilities(graph: Neo4jStore) -> None:
    rows = run(graph, "attacks-on-facilities", facility_type="school")
    assert pick(rows, "date", "facility", "place", "perpetrators", "wounded") == [
        ("2019-08-20", "Khan Shaykhun school", "Khan Shaykhun", ["Russia", "Wagner Group"], 7)]
    assert [r["facility_type"] for r in run(graph, "attacks-on-facilities", perpetrator="rebels")] == ["military_base"]
    assert len(run(graph, "attacks-on-facilities")) == 5


def test_who_attacked_whom(graph: Neo4jStore) -> None:
    rows = run(graph, "who-attacked-whom")
    assert pick(rows, "attacker", "target", "incidents", "first", "last", "killed", "wounded")[0] == (
        "Russia", "civilians", 2, "2019-05-05", "2019-05-07", 8, 17)  # a6/a7 once: the later report's 6
    pairs = {(r["attacker"], r["target"]) for r in rows}
    assert pairs == {("Russia", "civilians"), ("Syrian government", "civilians"), ("Hayat Tahrir al-Sham", "civilians"),
                     ("Hayat Tahrir al-Sham", "Syrian government"), ("Hayat Tahrir al-Sham", "White Helmets"),
                     ("rebels", "Russia")}
    assert pick(run(graph, "who-attacked-whom", min_incidents=2), "attacker") == [("Russia",)]
    assert {r["attacker"] for r in run(graph, "who-attacked-whom", actor="Russia")} == {"Russia", "rebels"}
    # every place of the graph is in Syria (rebels' attack on Russia has none), every event
    # extracted at confidence 0.8
    assert run(graph, "who-attacked-whom", country="sy") == [r for r in rows if r["attacker"] != "rebels"]
    assert run(graph, "who-attacked-whom", country="UA") == []
    assert run(graph, "who-attacked-whom", min_confidence=0.8) == rows
    assert run(graph, "who-attacked-whom", min_confidence=0.81) == []


def test_aggregates_from_the_incidents_fields_equal_those_from_their_events(graph: Neo4jStore) -> None:
    """Without a per-event filter, who-attacked-whom and casualties-by-perpetrator read each
    incident's own fields (kinds, actor_ids, attacks_from/attacks_on); an incident without
    them (written before they were kept) is read through its events: the same rows."""
    calls = [("who-attacked-whom", {}), ("who-attacked-whom", {"actor": "Russia"}),
             ("who-attacked-whom", {"since": "2019-05-06", "min_incidents": 1}),
             ("casualties-by-perpetrator", {}), ("casualties-by-perpetrator", {"actor_type": "state"})]
    fields = [run(graph, name, **values) for name, values in calls]
    graph.run_cypher("MATCH (i:Incident) REMOVE i.kinds, i.attacks_from, i.attacks_on", write=True)
    try:
        assert graph.run_cypher("MATCH (i:Incident) WHERE i.kinds IS NOT NULL RETURN i.id") == []
        events = [run(graph, name, **values) for name, values in calls]
    finally:
        rebuild_incidents(graph)
    assert events == fields and all(fields)
    assert len(fields[0]) == 6 and fields[3][0]["perpetrator"] == "Russia"


def test_an_incident_with_an_event_of_an_uncounted_kind_counts_only_its_counted_events(graph: Neo4jStore) -> None:
    before = run(graph, "casualties-by-perpetrator")
    # A correction links the Russian-Turkish agreement to HTS's shelling: Turkey is among the
    # incident's actors, but perpetrated no attack.
    graph.write(Batch((), (EdgeRecord("SAME_INCIDENT", "event:a8", "Event", "event:g1", "Event", "",
                                      props(override="test")),)))
    rebuild_incidents(graph)
    try:
        [inc] = graph.run_cypher("MATCH (i:Incident {id: $id}) RETURN i.kinds AS kinds, i.actor_ids AS actors",
                                 {"id": incident_id(["event:a8"])})
        assert inc == {"kinds": ["Agreement", "Attack"], "actors": ["actor:hts", "actor:russia", "actor:turkey"]}
        after = run(graph, "casualties-by-perpetrator")
    finally:
        graph.run_cypher("MATCH (:Event {id: 'event:a8'})-[l:SAME_INCIDENT]-(:Event {id: 'event:g1'}) DELETE l",
                         write=True)
        rebuild_incidents(graph)
    assert after == before and "Turkey" not in {r["perpetrator"] for r in after}


def test_actor_attacks_over_time(graph: Neo4jStore) -> None:
    rows = run(graph, "actor-attacks-over-time", actor="actor:russia")
    assert pick(rows, "period", "incidents", "killed", "wounded") == [("2019-05", 4, 8, 17), ("2019-08", 1, 0, 7)]
    assert rows[1]["targets"] == ["Khan Shaykhun school"]
    days = run(graph, "actor-attacks-over-time", actor="Russia", granularity="day", until="2019-05-06")
    assert pick(days, "period", "incidents") == [("2019-05-05", 1), ("2019-05-06", 2)]
    assert pick(run(graph, "actor-attacks-over-time", actor="russia", granularity="year"), "period", "incidents") == [
        ("2019", 5)]


def test_casualties_by_perpetrator(graph: Neo4jStore) -> None:
    rows = run(graph, "casualties-by-perpetrator")
    assert pick(rows, "perpetrator", "incidents", "killed", "wounded")[:3] == [
        ("Russia", 5, 8, 24), ("Hayat Tahrir al-Sham", 3, 5, 5), ("Syrian government", 2, 2, 5)]
    may = run(graph, "casualties-by-perpetrator", since="2019-05-07", until="2019-05-31", actor_type="state")
    assert pick(may, "perpetrator", "incidents", "killed") == [("Russia", 1, 6)]


def test_casualties_by_place(graph: Neo4jStore) -> None:
    rows = run(graph, "casualties-by-place", province="Idlib")
    assert pick(rows, "place", "incidents", "killed", "wounded") == [
        ("Maarat Harma", 1, 6, 12), ("Kafranbel", 2, 3, 5), ("Khan Shaykhun", 3, 0, 7),
        ("Idlib", 2, 0, 0), ("Hass", 1, 0, 0)]
    hama = run(graph, "casualties-by-place", province="place:hama")
    assert pick(hama, "place", "province", "killed") == [("Kafr Zita", "Hama", 3), ("al-Bani", "Hama", 0)]


def test_events_near(graph: Neo4jStore) -> None:
    rows = run(graph, "events-near", place="Kafranbel", km=10)
    assert pick(rows, "event", "km") == [
        ("event:a1", 0.0), ("event:a2", 0.0), ("event:a3", 0.0), ("event:a4", 4.4),
        ("event:a6", 8.7), ("event:a7", 8.7)]
    wide = run(graph, "events-near", lat=35.61, lon=36.56, km=25, kind="Attack", since="2019-05-09")
    assert pick(wide, "event") == [("event:a3",), ("event:a9",), ("event:a10",)]
    assert run(graph, "events-near", place="nowhere") == []


def test_events_in_province(graph: Neo4jStore) -> None:
    rows = run(graph, "events-in-province", province="Hama")
    assert pick(rows, "date", "kind", "locations", "source", "event") == [
        ("2019-05-07", "Capture", ["al-Bani"], "EA WorldView", "event:c1"),
        ("2019-05-08", "Attack", ["Kafr Zita"], "SOHR", "event:a8")]
    idlib = run(graph, "events-in-province", province="idlib", kind="Violation")
    assert pick(idlib, "event") == [("event:v0",), ("event:v1",)]


def test_source_claims(graph: Neo4jStore) -> None:
    rows = run(graph, "source-claims", source="Kupchishin")
    assert pick(rows, "by", "how", "perpetrators", "targets", "event") == [
        ("Viktor Kupchishin", "claimed", ["rebels"], ["Khmeimim airbase", "Russia"], "event:a5")]
    sana = run(graph, "source-claims", source="sana")
    assert pick(sana, "by", "how", "perpetrators", "evidence") == [
        ("SANA", "reported", ["Hayat Tahrir al-Sham"], "Sentence about a2.")]
    assert len(run(graph, "source-claims", source="SOHR", until="2019-05-08")) == 2


def test_contested_events(graph: Neo4jStore) -> None:
    rows = run(graph, "contested-events")
    assert pick(rows, "date", "incident", "versions") == [(
        "2019-05-05", incident_id(["event:a1"]),
        ["EA WorldView: Russia + Syrian government", "SANA: Hayat Tahrir al-Sham (citing Syrian government)"])]
    assert set(rows[0]["perpetrators"]) == {"Russia", "Syrian government", "Hayat Tahrir al-Sham"}
    assert len(run(graph, "contested-events", actor="HTS")) == 1
    assert run(graph, "contested-events", actor="Wagner") == []  # a6/a7 agree on Russia: not contested


def test_agreement_violations(graph: Neo4jStore) -> None:
    rows = run(graph, "agreement-violations", agreement="Idlib demilitarized zone")
    assert pick(rows, "agreed", "parties", "date", "days_after", "violators", "by_party", "event") == [
        ("2018-09-17", ["Russia", "Turkey"], "2019-05-06", 231, ["Russia"], True, "event:v1")]
    assert run(graph, "agreement-violations", agreement="no such truce") == []


def test_actor_relations(graph: Neo4jStore) -> None:
    rows = run(graph, "actor-relations", actor="Russia")
    assert pick(rows, "relation", "other", "depth") == [
        ("ally", "Syrian government", 1), ("ally", "Wagner Group", 1),
        ("member", "Russian Center for Reconciliation", 1), ("member", "Viktor Kupchishin", 2),
        ("operates", "Khmeimim airbase", 1), ("party_to", "Idlib demilitarized zone", 1)]
    up = run(graph, "actor-relations", actor="Kupchishin")
    assert pick(up, "relation", "other", "depth") == [
        ("parent", "Russian Center for Reconciliation", 1), ("parent", "Russia", 2)]
    assert pick(run(graph, "actor-relations", actor="Jaysh al-Izza"), "relation", "other") == [
        ("parent", "National Liberation Front")]


def test_facilities_hit_repeatedly(graph: Neo4jStore) -> None:
    rows = run(graph, "facilities-hit-repeatedly")
    assert pick(rows, "facility", "incidents", "dates", "killed") == [
        ("Kafranbel surgical hospital", 2, ["2019-05-05", "2019-05-10"], 3)]
    assert rows[0]["perpetrators"] == ["Hayat Tahrir al-Sham", "Russia", "Syrian Arab Army", "Syrian government"]
    assert run(graph, "facilities-hit-repeatedly", since="2019-05-06") == []
    assert len(run(graph, "facilities-hit-repeatedly", min_incidents=1)) == 4


def test_event_sources(graph: Neo4jStore) -> None:
    rows = run(graph, "event-sources", event="event:a2")
    assert pick(rows, "published", "source", "sentence", "start", "perpetrators", "event") == [
        ("2019-05-06", "SANA", "Sentence about a2.", 100, ["Hayat Tahrir al-Sham"], "event:a2"),
        ("2019-05-07", "EA WorldView", "Sentence about a1.", 100, ["Russia", "Syrian government"], "event:a1")]
    assert len(run(graph, "event-sources", event="event:a4")) == 1


def test_actors_first_seen(graph: Neo4jStore) -> None:
    rows = run(graph, "actors-first-seen", since="2019-08")
    assert pick(rows, "actor", "first_seen", "reports", "events") == [("Wagner Group", "2019-08-20", 1, 1)]
    early = run(graph, "actors-first-seen", until="2018-12-31")
    assert pick(early, "actor", "first_seen") == [
        ("Syrian government", "2018-08-01"), ("Russia", "2018-09-17"), ("Turkey", "2018-09-17")]


def test_actor_events(graph: Neo4jStore) -> None:
    rows = run(graph, "actor-events", actor="HTS")
    assert pick(rows, "date", "role", "event") == [
        ("2019-05-05", "perpetrator", "event:a2"), ("2019-05-08", "perpetrator", "event:a8"),
        ("2019-05-09", "perpetrator", "event:b1")]
    targeted = run(graph, "actor-events", actor="Syrian government", role="target")
    assert pick(targeted, "event", "with_perpetrators") == [("event:a8", ["Hayat Tahrir al-Sham"])]
    claims = run(graph, "actor-events", actor="Syrian government", role="claimant")
    assert pick(claims, "event") == [("event:a2",)]


def test_abductions_and_captures(graph: Neo4jStore) -> None:
    rows = run(graph, "abductions-and-captures")
    assert pick(rows, "kind", "perpetrators", "taken", "places") == [
        ("Capture", ["Syrian Arab Army"], ["al-Bani"], ["al-Bani"]),
        ("Abduction", ["Hayat Tahrir al-Sham"], ["White Helmets"], ["Khan Shaykhun"])]
    assert pick(run(graph, "abductions-and-captures", actor="SAA"), "event") == [("event:c1",)]


def test_displacement_by_place(graph: Neo4jStore) -> None:
    rows = run(graph, "displacement-by-place")
    assert pick(rows, "place", "displaced", "reports") == [("Idlib", 323000, 1)]
    assert run(graph, "displacement-by-place", until="2019-05-06") == []


def test_unattributed_attacks(graph: Neo4jStore) -> None:
    rows = run(graph, "unattributed-attacks")
    assert pick(rows, "incident", "targets", "places", "sources") == [
        (incident_id(["event:a10"]), ["civilians"], ["Khan Shaykhun"], ["SOHR"])]


def test_co_perpetrators(graph: Neo4jStore) -> None:
    rows = run(graph, "co-perpetrators")
    assert pick(rows, "actor", "other", "incidents", "dates") == [
        ("Russia", "Syrian government", 1, ["2019-05-05"]), ("Russia", "Wagner Group", 1, ["2019-08-20"])]
    assert run(graph, "co-perpetrators", actor="Turkey") == []  # party to an agreement, not a perpetrator


# The pairs as the plain pattern finds them: every event's perpetrators read from the event.
PAIRS_BY_PATTERN = """
MATCH (a:Actor)-[:PERPETRATED]->(e:Event)<-[:PERPETRATED]-(b:Actor)
WHERE a.id < b.id AND e.kind IN ['Attack', 'Violation', 'Abduction', 'Capture'] AND e.incident IS NOT NULL
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
  AND ($actor IS NULL OR any(n IN [a, b] WHERE n.id = $actor
        OR toLower(n.name) = toLower($actor)
        OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = toLower($actor))))
"""


def test_co_perpetrators_grouped_from_the_actors_equal_the_pairs_of_the_plain_pattern(graph: Neo4jStore) -> None:
    """co-perpetrators groups each event's perpetrators from the actors' side: the same rows
    as the pattern read from every event, with three perpetrators of one event as well."""
    q = get_query("co-perpetrators")
    tail = q.cypher[q.cypher.index("WITH DISTINCT a, b, e.incident AS id"):]
    calls = [{}, {"actor": "HTS"}, {"actor": "actor:wagner"}, {"actor": "Turkey"}, {"country": "sy"},
             {"country": "UA"}, {"min_confidence": 0.9}, {"since": "2019-06"}, {"until": "2019-05-31"}]
    graph.write(Batch((), (EdgeRecord("PERPETRATED", "actor:hts", "Actor", "event:a9", "Event"),)))
    try:
        grouped = [run(graph, "co-perpetrators", **values) for values in calls]
        pattern = [graph.run_cypher(PAIRS_BY_PATTERN + tail, bind(q, values)) for values in calls]
    finally:
        graph.run_cypher("MATCH (:Actor {id: 'actor:hts'})-[p:PERPETRATED]->(:Event {id: 'event:a9'}) DELETE p",
                         write=True)
    assert grouped == pattern
    assert pick(grouped[0], "actor", "other", "incidents") == [
        ("Hayat Tahrir al-Sham", "Russia", 1), ("Hayat Tahrir al-Sham", "Wagner Group", 1),
        ("Russia", "Syrian government", 1), ("Russia", "Wagner Group", 1)]
    assert pick(grouped[1], "actor", "other") == [("Hayat Tahrir al-Sham", "Russia"),
                                                   ("Hayat Tahrir al-Sham", "Wagner Group")]
    assert [len(rows) for rows in grouped[2:]] == [2, 0, 4, 0, 0, 3, 1]


def test_incidents(graph: Neo4jStore) -> None:
    rows = run(graph, "incidents", min_sources=2)
    assert pick(rows, "date", "killed", "killed_low", "killed_high", "sources", "contested") == [
        ("2019-05-05", 2, 2, 3, 2, True), ("2019-05-07", 6, 4, 6, 2, False)]
    assert [r["incident"] for r in run(graph, "incidents", contested=True)] == [incident_id(["event:a1"])]
    assert pick(run(graph, "incidents", place="Hama", kind="attack"), "date", "killed") == [("2019-05-08", 3)]
    assert len(run(graph, "incidents", actor="moscow", until="2019-05-06")) == 4  # the 2018 agreement too


def test_incident_versions(graph: Neo4jStore) -> None:
    rows = run(graph, "incident-versions", incident=incident_id(["event:a6"]))
    assert pick(rows, "published", "source", "killed", "perpetrators", "event") == [
        ("2019-05-07", "EA WorldView", 4, ["Russia (named)"], "event:a6"),
        ("2019-05-11", "SOHR", 6, ["Russia (named)"], "event:a7")]
    assert run(graph, "incident-versions", incident="incident:none") == []


def test_every_query_has_a_test_here() -> None:
    tested = {name[len("test_"):].replace("_", "-") for name in globals() if name.startswith("test_")}
    assert {q.name for q in load_queries()} <= tested
