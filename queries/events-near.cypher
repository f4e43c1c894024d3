// name: events-near
// description: Events within a distance of a point: give a place (its coordinates are used) or
//   lat and lon. An event is placed at the coordinates of the place or facility it occurred in or
//   targeted (a facility without coordinates takes its place's); events placed only at a
//   province or country are left out, their coordinates being a centroid. Nearest first.
// param: place string = null -- place or facility name, alias or id to measure from
// param: lat float = null -- latitude of the point (when no place is given)
// param: lon float = null -- longitude of the point (when no place is given)
// param: km float = 10.0 -- radius in kilometres
// param: kind string = null -- Attack, Abduction, Capture, Displacement, Agreement, Violation; null for all
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: place=Kafranbel km=10
// example: lat=35.61 lon=36.56 km=25 kind=Attack
OPTIONAL MATCH (c)
WHERE $place IS NOT NULL AND (c:Place OR c:Facility) AND c.lat IS NOT NULL
  AND (c.id = $place OR toLower(c.name) = toLower($place)
       OR any(x IN coalesce(c.aliases, []) WHERE toLower(x) = toLower($place)))
WITH c ORDER BY c.id LIMIT 1
WITH CASE WHEN c IS NULL THEN point({latitude: $lat, longitude: $lon})
          ELSE point({latitude: c.lat, longitude: c.lon}) END AS centre
WHERE centre IS NOT NULL
// Places first: each place or facility near enough is found once (a facility without
// coordinates at its place's), then the events at it are read.
MATCH (loc) WHERE loc:Place OR loc:Facility
UNWIND CASE WHEN loc.lat IS NOT NULL THEN [loc]
            ELSE COLLECT { MATCH (loc:Facility)-[:LOCATED_IN]->(up:Place) RETURN up } END AS at
WITH centre, loc, at
WHERE at.lat IS NOT NULL AND at.lon IS NOT NULL AND NOT coalesce(at.type, '') IN ['country', 'province', 'region']
WITH centre, loc, point.distance(centre, point({latitude: at.lat, longitude: at.lon})) AS metres
WHERE metres <= $km * 1000.0
MATCH (e:Event)-[:OCCURRED_IN|TARGETED]->(loc)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH e, min(metres) AS metres, collect(DISTINCT loc.name) AS locations
RETURN e.date AS date, e.kind AS kind, e.type AS type,
       round(metres / 1000.0, 1) AS km,
       locations,
       COLLECT { MATCH (a:Actor)-[:PERPETRATED]->(e) RETURN a.name ORDER BY a.name } AS perpetrators,
       e.killed AS killed, e.wounded AS wounded, e.id AS event
ORDER BY km, date, event
LIMIT $limit
