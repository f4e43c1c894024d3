// name: casualties-by-place
// description: Killed and wounded in attacks, abductions and captures per place, counting each incident once (an incident several
//   reports describe counts with its most conservative figures). Events at a facility count for
//   the place the facility is in. Most killed first.
// param: province string = null -- only places in this province (name, alias or id); null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: province=Idlib since=2019-05
MATCH (e:Event)-[:OCCURRED_IN|TARGETED]->(loc)
WHERE (loc:Place OR loc:Facility) AND e.kind IN ['Attack', 'Violation', 'Abduction', 'Capture']
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
OPTIONAL MATCH (loc:Facility)-[:LOCATED_IN]->(up:Place)
WITH e, CASE WHEN loc:Place THEN loc ELSE up END AS p
WITH DISTINCT e, p
WHERE p IS NOT NULL AND NOT p.type IN ['country', 'region']
  AND ($province IS NULL OR EXISTS {
        MATCH (p)-[:LOCATED_IN*0..4]->(q:Place)
        WHERE q.id = $province OR toLower(q.name) = toLower($province)
           OR toLower(q.admin1) IN [toLower($province), toLower($province) + ' governorate']
           OR any(x IN coalesce(q.aliases, []) WHERE toLower(x) = toLower($province)) })
CALL (e) {
  MATCH (e)-[:SAME_INCIDENT*0..6]-(x:Event)
  RETURN min(x.id) AS incident, min(x.killed) AS killed, min(x.wounded) AS wounded
}
WITH p, incident, min(killed) AS killed, min(wounded) AS wounded
WITH p, count(*) AS incidents, sum(killed) AS killed, sum(wounded) AS wounded
RETURN p.name AS place, p.type AS type,
       CASE WHEN p.type = 'province' THEN p.name ELSE coalesce(head(COLLECT { MATCH (p)-[:LOCATED_IN*1..4]->(q:Place {type: 'province'}) RETURN q.name }),
                p.admin1) END AS province,
       incidents, killed, wounded, p.id AS place_id
ORDER BY killed DESC, wounded DESC, incidents DESC, place
LIMIT $limit
