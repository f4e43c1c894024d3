// name: casualties-by-perpetrator
// description: Killed and wounded per perpetrator, counting each incident once: an incident that
//   several reports describe counts once, with its best figures (the toll `stats` and
//   `sitgraph incidents` give), under
//   every actor any source names as perpetrator (so contested incidents count for each named).
//   Most killed first.
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: actor_type string = null -- state, state_forces, armed_group, …; null for all
// param: limit int = 100 -- at most this many rows
// example: since=2019-05-01 until=2019-05-31
MATCH (i:Incident)
WHERE ($since IS NULL OR coalesce(i.date_end, i.date) + '~' >= $since)
  AND ($until IS NULL OR i.date <= $until + '~')
// Each incident's perpetrators, from the incident itself when that gives the same answer
// (no per-event filter asked, every event of a counted kind: read once, not per event),
// else from its events (the index on Event.incident finds them).
WITH i, $min_confidence IS NULL AND $country IS NULL AND i.kinds IS NOT NULL
        AND all(k IN i.kinds WHERE k IN ['Attack', 'Violation', 'Abduction', 'Capture']) AS whole
CALL {
  WITH i, whole
  UNWIND CASE WHEN whole THEN i.actor_ids ELSE [] END AS aid
  RETURN aid
  UNION
  WITH i, whole
  UNWIND CASE WHEN whole THEN [] ELSE [i.id] END AS id
  MATCH (a:Actor)-[:PERPETRATED]->(e:Event {incident: id})
  WHERE e.kind IN ['Attack', 'Violation', 'Abduction', 'Capture']
    AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
    AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                      WHERE cp.country = toUpper($country) })
  RETURN a.id AS aid
}
WITH aid, count(*) AS incidents, sum(i.killed) AS killed, sum(i.wounded) AS wounded
MATCH (a:Actor {id: aid})
WHERE $actor_type IS NULL OR a.type = $actor_type
RETURN a.name AS perpetrator, a.type AS type, incidents, killed, wounded, a.id AS actor_id
ORDER BY killed DESC, wounded DESC, incidents DESC, perpetrator
LIMIT $limit
