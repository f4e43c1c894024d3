// name: contested-events
// description: Incidents whose perpetrator is disputed: the reports of one incident (events linked
//   by SAME_INCIDENT) name different perpetrators. One row per incident with each version: the
//   publication, who it says did it, and who it quotes. Oldest first.
// param: actor string = null -- only incidents where some version names this actor (name, alias or id)
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: actor=HTS
MATCH (e:Event)-[:SAME_INCIDENT]-(:Event)
WHERE ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH DISTINCT e
CALL (e) {
  MATCH (e)-[:SAME_INCIDENT*0..6]-(x:Event)
  RETURN min(x.id) AS incident, min(x.date) AS date
}
WITH incident, date, collect(e) AS events
UNWIND events AS e
WITH incident, date, e,
     COLLECT { MATCH (a:Actor)-[:PERPETRATED]->(e) RETURN a ORDER BY a.name } AS actors
WHERE size(actors) > 0
WITH incident, date, collect({event: e, actors: actors}) AS versions
WITH incident, date, versions,
     reduce(seen = [], v IN versions |
       CASE WHEN [a IN v.actors | a.id] IN seen THEN seen ELSE seen + [[a IN v.actors | a.id]] END) AS sets
WHERE size(sets) > 1
  AND ($actor IS NULL OR any(v IN versions WHERE any(a IN v.actors WHERE a.id = $actor
        OR toLower(a.name) = toLower($actor)
        OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor)))))
UNWIND versions AS v
WITH incident, date, v.event AS e, v.actors AS actors
WITH incident, date, e,
     coalesce(head(COLLECT { MATCH (r:Report)-[:REPORTS]->(e) RETURN r.source ORDER BY r.source }), e.report_id)
       + ': ' + reduce(s = '', a IN actors | s + CASE WHEN s = '' THEN '' ELSE ' + ' END + a.name)
       + coalesce(' (citing ' + head(COLLECT { MATCH (c:Actor)-[:CLAIMED]->(e) RETURN c.name ORDER BY c.name })
                  + ')', '') AS version,
     [a IN actors | a.name] AS names
ORDER BY incident, version
WITH incident, date, collect(version) AS versions, collect(names) AS named
RETURN date, incident, versions,
       reduce(all = [], n IN named | all + [x IN n WHERE NOT x IN all]) AS perpetrators
ORDER BY date, incident
LIMIT $limit
