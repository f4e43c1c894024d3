"""Every named query on a generated 10,000-report Neo4j graph with incident clusters of 40.

The graph is shaped like an ingested corpus: each report tells four attacks, two of them
among the 40 reports that tell one incident (500 clusters of 40 events, each event linked
``SAME_INCIDENT`` to the two told before it) and two seen by no other report; perpetrators,
targets (civilians, forces, a hospital, school or market for a quarter of the incidents),
towns in provinces, derived ``ATTACKED``/``KILLED`` edges, mentions, an agreement and
violations. Incident nodes come from the ingest's own code
(:func:`~sitgraph.loaders.incidents.rebuild_incidents`). Each query runs with the
parameters below, once cold and then ``--runs`` times; the table gives the cold time and
the median (seconds) and the rows returned, as Markdown for docs/BENCHMARKS.md.

    python bench/queries.py                                                 # a local Neo4j started here
    python bench/queries.py --url bolt://127.0.0.1:7687 --password secret   # emptied first!
    python bench/queries.py --reports 2000                                  # a smaller graph
    python bench/queries.py ... --no-build --only who-attacked-whom --before OLD/queries
        # time the graph already there; --before: also the same-named queries of an older
        # checkout (the SAME_INCIDENT walks), once each, cut off after --timeout seconds
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.loaders.incidents import rebuild_incidents
from sitgraph.queries import bind, load_queries, parse_query

CLUSTER = 40
TYPES = ("airstrike", "shelling", "ied", "raid", "drone_strike")
FACILITY_TYPES = ("medical", "school", "market")
START = dt.date(2019, 1, 1)
PASSWORD = "bench-queries-password"


def _day(offset: int) -> str:
    return (START + dt.timedelta(days=offset)).isoformat()


def static_records(n_actors: int = 60, n_provinces: int = 20, n_towns: int = 400) -> Batch:
    nodes = [NodeRecord("Actor", f"actor:a{i}", props(name=f"Actor {i}", type="armed_group" if i % 3 else "state",
                                                      aliases=[f"A{i}"])) for i in range(n_actors)]
    nodes.append(NodeRecord("Actor", "actor:civilians", props(name="civilians", type="civilians")))
    edges = []
    for p in range(n_provinces):
        nodes.append(NodeRecord("Place", f"place:prov{p}", props(name=f"Province {p}", type="province",
                                                                 admin1=f"Province {p}", country="XX")))
    for t in range(n_towns):
        p = t % n_provinces
        nodes.append(NodeRecord("Place", f"place:t{t}", props(name=f"Town {t}", type="town", admin1=f"Province {p}",
                                                              country="XX", lat=30 + t % 40 * 0.1,
                                                              lon=35 + t // 40 * 0.1)))
        edges.append(EdgeRecord("LOCATED_IN", f"place:t{t}", "Place", f"place:prov{p}", "Place"))
        ftype = FACILITY_TYPES[t % 3]
        nodes.append(NodeRecord("Facility", f"facility:t{t}-{ftype}", props(name=f"Town {t} {ftype}", type=ftype)))
        edges.append(EdgeRecord("LOCATED_IN", f"facility:t{t}-{ftype}", "Facility", f"place:t{t}", "Place"))
    nodes.append(NodeRecord("Agreement", "agreement:truce", props(name="Truce", type="ceasefire", date=_day(30))))
    edges += [EdgeRecord("PARTY_TO", f"actor:a{i}", "Actor", "agreement:truce", "Agreement") for i in range(2)]
    return Batch(tuple(nodes), tuple(edges))


def _event(rnd: random.Random, eid: str, rid: str, day: int, town: int, actor: int | None, killed: int,
           type_: str, facility: str | None, n_actors: int) -> tuple[list[NodeRecord], list[EdgeRecord]]:
    date = _day(day)
    n = NodeRecord("Event", eid, props(kind="Attack", type=type_, date=date, date_precision="day", killed=killed,
                                       wounded=killed * 2, confidence=0.8, evidence=f"Attack {eid}.", report_id=rid,
                                       day_first=START.toordinal() + day, day_last=START.toordinal() + day))
    e = [EdgeRecord("REPORTS", rid, "Report", eid, "Event", "", props(evidence=f"Attack {eid}.", start=0, end=9)),
         EdgeRecord("OCCURRED_IN", eid, "Event", f"place:t{town}", "Place"),
         EdgeRecord("TARGETED", eid, "Event", "actor:civilians", "Actor")]
    if facility:
        e.append(EdgeRecord("TARGETED", eid, "Event", facility, "Facility"))
    if actor is not None:
        a = f"actor:a{actor}"
        stamp = {"event_id": eid, "date": date, "type": type_}
        e += [EdgeRecord("PERPETRATED", a, "Actor", eid, "Event"),
              EdgeRecord("ATTACKED", a, "Actor", "actor:civilians", "Actor", eid, props(**stamp)),
              EdgeRecord("KILLED", a, "Actor", "actor:civilians", "Actor", eid, props(count=killed, **stamp))]
        if rnd.random() < 0.1:
            b = f"actor:a{(actor + 1) % n_actors}"
            e += [EdgeRecord("PERPETRATED", b, "Actor", eid, "Event"),
                  EdgeRecord("ATTACKED", a, "Actor", b, "Actor", eid, props(**stamp))]
    return [n], e


def report_batches(n_reports: int, per_batch: int = 500, seed: int = 3, n_actors: int = 60, n_towns: int = 400):
    """Batches of whole reports (four events each), with their SAME_INCIDENT links."""
    rnd = random.Random(seed)
    n_clusters = n_reports * 2 // CLUSTER
    clusters = [{"day": rnd.randrange(700), "town": rnd.randrange(n_towns), "actor": rnd.randrange(n_actors),
                 "killed": rnd.randint(1, 40), "type": rnd.choice(TYPES), "members": []} for _ in range(n_clusters)]
    nodes: list[NodeRecord] = []
    edges: list[EdgeRecord] = []
    for r in range(n_reports):
        rid = f"report:r{r}"
        nodes.append(NodeRecord("Report", rid, props(title=f"Report {r}", published=_day(r * 700 // n_reports),
                                                     source=f"Outlet {r % 40}", path=f"r{r}.txt")))
        edges.append(EdgeRecord("MENTIONS", rid, "Report", f"actor:a{r % n_actors}", "Actor", "",
                                props(forms=[f"Actor {r % n_actors}"], count=1)))
        for k in range(4):
            eid = f"event:r{r}-{k}"
            if k < 2:
                c = clusters[(r * 2 + k) % n_clusters]
                town = c["town"]
                facility = f"facility:t{town}-{FACILITY_TYPES[town % 3]}" if town % 4 == 0 else None
                actor = c["actor"] if rnd.random() > 0.05 else (None if rnd.random() < 0.5 else rnd.randrange(n_actors))
                ns, es = _event(rnd, eid, rid, c["day"], town, actor, max(0, c["killed"] + rnd.randint(-3, 3)),
                                c["type"], facility, n_actors)
                for prev in c["members"][-2:]:
                    es.append(EdgeRecord("SAME_INCIDENT", min(prev, eid), "Event", max(prev, eid), "Event", "",
                                         props(score=0.8)))
                c["members"].append(eid)
            else:
                ns, es = _event(rnd, eid, rid, rnd.randrange(700), rnd.randrange(n_towns),
                                rnd.randrange(n_actors) if rnd.random() > 0.1 else None, rnd.randint(0, 10),
                                rnd.choice(TYPES), None, n_actors)
            nodes += ns
            edges += es
        if r % 100 == 99:
            vid = f"event:v{r}"
            nodes.append(NodeRecord("Event", vid, props(kind="Violation", type="shelling", date=_day(40 + r % 600),
                                                        report_id=rid)))
            edges += [EdgeRecord("CONCERNS", vid, "Event", "agreement:truce", "Agreement"),
                      EdgeRecord("PERPETRATED", "actor:a1", "Actor", vid, "Event"),
                      EdgeRecord("REPORTS", rid, "Report", vid, "Event")]
        if r % per_batch == per_batch - 1 or r == n_reports - 1:
            yield Batch(tuple(nodes), tuple(edges))
            nodes, edges = [], []


PARAMS = {
    "abductions-and-captures": {}, "actor-attacks-over-time": {"actor": "Actor 3"},
    "actor-events": {"actor": "A3"}, "actor-relations": {"actor": "actor:a1"},
    "actors-first-seen": {"since": "2019-03"}, "agreement-violations": {"agreement": "Truce"},
    "attacks-on-facilities": {"facility_type": "school"}, "attacks-on-medical-facilities": {},
    "casualties-by-perpetrator": {}, "casualties-by-place": {"province": "Province 4"},
    "co-perpetrators": {}, "contested-events": {}, "displacement-by-place": {},
    "event-sources": {"event": "event:r10-0"}, "events-in-province": {"province": "Province 4"},
    "events-near": {"place": "Town 8", "km": 20}, "facilities-hit-repeatedly": {"min_incidents": 2},
    "incident-versions": {}, "incidents": {"min_sources": 2}, "source-claims": {"source": "Outlet 3"},
    "unattributed-attacks": {}, "who-attacked-whom": {},
}


def _before(store: Neo4jStore, path: Path, values: dict, timeout: float) -> str:
    """Seconds an older version of a query takes once (">T" when cut off)."""
    import neo4j

    if not path.is_file():
        return "-"
    old = parse_query(path.read_text(encoding="utf-8"), source=str(path))
    params = bind(old, {k: v for k, v in values.items() if old.param(k)})
    s = time.perf_counter()
    try:
        with store.driver.session(database=store.database, default_access_mode=neo4j.READ_ACCESS) as session:
            list(session.run(neo4j.Query(old.cypher, timeout=timeout), params))
    except neo4j.exceptions.Neo4jError:
        return f">{timeout:.0f}"
    return f"{time.perf_counter() - s:.2f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", help="an existing Neo4j (emptied first!); else one is started here")
    ap.add_argument("--user", default="neo4j")
    ap.add_argument("--password", default=PASSWORD)
    ap.add_argument("--heap", default=None, help="heap of the server started here (default: the server's own)")
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-build", action="store_true", help="time the graph already in the store")
    ap.add_argument("--only", action="append", help="only this query (repeatable)")
    ap.add_argument("--before", type=Path, help="a folder of older .cypher files to time once each too")
    ap.add_argument("--timeout", type=float, default=180.0, help="seconds before an older query is cut off")
    args = ap.parse_args()
    if args.url:
        return measure(args, args.url)
    from sitgraph.graph import neo4j_server

    # Stopped by SIGTERM, the server started here is still stopped (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with tempfile.TemporaryDirectory(prefix="sitgraph-bench-queries-") as tmp:
        heap = {"heap": args.heap} if args.heap else {}
        server = neo4j_server.start(Path(tmp) / "neo4j", neo4j_server.free_port(), args.password,
                                    state_dir=Path(tmp) / "neo4j-state", **heap)
        try:
            return measure(args, server.url)
        finally:
            neo4j_server.stop(port=server.port, state_dir=Path(tmp) / "neo4j-state")


def measure(args: argparse.Namespace, url: str) -> int:
    """Build the graph (unless ``--no-build``) and print the table of the queries' times."""
    store = Neo4jStore(url, username=args.user, password=args.password).open()
    if not args.no_build:
        store.clear()
        t0 = time.perf_counter()
        store.write(static_records())
        for batch in report_batches(args.reports):
            store.write(batch)
        t1 = time.perf_counter()
        incidents = rebuild_incidents(store)
        t2 = time.perf_counter()
        print(f"built in {t1 - t0:.1f} s, incidents ({incidents}) in {t2 - t1:.1f} s")
    counts = store.counts()
    print(f"graph: {counts['nodes'].get('Report', 0)} reports, {counts['nodes'].get('Event', 0)} events, "
          f"{counts['relationships'].get('SAME_INCIDENT', 0)} SAME_INCIDENT links, "
          f"{counts['nodes'].get('Incident', 0)} incidents\n")
    some_incident = next(iter(store.run_cypher(
        "MATCH (i:Incident) WHERE i.events = $n RETURN i.id AS id LIMIT 1", {"n": CLUSTER})), {}).get("id")
    print("| query | cold (s) | median of runs (s) | rows |" + (" before: once (s) |" if args.before else ""))
    print("|---|---:|---:|---:|" + ("---:|" if args.before else ""))
    for q in load_queries():
        if args.only and q.name not in args.only:
            continue
        values = dict(PARAMS.get(q.name, {}))
        if q.name == "incident-versions":
            values["incident"] = some_incident
        params = bind(q, values)
        times = []
        rows = 0
        for _ in range(args.runs + 1):
            s = time.perf_counter()
            rows = len(store.run_cypher(q.cypher, params))
            times.append(time.perf_counter() - s)
        line = f"| {q.name} | {times[0]:.2f} | {statistics.median(times[1:]):.2f} | {rows} |"
        if args.before:
            line += f" {_before(store, args.before / (q.name + '.cypher'), values, args.timeout)} |"
        print(line, flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
