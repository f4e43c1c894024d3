// name: actor-attacks-over-time
// description: An actor's attacks per day, month or year: incidents it is named as perpetrator
//   of (each counted once however many reports tell of it), casualties (the most conservative
//   figure per incident) and what it targeted. Oldest period first.
// param: actor string -- actor name, alias or id
// param: granularity string = "month" -- day, month or year
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// example: actor=Russia
// example: actor=HTS granularity=day since=2019-05
MATCH (a:Actor)-[:PERPETRATED]->(e:Event)
WHERE (a.id = $actor OR toLower(a.name) = toLower($actor)
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor)))
  AND e.kind IN ['Attack', 'Violation'] AND e.date IS NOT NULL
  AND ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH DISTINCT e
CALL (e) {
  MATCH (e)-[:SAME_INCIDENT*0..6]-(x:Event)
  RETURN min(x.id) AS incident, min(x.date) AS date, min(x.killed) AS killed, min(x.wounded) AS wounded
}
WITH incident, min(date) AS date, min(killed) AS killed, min(wounded) AS wounded, collect(e) AS events
WITH left(date, CASE $granularity WHEN 'day' THEN 10 WHEN 'year' THEN 4 ELSE 7 END) AS period,
     incident, killed, wounded, events
WITH period, count(*) AS incidents, sum(killed) AS killed, sum(wounded) AS wounded,
     collect(events) AS groups
RETURN period, incidents, killed, wounded,
       COLLECT { UNWIND groups AS g UNWIND g AS x MATCH (x)-[:TARGETED]->(t) RETURN DISTINCT t.name ORDER BY t.name }
         AS targets
ORDER BY period
