"""`sitgraph extract` on a mix of good and bad inputs: one line per bad file, the rest extracted."""

from __future__ import annotations

import json

from click.testing import CliRunner

from sitgraph.cli import main

REPORT = "---\npublished: 2019-05-07\n---\nRussian warplanes struck the Kafranbel hospital in Idlib on 5 May.\n"


def test_bad_file_is_named_and_the_others_are_extracted(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["--no-progress", "extract", str(missing), str(good), "--format", "json"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    err_lines = [line for line in result.stderr.splitlines() if "missing.txt" in line]
    assert len(err_lines) == 1 and err_lines[0].startswith("failed: ")
    doc = json.loads(result.stdout)
    assert [r["path"] for r in doc["reports"]] == [str(good)]
    assert doc["reports"][0]["events"][0]["date"] == "2019-05-05"
