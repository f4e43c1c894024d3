"""End-to-end ingest speed and memory: files → extraction → resolution → store.

Generates N report files of about 500 words (the generator of ``bench/extract.py``:
seeded, several wars, attacks, casualties, dates, claims, filler), then runs, each in a
fresh child process so peak memory is that run's own:

- baseline: read + extract the same files with one process, extractions discarded
  (what ingest cannot be faster than), first and last, the faster run counting;
- ``ingest --workers 1`` and ``--workers 2`` into the embedded store and, unless
  ``--no-neo4j``, into a local Neo4j (started here with ``graph/neo4j_server.py``, or
  ``--neo4j-url``);
- the embedded store with ``--workers 1`` on a fifth of the files: peak memory there
  against the full run tells whether memory grows with the corpus.

``--memory`` runs only that comparison, with ``--workers 2`` so the main process (which
resolves, links and writes) holds no language model and its peak shows what grows with
the graph: a fifth of the files, then all of them, into each store (``--no-sqlite``: Neo4j
only). A Neo4j started here is started afresh for each of the two runs, so the server's
own peaks are that run's: its peak resident memory (``VmHWM``) and the peak of its old
generation heap (live data that survived collections; JMX through ``dbms.queryJmx``).

Every ingest run also gives the share of its time spent linking incidents (candidate
lookups, scores, recomputed incidents: ``linking_seconds`` of the ingest summary).

Reported: reports per second, the speed-up of 2 workers over 1, end-to-end rate as a
share of the extraction-alone rate, and peak resident memory (the main process plus its
largest worker). With ``--write`` the table replaces the "## Ingest" section of
docs/BENCHMARKS.md.

    python bench/ingest.py                      # 5,000 reports, both stores
    python bench/ingest.py --reports 500 --no-neo4j
    python bench/ingest.py --write
    python bench/ingest.py --reports 2000 --no-neo4j --memory
    python bench/ingest.py --reports 2000 --no-sqlite --memory --days 2000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docs_section import write_section  # bench/docs_section.py, beside this file

HERE = Path(__file__).resolve().parent
SECTION = "## Ingest"
PASSWORD = "bench-ingest-pw"


def generate(folder: Path, n: int, seed: int = 11, days: int = 28) -> list[Path]:
    """``n`` report files with front matter, from bench/extract.py's generator, published
    on ``days`` successive days from 1 May 2023 in turn (28: all in one month, so every
    stored event of a kind and town is a linking candidate of every batch; more days: a
    feed growing over time, the candidates of a batch bounded by its days)."""
    sys.path.insert(0, str(HERE))
    from extract import report_text  # the sibling benchmark's corpus generator

    rng = random.Random(seed)
    paths = []
    start = dt.date(2023, 5, 1)
    for i in range(n):
        p = folder / f"r{i:05d}.txt"
        published = (start + dt.timedelta(days=i % days)).isoformat()
        p.write_text(f"---\npublished: {published}\nsource: bench\n---\n{report_text(rng)}\n",
                     encoding="utf-8")
        paths.append(p)
    return paths


def peak_mb() -> tuple[float, float]:
    """Peak RSS in MB of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def child(args: argparse.Namespace) -> None:
    """One measured run, in this (fresh) process; prints a JSON line."""
    files = sorted(str(p) for p in Path(args.corpus).glob("*.txt"))[: args.limit or None]
    t0 = time.perf_counter()
    if args.mode == "extract":
        from sitgraph.loaders.extract.extractor import extract_many
        from sitgraph.loaders.extract.nlp import load_nlp
        from sitgraph.loaders.readers import iter_reports

        nlp = load_nlp()
        reports = (r for o in iter_reports(files) for r in o.reports)
        n = sum(1 for _ in extract_many(reports, nlp, batch_size=16))
        events, linking = 0, 0.0
    else:
        from sitgraph.graph.store import open_store
        from sitgraph.loaders.pipeline import IngestOptions, ingest

        store = open_store(args.store, username="neo4j", password=PASSWORD)
        if hasattr(store, "clear"):
            store.clear()
        with store:
            s = ingest(files, store, options=IngestOptions(workers=args.workers))
        n, events, linking = s.written, s.events, s.linking_seconds
    seconds = time.perf_counter() - t0
    own, kids = peak_mb()
    print(json.dumps({"reports": n, "events": events, "seconds": seconds, "rate": n / seconds,
                      "linking_seconds": linking, "peak_main_mb": own, "peak_worker_mb": kids,
                      "load": os.getloadavg()[0]}))


def measure(corpus: Path, mode: str, store: str = "", workers: int = 1, limit: int = 0) -> dict:
    cmd = [sys.executable, __file__, "--child", "--corpus", str(corpus), "--mode", mode, "--store", store,
           "--workers", str(workers), "--limit", str(limit)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"run failed: {' '.join(cmd)}\n{out.stderr[-3000:]}")
    row = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"  {mode:8} {store.split(':')[0]:7} workers={workers} limit={limit or '-'}: "
          f"{row['rate']:.1f} reports/s, linking {row['linking_seconds']:.1f} s, "
          f"peak {row['peak_main_mb']:.0f}+{row['peak_worker_mb']:.0f} MB, load {row['load']:.1f}",
          file=sys.stderr)
    return row


def server_memory(pid: int, url: str) -> dict:
    """Peak resident memory (MB) of the server process ``pid`` and the peak used of its
    old-generation heap pool (MB; NaN when JMX does not say). Cost: one query."""
    import neo4j

    status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    rss_peak = int(status["VmHWM"].split()[0]) / 1024
    old = float("nan")
    with neo4j.GraphDatabase.driver(url, auth=("neo4j", PASSWORD)) as driver:
        records, _, _ = driver.execute_query(
            "CALL dbms.queryJmx('java.lang:type=MemoryPool,name=*') YIELD name, attributes "
            "WHERE name CONTAINS 'Old Gen' RETURN attributes.PeakUsage.value.properties.used AS used")
        if records and records[0]["used"] is not None:
            old = records[0]["used"] / 2**20
    return {"server_peak_mb": rss_peak, "server_old_gen_peak_mb": old}


def neo4j_memory_runs(tmp_path: Path, corpus: Path, sizes: tuple[int, ...]) -> dict:
    """``--memory`` on Neo4j: for each size, a fresh local server, one ingest run
    (``--workers 2``), the server's peaks, the server stopped."""
    from sitgraph.graph import neo4j_server

    rows = {}
    for size in sizes:
        state = tmp_path / f"neo4j-state-{size}"
        server = neo4j_server.start(tmp_path / f"neo4j-{size}", neo4j_server.free_port(), PASSWORD,
                                    state_dir=state, heap="1g")
        try:
            row = measure(corpus, "ingest", server.url, 2, limit=size)
            row.update(server_memory(server.pid, server.url))
            print(f"  server peak {row['server_peak_mb']:.0f} MB, old generation peak "
                  f"{row['server_old_gen_peak_mb']:.0f} MB", file=sys.stderr)
        finally:
            neo4j_server.stop(port=server.port, state_dir=state)
        rows[("Neo4j", size)] = row
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=5000)
    ap.add_argument("--no-neo4j", action="store_true", help="Only the embedded store.")
    ap.add_argument("--no-sqlite", action="store_true", help="With --memory: only Neo4j.")
    ap.add_argument("--neo4j-url", default=None, help="Use this Neo4j (user neo4j, password bench-ingest-pw).")
    ap.add_argument("--memory", action="store_true",
                    help="Only peak memory and linking share: a fifth of the reports, then all, --workers 2.")
    ap.add_argument("--days", type=int, default=28,
                    help="Reports published over this many days (default 28: one month; e.g. 2000 for a feed "
                         "of one report a day)")
    ap.add_argument("--write", action="store_true", help="Replace the Ingest section of docs/BENCHMARKS.md.")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--mode", default="ingest", help=argparse.SUPPRESS)
    ap.add_argument("--store", default="", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return

    with tempfile.TemporaryDirectory(prefix="sitgraph-bench-ingest-") as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        generate(corpus, args.reports, days=args.days)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt")) / args.reports
        print(f"{args.reports} reports of {words:.0f} words on average", file=sys.stderr)
        stores = {"SQLite": lambda k: f"sqlite:///{tmp_path / f'g{k}.db'}"}
        server = None
        sizes = (max(1, args.reports // 5), args.reports)
        if args.memory and not args.no_neo4j and args.neo4j_url is None:
            rows = {} if args.no_sqlite else {("SQLite", size): measure(corpus, "ingest", stores["SQLite"](size), 2,
                                                                       limit=size) for size in sizes}
            rows.update(neo4j_memory_runs(tmp_path, corpus, sizes))
            print(memory_report(args.reports, words, rows, args.days))
            return
        if not args.no_neo4j:
            url = args.neo4j_url
            if url is None:
                from sitgraph.graph import neo4j_server

                server = neo4j_server.start(tmp_path / "neo4j", neo4j_server.free_port(), PASSWORD,
                                            state_dir=tmp_path / "neo4j-state", heap="1g")
                url = server.url
            stores["Neo4j"] = lambda k, url=url: url
        try:
            if args.memory:
                rows = {(name, size): measure(corpus, "ingest", url_of(size), 2, limit=size)
                        for name, url_of in stores.items() if not (args.no_sqlite and name == "SQLite")
                        for size in sizes}
                print(memory_report(args.reports, words, rows, args.days))
                return
            base = measure(corpus, "extract")
            rows = {}
            for name, url_of in stores.items():
                for w in (1, 2):
                    rows[(name, w)] = measure(corpus, "ingest", url_of(w), w)
            small = measure(corpus, "ingest", stores["SQLite"]("small"), 1, limit=max(1, args.reports // 5))
            # Other work on the machine changes over a long run: the baseline runs first and
            # last, and the faster of the two counts (the conservative choice for the shares).
            last = measure(corpus, "extract")
            base = max(base, last, key=lambda r: r["rate"])
        finally:
            if server is not None:
                from sitgraph.graph import neo4j_server

                neo4j_server.stop(port=server.port, state_dir=tmp_path / "neo4j-state")
    text = report(args.reports, words, base, rows, small)
    print(text)
    if args.write:
        write_section(SECTION, text)


def report(n: int, words: float, base: dict, rows: dict, small: dict) -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        SECTION, "",
        f"`python bench/ingest.py --reports {n}` on CPython {platform.python_version()}, {os.cpu_count()} cores "
        f"(load average {load:.1f} at the end of the run); {n:,} generated reports of {words:.0f} words, "
        "end to end from files: read, extract, resolve, link incidents, write. Each run is a fresh process.",
        "",
        "| run | reports/s | speed-up (2 workers / 1) | share of extraction alone | peak memory, main + worker |",
        "|---|---|---|---|---|",
        f"| baseline: read + extract only, 1 process | {base['rate']:.1f} | | 100% | "
        f"{base['peak_main_mb']:.0f} MB |",
    ]
    for (store, w), r in rows.items():
        speed = f"{r['rate'] / rows[(store, 1)]['rate']:.2f}x" if w == 2 else ""
        lines.append(f"| ingest into {store}, `--workers {w}` | {r['rate']:.1f} | {speed} | "
                     f"{100 * r['rate'] / base['rate']:.0f}% | {r['peak_main_mb']:.0f} + "
                     f"{r['peak_worker_mb']:.0f} MB |")
    full = rows[("SQLite", 1)]
    lines += [
        f"| ingest into SQLite, `--workers 1`, {small['reports']:,} reports (a fifth) | {small['rate']:.1f} | | "
        f"{100 * small['rate'] / base['rate']:.0f}% | {small['peak_main_mb']:.0f} + "
        f"{small['peak_worker_mb']:.0f} MB |",
        "",
        f"Memory: peak of the main process {full['peak_main_mb']:.0f} MB for {n:,} reports against "
        f"{small['peak_main_mb']:.0f} MB for {small['reports']:,} "
        f"({full['peak_main_mb'] / small['peak_main_mb']:.2f}x for 5x the reports). Reports are read lazily, "
        "at most two chunks per worker are in flight and one batch is held at a time; what grows is the "
        "incident index (a few hundred bytes per event) and the store itself.",
    ]
    return "\n".join(lines) + "\n"


def memory_report(n: int, words: float, rows: dict, days: int = 28) -> str:
    """The ``--memory`` table: peak memory and linking share of each store at N/5 and N."""
    lines = [
        f"`python bench/ingest.py --reports {n} --memory --days {days}` on CPython {platform.python_version()}, "
        f"{os.cpu_count()} cores shared with other jobs; {n:,} generated reports of {words:.0f} words "
        f"published over {days:,} days, "
        "`--workers 2`, each run a fresh process into an empty store.", "",
        "| store | reports | events | seconds | linking (share) | peak, main process | peak, largest worker "
        "| server: peak resident, old-generation heap peak | load average at the end |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for (store, _), r in rows.items():
        server = (f"{r['server_peak_mb']:.0f} MB, {r['server_old_gen_peak_mb']:.0f} MB"
                  if "server_peak_mb" in r else "")
        lines.append(f"| {store} | {r['reports']:,} | {r['events']:,} | {r['seconds']:.0f} | "
                     f"{r['linking_seconds']:.1f} s ({100 * r['linking_seconds'] / r['seconds']:.1f}%) | "
                     f"{r['peak_main_mb']:.0f} MB | {r['peak_worker_mb']:.0f} MB | {server} | {r['load']:.1f} |")
    lines.append("")
    for store in dict.fromkeys(s for s, _ in rows):
        small, full = (r for (s, _), r in rows.items() if s == store)
        lines.append(f"{store}: main-process peak {full['peak_main_mb']:.0f} MB for {full['reports']:,} reports "
                     f"against {small['peak_main_mb']:.0f} MB for {small['reports']:,} "
                     f"({full['peak_main_mb'] / small['peak_main_mb']:.2f}x for 5x the reports)"
                     + (f"; server peak {full['server_peak_mb'] / small['server_peak_mb']:.2f}x, old generation "
                        f"{full['server_old_gen_peak_mb'] / small['server_old_gen_peak_mb']:.2f}x"
                        if "server_peak_mb" in full else "") + ".")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
