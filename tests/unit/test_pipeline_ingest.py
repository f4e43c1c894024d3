"""The ingest pipeline on the embedded store: idempotence, resume, order-independence."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.graph.tolls import incident_totals
from sitgraph.loaders.pipeline import IngestOptions, ingest
from sitgraph.loaders.resolve import Resolver

HEADER = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
          "assoc_actor_2", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "fatalities",
          "notes", "source"]
TOWNS = [("Kafr Nabl", 35.61, 36.56), ("Saraqib", 35.86, 36.80), ("Khan Shaykhun", 35.44, 36.65),
         ("Ariha", 35.81, 36.61)]
ACTORS = ["Military Forces of Russia (2000-)", "Military Forces of Syria (2000-)", "Hayat Tahrir al-Sham",
          "Unidentified Armed Group (Syria)"]


def write_acled(path: Path, n: int, start: int = 0) -> Path:
    """A generated ACLED-style CSV of ``n`` air strikes (rows ``start``…)."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i in range(start, start + n):
            town, lat, lon = TOWNS[i % 4]
            day = (dt.date(2019, 1, 1) + dt.timedelta(days=i // 2)).isoformat()  # two towns a day
            w.writerow([f"SYR{i}", day, "Explosions/Remote violence", "Air/drone strike", ACTORS[(i // 4) % 4], "",
                        "Civilians (Syria)", "", "Idleb", "", "", town, lat, lon, i % 3,
                        f"On {day}, an airstrike hit {town} (report {i}), killing {i % 3} civilians.", "SOHR"])
    return path


def export(store) -> tuple[list, list]:
    def dump(row: dict) -> str:
        return json.dumps(row, sort_keys=True, ensure_ascii=False)

    return sorted(map(dump, store.iter_nodes())), sorted(map(dump, store.iter_edges()))


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver.default()


def run(paths, db: Path, resolver: Resolver, **opts):
    with SqliteStore(db).open() as store:
        summary = ingest([str(p) for p in paths], store, resolver, IngestOptions(**opts))
        return summary, export(store)


def test_second_ingest_adds_nothing_and_force_redoes_identically(tmp_path, resolver) -> None:
    csv_path = write_acled(tmp_path / "a.csv", 30)
    first, graph = run([csv_path], tmp_path / "g.db", resolver, batch_reports=7)
    assert (first.written, first.already, first.failures) == (30, 0, ())
    again, graph2 = run([csv_path], tmp_path / "g.db", resolver)
    assert (again.written, again.already) == (0, 30) and graph2 == graph
    forced, graph3 = run([csv_path], tmp_path / "g.db", resolver, force=True)
    assert forced.written == 30 and graph3 == graph


def test_graph_does_not_depend_on_order_or_batch_size(tmp_path, resolver) -> None:
    a = write_acled(tmp_path / "a.csv", 20)
    b = write_acled(tmp_path / "b.csv", 20, start=20)
    _, one = run([a, b], tmp_path / "1.db", resolver, batch_reports=3)
    _, two = run([b, a], tmp_path / "2.db", resolver, batch_reports=50)
    assert one == two
    nodes = "\n".join(one[0])
    assert '"id": "actor:russia"' in nodes and '"id": "actor:syrian-government"' in nodes


def test_duplicate_events_are_linked_and_tolls_count_them_once(tmp_path, resolver) -> None:
    # The same strikes told by two datasets: rows 0..7 again under other ids and source.
    a = write_acled(tmp_path / "a.csv", 8)
    text = a.read_text(encoding="utf-8").replace("SYR", "DUP").replace("SOHR", "SNHR").replace("(report", "(dup")
    b = tmp_path / "b.csv"
    b.write_text(text, encoding="utf-8")
    summary, _ = run([a, b], tmp_path / "g.db", resolver)
    assert summary.links == 8
    with SqliteStore(tmp_path / "g.db").open() as store:
        t = incident_totals(store)
    assert (t["events"], t["incidents"]) == (16, 8)
    assert t["killed"] == sum(i % 3 for i in range(8)) and t["killed_reported"] == 2 * t["killed"]


def test_failed_files_are_collected_and_the_rest_ingested(tmp_path, resolver) -> None:
    good = write_acled(tmp_path / "a.csv", 5)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    summary, _ = run([good, bad, tmp_path / "missing.txt"], tmp_path / "g.db", resolver)
    assert summary.written == 5 and len(summary.failures) == 2
    assert {Path(f.path).name for f in summary.failures} == {"bad.json", "missing.txt"}


def _report_count(db: Path) -> int:
    try:
        if not db.exists():
            return 0
        con = sqlite3.connect(db, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM nodes WHERE label = 'Report'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def ingest_cmd(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "sitgraph.cli", "--store", f"sqlite:///{db}", "--no-progress", "ingest", *args]


def test_sigkill_halfway_then_rerun_gives_the_uninterrupted_graph(tmp_path, resolver) -> None:
    n = 1500
    csv_path = write_acled(tmp_path / "many.csv", n)
    clean = tmp_path / "clean.db"
    run([csv_path], clean, resolver, batch_reports=500)
    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(ingest_cmd(killed, str(csv_path), "--batch-size", "10"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _report_count(killed) < 50 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL) if proc.poll() is None else None
    proc.wait()
    done = _report_count(killed)
    assert 0 < done < n, "the run was not killed halfway; make the corpus larger"
    assert done % 10 == 0  # whole batches only
    rerun, _ = run([csv_path], killed, resolver, batch_reports=10)
    assert (rerun.written, rerun.already) == (n - done, done)
    with SqliteStore(clean).open() as a, SqliteStore(killed).open() as b:
        assert export(a) == export(b)


def test_cli_ingest_show_and_exit_codes(tmp_path) -> None:
    csv_path = write_acled(tmp_path / "a.csv", 8)
    db = f"sqlite:///{tmp_path / 'g.db'}"
    runner = CliRunner()
    r = runner.invoke(main, ["--store", db, "--no-progress", "ingest", str(csv_path), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert '"written": 8' in r.output
    r = runner.invoke(main, ["--store", db, "ingest", str(csv_path), str(tmp_path / "nope.txt")])
    assert r.exit_code == 1 and "nope.txt" in r.output and "ingested 0 reports" in r.output
    r = runner.invoke(main, ["--store", db, "show", "Kafranbel"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Place place:") and "<-[OCCURRED_IN]-" in r.output and "Evidence" in r.output
    r = runner.invoke(main, ["--store", db, "show", "actor:russia", "--format", "json"])
    assert r.exit_code == 0 and '"-[ATTACKED]->"' in r.output
    r = runner.invoke(main, ["--store", db, "show", "no such thing"])
    assert r.exit_code == 1 and "no node" in r.output
    r = runner.invoke(main, ["--store", db, "ingest", str(csv_path), "--workers", "0"])
    assert r.exit_code == 2


@pytest.mark.skipif(os.cpu_count() == 1, reason="needs two cores to be worth it")
def test_text_reports_give_the_same_graph_with_one_or_two_workers(tmp_path, resolver) -> None:
    texts = [
        "Russian warplanes struck the hospital in Kafranbel on Sunday, killing two civilians.",
        "Syrian regime helicopters dropped barrel bombs on Saraqib, wounding five civilians.",
        "Hayat Tahrir al-Sham fighters captured the village of al-Bani from regime forces on Monday.",
        "The White Helmets said Russian airstrikes hit Khan Shaykhun market, killing three people.",
    ]
    for i, t in enumerate(texts):
        (tmp_path / f"r{i}.txt").write_text(f"---\npublished: 2019-05-07\n---\n{t}\n", encoding="utf-8")
    paths = sorted(tmp_path.glob("r*.txt"))
    one, g1 = run(paths, tmp_path / "1.db", resolver, chunk_reports=1)
    two, g2 = run(paths, tmp_path / "2.db", resolver, workers=2, chunk_reports=1)
    assert one.written == two.written == 4 and one.events > 0
    assert g1 == g2
