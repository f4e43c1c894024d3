"""bench/docs_section.py: a benchmark's --write replaces its own section of docs/BENCHMARKS.md
where it stands (subsections included) and leaves every other section as it was."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("bench_docs_section", ROOT / "bench" / "docs_section.py")
docs_section = importlib.util.module_from_spec(spec)
spec.loader.exec_module(docs_section)

DOC = "# Benchmarks\n\n## Reading\nold reading\n### Per format\nrows\n\n## Writing\nold writing\n"


def test_a_section_is_replaced_in_place_with_its_subsections() -> None:
    out = docs_section.replace_section(DOC, "## Reading", "## Reading\nnew reading\n")
    assert out == "# Benchmarks\n\n## Reading\nnew reading\n\n## Writing\nold writing\n"


def test_the_last_section_is_replaced_and_the_others_kept() -> None:
    out = docs_section.replace_section(DOC, "## Writing", "## Writing\nnew writing")
    assert out == "# Benchmarks\n\n## Reading\nold reading\n### Per format\nrows\n\n## Writing\nnew writing\n"


def test_a_missing_section_is_appended() -> None:
    out = docs_section.replace_section(DOC, "## Analytics", "## Analytics\nrows\n")
    assert out == DOC + "\n## Analytics\nrows\n"


def test_a_heading_that_only_starts_like_another_is_not_taken_for_it() -> None:
    doc = "# B\n\n## Ingest memory\nkeep\n\n## Ingest\nold\n"
    out = docs_section.replace_section(doc, "## Ingest", "## Ingest\nnew\n")
    assert out == "# B\n\n## Ingest memory\nkeep\n\n## Ingest\nnew\n"


def test_write_section_writes_the_file(tmp_path: Path) -> None:
    doc = tmp_path / "BENCHMARKS.md"
    doc.write_text(DOC, encoding="utf-8")
    docs_section.write_section("## Writing", "## Writing\nnew\n", doc)
    assert doc.read_text(encoding="utf-8").endswith("## Writing\nnew\n")
    assert "old reading" in doc.read_text(encoding="utf-8")
