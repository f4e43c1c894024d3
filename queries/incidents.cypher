// name: incidents
// description: Incidents, each strike once however many reports tell it (as `sitgraph incidents`
//   lists them): the toll as low / best / high across sources (best: the figure the most
//   independent sources give, ties to the latest report), independent sources, first and last
//   report, every perpetrator any source names and whether they are contested. Oldest first.
// param: place string = null -- only incidents in this place or a place inside it (name, alias or id)
// param: actor string = null -- only incidents some source names this actor as perpetrator of
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: kind string = null -- Attack, Abduction, Capture, Displacement, Agreement or Violation
// param: min_sources int = 1 -- at least this many independent sources
// param: contested bool = null -- only contested incidents (true) or only uncontested ones (false)
// param: min_confidence float = null -- only incidents at least this confident
// param: limit int = 200 -- at most this many rows
// example: min_sources=2
// example: place=Borno since=2024-06 contested=true
MATCH (i:Incident)
WHERE ($kind IS NULL OR toLower(i.kind) = toLower($kind))
  AND coalesce(i.sources, 0) >= $min_sources
  AND ($contested IS NULL OR coalesce(i.contested, false) = $contested)
  AND ($min_confidence IS NULL OR coalesce(i.confidence, 0.0) >= $min_confidence)
  AND (($since IS NULL AND $until IS NULL) OR i.date IS NOT NULL)
  AND ($since IS NULL OR coalesce(i.date_end, i.date) + '~' >= $since)
  AND ($until IS NULL OR i.date <= $until + '~')
  AND ($actor IS NULL OR EXISTS { MATCH (a:Actor) WHERE a.id IN i.actor_ids AND (a.id = $actor
        OR toLower(a.name) = toLower($actor)
        OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))) })
  AND ($place IS NULL OR EXISTS { MATCH (p) WHERE (p:Place OR p:Facility) AND p.id IN i.place_ids
        AND (p.id = $place OR toLower(p.name) = toLower($place)
             OR toLower(p.admin1) IN [toLower($place), toLower($place) + ' governorate', toLower($place) + ' state',
                                      toLower($place) + ' province']
             OR any(x IN coalesce(p.aliases, []) WHERE toLower(x) = toLower($place))
             OR EXISTS { MATCH (p)-[:LOCATED_IN*1..4]->(q:Place) WHERE q.id = $place
                           OR toLower(q.name) = toLower($place) }) })
RETURN i.date AS date, i.kind AS kind, i.type AS type, coalesce(i.places, []) AS places,
       coalesce(i.perpetrators, []) AS perpetrators,
       i.contested AS contested, i.killed AS killed, i.killed_low AS killed_low, i.killed_high AS killed_high,
       i.wounded AS wounded, i.sources AS sources, i.reports AS reports,
       i.first_reported AS first_reported, i.last_reported AS last_reported, i.confidence AS confidence,
       i.id AS incident
ORDER BY date IS NULL, date, incident
LIMIT $limit
