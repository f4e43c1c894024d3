"""The graph's killed toll against the incidents' own, on the annotated VOA reports.

For each split (eval/gold/voa/dev, eval/gold/voa/test) the split's texts (../shared/corpus/voa)
are ingested into a fresh embedded store by `sitgraph ingest`, and the store's toll (`sitgraph
stats`: the one toll definition, incidents counted once, aggregates and background out) is
set against the sum of the killed figures of the gold's required incident events (no
aggregate, nothing optional). A ratio far above 1 says that tolls of periods, earlier events
or repeated sentences leak into incidents; far below 1, that incidents or their tolls are
missed.

    python bench/toll_ratio.py            # table of both splits
    python bench/toll_ratio.py --json

Cost: one ingest per split (a model load and the split's extraction: under a minute).
`measure(split, cli)` runs the commands through `cli` instead (the test suite runs them in
its own process, where the model is loaded once).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "voa"
GOLD = ROOT / "eval" / "gold" / "voa"


def figure(value: object) -> int:
    """A gold toll as a number: an int, or the lower bound of a range given as a dict."""
    if isinstance(value, dict):
        value = value.get("value", value.get("min"))
    return value if isinstance(value, int) else 0


def gold_killed(gold_dir: Path) -> tuple[int, int]:
    """(killed summed over the required incident events, number of such events)."""
    total = count = 0
    for path in sorted(gold_dir.glob("*.gold.json")):
        for ev in json.loads(path.read_text(encoding="utf-8"))["events"]:
            if ev.get("type") == "aggregate" or ev.get("optional"):
                continue
            total += figure(ev.get("killed"))
            count += 1
    return total, count


Cli = Callable[[list[str]], str]


def run_cli(args: list[str]) -> str:
    """`sitgraph ARGS` in a process of its own; its stdout (CalledProcessError when it fails)."""
    cmd = [sys.executable, "-m", "sitgraph.cli", *args]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def graph_killed(texts: list[Path], cli: Cli = run_cli) -> dict:
    """The `tolls` of `sitgraph stats` after ingesting `texts` into a fresh embedded store.
    `cli` runs one sitgraph command line and gives its stdout: a process of its own here, the
    caller's own process in the score gate test (whose spaCy model is loaded already)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = ["--store", f"sqlite:///{Path(tmp) / 'graph.db'}"]
        cli([*store, "ingest", *map(str, texts)])
        out = cli([*store, "stats", "--format", "json"])
    return json.loads(out)["tolls"]


def measure(split: str, cli: Cli = run_cli) -> dict:
    gold_dir = GOLD / split
    texts = [CORPUS / (p.name.removesuffix(".gold.json") + ".txt") for p in sorted(gold_dir.glob("*.gold.json"))]
    truth, events = gold_killed(gold_dir)
    tolls = graph_killed(texts, cli)
    return {"split": split, "reports": len(texts), "gold_events": events, "gold_killed": truth,
            "graph_killed": tolls["killed"], "graph_killed_reported": tolls.get("killed_reported"),
            "ratio": round(tolls["killed"] / truth, 2) if truth else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the measures as JSON")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"no VOA corpus at {CORPUS}: the reports are read from ../shared beside the repository")
    rows = [measure(split) for split in ("dev", "test")]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print("| split | reports | gold incident events | gold killed | graph killed (`stats`) | ratio "
          "| every figure told, aggregates included |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| VOA {r['split']} | {r['reports']} | {r['gold_events']} | {r['gold_killed']:,} "
              f"| {r['graph_killed']:,} | {r['ratio']}x | {r['graph_killed_reported']:,} |")


if __name__ == "__main__":
    main()
