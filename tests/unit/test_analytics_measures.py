"""graph/analytics.py: projections and measures on small graphs with known answers."""

from __future__ import annotations

import networkx as nx
import pytest

from sitgraph.graph import analytics as A
from sitgraph.graph.model import GraphFilter
from sitgraph.graph.sqlite_store import SqliteStore


@pytest.fixture
def sample_graph(tmp_path, sample_batch) -> nx.MultiDiGraph:
    with SqliteStore(tmp_path / "g.db").open() as store:
        store.write(sample_batch)
        return store.to_networkx()


def mdg(nodes: dict[str, dict], edges: list[tuple[str, str, dict]]) -> nx.MultiDiGraph:
    """A graph shaped as Store.to_networkx returns it."""
    g = nx.MultiDiGraph()
    for n, d in nodes.items():
        g.add_node(n, **d)
    for i, (u, v, d) in enumerate(edges):
        g.add_edge(u, v, key=f"{d['type']}:{i}", **d)
    return g


def actors(*names: str) -> dict[str, dict]:
    return {f"actor:{n}": {"label": "Actor", "name": n.title()} for n in names}


def attack(g: nx.MultiDiGraph, ev: str, by: list[str], at: list[str], date: str = "2020-01-06", **props) -> None:
    g.add_node(ev, label="Event", kind="Attack", date=date, **props)
    for a in by:
        g.add_edge(a, ev, key="PERPETRATED", type="PERPETRATED")
    for t in at:
        g.add_edge(ev, t, key="TARGETED", type="TARGETED")


def test_actor_graph_counts_an_event_once_from_roles_and_derived_edges(sample_graph):
    h = A.actor_graph(sample_graph)
    assert set(h.nodes) == {"actor:russia", "actor:syrian-government", "actor:civilians"}
    # KILLED (derived) and PERPETRATED+TARGETED (roles) describe the same event e1
    e = h["actor:russia"]["actor:civilians"]
    assert (e["hostile"], e["co"], e["events"], e["first"]) == (1, 0, ["event:e1"], "2019-05-05")
    # co-perpetrators are linked both ways
    assert h["actor:russia"]["actor:syrian-government"]["co"] == 1
    assert h["actor:syrian-government"]["actor:russia"]["co"] == 1
    assert not h.has_edge("actor:civilians", "actor:russia")


def test_prune_to_events_drops_derived_edges_of_filtered_events(tmp_path, sample_batch):
    with SqliteStore(tmp_path / "g.db").open() as store:
        store.write(sample_batch)
        g = store.to_networkx(GraphFilter(event_kinds=frozenset({"Violation"})))
    assert any(d["type"] == "KILLED" for *_, d in g.edges(data=True))
    A.prune_to_events(g)
    assert not any(d["type"] in ("KILLED", "ATTACKED") for *_, d in g.edges(data=True))
    assert A.actor_graph(g).number_of_edges() == 0


def test_centrality_ranks_the_hub_first_with_exact_betweenness():
    g = mdg(actors("hub", "a", "b", "c", "d"), [])
    for i, t in enumerate("abcd"):
        attack(g, f"event:{i}", ["actor:hub"], [f"actor:{t}"])
    rows = A.centrality(A.actor_graph(g))
    assert rows[0]["id"] == "actor:hub"
    assert (rows[0]["degree"], rows[0]["out"], rows[0]["in"], rows[0]["betweenness"]) == (4, 4, 0, 1.0)
    assert all(r["betweenness"] == 0 for r in rows[1:])
    assert rows[0]["pagerank"] > rows[1]["pagerank"]
    assert len(A.centrality(A.actor_graph(g), top=2)) == 2


def test_sampled_betweenness_is_seeded():
    h = nx.DiGraph(nx.barabasi_albert_graph(60, 2, seed=1))
    one = A.betweenness(h, sample_above=10, k=8, seed=3)
    two = A.betweenness(h, sample_above=10, k=8, seed=3)
    exact = A.betweenness(h, sample_above=1000)
    assert one == two
    assert one != exact


def test_louvain_separates_two_cliques_joined_by_one_edge():
    h = nx.DiGraph()
    left, right = [f"l{i}" for i in range(5)], [f"r{i}" for i in range(5)]
    for group in (left, right):
        h.add_edges_from((a, b, {"weight": 1}) for a in group for b in group if a < b)
    h.add_edge("l0", "r0", weight=1)
    rows = A.communities(h, seed=0)
    assert [r["size"] for r in rows] == [5, 5]
    assert {frozenset(r["ids"]) for r in rows} == {frozenset(left), frozenset(right)}
    assert A.communities(h, seed=0) == rows  # deterministic


def test_core_numbers_tolerate_self_loops():
    h = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("a", "a")])
    assert A.core_numbers(h) == {"a": 2, "b": 2, "c": 2, "d": 1}
    assert set(A.k_core(h)) == {"a", "b", "c"}


def test_shortest_path_names_edge_types_and_direction(sample_graph):
    rows = A.shortest_path(sample_graph, A.full_graph(sample_graph), "actor:civilians", "place:sy:idlib")
    assert [r["id"] for r in rows] == ["actor:civilians", "event:e1", "place:kafranbel", "place:sy:idlib"]
    assert rows[1]["via"] == ["<-TARGETED"]
    assert rows[2]["via"] == ["OCCURRED_IN"]
    assert rows[1]["name"] == "Attack airstrike 2019-05-05"


def test_shortest_path_errors():
    h = nx.DiGraph()
    h.add_nodes_from(["a", "b"])
    with pytest.raises(A.AnalyticsError, match="no path"):
        A.shortest_path(nx.MultiDiGraph(h), h, "a", "b")
    with pytest.raises(A.AnalyticsError, match="'zz' is not in the graph"):
        A.shortest_path(nx.MultiDiGraph(h), h, "a", "zz")


def test_ego_within_radius(sample_graph):
    h = A.full_graph(sample_graph)
    assert "report:r1" not in h
    near = {r["id"]: r["distance"] for r in A.ego(h, "actor:civilians", 1)}
    assert near == {"actor:civilians": 0, "event:e1": 1, "actor:russia": 1}
    two = {r["id"] for r in A.ego(h, "actor:civilians", 2)}
    assert {"place:kafranbel", "actor:syrian-government"} <= two
    with pytest.raises(A.AnalyticsError):
        A.ego(h, "actor:civilians", -1)
    assert set(A.ego_graph(sample_graph, "place:sy:idlib", 1)) == {"place:sy:idlib", "place:kafranbel"}


@pytest.mark.parametrize(("date", "by", "expected"), [
    ("2019-05-05", "day", "2019-05-05"),
    ("2019-05-05", "week", "2019-W18"),
    ("2019-12-30", "week", "2020-W01"),
    ("2019-05-05", "month", "2019-05"),
    ("2019-05", "month", "2019-05"),
    ("2019-05", "week", None),
    ("2019", "month", None),
    (None, "day", None),
    ("not a date", "day", None),
])
def test_period_of(date, by, expected):
    assert A.period_of(date, by) == expected


def test_period_of_refuses_unknown_period():
    with pytest.raises(A.AnalyticsError, match="unknown period"):
        A.period_of("2019-05-05", "year")


def test_timeline_counts_per_actor_and_week_with_change():
    g = mdg(actors("x", "y"), [])
    attack(g, "event:1", ["actor:x"], ["actor:y"], "2020-01-06", killed=3)
    attack(g, "event:2", ["actor:x"], ["actor:y"], "2020-01-07", killed=1)
    attack(g, "event:3", ["actor:x"], ["actor:y"], "2020-01-13")
    attack(g, "event:4", ["actor:x", "actor:y"], [], "2020-01-20")
    attack(g, "event:5", [], [], "2020-01-20")
    attack(g, "event:6", ["actor:x"], [], "2020-01")  # coarser than a week
    tl = A.timeline(g, by="week")
    assert tl.skipped == 1
    x = [(r["period"], r["events"], r["killed"], r["change"]) for r in tl.rows if r["actor"] == "actor:x"]
    assert x == [("2020-W02", 2, 4, None), ("2020-W03", 1, 0, -1), ("2020-W04", 1, 0, 0)]
    assert [r["events"] for r in tl.rows if r["actor"] == A.UNATTRIBUTED] == [1]
    only_y = A.timeline(g, by="month", actors=["actor:y"])
    assert [(r["actor"], r["period"], r["events"]) for r in only_y.rows] == [("actor:y", "2020-01", 1)]
    esc = {r["actor"]: r for r in A.escalation(tl)}
    assert esc["actor:x"]["recent"] == 1 and esc["actor:x"]["before_mean"] == 1.5
    assert esc["actor:x"]["ratio"] == pytest.approx(1 / 1.5, abs=1e-3)


def test_project_refuses_unknown_projection(sample_graph):
    with pytest.raises(A.AnalyticsError, match="unknown projection"):
        A.project(sample_graph, "people")


@pytest.mark.parametrize("seed", range(5))
def test_core_number_matches_networkx(seed):
    g = nx.gnm_random_graph(200, 600 + 150 * seed, seed=seed)
    g.add_edges_from(("hub", n) for n in range(0, 200, 3))  # a hub, as conflict graphs have
    g.add_edge(5, 5)
    simple = g.copy()
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    assert A.core_number(g) == nx.core_number(simple)
