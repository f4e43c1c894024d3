"""Writing a benchmark's results into its section of docs/BENCHMARKS.md.

Every benchmark script with ``--write`` owns one ``## Heading`` section: :func:`replace_section`
puts the new text where the section stands (subsections included, up to the next ``## ``), or
appends it when the file has none, and leaves every other section as it was.
"""

from __future__ import annotations

import re
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "docs" / "BENCHMARKS.md"


def replace_section(text: str, heading: str, body: str) -> str:
    """``text`` (a Markdown document) with its section ``heading`` (e.g. ``"## Ingest"``)
    replaced by ``body``, which starts with that heading; appended when absent. Cost: one
    pass over ``text``."""
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    body = body.rstrip("\n") + "\n"
    if pattern.search(text):
        return pattern.sub(lambda _: body + "\n", text, count=1).rstrip("\n") + "\n"
    return text.rstrip("\n") + "\n\n" + body


def write_section(heading: str, body: str, doc: Path = BENCHMARKS) -> None:
    """Replace (or append) section ``heading`` of ``doc`` (docs/BENCHMARKS.md) with ``body``."""
    old = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    doc.write_text(replace_section(old, heading, body), encoding="utf-8")
