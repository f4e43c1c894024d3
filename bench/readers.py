"""Readers during an ingest: how much 8 concurrent readers of the named queries slow it.

On a local Neo4j (started here with ``graph/neo4j_server.py``, or ``--url``, which is
emptied first) the script preloads ``--preload`` generated reports (the generator of
``bench/queries.py``: four attacks a report, half of them in incident clusters, towns in
provinces, facilities, an agreement; link properties as the ingest writes them, then the
ingest's own incident build), and then ingests ``--reports`` further reports of the same
generator in rounds: one alone, then for each way of reading in ``--loops`` a round with the
readers and one alone again (each round new reports, which join the preloaded clusters).

Each ingest round is the ingest's store side, run by the pipeline's own writer
(:class:`~sitgraph.loaders.pipeline._Writer`): under the writer lease, batches of 64
reports are linked to their incident candidates in the store (``link_batch``), written
in one transaction, and the incidents of the clusters they touched recomputed in a
second one. Extraction is left out: it runs in other processes and does not touch the
store, and leaving it out makes the store work, where readers and the writer meet, the
whole of the measured time.

The readers are ``--readers`` threads (8) in a separate process, each running the named
queries (``queries/``) in random order, with parameters drawn for each call from the graph
(actors by name or alias, provinces, towns, outlets, events, incidents, date windows half
of the time). Five ways of reading (``--loops``, any of them, in order):

- ``closed``: each reader runs its next query as soon as the last returned (the worst case);
- ``capped``: the same, through a store with ``max_concurrent_reads`` set to
  ``--max-concurrent-reads`` (1 by default);
- ``share``: the same, through a store with ``read_share_during_ingest`` set to
  ``--read-share`` (0.25 by default): while the ingest holds the writer lease, the readers'
  queries take turns and are busy at most that share of the time;
- ``think``: analysts, each thinking between queries for a time drawn uniformly from
  ``--think`` seconds (1 to 3 by default);
- ``think-share``: the same analysts through a store with ``read_share_during_ingest``
  set to ``--read-share``.

The readers also run alone for ``--idle`` seconds first, for their latencies without an
ingest.

Reported: each round's wall-clock seconds and linking seconds with the load average
beside them, the CPU seconds of the ingest, the server and the readers' process during it,
for each way of reading the ratio of its round to the mean of the rounds alone just before
and after it, and the readers' query count and latencies (median, 95th percentile, waits
included) alone and during the ingest, per query for the slowest.

    python bench/readers.py                                  # 3,200 preloaded + 9 x 640
    python bench/readers.py --loops closed --preload 1600 --reports 320 --readers 4
    python bench/readers.py --url bolt://127.0.0.1:7687 --password secret
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import signal
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from queries import PARAMS, report_batches, static_records  # noqa: E402 - the sibling benchmark's generator
from sitgraph.graph.model import Batch  # noqa: E402
from sitgraph.graph.neo4j_store import Neo4jStore  # noqa: E402
from sitgraph.loaders.incidents import rebuild_incidents, with_link_properties  # noqa: E402
from sitgraph.loaders.pipeline import IngestProgress, _Writer  # noqa: E402
from sitgraph.queries import bind, load_queries  # noqa: E402

PASSWORD = "bench-readers-pw"
BATCH = 64  # reports a batch, as the ingest's default
N_ACTORS, N_PROVINCES, N_TOWNS, N_OUTLETS = 60, 20, 400, 40


# --- the graph --------------------------------------------------------------------------


def batches(total: int) -> list[Batch]:
    """Every batch of ``total`` generated reports (BATCH reports each), with link
    properties on their events."""
    return [with_link_properties(b) for b in report_batches(total, per_batch=BATCH)]


def without_links(batch: Batch) -> Batch:
    """``batch`` less its generated SAME_INCIDENT links: the ingest finds its own."""
    return Batch(batch.nodes, tuple(e for e in batch.edges if e.type != "SAME_INCIDENT"))


def preload(store: Neo4jStore, pre: list[Batch]) -> str:
    t0 = time.perf_counter()
    store.write(static_records(N_ACTORS, N_PROVINCES, N_TOWNS))
    for b in pre:
        store.write(b)
    t1 = time.perf_counter()
    incidents = rebuild_incidents(store)
    t2 = time.perf_counter()
    return f"preloaded in {t1 - t0:.0f} s, {incidents} incidents built in {t2 - t1:.0f} s"


class Timed:
    """A store whose method calls are timed, by method name (where an ingest waits)."""

    def __init__(self, store: Neo4jStore) -> None:
        self.store = store
        self.seconds: dict[str, float] = defaultdict(float)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.store, name)
        if not callable(attr):
            return attr

        def timed(*a: Any, **k: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return attr(*a, **k)
            finally:
                self.seconds[name] += time.perf_counter() - t0
        return timed


def cpu_seconds(pid: int | None = None) -> float:
    """User + system CPU seconds of this process, or of process ``pid`` (Linux /proc)."""
    if pid is None:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ingest_round(store: Neo4jStore, round_batches: list[Batch], server_pid: int | None) -> dict[str, Any]:
    """One ingest of ``round_batches`` by the pipeline's writer, under the writer lease;
    wall-clock and CPU seconds (this process, the server), seconds per store call."""
    progress = IngestProgress()
    timed = Timed(store)
    cpu0, server0 = cpu_seconds(), cpu_seconds(server_pid) if server_pid else float("nan")
    start, t0 = time.time(), time.perf_counter()
    with store.writer_lock() as lock:
        writer = _Writer(timed, lock, set(), True, progress, None)
        for b in round_batches:
            writer.pending.append(without_links(b))
            writer.flush()
    seconds = time.perf_counter() - t0
    return {"start": start, "end": time.time(), "seconds": seconds, "linking": progress.linking,
            "reports": sum(1 for b in round_batches for n in b.nodes if n.label == "Report"),
            "events": progress.events, "links": progress.links, "load": os.getloadavg()[0],
            "cpu": cpu_seconds() - cpu0,
            "server_cpu": cpu_seconds(server_pid) - server0 if server_pid else float("nan"),
            "calls": dict(timed.seconds)}


# --- the readers ------------------------------------------------------------------------


def _window(rnd: random.Random) -> tuple[str, str]:
    first = rnd.randrange(20)
    return f"{2019 + first // 12}-{first % 12 + 1:02d}", f"{2019 + (first + 3) // 12}-{(first + 3) % 12 + 1:02d}"


def values_for(name: str, params: set[str], rnd: random.Random, sample: dict[str, list[str]]) -> dict[str, Any]:
    """Parameters for one call of a query, drawn as an analyst would vary them."""
    v = dict(PARAMS.get(name, {}))
    a = rnd.randrange(N_ACTORS)
    drawn = {
        "actor": rnd.choice((f"Actor {a}", f"A{a}", f"actor:a{a}")) if name != "actor-relations" else f"actor:a{a}",
        "province": f"Province {rnd.randrange(N_PROVINCES)}", "place": f"Town {rnd.randrange(N_TOWNS)}",
        "source": f"Outlet {rnd.randrange(N_OUTLETS)}", "facility_type": rnd.choice(("school", "medical", "market")),
        "event": rnd.choice(sample["events"]), "incident": rnd.choice(sample["incidents"]),
    }
    v.update({k: x for k, x in drawn.items() if k in params and (k in v or k in ("event", "incident"))})
    if "since" in params and rnd.random() < 0.5:
        v["since"], until = _window(rnd)
        if "until" in params:
            v["until"] = until
    return v


def _reader(store: Neo4jStore, seed: int, sample: dict[str, list[str]], stop: threading.Event,
            out: list[tuple[float, str, float, bool]], think: tuple[float, float] = (0.0, 0.0)) -> None:
    rnd = random.Random(seed)
    queries = load_queries()
    while not stop.is_set():
        if think[1] > 0 and stop.wait(rnd.uniform(*think)):  # an analyst reads the last answer
            break
        q = rnd.choice(queries)
        params = bind(q, values_for(q.name, {p.name for p in q.params}, rnd, sample))
        started, t0 = time.time(), time.perf_counter()
        ok = True
        try:
            store.run_cypher(q.cypher, params)
        except Exception:  # noqa: BLE001 - a failed read is counted, the reader goes on
            ok = False
        out.append((started, q.name, time.perf_counter() - t0, ok))


def readers_process(url: str, password: str, n: int, sample: dict[str, list[str]], ready: Any, stop: Any,
                    result: str, think: tuple[float, float] = (0.0, 0.0), cap: int | None = None,
                    share: float | None = None) -> None:
    """``n`` reader threads until ``stop`` is set, each pausing ``think`` seconds (drawn)
    between queries, through a store whose reads are capped at ``cap`` and held to
    ``share`` of the time during an ingest; every call (start, query, seconds, ok) written
    as JSON to ``result``."""
    store = Neo4jStore(url, password=password, max_concurrent_reads=cap, read_share_during_ingest=share).open()
    rnd = random.Random(0)
    for q in load_queries():  # plans compiled and pages read once, before anything is timed
        store.run_cypher(q.cypher, bind(q, values_for(q.name, {p.name for p in q.params}, rnd, sample)))
    halt = threading.Event()
    outs: list[list[tuple[float, str, float, bool]]] = [[] for _ in range(n)]
    threads = [threading.Thread(target=_reader, args=(store, 1000 + i, sample, halt, outs[i], think), daemon=True)
               for i in range(n)]
    for t in threads:
        t.start()
    ready.set()
    stop.wait()
    halt.set()
    for t in threads:
        t.join(600)
    store.close()
    Path(result).write_text(json.dumps([c for o in outs for c in o]), encoding="utf-8")


def latencies(calls: list[list[Any]], start: float, end: float) -> dict[str, Any]:
    """Count, median and p95 of the successful calls that started in [start, end]."""
    xs = [c for c in calls if start <= c[0] <= end]
    secs = sorted(c[2] for c in xs if c[3])
    per: dict[str, list[float]] = defaultdict(list)
    for c in xs:
        if c[3]:
            per[c[1]].append(c[2])
    return {"count": len(secs), "failed": sum(1 for c in xs if not c[3]), "median": _q(secs, 0.5),
            "p95": _q(secs, 0.95), "max": secs[-1] if secs else float("nan"),
            "per": {k: (len(v), _q(sorted(v), 0.5), _q(sorted(v), 0.95)) for k, v in per.items()}}


def _q(xs: list[float], q: float) -> float:
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


# --- the run ----------------------------------------------------------------------------


def sample_of(store: Neo4jStore) -> dict[str, list[str]]:
    ev = store.run_cypher("MATCH (e:Event) WHERE e.kind = 'Attack' RETURN e.id AS id LIMIT 2000")
    inc = store.run_cypher("MATCH (i:Incident) WHERE i.events > 1 RETURN i.id AS id LIMIT 500")
    return {"events": [r["id"] for r in ev], "incidents": [r["id"] for r in inc] or ["incident:none"]}


LOOPS = ("closed", "capped", "share", "think", "think-share")
DEFAULT_LOOPS = ("closed", "capped", "share", "think")


def with_readers(args: argparse.Namespace, loop: str, url: str, password: str, sample: dict[str, list[str]],
                 tmp: Path, ingest: Any) -> tuple[dict[str, Any], list[list[Any]], tuple[float, float]]:
    """``ingest()`` while the readers of ``loop`` run in another process (after ``--idle``
    seconds alone); the round's row, the readers' calls and their idle window."""
    ctx = mp.get_context("spawn")
    ready, stop, result = ctx.Event(), ctx.Event(), str(tmp / f"calls-{loop}.json")
    think = tuple(args.think) if loop in ("think", "think-share") else (0.0, 0.0)
    cap = args.max_concurrent_reads if loop == "capped" else None
    share = args.read_share if loop in ("share", "think-share") else None
    proc = ctx.Process(target=readers_process,
                       args=(url, password, args.readers, sample, ready, stop, result, think, cap, share))
    proc.start()
    try:
        ready.wait(120)
        idle = (time.time(), time.time() + args.idle)
        time.sleep(args.idle)
        cpu0 = cpu_seconds(proc.pid)
        row = ingest()
        row["readers_cpu"] = cpu_seconds(proc.pid) - cpu0
    finally:
        stop.set()
        proc.join(900)
    return row, json.loads(Path(result).read_text(encoding="utf-8")), idle


def measure(args: argparse.Namespace, url: str, password: str, tmp: Path, server_pid: int | None = None) -> str:
    store = Neo4jStore(url, password=password).open()
    store.clear()
    n_pre = args.preload // BATCH
    per_round = args.reports // BATCH
    plan: list[str | None] = [None] + [x for loop in args.loops for x in (loop, None)]  # None: alone
    all_batches = batches((n_pre + per_round * len(plan)) * BATCH)
    print(preload(store, all_batches[:n_pre]), file=sys.stderr, flush=True)
    sample = sample_of(store)
    rounds: list[dict[str, Any]] = []
    try:
        for r, loop in enumerate(plan):
            todo = all_batches[n_pre + r * per_round: n_pre + (r + 1) * per_round]

            def ingest(todo: list[Batch] = todo) -> dict[str, Any]:
                return ingest_round(store, todo, server_pid)

            if loop is None:
                row = ingest()
            else:
                row, reads, idle = with_readers(args, loop, url, password, sample, tmp, ingest)
                row.update(reads=reads, idle=idle)
            row["loop"] = loop
            rounds.append(row)
            print(f"round {r + 1}: {loop or 'alone'}, {row['seconds']:.1f} s "
                  f"(linking {row['linking']:.1f} s), cpu {row['cpu']:.1f} s, server cpu {row['server_cpu']:.1f} s, "
                  f"load {row['load']:.1f}; calls {json.dumps({k: round(v, 1) for k, v in row['calls'].items()})}",
                  file=sys.stderr, flush=True)
    finally:
        counts = store.counts()
        store.close()
    return report(args, rounds, counts)


def _loop_name(args: argparse.Namespace, loop: str | None) -> str:
    return {None: "none", "closed": f"{args.readers}, closed loop",
            "capped": f"{args.readers}, closed loop, at most {args.max_concurrent_reads} at once",
            "share": f"{args.readers}, closed loop, share {args.read_share:g} during the ingest",
            "think": f"{args.readers}, thinking {args.think[0]:g}-{args.think[1]:g} s",
            "think-share": f"{args.readers}, thinking {args.think[0]:g}-{args.think[1]:g} s, "
                           f"share {args.read_share:g} during the ingest"}[loop]


def _readers_cpu(row: dict[str, Any]) -> str:
    return f"{row['readers_cpu']:.1f}" if "readers_cpu" in row else "-"


def _loop_options(args: argparse.Namespace) -> str:
    """The options of the ways of reading run, as given on the command line."""
    out = f" --max-concurrent-reads {args.max_concurrent_reads}" if "capped" in args.loops else ""
    out += f" --read-share {args.read_share:g}" if {"share", "think-share"} & set(args.loops) else ""
    thinking = {"think", "think-share"} & set(args.loops)
    return out + (f" --think {args.think[0]:g} {args.think[1]:g}" if thinking else "")


def report(args: argparse.Namespace, rounds: list[dict[str, Any]], counts: dict[str, Any]) -> str:
    lines = [
        f"`python bench/readers.py --preload {args.preload} --reports {args.reports} --readers {args.readers} "
        f"--loops {','.join(args.loops)}{_loop_options(args)}`: {counts['nodes'].get('Event', 0):,} events, "
        f"{counts['relationships'].get('SAME_INCIDENT', 0):,} SAME_INCIDENT links, "
        f"{counts['nodes'].get('Incident', 0):,} incidents at the end.", "",
        "| ingest round | readers | seconds | reports | events | links | linking (s) | ingest CPU (s) "
        "| server CPU (s) | readers' CPU (s) | load average at the end |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for i, r in enumerate(rounds, 1):
        lines.append(f"| {i} | {_loop_name(args, r['loop'])} | {r['seconds']:.1f} | {r['reports']} | "
                     f"{r['events']} | {r['links']} | {r['linking']:.1f} | {r['cpu']:.1f} | {r['server_cpu']:.1f} | "
                     f"{_readers_cpu(r)} | {r['load']:.1f} |")
    names = sorted({k for r in rounds for k in r["calls"]}, key=lambda k: -sum(r["calls"].get(k, 0) for r in rounds))
    heads = " | ".join(str(i) for i in range(1, len(rounds) + 1))
    lines += ["", f"| seconds in store calls, by round | {heads} |", "|---|" + "---:|" * len(rounds)]
    for k in names:
        lines.append(f"| `{k}` | " + " | ".join(f"{r['calls'].get(k, 0):.1f}" for r in rounds) + " |")
    lines += ["", "| readers | ingest / rounds alone before and after | queries during the ingest | failed "
              "| median (s) | p95 (s) | max (s) | queries alone | median alone (s) |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    slow_lines: list[str] = []
    for i, r in enumerate(rounds):
        if r["loop"] is None:
            continue
        base = statistics.mean((rounds[i - 1]["seconds"], rounds[i + 1]["seconds"]))
        busy, idle = latencies(r["reads"], r["start"], r["end"]), latencies(r["reads"], *r["idle"])
        lines.append(f"| {_loop_name(args, r['loop'])} | **{r['seconds'] / base:.2f}x** | {busy['count']} | "
                     f"{busy['failed']} | {busy['median']:.2f} | {busy['p95']:.2f} | {busy['max']:.2f} | "
                     f"{idle['count']} | {idle['median']:.2f} |")
        slow = sorted(busy["per"].items(), key=lambda kv: -kv[1][2])[:5]
        slow_lines.append(f"| {_loop_name(args, r['loop'])} | " + "; ".join(
            f"{name} {med:.2f} / {p95:.2f}" for name, (n, med, p95) in slow) + " |")
    lines += ["", "| readers | slowest queries during the ingest: median / p95 (s) |", "|---|---|", *slow_lines]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", help="an existing Neo4j (emptied first!); else one is started here")
    ap.add_argument("--password", default=PASSWORD)
    ap.add_argument("--preload", type=int, default=3200, help="reports in the graph before the ingests")
    ap.add_argument("--reports", type=int, default=640, help="reports each ingest round writes")
    ap.add_argument("--loops", type=lambda v: [x for x in v.split(",") if x], default=list(DEFAULT_LOOPS),
                    help="ways of reading, each in a round of its own: closed, capped, share, think, think-share "
                    "(comma-separated; default: all but think-share)")
    ap.add_argument("--readers", type=int, default=8)
    ap.add_argument("--max-concurrent-reads", type=int, default=1, help="the cap of the capped readers")
    ap.add_argument("--read-share", type=float, default=0.25,
                    help="the read_share_during_ingest of the share readers (more than 0, at most 1)")
    ap.add_argument("--think", type=float, nargs=2, default=(1.0, 3.0), metavar=("LO", "HI"),
                    help="seconds a thinking reader pauses between queries, drawn uniformly")
    ap.add_argument("--idle", type=float, default=30.0, help="seconds the readers run alone first")
    ap.add_argument("--heap", default="1g")
    args = ap.parse_args()
    if not args.loops or set(args.loops) - set(LOOPS):
        ap.error(f"--loops takes {', '.join(LOOPS)}")
    if not 0 < args.read_share <= 1:
        ap.error("--read-share takes a share more than 0 and at most 1")
    # Stopped by SIGTERM, the server started here is still stopped (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with tempfile.TemporaryDirectory(prefix="sitgraph-bench-readers-") as tmp:
        tmp_path = Path(tmp)
        if args.url:
            print(measure(args, args.url, args.password, tmp_path))
            return 0
        from sitgraph.graph import neo4j_server

        server = neo4j_server.start(tmp_path / "neo4j", neo4j_server.free_port(), args.password,
                                    state_dir=tmp_path / "neo4j-state", heap=args.heap)
        try:
            print(measure(args, server.url, args.password, tmp_path, server.pid))
        finally:
            neo4j_server.stop(port=server.port, state_dir=tmp_path / "neo4j-state")
    return 0


if __name__ == "__main__":
    sys.exit(main())
