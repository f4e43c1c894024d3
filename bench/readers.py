"""Readers during an ingest: how much 8 concurrent readers of the named queries slow it.

On a local Neo4j (started here with ``graph/neo4j_server.py``, or ``--url``, which is
emptied first) the script preloads ``--preload`` generated reports (the generator of
``bench/queries.py``: four attacks a report, half of them in incident clusters, towns in
provinces, facilities, an agreement; link properties as the ingest writes them, then the
ingest's own incident build), and then ingests ``--reports`` further reports of the same
generator, ``--rounds`` times (3 by default: alone, with the readers, alone again; each
round new reports, which join the preloaded clusters).

Each ingest round is the ingest's store side, run by the pipeline's own writer
(:class:`~sitgraph.loaders.pipeline._Writer`): under the writer lease, batches of 64
reports are linked to their incident candidates in the store (``link_batch``), written
in one transaction, and the incidents of the clusters they touched recomputed in a
second one. Extraction is left out: it runs in other processes and does not touch the
store, and leaving it out makes the store work, where readers and the writer meet, the
whole of the measured time.

The readers are ``--readers`` threads (8) in a separate process, each running the named
queries (``queries/``) one after another in random order, with parameters drawn for each
call from the graph (actors by name or alias, provinces, towns, outlets, events, incidents,
date windows half of the time). They also run alone for ``--idle`` seconds first, for their
latencies without an ingest.

Reported: each round's wall-clock seconds and linking seconds with the load average
beside them, the ratio of the round with readers to the mean of the rounds alone, and
the readers' query count and latencies (median, 95th percentile) alone and during the
ingest, per query for the slowest.

    python bench/readers.py                                  # 3,200 preloaded + 3 x 640
    python bench/readers.py --preload 1600 --reports 320 --readers 4
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
            out: list[tuple[float, str, float, bool]]) -> None:
    rnd = random.Random(seed)
    queries = load_queries()
    while not stop.is_set():
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
                    result: str) -> None:
    """``n`` reader threads until ``stop`` is set; every call (start, query, seconds, ok)
    written as JSON to ``result``."""
    store = Neo4jStore(url, password=password).open()
    rnd = random.Random(0)
    for q in load_queries():  # plans compiled and pages read once, before anything is timed
        store.run_cypher(q.cypher, bind(q, values_for(q.name, {p.name for p in q.params}, rnd, sample)))
    halt = threading.Event()
    outs: list[list[tuple[float, str, float, bool]]] = [[] for _ in range(n)]
    threads = [threading.Thread(target=_reader, args=(store, 1000 + i, sample, halt, outs[i]), daemon=True)
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


def measure(args: argparse.Namespace, url: str, password: str, tmp: Path, server_pid: int | None = None) -> str:
    store = Neo4jStore(url, password=password).open()
    store.clear()
    n_pre = args.preload // BATCH
    per_round = args.reports // BATCH
    all_batches = batches((n_pre + per_round * args.rounds) * BATCH)
    print(preload(store, all_batches[:n_pre]), file=sys.stderr, flush=True)
    sample = sample_of(store)
    ctx = mp.get_context("spawn")
    ready, stop, result = ctx.Event(), ctx.Event(), str(tmp / "calls.json")
    proc = ctx.Process(target=readers_process, args=(url, password, args.readers, sample, ready, stop, result))
    rounds: list[dict[str, Any]] = []
    idle = (0.0, 0.0)
    try:
        for r in range(args.rounds):
            todo = all_batches[n_pre + r * per_round: n_pre + (r + 1) * per_round]
            with_readers = r == 1 or args.rounds == 1
            if with_readers:
                proc.start()
                ready.wait(120)
                idle = (time.time(), time.time() + args.idle)
                time.sleep(args.idle)
            row = ingest_round(store, todo, server_pid)
            if with_readers:
                stop.set()
                proc.join(900)
            row["readers"] = with_readers
            rounds.append(row)
            print(f"round {r + 1}: {'with' if with_readers else 'without'} readers, {row['seconds']:.1f} s "
                  f"(linking {row['linking']:.1f} s), cpu {row['cpu']:.1f} s, server cpu {row['server_cpu']:.1f} s, "
                  f"load {row['load']:.1f}; calls {json.dumps({k: round(v, 1) for k, v in row['calls'].items()})}",
                  file=sys.stderr, flush=True)
    finally:
        if proc.is_alive():
            stop.set()
            proc.join(60)
        counts = store.counts()
        store.close()
    calls = json.loads(Path(result).read_text(encoding="utf-8"))
    return report(args, rounds, calls, idle, counts)


def report(args: argparse.Namespace, rounds: list[dict[str, Any]], calls: list[list[Any]],
           idle: tuple[float, float], counts: dict[str, Any]) -> str:
    busy = next(r for r in rounds if r["readers"])
    alone = [r for r in rounds if not r["readers"]]
    base = statistics.mean(r["seconds"] for r in alone) if alone else float("nan")
    lat_idle = latencies(calls, *idle)
    lat_busy = latencies(calls, busy["start"], busy["end"])
    lines = [
        f"`python bench/readers.py --preload {args.preload} --reports {args.reports} --readers {args.readers}`: "
        f"{counts['nodes'].get('Event', 0):,} events, {counts['relationships'].get('SAME_INCIDENT', 0):,} "
        f"SAME_INCIDENT links, {counts['nodes'].get('Incident', 0):,} incidents at the end.", "",
        "| ingest round | readers | seconds | reports | events | links | linking (s) | ingest CPU (s) "
        "| server CPU (s) | load average at the end |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for i, r in enumerate(rounds, 1):
        lines.append(f"| {i} | {args.readers if r['readers'] else 0} | {r['seconds']:.1f} | {r['reports']} | "
                     f"{r['events']} | {r['links']} | {r['linking']:.1f} | {r['cpu']:.1f} | {r['server_cpu']:.1f} | "
                     f"{r['load']:.1f} |")
    names = sorted({k for r in rounds for k in r["calls"]}, key=lambda k: -busy["calls"].get(k, 0))
    heads = " | ".join(str(i) for i in range(1, len(rounds) + 1))
    lines += ["", f"| seconds in store calls, by round | {heads} |", "|---|" + "---:|" * len(rounds)]
    for k in names:
        lines.append(f"| `{k}` | " + " | ".join(f"{r['calls'].get(k, 0):.1f}" for r in rounds) + " |")
    lines += ["", f"Ingest with {args.readers} readers / alone (mean of {len(alone)}): "
                  f"{busy['seconds'] / base:.2f}x.", "",
              "| readers' calls | queries | failed | median (s) | p95 (s) | max (s) |",
              "|---|---:|---:|---:|---:|---:|"]
    for what, lat, secs in (("alone", lat_idle, idle[1] - idle[0]), ("during the ingest", lat_busy, busy["seconds"])):
        lines.append(f"| {what} ({secs:.0f} s) | {lat['count']} | {lat['failed']} | {lat['median']:.2f} | "
                     f"{lat['p95']:.2f} | {lat['max']:.2f} |")
    lines += ["", "| query (during the ingest) | calls | median (s) | p95 (s) | median alone (s) |",
              "|---|---:|---:|---:|---:|"]
    slow = sorted(lat_busy["per"].items(), key=lambda kv: -kv[1][2])[:8]
    for name, (n, med, p95) in slow:
        alone_med = lat_idle["per"].get(name, (0, float("nan"), 0))[1]
        lines.append(f"| {name} | {n} | {med:.2f} | {p95:.2f} | {alone_med:.2f} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", help="an existing Neo4j (emptied first!); else one is started here")
    ap.add_argument("--password", default=PASSWORD)
    ap.add_argument("--preload", type=int, default=3200, help="reports in the graph before the ingests")
    ap.add_argument("--reports", type=int, default=640, help="reports each ingest round writes")
    ap.add_argument("--rounds", type=int, default=3, help="ingest rounds; the second has the readers")
    ap.add_argument("--readers", type=int, default=8)
    ap.add_argument("--idle", type=float, default=30.0, help="seconds the readers run alone first")
    ap.add_argument("--heap", default="1g")
    args = ap.parse_args()
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
