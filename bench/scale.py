"""Past one machine: Dask workers against one process, and bulk import against UNWIND.

Generates M reports of about 500 words and N of about 60 (``bench/extract.py``'s
generator), then, each measured run in a fresh child process:

1. speed-up: ``ingest`` of the M long reports into the embedded store by one process,
   and by ``--scheduler local:2`` (a LocalCluster of 2 single-threaded worker
   processes; its start and the model loads counted), the two graphs compared (export);
2. staging: ``ingest --scheduler local:2 --bulk-csv`` of the N short reports, every batch
   the pipeline writes also recorded to a file; reports/s, and the CPU seconds the
   client process spends per report (resolution, incident links, writes: the part
   that does not spread over workers);
3. writes into Neo4j (a local server started here), the same graph both ways:
   the recorded batches replayed through ``Neo4jStore.write`` (batched ``UNWIND …
   MERGE``, what a normal ingest sends), into an empty database; and the bulk path,
   CSV files written from the staging store then ``neo4j-admin database import full``
   into a fresh database. Rate = graph elements (nodes + relationships of the final
   graph) per second.

Each result carries the 1-minute load average when it was taken: the machine is shared.
With ``--write`` the tables replace the lead of the "## Scaling" section of
docs/BENCHMARKS.md and its speed-up part ("### Speed-up of a local cluster"); with
``--only-compare --write`` only the latter.

    python bench/scale.py                        # N=10,000 short reports, M=400 long ones
    python bench/scale.py --reports 500 --compare 40 --write
    python bench/scale.py --only-compare --compare 400 --write   # only step 1 and its part of the section
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SECTION = "## Scaling"
COMPARE = "### Speed-up of a local cluster"  # the part of SECTION that --only-compare rewrites
PASSWORD = "bench-scale-pw"


def generate(folder: Path, n: int, words: int, seed: int = 11) -> Path:
    """``n`` report files of about ``words`` words with front matter (bench/extract.py's
    generator: seeded, several wars, attacks, casualties, claims, filler)."""
    from extract import report_text  # the sibling benchmark's generator

    rng = random.Random(seed)
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:05d}.txt").write_text(
            f"---\npublished: 2023-05-{1 + i % 28:02d}\nsource: bench\n---\n{report_text(rng, words)}\n",
            encoding="utf-8")
    print(f"{n} reports of about {words} words in {folder.name}/", file=sys.stderr)
    return folder


def cpu_seconds() -> float:
    """User + system CPU seconds of this process (run on each worker by the bench)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def load() -> float:
    return os.getloadavg()[0]


class Recording:
    """A store that also pickles every batch it writes into a file (to replay them)."""

    def __init__(self, store: Any, fh: Any) -> None:
        self.store, self.fh = store, fh

    def write(self, batch: Any) -> None:
        pickle.dump(batch, self.fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.store.write(batch)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def child(args: argparse.Namespace) -> None:
    """One measured ingest in this fresh process; prints a JSON line."""
    from sitgraph.graph.sqlite_store import SqliteStore
    from sitgraph.loaders.pipeline import IngestOptions, ingest

    files = sorted(str(p) for p in Path(args.corpus).glob("*.txt"))[: args.limit or None]
    options = IngestOptions(scheduler=args.scheduler or None)
    first: list[tuple[float, int]] = []

    def on_progress(p: Any) -> None:
        if not first:
            first.append((time.perf_counter(), p.written))

    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    idle_rate = 0.0
    with ExitStack() as stack:
        cluster = None
        if args.scheduler:
            from sitgraph.loaders.distributed import SpacyModel, connect

            cluster = stack.enter_context(connect(args.scheduler))
            cluster.client.register_plugin(SpacyModel(None))  # model loads before the CPU count starts
            # What idle workers burn per second (heartbeats, memory monitor, event loop): it
            # grows with wall-clock time, so with the load, and is reported apart.
            idle0, i0 = sum(cluster.client.run(cpu_seconds).values()), time.perf_counter()
            time.sleep(20)
            cpu_before = sum(cluster.client.run(cpu_seconds).values())
            pause = time.perf_counter() - i0
            idle_rate = (cpu_before - idle0) / pause
            t0 += pause  # the pause is not part of the ingest's time
        store = stack.enter_context(SqliteStore(args.db).open())
        if args.record:
            fh = stack.enter_context(open(args.record, "wb"))
            store = Recording(store, fh)
        s = ingest(files, store, options=options, on_progress=on_progress, cluster=cluster)
        # CPU the workers spent on this ingest, read while the cluster is still up.
        workers_cpu = sum(cluster.client.run(cpu_seconds).values()) - cpu_before if cluster else 0.0
    end = time.perf_counter()
    seconds = end - t0
    # Steady state: from the first batch written to the end (start-up and model loads left out).
    steady = (s.written - first[0][1]) / (end - first[0][0]) if first and end > first[0][0] else 0.0
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    print(json.dumps({"reports": s.written, "events": s.events, "seconds": seconds, "rate": s.written / seconds,
                      "steady": steady, "startup": first[0][0] - t0 if first else seconds,
                      "client_cpu": cpu, "workers_cpu": workers_cpu, "idle_cpu": idle_rate * seconds,
                      "failed": len(s.failures)}))


def measure(corpus: Path, db: Path, scheduler: str = "", limit: int = 0, record: str = "") -> dict:
    cmd = [sys.executable, __file__, "--child", "--corpus", str(corpus), "--db", str(db),
           "--scheduler", scheduler, "--limit", str(limit), "--record", record]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"run failed: {' '.join(cmd)}\n{out.stderr[-3000:]}")
    row = json.loads(out.stdout.strip().splitlines()[-1])
    row["load"] = load()
    print(f"  ingest {scheduler or 'one process':10} {row['reports']} reports: {row['rate']:.2f}/s, "
          f"steady {row['steady']:.2f}/s, "
          f"client CPU {row['client_cpu']:.0f} s, load {row['load']:.1f}", file=sys.stderr)
    return row


def graph_of(db: Path) -> tuple[str, int, int]:
    """Export JSON of an embedded store, and its node and relationship counts."""
    from sitgraph.graph.export import json_text
    from sitgraph.graph.sqlite_store import SqliteStore

    with SqliteStore(db).open() as store:
        counts = store.counts()
        return json_text(store), sum(counts["nodes"].values()), sum(counts["relationships"].values())


def replay(record: Path, url: str) -> float:
    """Seconds to write the recorded batches through Neo4jStore.write into an empty database."""
    from sitgraph.graph.neo4j_store import Neo4jStore

    batches = []
    with record.open("rb") as fh:
        while True:
            try:
                batches.append(pickle.load(fh))
            except EOFError:
                break
    with Neo4jStore(url, username="neo4j", password=PASSWORD).open() as store:
        store.clear()
        t0 = time.perf_counter()
        for b in batches:
            store.write(b)
        return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=10_000, help="Reports staged and written both ways.")
    ap.add_argument("--words", type=int, default=60, help="Words per report of those.")
    ap.add_argument("--compare", type=int, default=400, help="Reports in the speed-up comparison.")
    ap.add_argument("--long-words", type=int, default=500, help="Words per report of those.")
    ap.add_argument("--only-compare", action="store_true", help="Only the speed-up comparison.")
    ap.add_argument("--write", action="store_true", help="Replace the Scaling section of docs/BENCHMARKS.md.")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--scheduler", default="", help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--record", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    sys.path.insert(0, str(HERE))

    from sitgraph.graph import neo4j_server
    from sitgraph.graph.bulk import STAGING, finish, import_into
    from sitgraph.graph.sqlite_store import SqliteStore

    res: dict[str, Any] = {"n": args.reports, "m": args.compare, "words": args.words, "long": args.long_words}
    with tempfile.TemporaryDirectory(prefix="sitgraph-bench-scale-") as tmp:
        tmp_path = Path(tmp)
        long_corpus = generate(tmp_path / "long", args.compare, args.long_words)
        one = measure(long_corpus, tmp_path / "one.db")
        two = measure(long_corpus, tmp_path / "two.db", "local:2")
        res["one"], res["two"] = one, two
        res["same_graph"] = graph_of(tmp_path / "one.db")[0] == graph_of(tmp_path / "two.db")[0]
        if args.only_compare:
            print(json.dumps(res, indent=1), file=sys.stderr)
            text = compare_table(res)
            print(text)
            if args.write:
                write_section(text, COMPARE)
            return
        corpus = generate(tmp_path / "short", args.reports, args.words)
        bulk = tmp_path / "bulk"
        bulk.mkdir()
        record = tmp_path / "batches.pkl"
        res["stage"] = measure(corpus, bulk / STAGING, "local:2", record=str(record))
        _, nodes, rels = graph_of(bulk / STAGING)
        res["elements"] = nodes + rels
        t0 = time.perf_counter()
        with SqliteStore(bulk / STAGING).open() as store:
            finish(store, bulk)
        res["csv_seconds"] = time.perf_counter() - t0
        server = neo4j_server.start(tmp_path / "neo4j", neo4j_server.free_port(), PASSWORD,
                                    state_dir=tmp_path / "state", heap="1g")
        try:
            res["unwind_load_before"] = load()
            res["unwind_seconds"] = replay(record, server.url)
            res["unwind_load"] = load()
        finally:
            neo4j_server.stop(port=server.port, state_dir=tmp_path / "state")
        t0 = time.perf_counter()
        import_into(bulk, tmp_path / "imported", heap="1g")
        res["import_seconds"] = time.perf_counter() - t0
        res["import_load"] = load()
    print(json.dumps(res, indent=1), file=sys.stderr)
    text = report(res)
    print(text)
    if args.write:
        write_section(text)
        write_section(compare_table(res), COMPARE)


def cpu_estimate(one: dict, two: dict, cores: int = 2, idle: bool = False) -> float:
    """The speed-up an idle machine of ``cores`` cores would show, from CPU seconds per
    report (which other jobs on the machine barely change): the cluster is bounded by all
    its CPU over the cores, by its workers over their count, and by the client alone (it
    is one process); one process by its own CPU. The workers' idle burn is left out
    unless ``idle``."""
    single = one["client_cpu"] / one["reports"]
    client = two["client_cpu"] / two["reports"]
    workers = (two["workers_cpu"] - (0.0 if idle else two.get("idle_cpu", 0.0))) / two["reports"]
    rate = min(cores / (client + workers), 1 / client, 2 / workers) if workers else 0.0
    return rate * single


def compare_table(r: dict[str, Any]) -> str:
    """The speed-up subsection: the command, wall-clock rates (with the load) and the
    CPU-time estimate."""
    one, two = r["one"], r["two"]
    return "\n".join([
        COMPARE, "",
        f"`python bench/scale.py --only-compare --compare {r['m']} --long-words {r['long']}` on CPython "
        f"{platform.python_version()}, {os.cpu_count()} cores: {r['m']:,} generated reports of about {r['long']} "
        "words ingested into the embedded store by one process and by `--scheduler local:2` (start-up and "
        "model loads counted), each in a fresh process; 1-minute load average beside each row.",
        "",
        "| run | start-up s | reports/s, all | ratio | reports/s, after the first batch | ratio "
        "| CPU s/report: client + workers | load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        f"| one process | {one['startup']:.0f} | {one['rate']:.2f} | 1.00x | {one['steady']:.2f} | 1.00x | "
        f"{one['client_cpu'] / one['reports']:.3f} | {one['load']:.1f} |",
        f"| `--scheduler local:2` | {two['startup']:.0f} | {two['rate']:.2f} | {two['rate'] / one['rate']:.2f}x | "
        f"{two['steady']:.2f} | {two['steady'] / one['steady']:.2f}x | {two['client_cpu'] / two['reports']:.3f} + "
        f"{two['workers_cpu'] / two['reports']:.3f} | {two['load']:.1f} |",
        "",
        f"Same graph from both (export JSON identical): {'yes' if r['same_graph'] else 'NO'}. Of the workers' CPU, "
        f"{two.get('idle_cpu', 0.0) / two['reports']:.3f} s/report is what they burn idle (measured for 20 s before "
        "the ingest, times the run's wall-clock time); without it, CPU seconds per report say an idle 2-core "
        f"machine would give {cpu_estimate(one, two):.2f}x ({cpu_estimate(one, two, idle=True):.2f}x counting "
        "every CPU second of the cluster).",
    ]) + "\n"


def report(r: dict[str, Any]) -> str:
    one, two, stage = r["one"], r["two"], r["stage"]
    el = r["elements"]
    unwind = el / r["unwind_seconds"]
    bulk_total = r["csv_seconds"] + r["import_seconds"]
    lines = [
        SECTION, "",
        f"`python bench/scale.py --reports {r['n']} --words {r['words']} --compare {r['m']} --long-words "
        f"{r['long']}` on CPython {platform.python_version()}, {os.cpu_count()} cores shared with other jobs "
        "(1-minute load average beside each row). Generated reports; each ingest a fresh process; "
        f"the comparison on {r['m']:,} reports of about {r['long']} words, the staging and the writes on "
        f"{r['n']:,} reports of about {r['words']} words.",
        "",
        "| run | reports | start-up s | reports/s, all | ratio | reports/s, after the first batch | ratio "
        "| client CPU s/report | load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| one process, embedded store | {one['reports']:,} | {one['startup']:.0f} | {one['rate']:.2f} | 1.00x | "
        f"{one['steady']:.2f} | 1.00x | {one['client_cpu'] / one['reports']:.3f} | {one['load']:.1f} |",
        f"| `--scheduler local:2` (2 worker processes) | {two['reports']:,} | {two['startup']:.0f} | "
        f"{two['rate']:.2f} | {two['rate'] / one['rate']:.2f}x | {two['steady']:.2f} | "
        f"{two['steady'] / one['steady']:.2f}x | {two['client_cpu'] / two['reports']:.3f} | {two['load']:.1f} |",
        f"| `--scheduler local:2 --bulk-csv`, staging (short reports) | {stage['reports']:,} | "
        f"{stage['startup']:.0f} | "
        f"{stage['rate']:.2f} | | {stage['steady']:.2f} | | {stage['client_cpu'] / stage['reports']:.3f} | "
        f"{stage['load']:.1f} |",
        "",
        f"Same graph from both runs of the comparison (export JSON identical): {'yes' if r['same_graph'] else 'NO'}.",
        "",
        f"Writing the graph of the {stage['reports']:,} reports ({el:,} elements: nodes + relationships) into Neo4j:",
        "",
        "| path | seconds | elements/s | ratio | load |",
        "|---|---:|---:|---:|---:|",
        f"| batched `UNWIND … MERGE` (the ingest's own batches replayed, empty database) | "
        f"{r['unwind_seconds']:.1f} | {unwind:,.0f} | 1.0x | {r['unwind_load']:.1f} |",
        f"| bulk: CSV files from staging + `neo4j-admin database import full` | {bulk_total:.1f} | "
        f"{el / bulk_total:,.0f} | {el / bulk_total / unwind:.1f}x | {r['import_load']:.1f} |",
        f"| of which the import alone (JVM start included) | {r['import_seconds']:.1f} | "
        f"{el / r['import_seconds']:,.0f} | {el / r['import_seconds'] / unwind:.1f}x | |",
        "",
        f"Per report: {el / stage['reports']:.1f} elements; so batched UNWIND absorbs "
        f"{unwind / (el / stage['reports']):.0f} reports/s, against {one['steady']:.1f} reports/s extracted per "
        "process here (after start-up). See docs/SCALING.md for what these numbers mean at 10^5–10^7 reports.",
    ]
    return "\n".join(lines) + "\n"


def _level(line: str) -> int:
    """The level of a Markdown heading line (2 for ``## …``), 0 for other lines."""
    mark = line.split(" ", 1)[0]
    return len(mark) if mark and set(mark) == {"#"} and " " in line else 0


def replace_part(doc: str, heading: str, text: str, within: str = "", lead: bool = False) -> str:
    """``doc`` with the part under ``heading`` replaced by ``text``: up to the next heading
    of its level or above, or with ``lead`` up to the next heading of any level (its
    subsections stay). A missing part is added at the end of the part under ``within``
    (or of ``doc``). Pure."""
    lines = doc.splitlines(keepends=True)

    def end_of(start: int, upto: int) -> int:
        return next((i for i in range(start + 1, len(lines)) if 0 < _level(lines[i]) <= upto), len(lines))

    starts = [i for i, ln in enumerate(lines) if ln.rstrip("\n") == heading]
    if starts:
        start = starts[0]
        stop = end_of(start, 9 if lead else _level(heading))
    else:
        outer = [i for i, ln in enumerate(lines) if within and ln.rstrip("\n") == within]
        start = stop = end_of(outer[0], _level(within)) if outer else len(lines)
    before = "".join(lines[:start]).rstrip("\n")
    after = "".join(lines[stop:]).lstrip("\n")
    return (before + "\n\n" if before else "") + text.rstrip("\n") + "\n" + ("\n" + after if after else "")


def write_section(text: str, heading: str = SECTION) -> None:
    """Write ``text`` into docs/BENCHMARKS.md: the lead of the "Scaling" section (its
    subsections stay), or with ``heading`` COMPARE the speed-up subsection."""
    docs = HERE.parent / "docs" / "BENCHMARKS.md"
    old = docs.read_text(encoding="utf-8") if docs.exists() else "# Benchmarks\n"
    new = replace_part(old, heading, text, within=SECTION, lead=heading == SECTION)
    docs.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
