"""JSON output of `read` and `extract` never hands a terminal a raw control character,
yet decodes to the report's own text."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.commands.common import json_text

# Escape sequences (OSC retitle, CSI colour), DEL, C1 CSI and DCS: what a terminal acts on.
TITLE = "Red \x1b[31mBrigade\x1b[0m\x7f \x9b2J\x90end"
STATEMENT = "A statement \x1b]0;pwned\x07 followed\x7f, signed \x9b2J by rebels."
BODY = "Gunmen attacked a checkpoint in Kidal on Monday, killing 3 soldiers, the army said. " * 4


def _raw_controls(out: bytes) -> set[str]:
    """Control characters in ``out`` as printed (newline apart, which ends JSON lines)."""
    return {c for c in out.decode("utf-8") if c != "\n" and (ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f)}


def _report(tmp_path: Path) -> Path:
    path = tmp_path / "controls.txt"
    path.write_text(f"---\ntitle: {TITLE}\n---\n{BODY}\n{STATEMENT}\n{BODY}\n", encoding="utf-8")
    return path


def test_json_text_escapes_del_and_c1_on_one_line_or_indented() -> None:
    value = {"t": "a\x7fb\x80c\x9fd\x1be\u00a0f"}
    line = json_text(value, indent=None)
    assert line == '{"t": "a\\u007fb\\u0080c\\u009fd\\u001be\u00a0f"}'  # no-break space stays itself
    assert json.loads(line) == value
    assert json.loads(json_text(value)) == value and "\n" in json_text(value)
    assert json_text({"t": "plain"}, indent=None) == '{"t": "plain"}'


def test_read_jsonl_escapes_controls_and_round_trips(tmp_path) -> None:
    result = CliRunner().invoke(main, ["read", str(_report(tmp_path)), "--format", "jsonl", "--chars", "0"])
    assert result.exit_code == 0, result.output
    assert _raw_controls(result.stdout_bytes) == set()
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 1
    assert rows[0]["title"] == TITLE
    assert STATEMENT in rows[0]["text"]
    assert "\\u009b" in result.stdout and "\\u007f" in result.stdout  # escaped, not dropped


def test_extract_json_escapes_controls_and_round_trips(tmp_path) -> None:
    result = CliRunner().invoke(main, ["--no-progress", "extract", str(_report(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert _raw_controls(result.stdout_bytes) == set()
    doc = json.loads(result.stdout)
    assert [r["title"] for r in doc["reports"]] == [TITLE]
    assert "\\u0090" in result.stdout and "\\u001b" in result.stdout
