// name: actor-attacks-over-time
// description: An actor's attacks per day, month or year: incidents it is named as perpetrator
//   of (each counted once however many reports tell of it), casualties (each incident's best
//   figure) and what it targeted. Oldest period first.
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
  AND e.kind IN ['Attack', 'Violation'] AND e.incident IS NOT NULL
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
WITH DISTINCT e.incident AS id
MATCH (i:Incident {id: id})
WHERE i.date IS NOT NULL
  AND ($since IS NULL OR coalesce(i.date_end, i.date) + '~' >= $since)
  AND ($until IS NULL OR i.date <= $until + '~')
WITH left(i.date, CASE $granularity WHEN 'day' THEN 10 WHEN 'year' THEN 4 ELSE 7 END) AS period, i
WITH period, count(*) AS incidents, sum(i.killed) AS killed, sum(i.wounded) AS wounded, collect(i.id) AS ids
RETURN period, incidents, killed, wounded,
       COLLECT { UNWIND ids AS c MATCH (:Event {incident: c})-[:TARGETED]->(t) RETURN DISTINCT t.name ORDER BY t.name }
         AS targets
ORDER BY period
