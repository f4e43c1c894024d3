// name: event-sources
// description: The reports and sentences behind an event and every event of its
//   incident: publication, date, title, the evidence sentence with its character offsets, and
//   the perpetrators and casualties each report gives. The place to check a claim before using it.
// param: event string -- event id, or incident id (as the other queries return it in `incident`)
// example: event=event:1a2b3c4d
CALL () {
  MATCH (e:Event {id: $event}) RETURN e
  UNION
  MATCH (e:Event {incident: $event}) RETURN e
}
CALL (e) {
  RETURN e AS x
  UNION
  MATCH (x:Event {incident: e.incident}) RETURN x
}
WITH DISTINCT x
MATCH (r:Report)-[p:REPORTS]->(x)
RETURN r.published AS published, r.source AS source, r.title AS title,
       p.evidence AS sentence, p.start AS start, p.end AS end,
       COLLECT { MATCH (a:Actor)-[:PERPETRATED]->(x) RETURN a.name ORDER BY a.name } AS perpetrators,
       x.killed AS killed, x.wounded AS wounded, x.id AS event, r.id AS report, r.url AS url, r.path AS path
ORDER BY published, source, event, start
