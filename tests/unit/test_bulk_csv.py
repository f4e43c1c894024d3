"""The streamed CSV files of a staging store are the files the in-memory export writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitgraph.graph.bulk import finish
from sitgraph.graph.bulk_csv import write_staged_csv
from sitgraph.graph.export import ExportError, write_csv
from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.graph.sqlite_store import SqliteStore


def odd_values() -> Batch:
    """Values whose column type or cell is easy to get wrong when rows come in pages:
    an integer column that turns double on a late row, one that turns text, an empty
    list, a missing value, formula-like text, ids that sort apart by byte."""
    nodes = (
        NodeRecord("Place", "place:a", props(name="A", type="town", lat=35, lon=36.5)),
        NodeRecord("Place", "place:b", props(name="B", type="town", lat=35, lon=36)),
        NodeRecord("Place", "place:é", props(name="=E()", type="town", lat=35.25, lon=36)),
        NodeRecord("Place", "place:Z", props(name="Z", type="town", lat=34, lon="36 E", country="Syria")),
        NodeRecord("Actor", "actor:x", props(name="+X", type="armed_group", aliases=[])),
        NodeRecord("Actor", "actor:y", props(name="Y", type="state", aliases=["b;c", "a"])),
        NodeRecord("Event", "event:1", props(kind="Attack", type="shelling", date="2021-01-02", killed=2,
                                             tolls=[1, 2], confirmed=True)),
        NodeRecord("Event", "event:2", props(kind="Attack", type="airstrike", date="2021-01-03", killed=None,
                                             wounded=4, tolls=[2.5], confirmed=False)),
    )
    edges = (
        EdgeRecord("OCCURRED_IN", "event:1", "Event", "place:é", "Place"),
        EdgeRecord("OCCURRED_IN", "event:2", "Event", "place:a", "Place"),
        EdgeRecord("KILLED", "actor:x", "Actor", "actor:y", "Actor", "event:1",
                   props(event_id="event:1", date="2021-01-02", count=2, type="shelling")),
        EdgeRecord("KILLED", "actor:x", "Actor", "actor:y", "Actor", "event:2",
                   props(event_id="event:2", date="2021-01-03", count=1.5, type="airstrike")),
        EdgeRecord("PERPETRATED", "actor:x", "Actor", "event:2", "Event", "", props(how="claimed")),
        EdgeRecord("PERPETRATED", "actor:y", "Actor", "event:1", "Event"),
    )
    return Batch(nodes, edges)


@pytest.fixture(params=["sample", "odd"])
def store(request, tmp_path: Path, sample_batch: Batch):
    with SqliteStore(tmp_path / "g.db").open() as s:
        s.write(sample_batch if request.param == "sample" else odd_values())
        yield s


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("page", [1, 2, 1000])
def test_streamed_files_are_the_in_memory_export(store, tmp_path: Path, page: int) -> None:
    want = tmp_path / "memory"
    got = tmp_path / "streamed"
    assert [p.name for p in write_staged_csv(store, got, page=page)] == [p.name for p in write_csv(store, want)]
    assert files(got) == files(want)
    assert len(files(got)) > 5


def test_odd_values_get_the_types_and_cells_of_the_export(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "g.db").open() as s:
        s.write(odd_values())
        write_staged_csv(s, tmp_path / "out", page=1)
    place = (tmp_path / "out" / "nodes_Place.csv").read_text(encoding="utf-8").splitlines()
    assert place[0] == "id:ID,:LABEL,country:string,lat:double,lon:string,name:string,type:string"
    assert place[1:] == ["place:Z,Place,Syria,34,36 E,Z,town", "place:a,Place,,35,36.5,A,town",
                         "place:b,Place,,35,36,B,town", "place:é,Place,,35.25,36,'=E(),town"]
    actor = (tmp_path / "out" / "nodes_Actor.csv").read_text(encoding="utf-8").splitlines()
    assert actor == ["id:ID,:LABEL,aliases:string[],name:string,type:string",
                     "actor:x,Actor,,'+X,armed_group", "actor:y,Actor,\"a;b,c\",Y,state"]
    event = (tmp_path / "out" / "nodes_Event.csv").read_text(encoding="utf-8").splitlines()
    assert event == ["id:ID,:LABEL,confirmed:boolean,date:string,killed:long,kind:string,tolls:double[],type:string,"
                     "wounded:long",
                     "event:1,Event,true,2021-01-02,2,Attack,1;2,shelling,",
                     "event:2,Event,false,2021-01-03,,Attack,2.5,airstrike,4"]
    killed = (tmp_path / "out" / "relationships_KILLED.csv").read_text(encoding="utf-8").splitlines()
    assert killed[0] == ":START_ID,:END_ID,:TYPE,count:double,date:string,event_id:string,key:string,type:string"
    assert killed[1].startswith("actor:x,actor:y,KILLED,2,")
    perpetrated = (tmp_path / "out" / "relationships_PERPETRATED.csv").read_text(encoding="utf-8").splitlines()
    assert perpetrated == [":START_ID,:END_ID,:TYPE,how:string", "actor:x,event:2,PERPETRATED,claimed",
                           "actor:y,event:1,PERPETRATED,"]


def test_a_folder_with_other_csv_files_is_refused(store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "nodes_Other.csv").write_text("id:ID\n", encoding="utf-8")
    with pytest.raises(ExportError, match="holds other CSV files"):
        write_staged_csv(store, out)
    (out / "nodes_Other.csv").unlink()
    bulk = finish(store, out)
    assert {p.name for p in bulk.files} == {p.name for p in out.glob("*.csv")}
    assert bulk.nodes == sum(store.counts()["nodes"].values())
    assert bulk.relationships == sum(store.counts()["relationships"].values())
    assert "neo4j-admin database import full neo4j" in bulk.command


def test_parallel_lists_keep_their_pairs(tmp_path: Path) -> None:
    # attacks_from[k] attacked attacks_on[k]: sorting each list apart (as the set-like lists
    # are) would pair x with a and y with z, and the imported graph would answer
    # who-attacked-whom otherwise than the store it came from.
    from sitgraph.graph.export import export_json

    incident = NodeRecord("Incident", "incident:1", props(kind="Attack", events=["event:2", "event:1"],
                                                           attacks_from=["actor:x", "actor:y"],
                                                           attacks_on=["actor:z", "actor:a"]))
    with SqliteStore(tmp_path / "g.db").open() as s:
        s.write(Batch((incident,), ()))
        write_staged_csv(s, tmp_path / "out", page=1)
        node = next(n for n in export_json(s)["nodes"] if n["id"] == "incident:1")
    assert (node["attacks_from"], node["attacks_on"]) == (["actor:x", "actor:y"], ["actor:z", "actor:a"])
    assert node["events"] == ["event:1", "event:2"]  # a set-like list is still written sorted
    rows = (tmp_path / "out" / "nodes_Incident.csv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split(",")
    cells = rows[1].split(",")
    assert cells[header.index("attacks_from:string[]")] == "actor:x;actor:y"
    assert cells[header.index("attacks_on:string[]")] == "actor:z;actor:a"
    assert cells[header.index("events:string[]")] == "event:1;event:2"
