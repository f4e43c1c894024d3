// name: contested-events
// description: Incidents whose perpetrator is disputed: two reports of one incident name
//   perpetrators with none in common (the incident's `contested`). One row per incident with each version: the
//   publication, who it says did it, and who it quotes. Oldest first.
// param: actor string = null -- only incidents where some version names this actor (name, alias or id)
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: actor=HTS
MATCH (i:Incident)
WHERE i.contested = true
  AND ($since IS NULL OR coalesce(i.date_end, i.date) + '~' >= $since)
  AND ($until IS NULL OR i.date <= $until + '~')
  AND ($min_confidence IS NULL OR i.confidence IS NULL OR i.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (:Event {incident: i.id})-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
  AND ($actor IS NULL OR EXISTS { MATCH (a:Actor) WHERE a.id IN i.actor_ids AND (a.id = $actor
        OR toLower(a.name) = toLower($actor)
        OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))) })
MATCH (e:Event {incident: i.id})
WITH i, e, COLLECT { MATCH (a:Actor)-[:PERPETRATED]->(e) RETURN a ORDER BY a.name } AS actors
WHERE size(actors) > 0
WITH i, coalesce(head(COLLECT { MATCH (r:Report)-[:REPORTS]->(e) RETURN r.source ORDER BY r.source }), e.report_id)
       + ': ' + reduce(s = '', a IN actors | s + CASE WHEN s = '' THEN '' ELSE ' + ' END + a.name)
       + coalesce(' (citing ' + head(COLLECT { MATCH (c:Actor)-[:CLAIMED]->(e) RETURN c.name ORDER BY c.name })
                  + ')', '') AS version
ORDER BY version
WITH i, collect(DISTINCT version) AS versions
RETURN i.date AS date, i.id AS incident, versions, i.perpetrators AS perpetrators
ORDER BY date, incident
LIMIT $limit
