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
    python bench/toll_ratio.py --gold eval/gold/written/dev   # any gold directory as well

A ``--gold`` directory holds ``NAME.gold.json`` files with their texts ``NAME.txt`` beside
them (or in the VOA corpus); each is measured as one more row.

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


def text_of(gold: Path) -> Path:
    """The report a gold file annotates: ``NAME.txt`` beside it, else in the VOA corpus."""
    name = gold.name.removesuffix(".gold.json") + ".txt"
    beside = gold.parent / name
    return beside if beside.is_file() else CORPUS / name


def measure_dir(gold_dir: Path, name: str, cli: Cli = run_cli) -> dict:
    """The measures of one gold directory (its reports ingested into a fresh store)."""
    texts = [text_of(p) for p in sorted(gold_dir.glob("*.gold.json"))]
    truth, events = gold_killed(gold_dir)
    tolls = graph_killed(texts, cli)
    return {"split": name, "reports": len(texts), "gold_events": events, "gold_killed": truth,
            "graph_killed": tolls["killed"], "graph_killed_reported": tolls.get("killed_reported"),
            "ratio": round(tolls["killed"] / truth, 2) if truth else None}


def measure(split: str, cli: Cli = run_cli) -> dict:
    """The measures of a VOA split (``dev`` or ``test``)."""
    return measure_dir(GOLD / split, split, cli) | {"voa": True}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the measures as JSON")
    ap.add_argument("--gold", action="append", type=Path, default=[], metavar="DIR",
                    help="also measure this gold directory (NAME.gold.json with NAME.txt beside it); "
                         "may be given more than once")
    ap.add_argument("--no-voa", action="store_true", help="leave out the two VOA splits")
    args = ap.parse_args()
    if not args.no_voa and not CORPUS.is_dir():
        raise SystemExit(f"no VOA corpus at {CORPUS}: the reports are read from ../shared beside the repository")
    rows = [] if args.no_voa else [measure(split) for split in ("dev", "test")]
    # a directory is named as given: "dev" alone would not say whose dev set it is
    rows += [measure_dir(d, str(d)) for d in args.gold]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print("| split | reports | gold incident events | gold killed | graph killed (`stats`) | ratio "
          "| every figure told, aggregates included |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {'VOA ' if r.get('voa') else ''}{r['split']} | {r['reports']} | {r['gold_events']} "
              f"| {r['gold_killed']:,} | {r['graph_killed']:,} | {r['ratio']}x | {r['graph_killed_reported']:,} |")


if __name__ == "__main__":
    main()
