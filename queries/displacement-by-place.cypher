// name: displacement-by-place
// description: People displaced, per place and report: Displacement events with the figure each
//   report gives (figures from different reports are not added up, as they often restate one
//   cumulative count), and the largest figure per place. Largest first.
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: limit int = 100 -- at most this many rows
// example: since=2019-05
MATCH (e:Event {kind: 'Displacement'})-[:OCCURRED_IN]->(p:Place)
WHERE ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
WITH p, e ORDER BY e.date
WITH p, max(e.displaced) AS largest, count(e) AS reports, min(e.date) AS first, max(e.date) AS last,
     collect(e.id) AS events
RETURN p.name AS place, p.type AS type, largest AS displaced, reports, first, last, events, p.id AS place_id
ORDER BY displaced DESC, place
LIMIT $limit
