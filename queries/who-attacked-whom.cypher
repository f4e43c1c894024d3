// name: who-attacked-whom
// description: Actor-to-actor attacks: for each attacker and the actor it attacked, the number of
//   incidents (each counted once however many reports tell of it), first and last date, and
//   casualties (per incident, the most conservative figure any source gives). Most incidents first.
// param: actor string = null -- only pairs where this actor (name, alias or id) is on either side
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: min_incidents int = 1 -- leave out pairs with fewer incidents
// param: limit int = 100 -- at most this many rows
// example: actor=Russia
// example: since=2019-05 min_incidents=2
MATCH (a:Actor)-[:PERPETRATED]->(e:Event)-[:TARGETED]->(b:Actor)
WHERE e.kind IN ['Attack', 'Violation', 'Abduction', 'Capture'] AND a <> b
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
  AND ($actor IS NULL OR any(n IN [a, b] WHERE n.id = $actor
        OR toLower(n.name) = toLower($actor)
        OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = toLower($actor))))
WITH DISTINCT a, b, e
CALL (e) {
  MATCH (e)-[:SAME_INCIDENT*0..6]-(x:Event)
  RETURN min(x.id) AS incident, min(x.date) AS date, min(x.killed) AS killed, min(x.wounded) AS wounded
}
WITH a, b, incident, min(date) AS date, min(killed) AS killed, min(wounded) AS wounded
WITH a, b, count(*) AS incidents, min(date) AS first, max(date) AS last,
     sum(killed) AS killed, sum(wounded) AS wounded
WHERE incidents >= $min_incidents
RETURN a.name AS attacker, b.name AS target, incidents, first, last, killed, wounded,
       a.id AS attacker_id, b.id AS target_id
ORDER BY incidents DESC, attacker, target
LIMIT $limit
