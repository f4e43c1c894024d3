"""The sitgraph.extraction/1 document and the `sitgraph extract` command."""

import json

from click.testing import CliRunner

from sitgraph.cli import main

REPORT = """---
published: 2019-05-07
source: Test Wire
title: Strikes on Idlib
---
Russian warplanes bombed the Kafranbel hospital in Idlib Province on Sunday, killing 4 civilians,
the White Helmets said.
"""


def test_extract_json_follows_the_contract(tmp_path):
    path = tmp_path / "idlib-report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["--no-progress", "extract", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["schema"] == "sitgraph.extraction/1"
    rep = doc["reports"][0]
    assert rep["path"] == str(path) and rep["published"] == "2019-05-07" and rep["title"] == "Strikes on Idlib"
    assert set(rep) == {"id", "path", "title", "published", "source", "url", "entities", "events", "tolls",
                        "relations"}
    ids = {e["id"] for e in rep["entities"]}
    assert all(set(e) == {"id", "kind", "type", "name", "mentions"} for e in rep["entities"])
    ev = rep["events"][0]
    assert set(ev) == {"id", "kind", "type", "actors", "targets", "places", "date", "date_end", "killed",
                       "wounded", "displaced", "claimed_by", "agreement", "evidence", "confidence",
                       "role", "parent", "attribution", "evidences"}
    assert ev["role"] == "incident" and ev["parent"] is None and ev["evidences"][0] == ev["evidence"]
    assert all(set(a) == {"actor", "how", "by", "evidence"} and a["actor"] in ids for a in ev["attribution"])
    assert ev["kind"] == "Attack" and ev["date"] == "2019-05-05" and ev["killed"] == 4
    assert set(ev["actors"] + ev["targets"] + ev["places"] + ev["claimed_by"]) <= ids
    assert 0 <= ev["confidence"] <= 1
    names = {e["id"]: e["name"] for e in rep["entities"]}
    assert [names[c] for c in ev["claimed_by"]] == ["White Helmets"]
    assert all(r["source"] in ids and r["target"] in ids for r in rep["relations"])


def test_extract_table_and_missing_file(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["--no-progress", "extract", str(path)])
    assert result.exit_code == 0 and "Attack" in result.output and "Russia" in result.output
    result = CliRunner().invoke(main, ["--no-progress", "extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
