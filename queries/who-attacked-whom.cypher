// name: who-attacked-whom
// description: Actor-to-actor attacks: for each attacker and the actor it attacked, the number of
//   incidents (each counted once however many reports tell of it), first and last date, and
//   casualties (per incident, its best figure across sources). Most incidents first.
// param: actor string = null -- only pairs where this actor (name, alias or id) is on either side
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: min_incidents int = 1 -- leave out pairs with fewer incidents
// param: limit int = 100 -- at most this many rows
// example: actor=Russia
// example: since=2019-05 min_incidents=2
MATCH (i:Incident)
WHERE ($since IS NULL OR coalesce(i.date_end, i.date) + '~' >= $since)
  AND ($until IS NULL OR i.date <= $until + '~')
// Each incident's (attacker, target) pairs, from the incident itself when that gives the
// same answer (no per-event filter asked, every event of a counted kind: read once, not
// per event), else from its events (the index on Event.incident finds them).
WITH i, $min_confidence IS NULL AND $country IS NULL AND i.kinds IS NOT NULL AND i.attacks_from IS NOT NULL
        AND all(k IN i.kinds WHERE k IN ['Attack', 'Violation', 'Abduction', 'Capture']) AS whole
CALL {
  WITH i, whole
  UNWIND CASE WHEN whole THEN range(0, size(i.attacks_from) - 1) ELSE [] END AS k
  RETURN i.attacks_from[k] AS aid, i.attacks_on[k] AS bid
  UNION
  WITH i, whole
  UNWIND CASE WHEN whole THEN [] ELSE [i.id] END AS id
  MATCH (a:Actor)-[:PERPETRATED]->(e:Event {incident: id})-[:TARGETED]->(b:Actor)
  WHERE e.kind IN ['Attack', 'Violation', 'Abduction', 'Capture'] AND a <> b
    AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
    AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                      WHERE cp.country = toUpper($country) })
  RETURN a.id AS aid, b.id AS bid
}
WITH aid, bid, count(*) AS incidents, min(i.date) AS first, max(i.date) AS last,
     sum(i.killed) AS killed, sum(i.wounded) AS wounded
WHERE incidents >= $min_incidents
MATCH (a:Actor {id: aid}), (b:Actor {id: bid})
WHERE $actor IS NULL OR any(n IN [a, b] WHERE n.id = $actor
        OR toLower(n.name) = toLower($actor)
        OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = toLower($actor)))
RETURN a.name AS attacker, b.name AS target, incidents, first, last, killed, wounded,
       a.id AS attacker_id, b.id AS target_id
ORDER BY incidents DESC, attacker, target
LIMIT $limit
