// name: unattributed-attacks
// description: Attacks no report attributes to anyone: incidents (reports of one incident taken
//   together) in which no event names a perpetrator. A work list for attribution, oldest first.
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: since=2019-05
MATCH (i:Incident)
WHERE i.kind IN ['Attack', 'Violation'] AND size(coalesce(i.actor_ids, [])) = 0
  AND ($since IS NULL OR coalesce(i.date_end, i.date) + '~' >= $since)
  AND ($until IS NULL OR i.date <= $until + '~')
  AND ($min_confidence IS NULL OR i.confidence IS NULL OR i.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (:Event {incident: i.id})-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
RETURN i.date AS date, i.id AS incident,
       COLLECT { MATCH (:Event {incident: i.id})-[:TARGETED]->(t) RETURN DISTINCT t.name ORDER BY t.name } AS targets,
       COLLECT { MATCH (:Event {incident: i.id})-[:OCCURRED_IN]->(p) RETURN DISTINCT p.name ORDER BY p.name } AS places,
       i.killed AS killed, i.wounded AS wounded,
       COLLECT { MATCH (x:Event {incident: i.id})<-[:REPORTS]-(r:Report) RETURN DISTINCT r.source ORDER BY r.source }
         AS sources
ORDER BY date, incident
LIMIT $limit
