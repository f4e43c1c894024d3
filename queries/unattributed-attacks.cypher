// name: unattributed-attacks
// description: Attacks no report attributes to anyone: incidents (reports of one incident taken
//   together) in which no event names a perpetrator. A work list for attribution, oldest first.
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: since=2019-05
MATCH (e:Event)
WHERE e.kind IN ['Attack', 'Violation']
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
CALL (e) {
  MATCH (e)-[:SAME_INCIDENT*0..6]-(x:Event)
  RETURN min(x.id) AS incident, min(x.date) AS date, min(x.killed) AS killed, min(x.wounded) AS wounded,
         collect(DISTINCT x) AS events
}
WITH incident, date, killed, wounded, head(collect(events)) AS events
WHERE NOT any(x IN events WHERE EXISTS { MATCH (:Actor)-[:PERPETRATED]->(x) })
RETURN date, incident,
       COLLECT { UNWIND events AS x MATCH (x)-[:TARGETED]->(t) RETURN DISTINCT t.name ORDER BY t.name } AS targets,
       COLLECT { UNWIND events AS x MATCH (x)-[:OCCURRED_IN]->(p) RETURN DISTINCT p.name ORDER BY p.name } AS places,
       killed, wounded,
       COLLECT { UNWIND events AS x MATCH (r:Report)-[:REPORTS]->(x) RETURN DISTINCT r.source ORDER BY r.source }
         AS sources
ORDER BY date, incident
LIMIT $limit
