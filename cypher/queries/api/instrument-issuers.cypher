// The organisation that issued each instrument (the first one, by key, when a joint instrument has several).
UNWIND $keys AS k
MATCH (o:Organization)-[:ISSUED]->(:Instrument {key: k})
WITH k, o ORDER BY o.key
WITH k, collect(DISTINCT o)[0] AS o
RETURN k AS key, o {.key, .name, .level,
  mentionCount: reduce(s = 0, c IN [(:Document)-[m:MENTIONS]->(o) | coalesce(m.count, 1)] | s + c)} AS org
