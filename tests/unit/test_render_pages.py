"""graph/render*.py: the pages are self-contained, escaped, and show what they claim."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from sitgraph.graph import render as R
from sitgraph.graph.model import Batch
from sitgraph.graph.render_map import map_html, map_points, projection
from sitgraph.graph.render_timeline import timeline_html, timeline_rows
from sitgraph.graph.sqlite_store import SqliteStore

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
REMOTE = re.compile(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", re.I)




def load(tmp_path, batch: Batch) -> nx.MultiDiGraph:
    with SqliteStore(tmp_path / "g.db").open() as store:
        store.write(batch)
        return store.to_networkx()


@pytest.fixture
def hostile(hostile_graph) -> nx.MultiDiGraph:
    return hostile_graph


@pytest.fixture
def sample(tmp_path, sample_batch) -> nx.MultiDiGraph:
    return load(tmp_path, sample_batch)


def data_of(html: str, name: str) -> list[dict]:
    """The JSON handed to vis.DataSet for nodes or edges."""
    m = re.search(r"var " + name + r" = new vis\.DataSet\((.*?)\);\n", html)
    assert m, f"no {name} data"
    return json.loads(m.group(1))


@pytest.mark.parametrize("draw", [R.graph_html, map_html, timeline_html], ids=["graph", "map", "timeline"])
def test_markup_in_data_never_reaches_the_page_as_markup(hostile, draw):
    html = draw(hostile)
    assert SCRIPT not in html
    assert "<img src=x" not in html.lower()
    assert "onerror=alert(1)>" not in html
    assert not REMOTE.search(html)
    # the text is still there, escaped for its context
    assert ("&lt;script&gt;alert(1)&lt;/script&gt;" in html) or ("\\u003cscript\\u003ealert(1)" in html)


def test_graph_tooltips_keep_the_text_for_innertext(hostile):
    html = R.graph_html(hostile)
    nodes = {n["id"]: n for n in data_of(html, "nodes")}
    # vis-network shows string titles with innerText: plain text, not HTML-escaped twice
    assert nodes["actor:evil"]["label"] == f"{SCRIPT} brigade"
    assert f"Daily {SCRIPT}" in nodes["actor:evil"]["title"]  # source report via MENTIONS
    assert "village & more" in nodes["event:x1"]["title"]
    assert "report:x" not in nodes  # reports are sources, not nodes
    # the victim group is drawn for this event only, its markup kept as text
    assert f"{IMG} villagers" in nodes["actor:victims@event:x1"]["title"]
    assert "actor:victims" not in nodes
    edges = {(e["from"], e["to"]): e for e in data_of(html, "edges")}
    # the KILLED edge is left out: the event drawn joins the brigade and the villagers
    assert set(edges) == {("actor:evil", "event:x1"), ("event:x1", "actor:victims@event:x1"),
                          ("event:x1", "place:evil")}
    assert edges[("actor:evil", "event:x1")]["hover_label"] == "PERPETRATED"
    assert "label" not in edges[("actor:evil", "event:x1")]  # edge labels show on hover only


def test_graph_page_has_legend_colours_and_sizes(sample):
    html = R.graph_html(sample, title="Idlib")
    assert "<title>Idlib</title>" in html
    legend = re.search(r'<div class="legend" id="legend">(.*?)</div>', html, re.S).group(1)
    for label in ("Actor", "Event", "Place", "Facility", "Agreement"):
        assert label in legend
    assert "Report" not in legend
    nodes = {n["id"]: n for n in data_of(html, "nodes")}
    assert nodes["actor:russia"]["color"] == R.LABEL_COLOURS["Actor"]
    assert nodes["place:kafranbel"]["color"] == R.LABEL_COLOURS["Place"]
    assert nodes["actor:russia"]["size"] > nodes["agreement:idlib-dmz"]["size"]
    assert "vis.Network" in html and "Content-Security-Policy" in html


def test_parallel_edges_are_merged_with_count_and_dates():
    g = nx.MultiDiGraph()
    g.add_node("actor:a", label="Actor", name="A")
    g.add_node("actor:b", label="Actor", name="B")
    for i, day in enumerate(["2020-01-03", "2020-01-01", "2020-01-02"]):
        g.add_edge("actor:a", "actor:b", key=f"ATTACKED:{i}", type="ATTACKED", date=day, event_id=f"event:{i}")
    edges = data_of(R.graph_html(g), "edges")
    assert [e["hover_label"] for e in edges] == ["ATTACKED ×3 2020-01-01…2020-01-03"]
    assert edges[0]["value"] == 3


def test_select_view_caps_to_the_most_central_and_keeps_the_center():
    star = nx.MultiDiGraph()
    for i in range(30):
        star.add_node(f"n{i}", label="Actor", name=f"n{i}")
    for i in range(1, 30):
        star.add_edge("n0", f"n{i}", key="ALLIED_WITH", type="ALLIED_WITH")
    star.add_edge("n1", "n2", key="ALLIED_WITH", type="ALLIED_WITH")
    view = R.select_view(star, top=3)
    assert set(view) == {"n0", "n1", "n2"}
    assert "n29" in R.select_view(star, center="n29", depth=1, top=2)
    assert set(R.select_view(star, center="n29", depth=1, top=None)) == {"n29", "n0"}
    with pytest.raises(R.RenderError, match="not in the graph"):
        R.select_view(star, center="nope")


def test_write_html_is_utf8(tmp_path):
    path = R.write_html(tmp_path / "sub" / "p.html", "Kafr Nabl — كفرنبل")
    assert path.read_bytes() == "Kafr Nabl — كفرنبل".encode()


def test_write_html_error_names_the_file(tmp_path):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(R.RenderError, match="cannot write"):
        R.write_html(tmp_path / "afile" / "p.html", "x")


@pytest.mark.parametrize("bad", [
    '<script src="https://cdn.example/x.js"></script>',
    "<link href='http://x/y.css'>",
    '<img src="//x/y.png">',
    "<style>a { background: url(https://x/y.png) }</style>",
])
def test_check_offline_refuses_remote_resources(bad):
    with pytest.raises(R.RenderError, match="remote resource"):
        R.check_offline(bad)


def test_check_offline_accepts_data_and_namespaces():
    html = '<svg xmlns="http://www.w3.org/2000/svg"></svg><img src="data:image/png;base64,AA">'
    assert R.check_offline(html) == html


def test_script_json_cannot_close_the_script_block():
    text = R.script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_map_places_events_through_located_in_parents():
    g = nx.MultiDiGraph()
    g.add_node("place:town", label="Place", name="Town", lat=35.0, lon=36.0)
    g.add_node("place:nowhere", label="Place", name="Hamlet")  # no coordinates
    g.add_node("place:lost", label="Place", name="Lost")
    g.add_node("event:1", label="Event", kind="Attack", date="2020-01-01", killed=2)
    g.add_node("event:2", label="Event", kind="Attack", date="2020-01-02")
    g.add_node("event:3", label="Event", kind="Attack", date="2020-01-03")
    g.add_edge("place:nowhere", "place:town", key="LOCATED_IN", type="LOCATED_IN")
    g.add_edge("event:1", "place:town", key="OCCURRED_IN", type="OCCURRED_IN")
    g.add_edge("event:2", "place:nowhere", key="OCCURRED_IN", type="OCCURRED_IN")
    g.add_edge("event:3", "place:lost", key="OCCURRED_IN", type="OCCURRED_IN")
    points, unplaced = map_points(g)
    assert unplaced == 1
    assert [(p["id"], p["events"], p["killed"]) for p in points] == [("place:town", ["event:1", "event:2"], 2)]
    html = map_html(g)
    assert "1 events without coordinates not shown" in html
    markers = re.search(r'<g id="markers">(.*?)\n</g>', html, re.S).group(1)
    assert markers.count("<circle") == 1 and ">Town</text>" in markers


def test_projection_keeps_points_inside_the_frame():
    pts = [{"lat": 36.2, "lon": 37.1}, {"lat": 33.5, "lon": 36.3}, {"lat": 35.9, "lon": 36.6}]
    proj = projection(pts)
    for p in pts:
        assert 0 < proj["x"](p["lon"]) < 1000 and 0 < proj["y"](p["lat"]) < 620
    # north is up
    assert proj["y"](36.2) < proj["y"](33.5)


def test_timeline_rows_rank_actors_and_keep_unattributed_last(sample):
    rows, undated = timeline_rows(sample)
    assert undated == 0
    assert [r["name"] for r in rows] == ["Russia", "Syrian government", "(unattributed)"]
    html = timeline_html(sample)
    assert html.count("<circle") == 3
    assert "2 events by 3 actors" in html
    assert "the 1 most active of 2 actors shown" in timeline_html(sample, top=1)


def test_timeline_draws_month_only_dates_hollow():
    g = nx.MultiDiGraph()
    g.add_node("actor:a", label="Actor", name="A")
    g.add_node("event:1", label="Event", kind="Attack", date="2020-03")
    g.add_node("event:2", label="Event", kind="Attack", date="2020")
    g.add_edge("actor:a", "event:1", key="PERPETRATED", type="PERPETRATED")
    html = timeline_html(g)
    assert 'fill="none"' in html
    assert "1 events without a day or month not shown" in html
