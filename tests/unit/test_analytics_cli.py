"""`sitgraph analyze …` and `sitgraph viz` through click's test runner."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.sqlite_store import SqliteStore


@pytest.fixture
def store_url(tmp_path, sample_batch) -> str:
    path = tmp_path / "g.db"
    with SqliteStore(path).open() as store:
        store.write(sample_batch)
    return f"sqlite:///{path}"


def run(store_url: str, *args: str):
    return CliRunner().invoke(main, ["--store", store_url, "--no-progress", *args])


def test_centrality_json(store_url):
    r = run(store_url, "analyze", "centrality", "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [x["id"] for x in rows][:2] == ["actor:russia", "actor:syrian-government"]
    assert {"pagerank", "betweenness", "core", "degree"} <= set(rows[0])


def test_centrality_kind_filter_removes_the_attack(store_url):
    r = run(store_url, "analyze", "centrality", "--kind", "violation", "--format", "csv", "--no-betweenness")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert "betweenness" not in rows[0]
    assert all(x["degree"] == "0" for x in rows)


def test_communities_table(store_url):
    r = run(store_url, "analyze", "communities")
    assert r.exit_code == 0, r.output
    assert "Russia; Syrian government; civilians" in r.stdout


def test_timeline_by_day_for_one_actor_by_alias(store_url):
    r = run(store_url, "analyze", "timeline", "--by", "day", "--actor", "Moscow", "--format", "json")
    assert r.exit_code == 0, r.output
    assert [(x["actor"], x["period"], x["events"]) for x in json.loads(r.stdout)] == [
        ("actor:russia", "2019-05-05", 1)]


def test_path_and_ego(store_url):
    r = run(store_url, "analyze", "path", "civilians", "Idlib", "--format", "json")
    assert r.exit_code == 0, r.output
    assert [x["id"] for x in json.loads(r.stdout)][-1] == "place:sy:idlib"
    r = run(store_url, "analyze", "ego", "Russia", "--depth", "1", "--graph", "actors", "--format", "json")
    assert r.exit_code == 0, r.output
    assert {x["id"] for x in json.loads(r.stdout)} == {
        "actor:russia", "actor:syrian-government", "actor:civilians"}


def test_unknown_names_and_bad_dates_are_one_line_errors(store_url):
    r = run(store_url, "analyze", "path", "Russia", "Atlantis")
    assert r.exit_code == 1 and "no node named 'Atlantis'" in r.output
    r = run(store_url, "analyze", "path", "Russia", "Kafranbel hospital", "--graph", "actors")
    assert r.exit_code == 1 and "not in the graph analysed" in r.output
    r = run(store_url, "analyze", "centrality", "--since", "2019-13")
    assert r.exit_code == 2 and "not an ISO date" in r.output


@pytest.mark.parametrize(("flags", "default", "marker"), [
    ((), "graph.html", "vis.Network"),
    (("--map",), "map.html", 'id="map"'),
    (("--timeline",), "timeline.html", 'id="timeline"'),
])
def test_viz_writes_self_contained_pages(store_url, tmp_path, monkeypatch, flags, default, marker):
    monkeypatch.chdir(tmp_path)
    r = run(store_url, "viz", *flags)
    assert r.exit_code == 0, r.output
    assert r.stdout == ""  # the message goes to stderr
    html = (tmp_path / default).read_text(encoding="utf-8")
    assert marker in html and "https://" not in html.split("<script>")[0]


def test_viz_center_and_output(store_url, tmp_path):
    out = tmp_path / "out" / "russia.html"
    r = run(store_url, "viz", "--center", "Moscow", "--depth", "1", "--top", "3", "-o", str(out))
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "3 of 9 nodes" in html and "within 1 hops of Russia" in html


def test_viz_refuses_map_and_timeline_together(store_url, tmp_path):
    r = run(store_url, "viz", "--map", "--timeline", "-o", str(tmp_path / "x.html"))
    assert r.exit_code == 2
