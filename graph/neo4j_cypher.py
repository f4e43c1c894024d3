"""Every statement the Neo4j store runs inside a write transaction, as data.

Kept together so that what the store may change is read in one place: batch MERGEs,
replacing a report's records, incidents, clearing, and the writer lease. Templates with
``{label}``, ``{rel_type}``, ``{src}``, ``{dst}`` or ``{lively}`` fields are filled with
schema words only (labels and types accepted by :func:`~sitgraph.graph.schema.check_batch`
or taken from :mod:`~sitgraph.graph.schema`), never with input; every value travels as a
parameter. Statements without fields are used as they stand.
"""

from __future__ import annotations

from sitgraph.graph.schema import LOCK_LABEL

# --- a batch: nodes, then edges (read back first where a property is a union) ---------

NODE_STORED = "UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n.id AS id, properties(n) AS p"
NODE_MERGE = "UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n += r.props"
NODE_IDS_FOUND = "UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n.id AS id"
EDGE_STORED = ("UNWIND $rows AS r MATCH (a:{src} {{id: r.source}})-[e:{rel_type} {{key: r.key}}]->"
               "(b:{dst} {{id: r.target}}) RETURN r.source AS s, r.target AS t, r.key AS k, "
               "properties(e) AS p")
EDGE_MERGE = ("UNWIND $rows AS r MATCH (a:{src} {{id: r.source}}) MATCH (b:{dst} {{id: r.target}}) "
              "MERGE (a)-[e:{rel_type} {{key: r.key}}]->(b) SET e += r.props RETURN count(*) AS n")

# --- replacing reports: their records, then orphaned entities and aliases --------------

REPORT_EVENTS = ("UNWIND $ids AS rid MATCH (:Report {id: rid})-[:REPORTS]->(e:Event) "
                 "RETURN collect(DISTINCT e.id) AS ids")
REPORT_MENTIONS = ("UNWIND $ids AS rid MATCH (:Report {id: rid})-[m:MENTIONS]->(x) "
                   "RETURN x.id AS id, m.aliases AS names")
EVENT_PARTICIPANTS = ("UNWIND $events AS eid MATCH (:Event {id: eid})--(x) WHERE NOT x:Event AND NOT x:Report "
                      "RETURN collect(DISTINCT x.id) AS ids")
DERIVED_DELETE = "UNWIND $events AS eid MATCH ()-[d:{rel_type} {{key: eid}}]->() DELETE d"
EVENTS_DELETE = "UNWIND $events AS eid MATCH (e:Event {id: eid}) DETACH DELETE e"
REPORTS_DELETE = "UNWIND $ids AS rid MATCH (r:Report {id: rid}) DETACH DELETE r"
ORPHANS_DELETE = ("UNWIND $ids AS id MATCH (n:{label} {{id: id}}) "
                  "WHERE NOT EXISTS {{ (n)-[:{lively}]-() }} DETACH DELETE n")
ALIASES_REFRESH = ("UNWIND $ids AS id MATCH (n:{label} {{id: id}})<-[m:MENTIONS]-() "
                   "WITH n, collect(m.aliases) AS given, count(m) AS k WHERE size(given) = k "
                   "UNWIND given AS names UNWIND names AS a WITH n, a ORDER BY a "
                   "WITH n, collect(DISTINCT a) AS aliases SET n.aliases = aliases")

# --- incidents and clearing -------------------------------------------------------------

INCIDENTS_DELETE = "UNWIND $ids AS i MATCH (n:Incident {id: i}) DETACH DELETE n"
INCIDENTS_WRITE = "UNWIND $rows AS r MERGE (n:Incident {id: r.id}) SET n = r.props, n.id = r.id"
EVENT_INCIDENTS_SET = "UNWIND $rows AS r MATCH (e:Event {id: r.id}) SET e.incident = r.incident"
CLEAR_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"

# --- the writer lease (one :Lock node) ----------------------------------------------------

LEASE_TOUCH = f"MERGE (l:{LOCK_LABEL} {{id: $name}}) SET l.checked = timestamp()"
LEASE_READ = f"MATCH (l:{LOCK_LABEL} {{id: $name}}) RETURN properties(l) AS p, timestamp() AS now"
LEASE_CLAIM = (f"MATCH (l:{LOCK_LABEL} {{id: $name}}) SET l += $owner, l.token = $token, "
               "l.expires = timestamp() + $ttl")
LEASE_RENEW = (f"MATCH (l:{LOCK_LABEL} {{id: $name}}) WHERE l.token = $token "
               "SET l.expires = timestamp() + $ttl RETURN count(l) AS n")
LEASE_DELETE = f"MATCH (l:{LOCK_LABEL} {{id: $name}}) WHERE l.token = $token DELETE l"
