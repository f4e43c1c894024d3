// name: source-claims
// description: What a source says: the events an actor is quoted as claiming (CLAIMED: "X said",
//   "according to X"), and the events reports from a publication (Report.source) tell of, each
//   with the perpetrators and targets as that source names them and the sentence it rests on.
// param: source string -- actor name, alias or id (a speaker), or a publication as in Report.source
// param: since date = null -- first day of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date = null -- last day of the period
// param: min_confidence float = null -- leave out events extracted with a lower confidence (0-1)
// param: country string = null -- ISO code (SY, UA …) of the country the event occurred in
// param: limit int = 200 -- at most this many rows
// example: source=Kupchishin
// example: source=SANA
CALL () {
  MATCH (s:Actor)-[:CLAIMED]->(e:Event)
  WHERE s.id = $source OR toLower(s.name) = toLower($source)
     OR any(x IN coalesce(s.aliases, []) WHERE toLower(x) = toLower($source))
  RETURN e, 'claimed' AS how, s.name AS by
  UNION
  MATCH (r:Report)-[:REPORTS]->(e:Event)
  WHERE toLower(r.source) = toLower($source)
  RETURN e, 'reported' AS how, r.source AS by
}
WITH e, how, by
WHERE ($since IS NULL OR coalesce(e.date_end, e.date) + '~' >= $since)
  AND ($until IS NULL OR e.date <= $until + '~')
  AND ($min_confidence IS NULL OR e.confidence IS NULL OR e.confidence >= $min_confidence)
  AND ($country IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..1]->(cp:Place)
                                    WHERE cp.country = toUpper($country) })
RETURN e.date AS date, by, how, e.kind AS kind, e.type AS type,
       COLLECT { MATCH (a:Actor)-[:PERPETRATED]->(e) RETURN a.name ORDER BY a.name } AS perpetrators,
       COLLECT { MATCH (e)-[:TARGETED]->(t) RETURN t.name ORDER BY t.name } AS targets,
       e.killed AS killed, e.wounded AS wounded, e.evidence AS evidence, e.id AS event
ORDER BY date, event, how
LIMIT $limit
