// The per-request organisation loader.
UNWIND $keys AS k
MATCH (o:Organization {key: k})
RETURN k AS key, o {.key, .name, .level,
  mentionCount: reduce(s = 0, c IN [(:Document)-[m:MENTIONS]->(o) | coalesce(m.count, 1)] | s + c)} AS node
