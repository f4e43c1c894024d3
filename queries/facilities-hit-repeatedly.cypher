// name: facilities-hit-repeatedly
// description: Facilities attacked in more than one incident (reports of the same incident count
//   once), with the dates, every perpetrator named, and the total of the most conservative
//   casualty figures. Most incidents first.
// param: min_incidents int = 2 -- at least this many incidents
// param: facility_type string = null -- medical, school, market, …; null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: facility_type=medical
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
  RETURN min(x.id) AS incident, min(x.date) AS date, min(x.killed) AS killed, min(x.wounded) AS wounded
}
WITH f, incident, min(date) AS date, min(killed) AS killed, min(wounded) AS wounded, collect(e) AS events
ORDER BY date
WITH f, count(*) AS incidents, collect(date) AS dates, sum(killed) AS killed, sum(wounded) AS wounded,
     collect(events) AS groups
WHERE incidents >= $min_incidents
RETURN f.name AS facility, f.type AS type,
       head(COLLECT { MATCH (f)-[:LOCATED_IN]->(p:Place) RETURN p.name ORDER BY p.name }) AS place,
       incidents, dates,
       COLLECT { UNWIND groups AS g UNWIND g AS x MATCH (a:Actor)-[:PERPETRATED]->(x)
                 RETURN DISTINCT a.name ORDER BY a.name } AS perpetrators,
       killed, wounded, f.id AS facility_id
ORDER BY incidents DESC, facility
LIMIT $limit
