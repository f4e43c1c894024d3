"""Malformed inputs of every format, mixed with two good reports, through `read`, `extract`
and `ingest`: exit 1, no traceback, every bad file named exactly once on stderr, the good
reports (and the reports kept with a warning) in the output, nothing of a failed file read.

The cases are built from fixed seeds in :mod:`fuzz_cases`; the folder is read with a
1 MB limit so the over-size cases fail cheaply and extraction only meets short reports.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.loaders.problems import display_name

sys.path.insert(0, str(Path(__file__).parent))
from fuzz_cases import GOOD, build_cases  # noqa: E402

LIMIT = ["--max-bytes", "1000000"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("fuzz") / "in"
    return folder, build_cases(folder)


def shown(folder: Path, name: str) -> str:
    return display_name(os.path.join(folder, name))


def kept(folder: Path, expected: dict[str, str]) -> set[str]:
    """The files whose reports must come through: the good ones and those only warned about."""
    return {shown(folder, n) for n in GOOD} | {shown(folder, n) for n, o in expected.items() if o == "warning"}


def check_named_once(stderr: str, folder: Path, expected: dict[str, str]) -> None:
    lines = stderr.splitlines()
    assert "Traceback" not in stderr
    for name, outcome in expected.items():
        mine = [line for line in lines if f"{shown(folder, name)}:" in line]
        assert len(mine) == 1, (name, mine)
        assert mine[0].startswith(f"{outcome}: {shown(folder, name)}: "), mine[0]
    problems = [line for line in lines if line.startswith(("failed: ", "skipped: ", "warning: "))]
    assert len(problems) == len(expected)  # nothing said about the good files


def test_the_cases_cover_every_format(inputs: tuple[Path, dict[str, str]]) -> None:
    _, expected = inputs
    assert len(expected) >= 56
    prefixes = {n.split("-")[0] for n in expected}
    assert {"txt", "html", "feed", "json", "jsonl", "csv", "coded", "xlsx", "pdf", "gz", "odd", "special"} <= prefixes
    assert set(expected.values()) == {"failed", "skipped", "warning"}


def test_read_names_every_bad_file_once_and_reads_the_rest(inputs: tuple[Path, dict[str, str]]) -> None:
    folder, expected = inputs
    result = CliRunner().invoke(main, ["read", str(folder), "--format", "jsonl", *LIMIT])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    check_named_once(result.stderr, folder, expected)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["path"].split("#")[0] for r in rows} == kept(folder, expected)
    by_file = {r["path"].split("#")[0]: r for r in rows}
    assert by_file[shown(folder, "good-2.md")]["published"] == "2021-05-04"
    assert by_file[shown(folder, "txt-bad-date.md")]["published"] is None  # kept, undated
    assert by_file[shown(folder, "coded-toll-word.csv")]["killed"] is None  # "many": unknown
    failed = sum(o == "failed" for o in expected.values())
    skipped = sum(o == "skipped" for o in expected.values())
    assert result.stderr.splitlines()[-1] == (
        f"read {len(rows)} reports from {len(kept(folder, expected))} files, {skipped} skipped, {failed} failed")


def test_extract_names_every_bad_file_once_and_extracts_the_rest(
    inputs: tuple[Path, dict[str, str]], nlp: object
) -> None:
    folder, expected = inputs
    result = CliRunner().invoke(main, ["extract", str(folder), "--format", "json", *LIMIT])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines[-1] == f"Error: {sum(o == 'failed' for o in expected.values())} file(s) or report(s) failed; " \
                        "the others were extracted"
    check_named_once("\n".join(lines[:-1]), folder, expected)
    doc = json.loads(result.stdout)
    assert {r["path"].split("#")[0] for r in doc["reports"]} == kept(folder, expected)


def test_ingest_names_every_bad_file_once_and_stores_nothing_of_them(
    inputs: tuple[Path, dict[str, str]], nlp: object, tmp_path: Path
) -> None:
    folder, expected = inputs
    db = tmp_path / "g.db"
    result = CliRunner().invoke(main, ["--store", f"sqlite:///{db}", "ingest", str(folder), *LIMIT])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    check_named_once(result.stderr, folder, expected)
    failed = sum(o == "failed" for o in expected.values())
    skipped = sum(o == "skipped" for o in expected.values())
    assert result.stdout.rstrip().endswith(f"{skipped} files skipped, {failed} failed")
    with SqliteStore(db).open() as store:
        paths = {store.get_node(i)["path"].split("#")[0] for i in store.report_ids()}
        assert len(store.report_ids()) == len(kept(folder, expected))
    assert paths == kept(folder, expected)
