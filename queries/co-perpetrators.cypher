// name: co-perpetrators
// description: Actors named together as perpetrators of the same incident (joint operations, or a
//   source blaming both): each pair once, with the number of shared incidents and their dates.
//   Most shared first.
// param: actor string = null -- only pairs including this actor (name, alias or id); null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: actor=Russia
MATCH (a:Actor)-[:PERPETRATED]->(e:Event)
  // Grouped from the actors' side (their PERPETRATED lists are stored by type), so only the
  // events with two perpetrators or more are read, not every event's own relationships.
WITH e, collect(a) AS perpetrators
WHERE size(perpetrators) > 1
WITH e, perpetrators
WHERE e.kind IN ['Attack', 'Violation', 'Abduction', 'Capture'] AND e.incident IS NOT NULL
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
UNWIND perpetrators AS a
UNWIND perpetrators AS b
WITH a, b, e
WHERE a.id < b.id
  AND ($actor IS NULL OR any(n IN [a, b] WHERE n.id = $actor
        OR toLower(n.name) = toLower($actor)
        OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = toLower($actor))))
WITH DISTINCT a, b, e.incident AS id
MATCH (i:Incident {id: id})
WHERE ($since IS NULL OR coalesce(i.date_end, i.date) + '~' >= $since)
  AND ($until IS NULL OR i.date <= $until + '~')
WITH a, b, i ORDER BY i.date
WITH a, b, count(*) AS incidents, collect(i.date) AS dates
RETURN a.name AS actor, b.name AS other, incidents, dates, a.id AS actor_id, b.id AS other_id
ORDER BY incidents DESC, actor, other
LIMIT $limit
