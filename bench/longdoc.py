"""Time and peak memory of extracting one long report, against spaCy's parse of it.

For each size (characters) a report is generated (bench/longreport.py) and measured in
two fresh subprocesses, each loading the model and dictionaries and warming up on a
short text before the clock starts:

- baseline: spaCy alone, ``nlp.pipe`` over the same chunks the extractor parses
  (loaders/extract/chunks.py), docs discarded;
- sitgraph: ``extract(report)`` (chunked parse, joined doc, entities, events, relations).

Peak memory is the highest resident set size sampled (every 5 ms) while the text is
processed, given whole and as growth over the warm process. With ``--write`` the table replaces the
"## Long documents" section of docs/BENCHMARKS.md.

    python bench/longdoc.py                         # 100 KB, 1 MB, 10 MB
    python bench/longdoc.py --sizes 100000 1000000  # quicker
    python bench/longdoc.py --write
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

from docs_section import write_section  # bench/docs_section.py, beside this file
from extract import rss_mb  # bench/extract.py, beside this file

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs" / "BENCHMARKS.md"
SECTION = "## Long documents"
WARM = "Gunmen attacked a police post near Gao on Monday, killing three officers, a local official said."


class PeakSampler:
    """The highest RSS seen while it runs, sampled every 5 ms by a thread (the process's
    own peak would count loading the model and the gazetteer)."""

    def __init__(self) -> None:
        self.peak = rss_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, rss_mb())

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())


def measure(mode: str, chars: int) -> dict:
    """One measurement in this process: `mode` is "spacy" or "extract"."""
    sys.path.insert(0, str(HERE))
    from longreport import long_report

    from sitgraph.graph.model import Report
    from sitgraph.loaders.extract import extract, load_nlp
    from sitgraph.loaders.extract.chunks import chunk_limit, split_text

    nlp = load_nlp()
    extract(Report.from_text(WARM, published="2024-07-19", source="bench", path="warm.txt"), nlp)
    text = long_report(chars)
    report = Report.from_text(text, published="2024-07-19", source="bench", path="long.txt")
    base = rss_mb()
    found = {}
    with PeakSampler() as sampler:
        t0 = time.perf_counter()
        if mode == "spacy":
            for _doc in nlp.pipe(split_text(text, chunk_limit(nlp)), batch_size=1):
                pass
        else:
            x = extract(report, nlp)
            found = {"events": len(x.events), "entities": len(x.entities)}
        seconds = time.perf_counter() - t0
    return {"mode": mode, "chars": chars, "text_chars": len(text), "seconds": seconds, "peak_mb": sampler.peak,
            "base_mb": base, **found}


def start(mode: str, chars: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, "--child", mode, str(chars)],
                            stdout=subprocess.PIPE, text=True)


def result(proc: subprocess.Popen) -> dict:
    out, _ = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"measurement failed: {' '.join(map(str, proc.args))}")
    return json.loads(out.strip().splitlines()[-1])


def _size(chars: int) -> str:
    return f"{chars / 1e6:g} MB" if chars >= 1_000_000 else f"{chars / 1e3:g} KB"


def table(rows: list[tuple[dict, dict]], sizes: list[int], parallel: bool = False) -> str:
    how = ("all measures running at once, so each shares the cores with the others" if parallel
           else "one measure after another")
    head = [
        SECTION,
        "",
        f"`python bench/longdoc.py --sizes {' '.join(map(str, sizes))}{' --parallel' if parallel else ''}` on "
        f"CPython {platform.python_version()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
        f"({how}). One generated report per size "
        "(bench/longreport.py: incidents, claims, casualty figures and context sentences of five wars, in "
        "paragraphs), each measure in a fresh process after a warm-up. Baseline: spaCy's `nlp.pipe` over the "
        "same chunks (at most 100,000 characters, cut at paragraph breaks), same run.",
        "",
        "| text | events / entities | spaCy parse (baseline) | `extract` | time ratio | peak RSS spaCy / "
        "`extract` (MB) | growth over warm process spaCy / `extract` (MB) |",
        "|---|---|---|---|---|---|---|",
    ]
    body = [
        f"| {_size(s['chars'])} | {x['events']:,} / {x['entities']:,} | {s['seconds']:.1f} s | {x['seconds']:.1f} s "
        f"| {x['seconds'] / s['seconds']:.2f} | {s['peak_mb']:.0f} / {x['peak_mb']:.0f} "
        f"| {s['peak_mb'] - s['base_mb']:.0f} / {x['peak_mb'] - x['base_mb']:.0f} |"
        for s, x in rows
    ]
    tail = [
        "",
        "Texts longer than a chunk are parsed chunk by chunk and joined into one doc (without spaCy's "
        "tok2vec tensor), so the offsets are the report's; the rules look mentions up in span and name "
        "indexes, so extraction time grows in step with the parse. Memory grows with the text: the "
        "joined doc and the mentions are held whole while one report is extracted.",
        "",
    ]
    return "\n".join(head + body + tail)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000])
    ap.add_argument("--write", action="store_true", help="replace the section in docs/BENCHMARKS.md")
    ap.add_argument("--parallel", action="store_true",
                    help="run all measures at once (each in its own process) rather than one after another")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "CHARS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]))))
        return
    rows = []
    if args.parallel:  # every measure at once: smaller sizes done first, the largest in step
        procs = [(start("spacy", c), start("extract", c)) for c in args.sizes]
    for i, chars in enumerate(args.sizes):
        pair = procs[i] if args.parallel else (start("spacy", chars),)
        spacy = result(pair[0])
        extracted = result(pair[1] if args.parallel else start("extract", chars))
        rows.append((spacy, extracted))
        print(f"{_size(chars)}: {rows[-1]}", file=sys.stderr, flush=True)
        if args.write:  # row by row: a long run leaves what it measured
            write_section(SECTION, table(rows, args.sizes, args.parallel))
    print(table(rows, args.sizes, args.parallel))


if __name__ == "__main__":
    main()
