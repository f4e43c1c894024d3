"""The README's commands run as written, on `examples/`, so the README cannot rot.

Every fenced ``sh`` block of README.md is split into command lines, and each line is put in
one of four classes by a fixed rule (:func:`classify`):

- ``install``: the lines making a venv and ``pip install``-ing into it. The test
  environment is that install; `.ci/run` makes it in a fresh venv as the README says.
- ``suite``: ``python3 -m pytest`` lines, which run this very suite.
- ``server``: every line of a block that mentions Neo4j (a server, its URL or Cypher):
  run against the test server by tests/integration/test_readme_neo4j.py.
- ``local``: everything else, run here in a temporary directory holding a copy of
  ``examples/``, in order, through click's CliRunner (in process, fast).
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.loaders.paths import FOLDER_DOCS

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
EXAMPLES = ROOT / "examples"
_FENCE = re.compile(r"^```sh\n(.*?)^```", re.M | re.S)
HAVE_DASK = importlib.util.find_spec("distributed") is not None
_SERVER_WORDS = re.compile(r"neo4j|cypher|bolt://", re.I)


def sh_blocks(markdown: str) -> list[list[str]]:
    """The non-blank lines of each fenced ``sh`` block, in order."""
    return [[ln.strip() for ln in m.group(1).splitlines() if ln.strip()] for m in _FENCE.finditer(markdown)]


def classify(line: str, block: list[str]) -> str:
    """``install``, ``suite``, ``server`` or ``local`` (see the module docstring)."""
    words = shlex.split(line, comments=True)
    if words[:1] == ["python3"] and ("venv" in words or "pip" in words and "install" in words):
        return "install"
    if words[:1] == ["python3"] and "pytest" in words:
        return "suite"
    if any(_SERVER_WORDS.search(ln) for ln in block):
        return "server"
    return "local"


def readme_commands(kind: str) -> list[list[str]]:
    """The README's command lines of one class, as argument lists (comments dropped)."""
    blocks = sh_blocks(README.read_text(encoding="utf-8"))
    return [shlex.split(ln, comments=True) for b in blocks for ln in b if classify(ln, b) == kind]


def output_files(args: list[str]) -> Iterator[Path]:
    """The files a command is told to write with ``-o``/``--output``."""
    for flag, value in zip(args, args[1:], strict=False):
        if flag in ("-o", "--output") and value != "-":
            yield Path(value)


def test_ci_runs_the_readmes_test_command() -> None:
    """`.ci/run` runs the suite exactly as the README tells a user to (one command, one place
    to change it)."""
    suite = [shlex.join(words) for words in readme_commands("suite")]
    assert len(suite) == 1
    ci_lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert suite[0] in ci_lines


def test_classify_rules() -> None:
    local = ["sitgraph stats"]
    server = ["sitgraph neo4j status", "sitgraph stats"]
    assert classify("python3 -m pip install -e '.[dev]'   # Python 3.11+", local) == "install"
    assert classify("python3 -m venv .venv && . .venv/bin/activate", local) == "install"
    assert classify("python3 -m pytest tests", local) == "suite"
    assert classify("sitgraph stats", server) == "server"
    assert classify("sitgraph stats", local) == "local"
    assert classify('sitgraph cypher "MATCH (n) RETURN n"', ['sitgraph cypher "MATCH (n) RETURN n"']) == "server"
    assert sh_blocks("text\n```sh\na  # x\n\nb\n```\n```python\nc\n```\n```sh\nd\n```\n") == [["a  # x", "b"], ["d"]]


def test_readme_has_every_kind_of_command() -> None:
    local = readme_commands("local")
    assert [a[:2] for a in local if a[:1] == ["sitgraph"]][:4] == [
        ["sitgraph", "ingest"], ["sitgraph", "stats"], ["sitgraph", "analyze"], ["sitgraph", "viz"]]
    assert ["sitgraph", "ingest", "examples/"] in local, "the first run must read examples/"
    assert readme_commands("install") == [["python3", "-m", "venv", ".venv", "&&", ".", ".venv/bin/activate"],
                                          ["python3", "-m", "pip", "install", "-e", ".[dev]"]]
    assert any(a[:2] == ["sitgraph", "cypher"] for a in readme_commands("server"))


def test_readme_local_commands_run_on_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for var in ("SITGRAPH_STORE", "NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(var, raising=False)
    runner = CliRunner()
    ran = []
    for args in readme_commands("local"):
        assert args[0] == "sitgraph", f"only sitgraph commands are expected in the README's first run: {args}"
        result = runner.invoke(main, args[1:], catch_exceptions=False)
        shown = " ".join(args)
        if "--scheduler" in args and not HAVE_DASK:
            # The README installs the Dask extra for this one command; without it the command
            # must say which extra is missing in one line, not fail half-way.
            assert result.exit_code == 1 and "pip install 'sitgraph[dask]'" in result.output, result.output
            continue
        assert result.exit_code == 0, f"{shown} exited {result.exit_code}: {result.output[-500:]}"
        assert result.output.strip(), f"{shown} printed nothing"
        assert "(no rows)" not in result.output, f"{shown} found nothing: {result.output[-500:]}"
        for out in output_files(args):
            assert out.is_file() and out.stat().st_size > 10_000, f"{shown} did not write {out}"
        ran.append((args, result.output))
    ingested = re.search(r"ingested (\d+) reports \((\d+) events", ran[0][1])
    assert ingested and int(ingested.group(1)) >= 25 and int(ingested.group(2)) >= 30, ran[0][1]
    assert "0 failed" in ran[0][1] and "0 files skipped" in ran[0][1], ran[0][1]
    counts = dict(re.findall(r"^node\s+(\w+)\s+(\d+)$", ran[1][1], re.M))
    for label in ("Actor", "Event", "Place", "Report", "Facility"):
        assert int(counts.get(label, 0)) > 0, f"stats shows no {label}: {ran[1][1]}"
    top = ran[2][1].splitlines()
    assert top[0].split()[0] == "name" and len(top) == 2 + 10, ran[2][1]


def test_every_example_file_is_read_without_error() -> None:
    result = CliRunner().invoke(main, ["read", str(EXAMPLES), "--chars", "20", "--format", "jsonl"])
    # The folder's README describes it and is no report (read only when named).
    files = sorted(p.name for p in EXAMPLES.iterdir() if p.name.split(".", 1)[0].lower() not in FOLDER_DOCS)
    assert "README.md" not in files and len(files) >= 10
    assert result.exit_code == 0, result.output[-500:]
    assert f"from {len(files)} files, 0 skipped, 0 failed" in result.output
    read = {Path(json.loads(line)["path"].split("#", 1)[0]).name for line in result.stdout.splitlines()}
    assert read == set(files)  # every example gives a report (or coded event), by its name


# --- every command's --help ----------------------------------------------------------------


def walk(cmd: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Every command of the group, depth first, with the words that invoke it."""
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name, sub in sorted(cmd.commands.items()):
            yield from walk(sub, (*path, name))


COMMANDS = list(walk(main))


def test_walk_finds_the_subcommands() -> None:
    paths = {p for p, _ in COMMANDS}
    assert {(), ("ingest",), ("analyze", "centrality"), ("neo4j", "start"), ("query", "run")} <= paths
    assert len(paths) >= 20


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=lambda p: " ".join(p) or "sitgraph")
def test_help_has_a_description_and_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: "), result.output[:200]
    cmd = dict(COMMANDS)[path]
    assert cmd.help and len(cmd.help.strip().splitlines()[0]) > 15, f"{path}: no description"
    example = re.escape(" ".join(("sitgraph", *path)))
    assert re.search(rf"^\s+{example}(\s|$)", result.output, re.M), f"{path}: no example line in --help"
