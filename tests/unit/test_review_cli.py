"""sitgraph review on the embedded store: the scripted session, conflicts, refusals, queue."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from review_session import EXAMPLES, Session, copy_examples, run_session  # noqa: E402 - the session script beside


def test_scripted_review_session_on_sqlite(tmp_path) -> None:
    run_session(tmp_path, f"sqlite:///{tmp_path}/graph.db", f"sqlite:///{tmp_path}/rebuilt.db")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Session, list[str], dict]:
    tmp = tmp_path_factory.mktemp("review")
    files = copy_examples(tmp / "reports")
    s = Session(f"sqlite:///{tmp}/graph.db", tmp / "overrides.jsonl")
    s.run("ingest", *files)
    return s, files, s.graph()


def test_a_correction_the_extraction_no_longer_fits_is_reported(corpus, tmp_path) -> None:
    s, files, g = corpus
    report = next(n["id"] for n in g["nodes"] if n["label"] == "Report")
    log = tmp_path / "o.jsonl"
    # As a changed extractor would leave it: a correction of an event the report no longer gives.
    log.write_text(json.dumps({"id": 1, "verb": "set", "by": "a", "when": "t", "why": "w", "args": {
        "event": "event:0000000000000000", "report": report, "field": "killed", "value": 3}}) + "\n")
    c = Session(s.args[1], log)
    out = c.run("ingest", "--force", *files)
    message = f"event:0000000000000000 is no longer extracted from {report}"
    assert f"conflict: #1 set: {message}" in out.stderr
    assert "corrections: 1 applied, 1 conflicts" in out.stderr
    rows = json.loads(c.run("review", "list", "--conflicts", "--format", "json").stdout)
    assert rows == [{"override": 1, "verb": "set", "report": report, "message": message}]
    # Undone, the conflict is gone once the report is written again.
    c.run("review", "undo", "1")
    assert json.loads(c.run("review", "list", "--conflicts", "--format", "json").stdout) == []


def test_a_correction_whose_report_left_the_store_is_a_conflict(corpus, tmp_path) -> None:
    s, _, _ = corpus
    log = tmp_path / "o.jsonl"
    log.write_text(json.dumps({"id": 1, "verb": "retract", "by": "a", "when": "t", "why": "w", "args": {
        "event": "event:0000000000000000", "report": "report:0000000000000000"}}) + "\n")
    rows = json.loads(Session(s.args[1], log).run("review", "list", "--conflicts", "--format", "json").stdout)
    assert rows == [{"override": 1, "verb": "retract", "report": "report:0000000000000000",
                     "message": "report report:0000000000000000 is not in the store"}]


@pytest.mark.parametrize("args, message", [
    (["retract", "event:nope"], "no event 'event:nope' in the store"),
    (["set", "actor:civilians", "killed", "3"], "no event 'actor:civilians'"),
    (["merge", "actor:civilians", "actor:civilians"], "cannot be merged into itself"),
    (["merge", "actor:civilians", "place:geonames:379555"], "cannot merge a Actor into a Place"),
    (["undo", "42"], "no correction #42 in force"),
])
def test_refused_corrections_say_why_and_record_nothing(corpus, tmp_path, args, message) -> None:
    s, _, _ = corpus
    c = Session(s.args[1], tmp_path / "o.jsonl")
    out = c.run("review", *args, "--why", "x", ok=False)
    assert out.exit_code == 1 and message in out.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_a_correction_needs_a_reason(corpus, tmp_path) -> None:
    s, _, g = corpus
    event = next(n["id"] for n in g["nodes"] if n["label"] == "Event")
    out = Session(s.args[1], tmp_path / "o.jsonl").run("review", "retract", event, ok=False)
    assert out.exit_code == 2 and "--why" in out.stderr


def test_queue_formats_and_limit(corpus) -> None:
    s, _, _ = corpus
    rows = json.loads(s.run("review", "queue", "--format", "json").stdout)
    assert rows and [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert all(r["fix"].startswith("sitgraph review ") for r in rows)
    assert {"no_perpetrator", "single_mention_actor"} <= {r["check"] for r in rows}
    limited = s.run("review", "queue", "--format", "csv", "--limit", "2", "--check", "no_perpetrator")
    lines = limited.stdout.splitlines()
    assert lines[0] == "rank,check,id,what,evidence,report,fix" and len(lines) == 3
    assert all(",no_perpetrator," in line for line in lines[1:])
    assert s.run("review", "queue", "--check", "nonsense", ok=False).exit_code == 2
    table = s.run("review", "queue", "--limit", "1").stdout.splitlines()
    assert table[0] == f"1. {rows[0]['check']}  {rows[0]['id']}  {rows[0]['what']}"
    assert table[-1] == f"   fix: {rows[0]['fix']}"  # whole, not cut to a column


def test_a_report_whose_file_changed_is_corrected_in_the_store_not_read_again(tmp_path) -> None:
    files = copy_examples(tmp_path / "reports")[:1]
    s = Session(f"sqlite:///{tmp_path}/graph.db", tmp_path / "o.jsonl")
    s.run("ingest", *files)
    before = s.graph()
    event = next(n["id"] for n in before["nodes"] if n["label"] == "Event")
    Path(files[0]).write_text(Path(files[0]).read_text() + "\nA line added later.\n")
    out = s.run("review", "retract", event, "--why", "x")
    assert "applied to the stored records of 1 reports whose files are gone or changed" in out.stderr
    after = s.graph()
    assert event not in {n["id"] for n in after["nodes"]}
    reports = {n["id"] for n in before["nodes"] if n["label"] == "Report"}
    assert {n["id"] for n in after["nodes"] if n["label"] == "Report"} == reports  # no second copy


def test_a_report_read_from_stdin_is_corrected_as_an_ingest_would(tmp_path) -> None:
    text = (EXAMPLES / "wire-convoy-attack.txt").read_text()
    s = Session(f"sqlite:///{tmp_path}/graph.db", tmp_path / "o.jsonl")
    s.run("ingest", "-", stdin=text)
    original = s.graph()
    events = sorted(n["id"] for n in original["nodes"] if n["label"] == "Event")
    s.run("review", "retract", events[0], "--why", "x")
    s.run("review", "set", events[-1], "killed", "99", "--why", "y")
    corrected = s.graph()
    assert events[0] not in {n["id"] for n in corrected["nodes"]}
    assert {n["id"]: n for n in corrected["nodes"]}[events[-1]]["killed"] == 99
    s.run("ingest", "--force", "-", stdin=text)  # extraction plus the log: the same graph
    assert s.graph() == corrected
    out = s.run("review", "undo", "1")
    assert "its records stay as they are until it is ingested again" in out.stderr
    assert s.graph() == corrected
    s.run("review", "undo", "2")
    s.run("ingest", "--force", "-", stdin=text)
    assert s.graph() == original


def test_split_and_alias_through_the_cli_and_back(tmp_path) -> None:
    files = copy_examples(tmp_path / "reports")
    s = Session(f"sqlite:///{tmp_path}/graph.db", tmp_path / "o.jsonl")
    s.run("ingest", *files)
    original = s.graph()
    by_target: dict[str, list[str]] = {}
    for e in original["edges"]:
        if e["type"] == "MENTIONS":
            by_target.setdefault(e["target"], []).append(e["source"])
    labels = {n["id"]: n for n in original["nodes"]}
    shared = sorted(i for i, rs in by_target.items() if len(rs) >= 2 and labels[i]["label"] == "Place")
    assert shared, "the two market-shelling reports mention the same town"
    place, moved = shared[0], sorted(by_target[shared[0]])[-1]
    s.run("review", "split", place, "Second Town", "--report", moved, "--why", "two towns")
    g = s.graph()
    mentions = {(e["source"], e["target"]) for e in g["edges"] if e["type"] == "MENTIONS"}
    assert (moved, "place:second-town") in mentions and (moved, place) not in mentions
    assert {(r, place) for r in by_target[place] if r != moved} <= mentions
    assert {n["id"]: n for n in g["nodes"]}["place:second-town"]["type"] == labels[place]["type"]

    actor = sorted(i for i, n in labels.items() if n["label"] == "Actor" and n.get("type") != "civilians")[0]
    s.run("review", "alias", actor, "The Zeta Front", "--why", "their own name")
    assert "The Zeta Front" in {n["id"]: n for n in s.graph()["nodes"]}[actor]["aliases"]
    shown = s.run("show", "the zeta front", "--format", "json")
    assert json.loads(shown.stdout)["node"]["id"] == actor

    s.run("review", "undo", "2")
    s.run("review", "undo", "1")
    assert s.graph() == original
