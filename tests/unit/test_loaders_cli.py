"""`sitgraph read`: what was read on stdout, one line per problem and a summary on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitgraph.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "loaders"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, ["read", *args], input=stdin)


def test_read_table_of_reports_and_coded_events() -> None:
    result = run(str(FIXTURES / "note.md"), str(FIXTURES / "acled_legacy.csv"))
    assert result.exit_code == 0, result.output
    assert "Weekly note: Jisr al-Shughur" in result.stdout
    assert "Free Hills Brigade; Stone Guards; Valley Youth" in result.stdout
    assert "Capture" in result.stdout
    assert result.stderr.strip().splitlines()[-1] == "read 3 reports from 2 files, 0 skipped, 0 failed"


def test_read_jsonl_cuts_text_to_chars() -> None:
    result = run(str(FIXTURES / "feed.rss"), "--format", "jsonl", "--chars", "12")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in rows] == ["Market hit in Sarmin", "Convoy delayed"]
    assert rows[0]["text"] == "A rocket st…" and rows[0]["published"] == "2021-03-14"


def test_read_stdin_with_text_field() -> None:
    result = run("-", "--format", "jsonl", "--text-field", "body", stdin=b'[{"body": "Piped text."}]')
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == "Piped text."


def test_read_mapping_option() -> None:
    result = run(str(FIXTURES / "monitor.csv"), "--mapping", str(FIXTURES / "monitor.yaml"), "--format", "jsonl")
    assert result.exit_code == 0
    first = json.loads(result.stdout.splitlines()[0])
    assert (first["type"], first["killed"], first["actors"]) == ("bombing", 3, ["Valley Front", "Hill Guards"])


def test_read_failures_exit_1_and_others_go_on(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 50, encoding="utf-8")
    (tmp_path / "pic.jpg").write_bytes(b"\xff\xd8")
    result = run(str(tmp_path), "--max-bytes", "20", "--format", "jsonl")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["text"] == "Fine."
    err = result.stderr.strip().splitlines()
    assert f"failed: {tmp_path / 'bad.json'}: line 1: invalid JSON " \
        "(Expecting property name enclosed in double quotes)" in err
    assert any(line.startswith(f"failed: {tmp_path / 'big.txt'}: 50 bytes is over the limit") for line in err)
    assert f"skipped: {tmp_path / 'pic.jpg'}: unknown extension '.jpg'; not read" in err
    assert err[-1] == "read 1 reports from 1 files, 1 skipped, 2 failed"


def test_read_misuse_exits_2() -> None:
    assert run().exit_code == 2
    assert run("x.txt", "--format", "xml").exit_code == 2
