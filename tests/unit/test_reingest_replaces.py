"""Re-ingest replaces: after a change of aliases or of extraction rules, ``--force``
leaves the graph a fresh ingest gives, old events, edges and orphaned entities gone."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.model import Batch, EdgeRecord, Extraction, NodeRecord, props
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.loaders import pipeline
from sitgraph.loaders.pipeline import IngestOptions, ingest
from sitgraph.loaders.resolve import Resolver

_OLD_RULES = pipeline.extraction_to_batch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_pipeline_ingest import export, write_acled  # noqa: E402 - corpus generator

# The user says ACLED's Russian forces are the aerospace forces: every Russian strike
# changes perpetrator, and actor:russia is left with nothing.
ALIASES = "alias,id\nMilitary Forces of Russia (2000-),actor:russian-aerospace-forces\n"


def perpetrated(store) -> list[tuple[str, str]]:
    return sorted((e["source"], e["target"]) for e in store.iter_edges(("PERPETRATED",)))


def test_cli_force_after_an_alias_change_equals_a_fresh_ingest(tmp_path) -> None:
    csv_path = write_acled(tmp_path / "a.csv", 24)
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(ALIASES, encoding="utf-8")
    runner = CliRunner()

    def run(db: str, *args: str) -> None:
        r = runner.invoke(main, ["--store", f"sqlite:///{tmp_path / db}", "--no-progress", "ingest",
                                 str(csv_path), *args])
        assert r.exit_code == 0, r.output

    run("g.db")
    run("g.db", "--aliases", str(aliases), "--force")
    run("fresh.db", "--aliases", str(aliases))
    run("old.db")
    with SqliteStore(tmp_path / "g.db").open() as g, SqliteStore(tmp_path / "fresh.db").open() as fresh, \
            SqliteStore(tmp_path / "old.db").open() as old:
        assert export(g) == export(fresh)
        assert export(old) != export(fresh)  # the change did change the graph
        assert perpetrated(g) == perpetrated(fresh)
        assert [a for a, _ in perpetrated(g)].count("actor:russian-aerospace-forces") == 8  # rows 0-3, 16-19
        assert g.get_node("actor:russia") is None and old.get_node("actor:russia") is not None
        assert [n["id"] for n in g.find_nodes("Military Forces of Russia (2000-)")] == [
            "actor:russian-aerospace-forces"]


def _new_rules(x: Extraction) -> Extraction:
    """Other extraction rules: odd rows' strikes lose their perpetrator, and the place
    'Ariha' is no longer recognised at all."""
    dropped = {e.id for e in x.entities if e.name == "Ariha"}
    odd = int(x.report.path.rsplit("=", 1)[1]) % 2 == 1 if x.report.path and "#row=" in x.report.path else False
    events = tuple(dataclasses.replace(ev, actors=() if odd else ev.actors,
                                       places=tuple(p for p in ev.places if p not in dropped))
                   for ev in x.events)
    return dataclasses.replace(x, entities=tuple(e for e in x.entities if e.id not in dropped), events=events)


@pytest.fixture
def new_rules(monkeypatch):
    def apply() -> None:
        monkeypatch.setattr(pipeline, "extraction_to_batch", lambda x, r: _OLD_RULES(_new_rules(x), r))

    return apply


def test_force_after_a_rule_change_equals_a_fresh_ingest(tmp_path, new_rules) -> None:
    a = write_acled(tmp_path / "a.csv", 20)
    # The same strikes in a second dataset, so incident links cross the replaced reports.
    b = tmp_path / "b.csv"
    b.write_text(a.read_text(encoding="utf-8").replace("SYR", "DUP").replace("SOHR", "SNHR"), encoding="utf-8")
    resolver = Resolver.default()
    with SqliteStore(tmp_path / "g.db").open() as g:
        ingest([str(a), str(b)], g, resolver, IngestOptions(batch_reports=6))
        old_links = len(list(g.iter_edges(("SAME_INCIDENT",))))
        ariha = g.find_nodes("Ariha")[0]["id"]
        assert old_links == 20 and sum(e["type"] == "MENTIONS" for e in g.edges_of(ariha)) == 10
        new_rules()
        forced = ingest([str(a)], g, resolver, IngestOptions(batch_reports=4, force=True))
        assert (forced.written, forced.already) == (20, 0)
        with SqliteStore(tmp_path / "fresh.db").open() as fresh:
            # b's reports keep their old extraction in g: so must they in the fresh graph.
            ingest([str(a)], fresh, resolver)
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(pipeline, "extraction_to_batch", _OLD_RULES)
                ingest([str(b)], fresh, resolver)
            assert export(g) == export(fresh)
        # Re-linked to b's events, but for the five strikes on Ariha, which lost their place.
        assert len(list(g.iter_edges(("SAME_INCIDENT",)))) == old_links - 5
        # a: its even rows, b: all rows, but for the Unidentified Armed Group's (rows 12-15)
        assert len(perpetrated(g)) == 8 + 16
        ariha = g.find_nodes("Ariha")[0]["id"]
        assert sum(e["type"] == "MENTIONS" for e in g.edges_of(ariha)) == 5  # b's rows only


def _report(rid: str, entity: tuple[str, str], names: list[str], event: bool = False) -> Batch:
    """A report that names one actor (with these names), and maybe an attack by it."""
    label, nid = entity
    rep = f"report:{rid}"
    nodes = [NodeRecord("Report", rep, props(title=rid)), NodeRecord(label, nid, props(name=names[0], aliases=names))]
    edges = [EdgeRecord("MENTIONS", rep, "Report", nid, label, "", props(forms=names, count=1, aliases=names))]
    if event:
        eid = f"event:{rid}"
        nodes.append(NodeRecord("Event", eid, props(kind="Attack", date="2020-01-01", report_id=rep)))
        edges += [EdgeRecord("REPORTS", rep, "Report", eid, "Event"),
                  EdgeRecord("PERPETRATED", nid, label, eid, "Event"),
                  EdgeRecord("TARGETED", eid, "Event", "actor:b", "Actor"),
                  EdgeRecord("ATTACKED", nid, label, "actor:b", "Actor", eid, props(event_id=eid))]
        nodes.append(NodeRecord("Actor", "actor:b", props(name="B", aliases=["B"])))
    return Batch(tuple(nodes), tuple(edges))


def check_replacing_takes_a_reports_names_and_records_away(store, fresh) -> None:
    """Store-level parity: one report replaced in ``store`` against the same final
    reports written once into ``fresh`` (both empty, of any kind)."""
    store.write(_report("r1", ("Actor", "actor:x"), ["X", "the X brigade", "Xers"], event=True))
    store.write(_report("r2", ("Actor", "actor:x"), ["X", "X group"]))
    assert sorted(n["id"] for n in store.find_nodes("Xers")) == ["actor:x"]
    # r1 again, now read as naming another actor: x keeps only r2's names, b (targeted by
    # r1's old event only) and the old event's edges go.
    new_r1 = _report("r1", ("Actor", "actor:y"), ["the X brigade", "Y"])
    store.write(new_r1, replace=["report:r1"])
    fresh.write(_report("r2", ("Actor", "actor:x"), ["X", "X group"]))
    fresh.write(new_r1)
    assert export(store) == export(fresh)
    assert store.get_node("actor:x")["aliases"] == ["X", "X group"]
    assert store.find_nodes("Xers") == [] and [n["id"] for n in store.find_nodes("the X brigade")] == ["actor:y"]
    assert store.get_node("actor:b") is None and store.get_node("event:r1") is None
    assert store.counts()["relationships"] == {"MENTIONS": 2}
    # r2 replaced by nothing of x: x goes too.
    store.write(_report("r2", ("Actor", "actor:y"), ["Y"]), replace=["report:r2"])
    assert store.get_node("actor:x") is None and store.counts()["nodes"] == {"Actor": 1, "Report": 2}


def test_replacing_takes_a_reports_names_and_records_away(tmp_path) -> None:
    with SqliteStore(tmp_path / "g.db").open() as store, SqliteStore(tmp_path / "fresh.db").open() as fresh:
        check_replacing_takes_a_reports_names_and_records_away(store, fresh)
