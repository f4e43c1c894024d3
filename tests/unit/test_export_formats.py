"""Exports of the embedded store: JSON, GraphML, GEXF and the neo4j-admin CSV layout."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from sitgraph.graph.export import (
    ExportError,
    csv_tables,
    export_gexf,
    export_graphml,
    export_json,
    export_text,
    import_command,
    write_csv,
)
from sitgraph.graph.model import Batch
from sitgraph.graph.sqlite_store import SqliteStore


@pytest.fixture
def store(tmp_path: Path, sample_batch: Batch):
    with SqliteStore(tmp_path / "g.db").open() as s:
        s.write(sample_batch)
        yield s


def test_json_is_sorted_and_independent_of_write_order(store, tmp_path: Path, sample_batch: Batch) -> None:
    data = export_json(store)
    assert [n["id"] for n in data["nodes"]] == sorted(n.id for n in sample_batch.nodes)
    keys = [(e["type"], e["source"], e["target"], e["key"]) for e in data["edges"]]
    assert keys == sorted(keys) and len(keys) == len(sample_batch.edges)
    russia = next(n for n in data["nodes"] if n["id"] == "actor:russia")
    assert russia == {"aliases": ["Moscow", "Russia"], "id": "actor:russia", "label": "Actor",
                      "name": "Russia", "type": "state"}
    reversed_batch = Batch(sample_batch.nodes[::-1], sample_batch.edges[::-1])
    with SqliteStore(tmp_path / "other.db").open() as other:
        other.write(reversed_batch)
        assert export_text(other, "json") == export_text(store, "json")
    assert json.loads(export_text(store, "json")) == data


def test_graphml_reads_back(store) -> None:
    g = nx.read_graphml(io.BytesIO(export_graphml(store).encode("utf-8")), force_multigraph=True)
    assert g.number_of_nodes() == 10 and g.number_of_edges() == 14
    assert g.nodes["actor:russia"]["label"] == "Actor"
    assert g.nodes["actor:russia"]["aliases"] == "Moscow;Russia"
    assert g.nodes["place:kafranbel"]["lat"] == pytest.approx(35.61)
    killed = [d for _, _, d in g.out_edges("actor:russia", data=True) if d["type"] == "KILLED"]
    assert killed[0]["count"] == 2 and killed[0]["event_id"] == "event:e1"
    assert export_graphml(store) == export_graphml(store)


def test_gexf_reads_back_with_names_as_labels(store) -> None:
    text = export_gexf(store)
    g = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    assert g.number_of_nodes() == 10 and g.number_of_edges() == 14
    assert g.nodes["actor:russia"]["label"] == "Russia"
    assert g.nodes["actor:russia"]["neo4j_label"] == "Actor"
    attacked = [d for _, _, d in g.out_edges("actor:russia", data=True) if d.get("rel_type") == "ATTACKED"]
    assert attacked[0]["event_type"] == "airstrike"
    reports = [d for _, _, d in g.out_edges("report:r1", data=True) if d.get("rel_type") == "REPORTS"]
    assert reports[0]["prop_start"] == 10 and reports[0]["prop_end"] == 58


def test_csv_tables_in_neo4j_admin_layout(store) -> None:
    tables = csv_tables(export_json(store))
    assert sorted(tables) == sorted(
        [f"nodes_{label}.csv" for label in ("Actor", "Agreement", "Event", "Facility", "Place", "Report")]
        + [f"relationships_{t}.csv" for t in ("ALLIED_WITH", "ATTACKED", "CONCERNS", "KILLED", "LOCATED_IN",
                                              "MENTIONS", "OCCURRED_IN", "PARTY_TO", "PERPETRATED", "REPORTS",
                                              "TARGETED")])
    header, rows = tables["nodes_Actor.csv"]
    assert header == ["id:ID", ":LABEL", "aliases:string[]", "name:string", "type:string"]
    assert rows[1] == ["actor:russia", "Actor", "Moscow;Russia", "Russia", "state"]
    assert tables["nodes_Place.csv"][0] == [
        "id:ID", ":LABEL", "country:string", "lat:double", "lon:double", "name:string", "type:string"]
    assert tables["nodes_Event.csv"][0][2:] == [
        "confidence:double", "date:string", "evidence:string", "killed:long", "kind:string", "type:string",
        "wounded:long"]
    header, rows = tables["relationships_KILLED.csv"]
    assert header == [":START_ID", ":END_ID", ":TYPE", "count:long", "date:string", "event_id:string", "key:string"]
    assert rows == [["actor:russia", "actor:civilians", "KILLED", 2, "2019-05-05", "event:e1", "event:e1"]]
    header, _ = tables["relationships_ATTACKED.csv"]
    assert "type:string" in header  # the event's type, under its name in the graph
    assert tables["relationships_LOCATED_IN.csv"][0] == [":START_ID", ":END_ID", ":TYPE"]


def test_write_csv_folder_and_import_command(store, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    paths = write_csv(store, out)
    assert len(paths) == 17 and all(p.parent == out for p in paths)
    with (out / "nodes_Report.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["id:ID", ":LABEL"] and rows[1][0] == "report:r1"
    script = (out / "import.sh").read_text(encoding="utf-8")
    assert "--array-delimiter=';'" in script and "--nodes=nodes_Actor.csv" in script
    assert "--relationships=relationships_KILLED.csv" in script
    write_csv(store, out)  # re-export into its own folder is fine
    (out / "stray.csv").write_text("x\n", encoding="utf-8")
    with pytest.raises(ExportError, match="holds other CSV files"):
        write_csv(store, out)


def test_list_items_holding_the_delimiter_do_not_split() -> None:
    data = {"nodes": [{"id": "actor:x", "label": "Actor", "aliases": ["a;b", "c"]}], "edges": []}
    _, rows = csv_tables(data)["nodes_Actor.csv"]
    assert rows == [["actor:x", "Actor", "a,b;c"]]


def test_mixed_numbers_are_double_and_mixed_kinds_string() -> None:
    data = {"nodes": [{"id": "place:a", "label": "Place", "lat": 1, "x": 1},
                      {"id": "place:b", "label": "Place", "lat": 2.5, "x": "one"}], "edges": []}
    header, _ = csv_tables(data)["nodes_Place.csv"]
    assert header == ["id:ID", ":LABEL", "lat:double", "x:string"]


def test_import_command_lists_files() -> None:
    cmd = import_command(["relationships_X.csv", "nodes_A.csv"], database="graph")
    assert cmd.split(" \\\n  ") == ["neo4j-admin database import full graph", "--array-delimiter=';'",
                                     "--multiline-fields=true", "--nodes=nodes_A.csv",
                                     "--relationships=relationships_X.csv"]


def test_unknown_text_format(store) -> None:
    with pytest.raises(ExportError, match="not a text format"):
        export_text(store, "csv")
