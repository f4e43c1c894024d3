// name: actor-events
// description: Everything an actor took part in, oldest first: events it is named as perpetrator
//   of, was targeted by, or is quoted about, with its role, the other parties, place and
//   casualties as each report gives them.
// param: actor string -- actor name, alias or id
// param: role string = null -- perpetrator, target or claimant; null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 200 -- at most this many rows
// example: actor=HTS
// example: actor=civilians role=target since=2019-05
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
   OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))
CALL (a) {
  MATCH (a)-[:PERPETRATED]->(e:Event) RETURN e, 'perpetrator' AS role
  UNION
  MATCH (e:Event)-[:TARGETED]->(a) RETURN e, 'target' AS role
  UNION
  MATCH (a)-[:CLAIMED]->(e:Event) RETURN e, 'claimant' AS role
}
WITH a, e, role
WHERE ($role IS NULL OR role = $role)
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
RETURN e.date AS date, role, e.kind AS kind, e.type AS type,
       COLLECT { MATCH (o:Actor)-[:PERPETRATED]->(e) WHERE o <> a RETURN o.name ORDER BY o.name } AS with_perpetrators,
       COLLECT { MATCH (e)-[:TARGETED]->(t) WHERE t <> a RETURN t.name ORDER BY t.name } AS targets,
       COLLECT { MATCH (e)-[:OCCURRED_IN]->(p) RETURN p.name ORDER BY p.name } AS places,
       e.killed AS killed, e.wounded AS wounded, e.id AS event
ORDER BY date, event, role
LIMIT $limit
