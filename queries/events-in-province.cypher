// name: events-in-province
// description: Events that occurred in a province (or any enclosing place: a district, a
//   country), oldest first, with where exactly, who is named as perpetrator and casualties as
//   each report gives them.
// param: province string -- province (or any enclosing place) name, alias or id
// param: kind string = null -- Attack, Abduction, Capture, Displacement, Agreement, Violation; null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 200 -- at most this many rows
// example: province=Idlib kind=Attack
// example: province=Hama since=2019-05
MATCH (e:Event)-[:OCCURRED_IN|TARGETED]->(loc)
WHERE (loc:Place OR loc:Facility)
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
  AND EXISTS {
    MATCH (loc)-[:LOCATED_IN*0..4]->(q:Place)
    WHERE q.id = $province OR toLower(q.name) = toLower($province)
       OR toLower(q.admin1) IN [toLower($province), toLower($province) + ' governorate']
       OR any(x IN coalesce(q.aliases, []) WHERE toLower(x) = toLower($province)) }
WITH e, collect(DISTINCT loc.name) AS locations
RETURN e.date AS date, e.kind AS kind, e.type AS type, locations,
       COLLECT { MATCH (a:Actor)-[:PERPETRATED]->(e) RETURN a.name ORDER BY a.name } AS perpetrators,
       e.killed AS killed, e.wounded AS wounded, e.displaced AS displaced,
       head(COLLECT { MATCH (r:Report)-[:REPORTS]->(e) RETURN r.source ORDER BY r.source }) AS source,
       e.id AS event
ORDER BY date, event
LIMIT $limit
