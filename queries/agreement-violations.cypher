// name: agreement-violations
// description: An agreement (ceasefire, zone, truce), its parties and date, and the violations that
//   followed it: Violation events concerning it dated on or after the agreement, with who is
//   named as violator, whether that actor is a party, and how many days after the agreement.
// param: agreement string = null -- agreement name, alias or id; null for all
// param: limit int = 200 -- at most this many rows
// example: agreement="Idlib demilitarized zone"
MATCH (g:Agreement)
WHERE $agreement IS NULL OR g.id = $agreement OR toLower(g.name) = toLower($agreement)
   OR any(x IN coalesce(g.aliases, []) WHERE toLower(x) = toLower($agreement))
WITH g, coalesce(g.date, head(COLLECT { MATCH (a:Event {kind: 'Agreement'})-[:CONCERNS]->(g)
                                         WHERE a.date IS NOT NULL RETURN a.date ORDER BY a.date })) AS agreed,
     COLLECT { MATCH (p:Actor)-[:PARTY_TO]->(g) RETURN p.id ORDER BY p.name } AS party_ids,
     COLLECT { MATCH (p:Actor)-[:PARTY_TO]->(g) RETURN p.name ORDER BY p.name } AS parties
MATCH (v:Event {kind: 'Violation'})-[:CONCERNS]->(g)
WHERE agreed IS NULL OR coalesce(v.date_end, v.date) + '~' >= agreed
WITH g, agreed, party_ids, parties, v,
     COLLECT { MATCH (a:Actor)-[:PERPETRATED]->(v) RETURN a ORDER BY a.name } AS violators
RETURN g.name AS agreement, agreed, parties, v.date AS date,
       CASE WHEN agreed IS NULL OR v.date IS NULL OR size(agreed) < 10 OR size(v.date) < 10 THEN null
            ELSE duration.inDays(date(agreed), date(left(v.date, 10))).days END AS days_after,
       v.type AS type,
       [a IN violators | a.name] AS violators,
       any(a IN violators WHERE a.id IN party_ids) AS by_party,
       COLLECT { MATCH (v)-[:OCCURRED_IN]->(p) RETURN p.name ORDER BY p.name } AS places,
       v.evidence AS evidence, v.id AS event
ORDER BY agreement, date, event
LIMIT $limit
