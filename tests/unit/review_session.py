"""A scripted review session through the CLI, run on the embedded store and on Neo4j.

Ingest four example reports, make five kinds of correction (set a perpetrator, set a
toll, retract an event, merge two actors, unlink an incident), check each holds with its
exact values, ``ingest --force`` and a rebuild into an empty store give the same corrected
graph, then undo the corrections one by one: the graph is the extraction's again.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from sitgraph.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Two reports of one strike (a link to part), and reports whose attacks name their perpetrator
# or do not (the monitor's update has a drone strike with none).
FILES = ("wire-market-shelling.txt", "daily-market-shelling-followup.txt", "wire-checkpoint-bombing.txt",
         "wire-convoy-attack.txt", "monitor-daily-update.md")


class Session:
    """The CLI on one store and one override log."""

    def __init__(self, store_url: str, overrides: Path, env: dict[str, str] | None = None) -> None:
        self.args = ["--store", store_url, "--overrides", str(overrides), "--no-progress"]
        self.env = env or {}

    def run(self, *args: str, ok: bool = True, stdin: str | None = None) -> Any:
        result = CliRunner(env=self.env).invoke(main, [*self.args, *args], catch_exceptions=False, input=stdin)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    def graph(self) -> dict[str, Any]:
        return json.loads(self.run("export", "--format", "json").stdout)

    def fix(self, *args: str) -> None:
        self.run("review", *args, "--why", "scripted session", "--by", "tester")


def copy_examples(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    return [str(shutil.copy(EXAMPLES / f, folder / f)) for f in FILES]


def nodes(g: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["id"]: n for n in g["nodes"]}


def edges(g: dict[str, Any], rel_type: str) -> list[dict[str, Any]]:
    return [e for e in g["edges"] if e["type"] == rel_type]


def perpetrators(g: dict[str, Any], event: str) -> set[str]:
    return {e["source"] for e in edges(g, "PERPETRATED") if e["target"] == event}


def choose(g: dict[str, Any]) -> dict[str, Any]:
    """What the session corrects, chosen from the graph as extracted (no ids hard-coded):
    a linked pair, an attack without perpetrator, the deadliest event, another event to
    retract, and an actor named once to merge into the deadliest event's perpetrator."""
    ns = nodes(g)
    links = edges(g, "SAME_INCIDENT")
    assert links, "the two market-shelling reports are linked as one incident"
    linked = {links[0]["source"], links[0]["target"]}
    events = sorted(i for i, n in ns.items() if n["label"] == "Event")
    no_perp = [i for i in events if ns[i].get("kind") == "Attack" and not perpetrators(g, i) and i not in linked]
    deadliest = max(events, key=lambda i: (ns[i].get("killed") or 0, i))
    target = sorted(perpetrators(g, deadliest))[0]
    assert no_perp and target
    retract = next(i for i in events if i not in (no_perp[0], deadliest) and i not in linked)
    mentioned = {e["target"]: 0 for e in edges(g, "MENTIONS")}
    for e in edges(g, "MENTIONS"):
        mentioned[e["target"]] += e.get("count") or 1
    once = sorted(i for i, c in mentioned.items() if c == 1 and ns[i]["label"] == "Actor" and i != target
                  and ns[i].get("type") != "civilians")
    assert once
    return {"link": (links[0]["source"], links[0]["target"]), "no_perp": no_perp[0], "deadliest": deadliest,
            "killed": ns[deadliest]["killed"], "actor": target, "actor_name": ns[target]["name"],
            "retract": retract, "merge": once[0], "merge_name": ns[once[0]]["name"]}


def assert_corrected(g: dict[str, Any], c: dict[str, Any]) -> None:
    ns = nodes(g)
    assert perpetrators(g, c["no_perp"]) == {c["actor"]}
    assert ns[c["deadliest"]]["killed"] == c["killed"] + 10
    assert {e["count"] for e in edges(g, "KILLED") if e.get("event_id") == c["deadliest"]} == {c["killed"] + 10}
    assert c["retract"] not in ns
    assert not [e for e in g["edges"] if c["retract"] in (e["source"], e["target"], e.get("event_id"))]
    assert c["merge"] not in ns
    assert c["merge_name"] in ns[c["actor"]]["aliases"]
    assert not [e for e in g["edges"] if c["merge"] in (e["source"], e["target"])]
    a, b = c["link"]
    assert not [e for e in edges(g, "SAME_INCIDENT") if {e["source"], e["target"]} == {a, b}]


def run_session(tmp_path: Path, store_url: str, fresh_url: str, env: dict[str, str] | None = None) -> None:
    """The whole session; ``fresh_url`` names an empty store for the rebuild."""
    files = copy_examples(tmp_path / "reports")
    log = tmp_path / "overrides.jsonl"
    s = Session(store_url, log, env)
    s.run("ingest", *files)
    original = s.graph()
    c = choose(original)
    queue = json.loads(s.run("review", "queue", "--format", "json", "--limit", "500").stdout)
    assert {"check": "no_perpetrator", "id": c["no_perp"], "report": nodes(original)[c["no_perp"]]["report_id"],
            "fix": f"sitgraph review set {c['no_perp']} perpetrator '<actor>' --why '<reason>'"}.items() <= \
        next(r for r in queue if r["id"] == c["no_perp"] and r["check"] == "no_perpetrator").items()

    s.fix("set", c["no_perp"], "perpetrator", c["actor_name"])
    s.fix("set", c["deadliest"], "killed", str(c["killed"] + 10))
    s.fix("retract", c["retract"])
    s.fix("merge", c["merge"], c["actor"])
    a, b = c["link"]
    assert [e for e in edges(s.graph(), "SAME_INCIDENT") if (e["source"], e["target"]) == (a, b)]
    s.fix("unlink", a, b)
    corrected = s.graph()
    assert_corrected(corrected, c)
    listed = json.loads(s.run("review", "list", "--format", "json").stdout)
    assert [(r["id"], r["verb"], r["by"], r["why"]) for r in listed] == [
        (1, "set", "tester", "scripted session"), (2, "set", "tester", "scripted session"),
        (3, "retract", "tester", "scripted session"), (4, "merge", "tester", "scripted session"),
        (5, "unlink", "tester", "scripted session")]
    assert json.loads(s.run("review", "list", "--conflicts", "--format", "json").stdout) == []

    # Re-ingesting and rebuilding apply the corrections again: the same corrected graph.
    forced = s.run("ingest", "--force", *files)
    assert "corrections: 5 applied, 0 conflicts" in forced.stderr
    assert s.graph() == corrected
    rebuilt = Session(fresh_url, log, env)
    rebuilt.run("ingest", *files)
    assert rebuilt.graph() == corrected

    # Undo one by one: each correction's values go back to the extraction's.
    s.run("review", "undo", "2")
    g = s.graph()
    assert nodes(g)[c["deadliest"]]["killed"] == c["killed"]
    assert perpetrators(g, c["no_perp"]) == {c["actor"]}  # the others still hold
    s.run("review", "undo", "1")
    assert perpetrators(s.graph(), c["no_perp"]) == set()
    s.run("review", "undo", "4")
    assert c["merge"] in nodes(s.graph())
    s.run("review", "undo", "3")
    assert c["retract"] in nodes(s.graph())
    s.run("review", "undo", "5")
    assert s.graph() == original
    assert json.loads(s.run("review", "list", "--format", "json").stdout) == []
    assert len(json.loads(s.run("review", "list", "--all", "--format", "json").stdout)) == 10
