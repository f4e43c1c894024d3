// name: actors-first-seen
// description: Actors first seen in a period: the earliest date any report mentioning the actor was
//   published, or any event it took part in happened, falls in the period. Newcomers to a
//   conflict, oldest first, with how many reports mention them.
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: actor_type string = null -- state, state_forces, armed_group, person, …; null for all
// param: limit int = 100 -- at most this many rows
// example: since=2019-08 until=2019-12
MATCH (a:Actor)
WHERE $actor_type IS NULL OR a.type = $actor_type
WITH a, COLLECT { MATCH (r:Report)-[:MENTIONS]->(a) WHERE r.published IS NOT NULL RETURN r.published AS published
                  UNION
                  MATCH (a)-[:PERPETRATED|CLAIMED]->(e:Event) WHERE e.date IS NOT NULL RETURN e.date AS published
                  UNION
                  MATCH (e:Event)-[:TARGETED]->(a) WHERE e.date IS NOT NULL RETURN e.date AS published } AS dates
WHERE size(dates) > 0
WITH a, reduce(m = head(dates), d IN dates | CASE WHEN d < m THEN d ELSE m END) AS first_seen
WHERE ($since IS NULL OR first_seen + '~' >= $since)
  AND ($until IS NULL OR first_seen <= $until + '~')
RETURN a.name AS actor, a.type AS type, first_seen,
       COUNT { MATCH (r:Report)-[:MENTIONS]->(a) } AS reports,
       COUNT { MATCH (a)-[:PERPETRATED]->(:Event) } AS events,
       a.id AS actor_id
ORDER BY first_seen, actor
LIMIT $limit
