"""Time each analytics measure on generated conflict graphs of 10^4, 10^5 and 10^6 edges.

Usage:
    python bench/analytics.py                       # all sizes, table on stdout
    python bench/analytics.py --sizes 10000,100000  # some sizes
    python bench/analytics.py --write-docs          # also replace "## Analytics" in docs/BENCHMARKS.md

Graphs are seeded and shaped like sitgraph's: per event one PERPETRATED, one TARGETED,
one OCCURRED_IN and one derived ATTACKED edge (so E/4 events), actors and places a tenth
of the events each, perpetrators drawn from a heavy-tailed (Pareto) distribution as a few
armed groups do most of the violence. Each measure runs once per size (they are seconds
to minutes, noise is small against that). Every time is also given as a ratio to a
baseline measured in the same process: one Python pass over all edges of the graph
(``sum(1 for _ in g.edges(data=True))``), so results compare across machines. Growth is
time(10x edges) / time(x): ~10 is linear.
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import sys
import time
from collections.abc import Callable
from typing import Any

import networkx as nx
from docs_section import write_section  # bench/docs_section.py, beside this file

from sitgraph.graph import analytics as A

# Sources sampled for betweenness here (fewer on the largest graph, where one source costs
# seconds); the time is reported per source, since the cost is O(k·E). The library default
# (BETWEENNESS_SAMPLE_K) samples more.
BENCH_BETWEENNESS_K = 50
BENCH_BETWEENNESS_K_LARGE = 10  # above 10^5 edges


def conflict_graph(n_edges: int, seed: int = 0) -> nx.MultiDiGraph:
    """A seeded MultiDiGraph shaped as ``Store.to_networkx`` returns, with ~``n_edges`` edges."""
    rnd = random.Random(seed)
    n_events = max(n_edges // 4, 1)
    n_actors = max(n_events // 10, 20)
    n_places = max(n_events // 10, 20)
    g = nx.MultiDiGraph()
    for i in range(n_actors):
        g.add_node(f"actor:a{i}", label="Actor", name=f"Actor {i}", type="armed_group")
    for i in range(n_places):
        g.add_node(f"place:p{i}", label="Place", name=f"Place {i}", lat=33 + rnd.random() * 4,
                   lon=35 + rnd.random() * 6)
    for i in range(n_events):
        ev = f"event:e{i}"
        day = f"{2015 + i % 8}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"
        g.add_node(ev, label="Event", kind="Attack", type="shelling", date=day, killed=i % 5)
        a = f"actor:a{int(rnd.paretovariate(1.1)) % n_actors}"
        t = f"actor:a{rnd.randrange(n_actors)}"
        g.add_edge(a, ev, key="PERPETRATED", type="PERPETRATED")
        g.add_edge(ev, t, key="TARGETED", type="TARGETED")
        g.add_edge(ev, f"place:p{rnd.randrange(n_places)}", key="OCCURRED_IN", type="OCCURRED_IN")
        g.add_edge(a, t, key=f"ATTACKED:{ev}", type="ATTACKED", event_id=ev, date=day)
    return g


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def run_size(n_edges: int, skip: set[str]) -> dict[str, Any]:
    """Times (seconds) of each measure on a graph of ``n_edges`` edges."""
    build_s, g = timed(lambda: conflict_graph(n_edges))
    base_s, _ = timed(lambda: sum(1 for _ in g.edges(data=True)))
    res: dict[str, Any] = {"edges": g.number_of_edges(), "nodes": g.number_of_nodes(), "baseline": base_s,
                           "generate": build_s, "times": {}}
    times = res["times"]
    times["actor projection"], actors = timed(lambda: A.actor_graph(g))
    times["full projection"], full = timed(lambda: A.full_graph(g))
    res["full_nodes"], res["full_edges"] = full.number_of_nodes(), full.number_of_edges()
    res["actor_nodes"], res["actor_edges"] = actors.number_of_nodes(), actors.number_of_edges()
    times["degree"], _ = timed(lambda: dict(full.degree()))
    times["pagerank"], _ = timed(lambda: A.pagerank(full))
    if "betweenness" not in skip:
        k = BENCH_BETWEENNESS_K if n_edges <= 100_000 else BENCH_BETWEENNESS_K_LARGE
        t, _ = timed(lambda: A.betweenness(full, sample_above=0, k=k))
        times["betweenness, per sampled source"] = t / k
        res["betweenness_k"] = k
    if "louvain" not in skip:
        times["louvain"], parts = timed(lambda: A.communities(full, seed=0))
        res["communities"] = len(parts)
    times["k-core"], _ = timed(lambda: A.core_numbers(full))
    rnd = random.Random(1)
    actor_ids = [n for n in actors]
    pairs = [(rnd.choice(actor_ids), rnd.choice(actor_ids)) for _ in range(10)]

    def paths() -> None:
        for a, b in pairs:
            try:
                A.shortest_path(g, full, a, b)
            except A.AnalyticsError:
                pass

    times["shortest path (x10)"], _ = timed(paths)
    times["ego (radius 2)"], _ = timed(lambda: A.ego(full, "actor:a1", 2))
    times["timeline (week)"], _ = timed(lambda: A.timeline(g, by="week"))
    times["centrality, actor graph"], _ = timed(lambda: A.centrality(actors))
    return res


def markdown(results: list[dict[str, Any]], skipped: dict[int, set[str]]) -> str:
    """The "## Analytics" section of docs/BENCHMARKS.md."""
    sizes = [r["edges"] for r in results]
    measures = list(dict.fromkeys(m for r in results for m in r["times"]))
    lines = [
        "## Analytics",
        "",
        f"`python bench/analytics.py` on {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, networkx {nx.__version__}; generated conflict graphs "
        "(per event: PERPETRATED, TARGETED, OCCURRED_IN, ATTACKED; heavy-tailed perpetrators). "
        "Measures run on the full projection (reports left out, parallel edges merged) unless named. "
        "Seconds, then in brackets the ratio to a baseline run in the same process "
        "(one Python pass over every edge of the graph), then growth = time(10x) / time(x) "
        "(10 = linear).",
        "",
        "| graph | " + " | ".join(f"{r['edges']:,} edges" for r in results) + " |",
        "|---|" + "---|" * len(results),
        "| nodes (full projection) | " + " | ".join(f"{r['full_nodes']:,}" for r in results) + " |",
        "| edges (full projection) | " + " | ".join(f"{r['full_edges']:,}" for r in results) + " |",
        "| actors, actor-graph edges | " + " | ".join(
            f"{r['actor_nodes']:,}, {r['actor_edges']:,}" for r in results) + " |",
        "| baseline pass (s) | " + " | ".join(f"{r['baseline']:.3f}" for r in results) + " |",
        "",
        "| measure | " + " | ".join(f"{s:,} edges" for s in sizes) + " | growth |",
        "|---|" + "---|" * len(sizes) + "---|",
    ]
    for m in measures:
        cells, growth = [], []
        for i, r in enumerate(results):
            t = r["times"].get(m)
            cells.append("skipped" if t is None else f"{t:.3f} ({t / r['baseline']:.1f}x)")
            if i and t is not None and results[i - 1]["times"].get(m) and sizes[i] == 10 * sizes[i - 1]:
                growth.append(f"{t / results[i - 1]['times'][m]:.1f}")
        lines.append(f"| {m} | " + " | ".join(cells) + " | " + (" / ".join(growth) or "–") + " |")
    notes = [f"{', '.join(sorted(s))} skipped at {n:,} edges" for n, s in skipped.items() if s]
    lines += [
        "",
        "Betweenness is sampled, O(k·E): the row gives the time per sampled source ("
        + ", ".join(f"k={r.get('betweenness_k')} at {r['edges']:,}" for r in results if r.get("betweenness_k"))
        + f"); the library samples {A.BETWEENNESS_SAMPLE_K} sources above "
        f"{A.BETWEENNESS_SAMPLE_ABOVE:,} nodes, so multiply by {A.BETWEENNESS_SAMPLE_K} for what "
        "`analyze centrality` spends on a graph that size (use --no-betweenness there on the "
        "largest graphs); exact betweenness (O(N·E)) is infeasible past ~10^4 nodes. "
        "\"centrality, actor graph\" is the whole `analyze centrality` default (PageRank, "
        "sampled betweenness, k-core) on the actor projection.",
    ]
    if notes:
        lines.append("Skipped: " + "; ".join(notes) + ".")
    lines += [
        "",
        "Read growth with the bracketed ratios: the baseline pass itself grows faster than 10x "
        "between the smaller sizes (caches, allocation), so a measure whose bracketed ratio holds "
        "steady scales as E. Compare the ratios, not the seconds, across runs: a loaded machine "
        "stretches the seconds.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000", help="Edge counts, comma-separated.")
    ap.add_argument("--skip-above", default="louvain=2000000,betweenness=2000000",
                    help="measure=EDGES: skip a measure above that many edges.")
    ap.add_argument("--write-docs", action="store_true", help="Replace ## Analytics in docs/BENCHMARKS.md.")
    args = ap.parse_args(argv)
    sizes = [int(float(s)) for s in args.sizes.split(",")]
    limits = {k: int(float(v)) for k, v in (p.split("=") for p in args.skip_above.split(",") if p)}
    results, skipped = [], {}
    A.pagerank(nx.DiGraph([(0, 1)]))  # warm-up: the first call imports scipy
    for n in sizes:
        skip = {m for m, lim in limits.items() if n > lim}
        skipped[n] = skip
        t0 = time.perf_counter()
        r = run_size(n, skip)
        results.append(r)
        print(f"{n:,} edges: done in {time.perf_counter() - t0:.1f}s "
              + ", ".join(f"{m} {t:.2f}s" for m, t in r["times"].items()), file=sys.stderr)
    section = markdown(results, skipped)
    print(section)
    if args.write_docs:
        write_section("## Analytics", section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
