// name: incident-versions
// description: One incident with each source's version side by side (as `sitgraph incidents show`):
//   per report telling it, the outlet, publication, date, type, toll, the perpetrators it names
//   with how each is tied (claimed, accused, …), the places and the evidence sentence.
// param: incident string -- incident id (as `incidents` and the other queries return it)
// example: incident=incident:3f1c2a9b0d4e5f60
MATCH (i:Incident {id: $incident})
MATCH (e:Event {incident: i.id})
OPTIONAL MATCH (r:Report {id: e.report_id})
RETURN r.published AS published, coalesce(r.source, r.title) AS source, e.date AS date, e.type AS type,
       e.killed AS killed, e.wounded AS wounded,
       COLLECT { MATCH (a:Actor)-[t:PERPETRATED]->(e)
                 RETURN a.name + ' (' + coalesce(t.how, 'named') + ')' AS n ORDER BY n } AS perpetrators,
       COLLECT { MATCH (e)-[:OCCURRED_IN]->(p) RETURN p.name ORDER BY p.id } AS places,
       e.evidence AS evidence, e.id AS event, r.id AS report
ORDER BY published, report, event
