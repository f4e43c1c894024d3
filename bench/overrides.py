"""What corrections cost an ingest: apply_overrides over every report's records.

Extracts the example reports once (spaCy; not timed), then times, over those batches:

1. building the records (``extraction_to_batch``), the step the hook follows;
2. ``apply_overrides`` with no correction (the common case);
3. ``apply_overrides`` with N corrections (``--corrections``, 200 by default): a third
   set tolls on real events, a third retract absent events of real reports (conflicts),
   a third merge absent entities, so every kind of lookup is paid.

The figures to read are the ratios of (3) to (1), and to extraction (timed once): what
the hook adds to record building, and to an ingest, whose time extraction dominates.
Times are the best of ``--repeat`` runs in one process.

    python3 bench/overrides.py
    python3 bench/overrides.py --corrections 1000 --repeat 5
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from sitgraph.loaders.apply_overrides import apply_overrides
from sitgraph.loaders.extract.extractor import extract
from sitgraph.loaders.extract.nlp import load_nlp
from sitgraph.loaders.overrides import Override
from sitgraph.loaders.readers import iter_reports
from sitgraph.loaders.records import extraction_to_batch
from sitgraph.loaders.resolve import Resolver

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def corrections(batches: list, n: int) -> list[Override]:
    events = [(x.id, x.properties["report_id"]) for b in batches for x in b.nodes if x.label == "Event"]
    out = []
    for i in range(n):
        eid, rid = events[i % len(events)]
        if i % 3 == 0:
            out.append(Override(i + 1, "set", {"event": eid, "report": rid, "field": "killed", "value": i}))
        elif i % 3 == 1:
            out.append(Override(i + 1, "retract", {"event": f"event:absent{i}", "report": rid}))
        else:
            ref = {"id": f"actor:absent-{i}", "label": "Actor", "name": f"Absent {i}"}
            out.append(Override(i + 1, "merge", {"source": ref, "target": {**ref, "id": "actor:x"}}))
    return out


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corrections", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    nlp, resolver = load_nlp(), Resolver.default()
    reports = [r for o in iter_reports([str(EXAMPLES)]) for r in o.reports]
    t = time.perf_counter()
    extractions = [extract(r, nlp) for r in reports]
    extracting = time.perf_counter() - t
    extractions += [x for o in iter_reports([str(EXAMPLES)]) for x in o.extractions]
    batches = [extraction_to_batch(x, resolver) for x in extractions]
    fixes = corrections(batches, args.corrections)
    build = best(lambda: [extraction_to_batch(x, resolver) for x in extractions], args.repeat)
    none = best(lambda: [apply_overrides(b, []) for b in batches], args.repeat)
    some = best(lambda: [apply_overrides(b, fixes) for b in batches], args.repeat)
    print(f"{len(batches)} reports, {sum(len(b) for b in batches)} records, {len(fixes)} corrections")
    print(f"build records          {build * 1000:8.1f} ms")
    print(f"apply, no correction   {none * 1000:8.1f} ms  ({none / build:.3f} x building)")
    print(f"apply, {len(fixes):4d} corrections {some * 1000:8.1f} ms  ({some / build:.2f} x building)")
    print(f"extract (one run)      {extracting * 1000:8.1f} ms  (apply with corrections: "
          f"{some / extracting:.1%} of it)")


if __name__ == "__main__":
    main()
