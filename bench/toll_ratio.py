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
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
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


def graph_killed(texts: list[Path]) -> dict:
    """The `tolls` of `sitgraph stats` after ingesting `texts` into a fresh embedded store."""
    with tempfile.TemporaryDirectory() as tmp:
        store = f"sqlite:///{Path(tmp) / 'graph.db'}"
        cli = [sys.executable, "-m", "sitgraph.cli", "--store", store]
        subprocess.run([*cli, "ingest", *map(str, texts)], check=True, capture_output=True, text=True)
        out = subprocess.run([*cli, "stats", "--format", "json"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)["tolls"]


def measure(split: str) -> dict:
    gold_dir = GOLD / split
    texts = [CORPUS / (p.name.removesuffix(".gold.json") + ".txt") for p in sorted(gold_dir.glob("*.gold.json"))]
    truth, events = gold_killed(gold_dir)
    tolls = graph_killed(texts)
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
