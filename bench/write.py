"""Write throughput: batched UNWIND vs one statement per record on Neo4j, and SQLite.

Writes a synthetic conflict graph of 100,000 nodes and 200,000 relationships:

1. to Neo4j through :meth:`Neo4jStore.write` (``UNWIND $rows ... MERGE`` in chunks, one
   managed transaction per batch of ``--batch`` records);
2. to Neo4j one ``MERGE`` statement per record, each its own transaction
   (``driver.execute_query``), the common naive approach, on a smaller graph of the same
   shape (``--sample`` records, 5,000 by default: the naive way is too slow for the full
   graph);
3. to the embedded SQLite store, same batches.

Rates are graph elements (nodes + relationships) per second, from one run in one process;
the ratio batched / per-record is the figure to read, as the machine's speed cancels out.

    python3 bench/write.py                    # starts a local Neo4j in a temp dir, stops it after
    python3 bench/write.py --url bolt://127.0.0.1:7687 --password secret   # an existing one (emptied!)
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from sitgraph.graph import neo4j_server
from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.graph.sqlite_store import SqliteStore

ACTOR_TYPES = ("state", "state_forces", "armed_group", "organization", "civilians")
EVENT_TYPES = ("airstrike", "shelling", "ied", "raid", "drone_strike")


def make_graph(n_nodes: int, n_rels: int, seed: int = 7) -> Batch:
    """A graph shaped like an ingested corpus: 5% actors, 15% places, 80% events; each event
    has a perpetrator and a place, the rest of the relationships are targets and
    provenance-like links. Deterministic for a seed. Cost: O(n_nodes + n_rels)."""
    rnd = random.Random(seed)
    n_actor = max(2, n_nodes // 20)
    n_place = max(2, n_nodes * 15 // 100)
    n_event = n_nodes - n_actor - n_place
    nodes = [NodeRecord("Actor", f"actor:a{i}", props(name=f"Actor {i}", type=rnd.choice(ACTOR_TYPES),
                                                      aliases=[f"A{i}", f"Group {i}"])) for i in range(n_actor)]
    nodes += [NodeRecord("Place", f"place:p{i}", props(name=f"Place {i}", type="town",
                                                       lat=30 + rnd.random() * 10, lon=35 + rnd.random() * 10))
              for i in range(n_place)]
    nodes += [NodeRecord("Event", f"event:e{i}", props(kind="Attack", type=rnd.choice(EVENT_TYPES),
                                                       date=f"2019-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                                                       killed=rnd.randint(0, 20), confidence=0.8))
              for i in range(n_event)]
    edges: list[EdgeRecord] = []
    i = 0
    while len(edges) < n_rels:
        e = f"event:e{i % n_event}"
        a, p = f"actor:a{rnd.randrange(n_actor)}", f"place:p{rnd.randrange(n_place)}"
        kind = (i // n_event) % 3
        if kind == 0:
            edges.append(EdgeRecord("PERPETRATED", a, "Actor", e, "Event"))
            edges.append(EdgeRecord("OCCURRED_IN", e, "Event", p, "Place"))
        elif kind == 1:
            edges.append(EdgeRecord("TARGETED", e, "Event", f"actor:a{rnd.randrange(n_actor)}", "Actor"))
            edges.append(EdgeRecord("ATTACKED", a, "Actor", p, "Place", e, props(event_id=e, date="2019-05-05")))
        else:
            edges.append(EdgeRecord("LOCATED_IN", f"place:p{i % n_place}", "Place",
                                    f"place:p{rnd.randrange(n_place)}", "Place"))
            edges.append(EdgeRecord("CLAIMED", a, "Actor", e, "Event"))
        i += 1
    # Standing relations repeat between the same nodes: keep one record per MERGE key.
    unique = list({(x.type, x.source, x.target, x.key): x for x in edges[:n_rels]}.values())
    return Batch(tuple(nodes), tuple(unique))


def batches(graph: Batch, size: int) -> list[Batch]:
    """Nodes first, then edges, ``size`` records per batch (edges find their ends stored)."""
    out = [Batch(graph.nodes[i:i + size]) for i in range(0, len(graph.nodes), size)]
    out += [Batch(edges=graph.edges[i:i + size]) for i in range(0, len(graph.edges), size)]
    return out


def write_batched(store: object, graph: Batch, size: int) -> float:
    parts = batches(graph, size)
    t = time.perf_counter()
    for b in parts:
        store.write(b)  # type: ignore[attr-defined]
    return time.perf_counter() - t


def write_per_record(store: Neo4jStore, graph: Batch) -> float:
    """One statement, in its own transaction, per node and per relationship (labels are schema words)."""
    driver, db = store.driver, store.database
    t = time.perf_counter()
    for n in graph.nodes:
        driver.execute_query(f"MERGE (n:{n.label} {{id: $id}}) SET n += $props", id=n.id,
                             props=n.properties, database_=db)
    for e in graph.edges:
        driver.execute_query(
            f"MATCH (a:{e.source_label} {{id: $s}}) MATCH (b:{e.target_label} {{id: $t}}) "
            f"MERGE (a)-[r:{e.type} {{key: $key}}]->(b) SET r += $props",
            s=e.source, t=e.target, key=e.key, props=e.properties, database_=db,
        )
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="an existing Neo4j (it is emptied!); default: start a local one")
    ap.add_argument("--user", default="neo4j")
    ap.add_argument("--password", default="")
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--rels", type=int, default=200_000)
    ap.add_argument("--sample", type=int, default=5_000, help="records for the per-record run")
    ap.add_argument("--batch", type=int, default=20_000, help="records per store.write call")
    args = ap.parse_args(argv)

    graph = make_graph(args.nodes, args.rels)
    n_sample_nodes = args.sample * len(graph.nodes) // len(graph)
    sample = make_graph(n_sample_nodes, args.sample - n_sample_nodes)
    tmp = Path(tempfile.mkdtemp(prefix="sitgraph-bench-"))
    state = None
    url, password = args.url, args.password
    if not url:
        password = "bench-pw"
        print("starting a local Neo4j ...", file=sys.stderr)
        state = neo4j_server.start(tmp / "neo4j", neo4j_server.free_port(), password, state_dir=tmp / "state")
        url = state.url
    try:
        store = Neo4jStore(url, username=args.user, password=password).open()
        store.clear()
        # Warm the server up (JIT-compiled write paths, plan cache) with a graph half the size:
        # a fresh JVM writes the first 100,000 elements at about half its steady rate.
        write_batched(store, make_graph(args.nodes // 2, args.rels // 2, seed=99), args.batch)
        store.clear()

        t_batched = write_batched(store, graph, args.batch)
        counts = store.counts()
        assert sum(counts["nodes"].values()) == len(graph.nodes), counts
        assert sum(counts["relationships"].values()) == len(graph.edges), counts
        t_again = write_batched(store, graph, args.batch)  # idempotent re-write: MERGE finds all
        store.clear()

        t_naive = write_per_record(store, sample)
        counts = store.counts()
        assert sum(counts["relationships"].values()) == len(sample.edges), counts
        store.clear()
        store.close()

        lite = SqliteStore(tmp / "graph.db").open()
        t_sqlite = write_batched(lite, graph, args.batch)
        lite.close()
    finally:
        if state is not None:
            neo4j_server.stop(port=state.port, state_dir=tmp / "state")

    n = len(graph)
    rate_b, rate_again = n / t_batched, n / t_again
    rate_naive, rate_lite = len(sample) / t_naive, n / t_sqlite
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"graph: {len(graph.nodes):,} nodes, {len(graph.edges):,} relationships; "
          f"per-record sample: {len(sample.nodes):,} nodes + {len(sample.edges):,} relationships")
    print("| run | elements | seconds | elements/s | vs per-record |")
    print("|---|---:|---:|---:|---:|")
    for name, count, secs, rate in (
        (f"Neo4j, batched UNWIND ({args.batch:,} records per transaction)", n, t_batched, rate_b),
        ("Neo4j, same graph written again (MERGE finds everything)", n, t_again, rate_again),
        ("Neo4j, one statement per record (sample)", len(sample), t_naive, rate_naive),
        ("SQLite store, same batches", n, t_sqlite, rate_lite),
    ):
        print(f"| {name} | {count:,} | {secs:.1f} | {rate:,.0f} | {rate / rate_naive:.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
