// name: attacks-on-facilities
// description: Attacks on facilities of any type (schools, markets, bases, roads, hospitals …),
//   oldest first, one row per incident and facility, with every perpetrator any source names and
//   the most conservative casualty figures.
// param: facility_type string = null -- medical, school, market, military_base, road, …; null for all
// param: perpetrator string = null -- actor name, alias or id; null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: facility_type=school
MATCH (e:Event)-[:TARGETED|OCCURRED_IN]->(f:Facility)
WHERE e.kind IN ['Attack', 'Violation']
  AND ($facility_type IS NULL OR f.type = $facility_type)
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH DISTINCT e, f
CALL (e) {
  MATCH (e)-[:SAME_INCIDENT*0..6]-(x:Event)
  RETURN min(x.id) AS incident, min(x.date) AS date, min(x.killed) AS killed, min(x.wounded) AS wounded,
         collect(DISTINCT x) AS events
}
WITH incident, f, date, killed, wounded, head(collect(events)) AS events
WITH incident, f, date, killed, wounded,
     COLLECT { UNWIND events AS x MATCH (a:Actor)-[:PERPETRATED]->(x) RETURN DISTINCT a ORDER BY a.name } AS actors
WHERE $perpetrator IS NULL OR any(a IN actors WHERE a.id = $perpetrator
        OR toLower(a.name) = toLower($perpetrator)
        OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($perpetrator)))
RETURN date,
       f.name AS facility,
       f.type AS facility_type,
       head(COLLECT { MATCH (f)-[:LOCATED_IN]->(p:Place) RETURN p.name ORDER BY p.name }) AS place,
       [a IN actors | a.name] AS perpetrators,
       killed,
       wounded,
       incident,
       f.id AS facility_id
ORDER BY date, facility, incident
LIMIT $limit
