// The organisation that performed each action (PERFORMED_BY), first by key when several.
UNWIND $ids AS id
MATCH (:Action {id: id})-[:PERFORMED_BY]->(o:Organization)
WITH id, o ORDER BY o.key
WITH id, collect(DISTINCT o)[0] AS o
RETURN id, o {.key, .name, .level,
  mentionCount: reduce(s = 0, c IN [(:Document)-[m:MENTIONS]->(o) | coalesce(m.count, 1)] | s + c)} AS org
