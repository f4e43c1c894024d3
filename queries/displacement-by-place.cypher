// name: displacement-by-place
// description: People displaced, per place and report: Displacement events with the figure each
//   report gives (figures from different reports are not added up, as they often restate one
//   cumulative count), and the largest figure per place. Largest first.
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 100 -- at most this many rows
// example: since=2019-05
MATCH (e:Event {kind: 'Displacement'})-[:OCCURRED_IN]->(p:Place)
WHERE ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH p, e ORDER BY e.date
WITH p, max(e.displaced) AS largest, count(e) AS reports, min(e.date) AS first, max(e.date) AS last,
     collect(e.id) AS events
RETURN p.name AS place, p.type AS type, largest AS displaced, reports, first, last, events, p.id AS place_id
ORDER BY displaced DESC, place
LIMIT $limit
