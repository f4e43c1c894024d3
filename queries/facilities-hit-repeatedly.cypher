// name: facilities-hit-repeatedly
// description: Facilities attacked in more than one incident (reports of the same incident count
//   once), with the dates, every perpetrator named, and the total of the incidents' best
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
WHERE e.kind IN ['Attack', 'Violation'] AND e.incident IS NOT NULL
  AND ($facility_type IS NULL OR f.type = $facility_type)
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH DISTINCT f, e.incident AS id
MATCH (i:Incident {id: id})
WHERE ($since IS NULL OR coalesce(i.date_end, i.date) + '~' >= $since)
  AND ($until IS NULL OR i.date <= $until + '~')
WITH f, i ORDER BY i.date
WITH f, count(*) AS incidents, collect(i.date) AS dates, sum(i.killed) AS killed, sum(i.wounded) AS wounded,
     collect(i.perpetrators) AS named
WHERE incidents >= $min_incidents
RETURN f.name AS facility, f.type AS type,
       head(COLLECT { MATCH (f)-[:LOCATED_IN]->(p:Place) RETURN p.name ORDER BY p.name }) AS place,
       incidents, dates,
       COLLECT { UNWIND named AS n UNWIND n AS x RETURN DISTINCT x ORDER BY x } AS perpetrators,
       killed, wounded, f.id AS facility_id
ORDER BY incidents DESC, facility
LIMIT $limit
