// name: casualties-by-place
// description: Killed and wounded in attacks, abductions and captures per place, counting each incident once (an incident several
//   reports describe counts with its best figures). Events at a facility count for
//   the place the facility is in. Most killed first.
// param: province string = null -- only places in this province (name, alias or id); null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: province=Idlib since=2019-05
MATCH (loc) WHERE loc:Place OR loc:Facility
// Places first (each place or facility once, a facility for the place it is in), then
// the events at them: the place filters and the facility's place are worked out once per
// place rather than once per event, and a province given narrows the events read.
UNWIND CASE WHEN loc:Place THEN [loc] ELSE COLLECT { MATCH (loc)-[:LOCATED_IN]->(up:Place) RETURN up } END AS p
WITH loc, p
WHERE p IS NOT NULL AND NOT coalesce(p.type, 'town') IN ['country', 'region']
  AND ($province IS NULL OR EXISTS {
        MATCH (p)-[:LOCATED_IN*0..4]->(q:Place)
        WHERE q.id = $province OR toLower(q.name) = toLower($province)
           OR toLower(q.admin1) IN [toLower($province), toLower($province) + ' governorate']
           OR any(x IN coalesce(q.aliases, []) WHERE toLower(x) = toLower($province)) })
MATCH (e:Event)-[:OCCURRED_IN|TARGETED]->(loc)
WHERE e.kind IN ['Attack', 'Violation', 'Abduction', 'Capture'] AND e.incident IS NOT NULL
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH DISTINCT e.incident AS id, p
MATCH (i:Incident {id: id})
WHERE ($since IS NULL OR coalesce(i.date_end, i.date) + '~' >= $since)
  AND ($until IS NULL OR i.date <= $until + '~')
WITH p, count(*) AS incidents, sum(i.killed) AS killed, sum(i.wounded) AS wounded
RETURN p.name AS place, p.type AS type,
       CASE WHEN p.type = 'province' THEN p.name ELSE coalesce(head(COLLECT { MATCH (p)-[:LOCATED_IN*1..4]->(q:Place {type: 'province'}) RETURN q.name }),
                p.admin1) END AS province,
       incidents, killed, wounded, p.id AS place_id
ORDER BY killed DESC, wounded DESC, incidents DESC, place
LIMIT $limit
