"""Report-pair incident linking on the invented multi-outlet corpus: precision, recall, F1.

Ingests ``tests/fixtures/incidents/`` into a fresh embedded store and compares the report
pairs that share an incident with the gold pairs of ``tests/fixtures/incidents-gold.json``
(both files of a pair tell one incident). Also compares the graph's killed toll with the
sum of the gold incidents' figures. Prints a Markdown table (for docs/EVALUATION.md).

    python bench/incident_linking.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from sitgraph.graph.incidents import linked_report_pairs
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.graph.tolls import incident_totals
from sitgraph.loaders.pipeline import IngestOptions, ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "incidents"
GOLD = ROOT / "tests" / "fixtures" / "incidents-gold.json"


def gold_pairs(gold: dict) -> set[tuple[str, str]]:
    """File-name pairs (sorted) that tell one incident."""
    out = set()
    for inc in gold["incidents"].values():
        files = sorted(inc["files"])
        out.update((a, b) for i, a in enumerate(files) for b in files[i + 1:])
    return out


def file_pairs(store: SqliteStore) -> set[tuple[str, str]]:
    """Linked report pairs as file-name pairs."""
    names = {n["id"]: Path(str(n.get("path"))).name for n in store.iter_nodes(("Report",))}
    return {tuple(sorted((names[a], names[b]))) for a, b in linked_report_pairs(store)}  # type: ignore[misc]


def scores(found: set, gold: set) -> dict[str, float]:
    tp = len(found & gold)
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"pairs": len(found), "gold": len(gold), "tp": tp, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="list missed and wrong pairs")
    args = ap.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp, SqliteStore(Path(tmp) / "g.db").open() as store:
        ingest([str(CORPUS)], store, options=IngestOptions())
        found = file_pairs(store)
        tolls = incident_totals(store)
    want = gold_pairs(gold)
    s = scores(found, want)
    gold_killed = sum(i["killed"] for i in gold["incidents"].values())
    print("| report pairs found | gold pairs | correct | precision | recall | F1 |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {s['pairs']} | {s['gold']} | {s['tp']} | {s['precision']} | {s['recall']} | {s['f1']} |")
    print(f"\nkilled: graph {tolls['killed']} (incidents' best figures; naive sum over events "
          f"{tolls['killed_reported']}); gold incidents {gold_killed} (+ distractors)")
    if args.verbose:
        for a, b in sorted(want - found):
            print("missed:", a, b)
        for a, b in sorted(found - want):
            print("wrong: ", a, b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
