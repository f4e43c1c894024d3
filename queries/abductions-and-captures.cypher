// name: abductions-and-captures
// description: Abductions (people taken) and captures (places, positions or people seized), oldest
//   first: who took what or whom, where, and from which report.
// param: actor string = null -- only those by this actor (name, alias or id); null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 200 -- at most this many rows
// example: actor="Syrian Arab Army"
MATCH (e:Event)
WHERE e.kind IN ['Abduction', 'Capture']
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH e, COLLECT { MATCH (a:Actor)-[:PERPETRATED]->(e) RETURN a ORDER BY a.name } AS actors
WHERE $actor IS NULL OR any(a IN actors WHERE a.id = $actor
        OR toLower(a.name) = toLower($actor)
        OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor)))
RETURN e.date AS date, e.kind AS kind, e.type AS type,
       [a IN actors | a.name] AS perpetrators,
       COLLECT { MATCH (e)-[:TARGETED]->(t) RETURN t.name ORDER BY t.name } AS taken,
       COLLECT { MATCH (e)-[:OCCURRED_IN]->(p) RETURN p.name ORDER BY p.name } AS places,
       head(COLLECT { MATCH (r:Report)-[:REPORTS]->(e) RETURN r.source ORDER BY r.source }) AS source,
       e.id AS event
ORDER BY date, event
LIMIT $limit
