"""`sitgraph export` on the embedded store."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.model import Batch
from sitgraph.graph.sqlite_store import SqliteStore


def _store(tmp_path: Path, batch: Batch) -> str:
    db = tmp_path / "g.db"
    with SqliteStore(db).open() as s:
        s.write(batch)
    return f"sqlite:///{db}"


def test_json_to_stdout(tmp_path: Path, sample_batch: Batch) -> None:
    url = _store(tmp_path, sample_batch)
    result = CliRunner().invoke(main, ["--store", url, "export"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["nodes"]) == 10 and len(data["edges"]) == 14


def test_gexf_and_graphml_to_file(tmp_path: Path, sample_batch: Batch) -> None:
    url = _store(tmp_path, sample_batch)
    for fmt, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        out = tmp_path / f"g.{fmt}"
        result = CliRunner().invoke(main, ["--store", url, "export", "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert result.output == ""
        assert reader(out).number_of_nodes() == 10


def test_csv_needs_a_folder(tmp_path: Path, sample_batch: Batch) -> None:
    url = _store(tmp_path, sample_batch)
    result = CliRunner().invoke(main, ["--store", url, "export", "--format", "csv"])
    assert result.exit_code == 2 and "pass -o FOLDER" in result.output
    out = tmp_path / "csv"
    result = CliRunner().invoke(main, ["--store", url, "export", "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "nodes_Actor.csv").is_file() and (out / "import.sh").is_file()


def test_unwritable_output_is_one_line(tmp_path: Path, sample_batch: Batch) -> None:
    url = _store(tmp_path, sample_batch)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["--store", url, "export", "-o", str(blocker / "out.json")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot write") and len(result.output.strip().splitlines()) == 1
