// name: attacks-on-medical-facilities
// description: Attacks on hospitals, clinics and other medical facilities, oldest first: the date,
//   the facility and where it is, every perpetrator any source names, casualties (the most
//   conservative figure any source gives) and how many reports tell of it. An incident that
//   several reports describe (linked by SAME_INCIDENT) is one row.
// param: perpetrator string = null -- actor name, alias or id; null for all
// param: province string = null -- province (or any enclosing place) name, alias or id; null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: perpetrator=Russia since=2019-05-01 until=2019-05-31
// example: province=Idlib
MATCH (e:Event)-[:TARGETED|OCCURRED_IN]->(f:Facility {type: 'medical'})
WHERE e.kind IN ['Attack', 'Violation']
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
WITH incident, f, date, killed, wounded, events,
     COLLECT { UNWIND events AS x MATCH (a:Actor)-[:PERPETRATED]->(x) RETURN DISTINCT a ORDER BY a.name } AS actors,
     COLLECT { CALL (f, events) {
                 MATCH (f)-[:LOCATED_IN*1..4]->(p:Place) RETURN p
                 UNION
                 UNWIND events AS x MATCH (x)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..4]->(p:Place) RETURN p }
               RETURN p ORDER BY p.id } AS places
WHERE ($perpetrator IS NULL OR any(a IN actors WHERE a.id = $perpetrator
         OR toLower(a.name) = toLower($perpetrator)
         OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($perpetrator))))
  AND ($province IS NULL OR any(p IN places WHERE p.id = $province
         OR toLower(p.name) = toLower($province)
         OR toLower(p.admin1) IN [toLower($province), toLower($province) + ' governorate']
         OR any(x IN coalesce(p.aliases, []) WHERE toLower(x) = toLower($province))))
RETURN date,
       f.name AS facility,
       coalesce(head([p IN places WHERE NOT p.type IN ['country', 'province', 'region'] | p.name]),
                head([p IN places | p.name])) AS place,
       coalesce(head([p IN places WHERE p.type = 'province' | p.name]),
                head([p IN places WHERE p.admin1 IS NOT NULL | p.admin1])) AS province,
       [a IN actors | a.name] AS perpetrators,
       killed,
       wounded,
       size(COLLECT { UNWIND events AS x MATCH (r:Report)-[:REPORTS]->(x) RETURN DISTINCT r.id }) AS reports,
       incident,
       f.id AS facility_id
ORDER BY date, facility, incident
LIMIT $limit
