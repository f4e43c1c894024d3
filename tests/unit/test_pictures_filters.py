"""The shared graph filter (confidence, country, period, kind), the graph view (victim
groups per event, no expansion through hubs, incidents merged) and event labels."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph import render as R
from sitgraph.graph.model import GraphFilter
from sitgraph.graph.render_view import ego_nodes, event_label, is_barrier, is_generic, select_view


def events_of(g: nx.MultiDiGraph) -> set[str]:
    return {n for n, d in g.nodes(data=True) if d["label"] == "Event"}


# --- the filter --------------------------------------------------------------------------


def test_min_confidence_keeps_events_at_or_above_it(store_url, wars_graph):
    assert events_of(wars_graph(store_url, GraphFilter(min_confidence=0.6))) == {"event:s1", "event:s2", "event:u1"}
    assert events_of(wars_graph(store_url, GraphFilter(min_confidence=0.85))) == {"event:u1"}


def test_country_keeps_events_through_places_and_facilities(store_url, wars_graph):
    sy = wars_graph(store_url, GraphFilter(countries=frozenset({"SY"})))
    # s1 occurred at a facility located in a Syrian town (and in Syria itself)
    assert events_of(sy) == {"event:s1", "event:s2"}
    assert "place:bakhmut" not in sy and "place:kafr-nabl" in sy
    ua = wars_graph(store_url, GraphFilter(countries=frozenset({"UA"}), labels=frozenset({"Event", "Actor"})))
    assert events_of(ua) == {"event:u1"}
    assert {d["label"] for _, d in ua.nodes(data=True)} == {"Event", "Actor"}  # labels still apply
    both = wars_graph(store_url, GraphFilter(countries=frozenset({"SY", "UA"}), since="2020-01-01"))
    assert events_of(both) == {"event:u1"}


def test_filters_reach_every_command(store_url, tmp_path):
    run = CliRunner().invoke
    r = run(main, ["--store", store_url, "analyze", "timeline", "--by", "month", "--country", "Ukraine",
                   "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [(x["name"], x["period"]) for x in json.loads(r.output)] == [("Russia", "2023-02")]
    r = run(main, ["--store", store_url, "analyze", "centrality", "--min-confidence", "0.7", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert {x["name"] for x in json.loads(r.output)} >= {"Russia"}
    assert "Syrian government" not in {x["name"] for x in json.loads(r.output) if x["weight"]}
    r = run(main, ["--store", store_url, "export", "--country", "sy", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert {n["id"] for n in data["nodes"] if n["label"] == "Event"} == {"event:s1", "event:s2"}
    assert {e["target"] for e in data["edges"] if e["type"] == "KILLED"} == {"actor:civilians"}
    assert {e["key"] for e in data["edges"] if e["type"] == "KILLED"} == {"event:s1"}  # u1's edge pruned
    page = tmp_path / "m.html"
    r = run(main, ["--store", store_url, "viz", "--map", "--kind", "abduction", "--since", "2023", "-o", str(page)])
    assert r.exit_code == 0, r.output
    assert "0 events placed; 1 events without coordinates not shown" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("args,message", [
    (["--country", "Atlantis"], "unknown country 'Atlantis'"),
    (["--min-confidence", "1.5"], "1.5 is not in the range"),
    (["--since", "2019-13"], "is not an ISO date"),
])
def test_bad_filter_values_are_usage_errors(store_url, args, message):
    r = CliRunner().invoke(main, ["--store", store_url, "viz", *args])
    assert r.exit_code == 2
    assert message in r.output


# --- the graph view ------------------------------------------------------------------------


def test_role_names_and_victim_groups_are_generic_but_named_actors_are_not():
    assert is_generic({"label": "Actor", "name": "civilians", "type": "civilians"})
    assert is_generic({"label": "Actor", "name": "unknown gunmen", "type": "armed_group"})
    assert is_generic({"label": "Actor", "name": "Villagers", "type": "civilians"})
    assert not is_generic({"label": "Actor", "name": "al-Shabaab", "type": "armed_group"})
    assert not is_generic({"label": "Actor", "name": "<b>x</b> brigade", "type": "armed_group"})
    assert not is_generic({"label": "Place", "name": "rural damascus", "type": "province"})
    assert is_generic({"label": "Facility", "name": "Water station", "type": "water"})
    assert not is_generic({"label": "Facility", "name": "Kafr Nabl hospital", "type": "medical"})
    assert is_barrier({"label": "Place", "name": "Syria", "type": "country"})
    assert not is_barrier({"label": "Place", "name": "Kafr Nabl", "type": "town"})


def test_events_are_named_by_type_place_and_date(store_url, wars_graph):
    g = wars_graph(store_url)
    # the facility is the finest place of s1, before Syria
    assert event_label(g, "event:s1") == "airstrike · Kafr Nabl hospital · 5 May 2019"
    assert event_label(g, "event:s2") == "airstrike · Kafr Nabl · 5 May 2019"
    assert event_label(g, "event:x1") == "abduction · Jan 2023"


def test_victim_groups_are_drawn_per_event_and_incidents_as_one(store_url, wars_graph):
    g = wars_graph(store_url)
    view = select_view(g)
    assert "actor:civilians" not in view
    copies = {n for n, d in view.nodes(data=True) if d.get("generic_of") == "actor:civilians"}
    # s2 is drawn as s1 (one incident): three events, three copies
    assert copies == {"actor:civilians@event:s1", "actor:civilians@event:u1", "actor:civilians@event:x1"}
    assert {n for n, d in view.nodes(data=True) if d["label"] == "Event"} == {"event:s1", "event:u1", "event:x1"}
    assert sorted(view.nodes["event:s1"]["merged"]) == ["event:s1", "event:s2"]
    # s2's perpetrator now points at the incident's node; no KILLED shortcut beside the events
    assert view.has_edge("actor:syrian-government", "event:s1")
    assert not any(t == "KILLED" for _, _, t in view.edges(data="type"))
    assert all(set(view.predecessors(c)) | set(view.successors(c)) == {c.split("@")[1]} for c in copies)


def test_center_depth_two_does_not_walk_through_victims_or_countries(store_url, wars_graph):
    g = wars_graph(store_url)
    # Russia -> u1 -> civilians would reach every event at depth 3; countries are hubs too
    reached = ego_nodes(g.subgraph(n for n, d in g.nodes(data=True) if d["label"] != "Report"),
                        "actor:syrian-government", 2)
    assert reached == {"actor:syrian-government", "event:s2", "actor:civilians", "place:kafr-nabl",
                       "event:s1"}
    view = select_view(g, center="actor:syrian-government", depth=2)
    assert {n for n, d in view.nodes(data=True) if d["label"] == "Event"} == {"event:s1"}
    assert "event:u1" not in view and "actor:rebels" not in view


def test_graph_page_names_the_incident_and_labels_edges_on_hover(store_url, wars_graph):
    html = R.graph_html(wars_graph(store_url), labels=2)
    nodes = {n["id"]: n for n in json.loads(re.search(r"var nodes = new vis\.DataSet\((.*?)\);\n", html).group(1))}
    named = {n for n, d in nodes.items() if d["label"].strip()}
    assert len(named) == 2
    assert "airstrike · Kafr Nabl hospital · 5 May 2019 (2 reports)" in nodes["event:s1"]["title"]
    assert nodes["actor:civilians@event:u1"]["color"] == R.GENERIC_COLOUR
    assert 'network.on("hoverEdge"' in html and "victim group / role name, per event" in html
