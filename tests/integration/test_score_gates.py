"""Score gates: extraction on every evaluation set holds the floors in eval/floors.json.

One `sitgraph extract` run over all sets (~210 reports, 30-60 s), then the referees beside the
repository. Skips without ../shared (the referee, the VOA texts, the coded data). When a
measure falls below its floor the failure prints every measure with its floor, the fallen ones
marked FAIL. After an improvement, `python3 bench/evaluate.py --update-floors NOTE` raises them.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.eval


def test_every_headline_measure_holds_its_floor(shared_dir, evaluate_module):
    ev = evaluate_module
    floors = ev.read_floors()
    results = ev.evaluate(shared=shared_dir)
    measured = {name: r["measures"] for name, r in results.items()}
    for name, r in results.items():
        summary = r["summary"]
        missing = summary.get("reports_missing_from_prediction") or summary.get("rows_missing_from_prediction")
        assert not missing, f"{name}: reports the extraction did not return: {missing}"
    fallen = ev.below_floors(measured, floors)
    assert not fallen, (
        "extraction fell below its floors:\n"
        + "\n".join(f"  {s} {m}: {v} < floor {f}" for s, m, v, f in fallen)
        + "\n\n" + ev.table(measured, floors)
    )
