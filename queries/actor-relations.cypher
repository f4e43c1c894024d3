// name: actor-relations
// description: An actor's standing relations: allies (ALLIED_WITH, either direction), the bodies it
//   is a member or part of up to three levels up (MEMBER_OF, PART_OF), its own members and parts,
//   the agreements it is party to and the facilities it operates.
// param: actor string -- actor name, alias or id
// example: actor=Russia
// example: actor="Jaysh al-Izza"
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
   OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))
CALL (a) {
  MATCH (a)-[:ALLIED_WITH]-(o:Actor) RETURN 'ally' AS relation, o, 1 AS depth
  UNION
  MATCH path = (a)-[:MEMBER_OF|PART_OF*1..3]->(o:Actor) RETURN 'parent' AS relation, o, length(path) AS depth
  UNION
  MATCH path = (o:Actor)-[:MEMBER_OF|PART_OF*1..3]->(a) RETURN 'member' AS relation, o, length(path) AS depth
  UNION
  MATCH (a)-[:PARTY_TO]->(o:Agreement) RETURN 'party_to' AS relation, o, 1 AS depth
  UNION
  MATCH (o:Facility)-[:OPERATED_BY]->(a) RETURN 'operates' AS relation, o, 1 AS depth
}
WITH a, relation, o, min(depth) AS depth
RETURN a.name AS actor, relation, o.name AS other, o.type AS type, depth, o.id AS other_id
ORDER BY actor, relation, depth, other
