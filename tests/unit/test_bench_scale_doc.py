"""bench/scale.py rewrites its parts of docs/BENCHMARKS.md and nothing else."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "scale.py"
spec = importlib.util.spec_from_file_location("bench_scale", BENCH)
scale = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scale)

DOC = ("# Benchmarks\n\n## Writing\n\nw\n\n## Scaling\n\nold lead\n\n### Speed-up of a local cluster\n\nold\n\n"
       "### Notes\n\nn\n\n## Query\n\nq\n")
SPEED = "### Speed-up of a local cluster\n\nnew\n"


def test_the_speed_up_part_alone_is_replaced() -> None:
    assert scale.replace_part(DOC, scale.COMPARE, SPEED, within=scale.SECTION) == DOC.replace(
        "Speed-up of a local cluster\n\nold\n", "Speed-up of a local cluster\n\nnew\n")


def test_the_lead_is_replaced_and_the_subsections_stay() -> None:
    got = scale.replace_part(DOC, scale.SECTION, "## Scaling\n\nnew lead\n", within=scale.SECTION, lead=True)
    assert got == DOC.replace("old lead", "new lead")


def test_a_missing_part_goes_at_the_end_of_its_section_or_of_the_file() -> None:
    doc = "# Benchmarks\n\n## Scaling\n\nlead\n\n## Query\n\nq\n"
    assert scale.replace_part(doc, scale.COMPARE, SPEED, within=scale.SECTION) == (
        "# Benchmarks\n\n## Scaling\n\nlead\n\n" + SPEED + "\n## Query\n\nq\n")
    assert scale.replace_part("# Benchmarks\n", scale.SECTION, "## Scaling\n\nx\n", lead=True) == (
        "# Benchmarks\n\n## Scaling\n\nx\n")
