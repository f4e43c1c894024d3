// name: casualties-by-perpetrator
// description: Killed and wounded per perpetrator, counting each incident once: an incident that
//   several reports describe (SAME_INCIDENT) counts with its most conservative figures, under
//   every actor any source names as perpetrator (so contested incidents count for each named).
//   Most killed first.
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: actor_type string = null -- state, state_forces, armed_group, …; null for all
// param: limit int = 100 -- at most this many rows
// example: since=2019-05-01 until=2019-05-31
MATCH (a:Actor)-[:PERPETRATED]->(e:Event)
WHERE e.kind IN ['Attack', 'Violation', 'Abduction', 'Capture']
  AND ($actor_type IS NULL OR a.type = $actor_type)
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH DISTINCT a, e
CALL (e) {
  MATCH (e)-[:SAME_INCIDENT*0..6]-(x:Event)
  RETURN min(x.id) AS incident, min(x.killed) AS killed, min(x.wounded) AS wounded
}
WITH a, incident, min(killed) AS killed, min(wounded) AS wounded
WITH a, count(*) AS incidents, sum(killed) AS killed, sum(wounded) AS wounded
RETURN a.name AS perpetrator, a.type AS type, incidents, killed, wounded, a.id AS actor_id
ORDER BY killed DESC, wounded DESC, incidents DESC, perpetrator
LIMIT $limit
