// Relationships to export: all between product nodes ($ids null), or those with both ends among $ids.
MATCH (a)-[r]->(b)
WHERE (a:Instrument OR a:Organization OR a:Document OR a:Action)
  AND ($ids IS NULL OR (elementId(a) IN $ids AND elementId(b) IN $ids))
RETURN elementId(r) AS eid, type(r) AS type, elementId(a) AS source, elementId(b) AS target, properties(r) AS props
