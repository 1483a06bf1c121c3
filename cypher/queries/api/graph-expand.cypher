// One step of Query.graph: the neighbours of the nodes in $ids not yet in $seen. What counts as a neighbour:
// instruments through the relation types asked for; actions through GOVERNS (MAY_GOVERN when inferred links
// are wanted); an action's performer; and, only for nodes the user focused on, what an organisation issued or
// performed and what a document cites or reports. Heavier nodes first, so a limit keeps the important ones.
UNWIND $ids AS id
CALL {
  WITH id MATCH (n:Instrument {key: id}) RETURN n
  UNION WITH id MATCH (n:Action {id: id}) RETURN n
  UNION WITH id MATCH (n:Organization {key: id}) RETURN n
  UNION WITH id MATCH (n:Document {id: id}) RETURN n
}
MATCH (n)-[r]-(m)
WHERE (n:Instrument AND m:Instrument AND type(r) IN $relationTypes)
   OR (n:Instrument AND m:Action AND $includeActions AND (type(r) = 'GOVERNS' OR ($includeInferred AND type(r) = 'MAY_GOVERN')))
   OR (n:Action AND (type(r) = 'GOVERNS' OR type(r) = 'PERFORMED_BY' OR ($includeInferred AND type(r) = 'MAY_GOVERN')))
   OR (n:Organization AND id IN $focus AND (type(r) = 'ISSUED' OR ($includeActions AND type(r) = 'PERFORMED_BY')))
   OR (n:Document AND id IN $focus AND (m:Instrument OR ($includeActions AND type(r) = 'REPORTS')))
WITH DISTINCT coalesce(m.key, m.id) AS mid, m
WHERE NOT mid IN $seen
RETURN mid AS id, COUNT { (m)--() } AS weight
ORDER BY weight DESC, id
LIMIT toInteger($limit)
