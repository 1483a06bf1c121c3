// Product nodes to export: all of them ($ids null) or the given ones (elementIds). Search fields and the
// documents' full text are left out (large, and derived).
MATCH (n)
WHERE (n:Instrument OR n:Organization OR n:Document OR n:Action)
  AND ($ids IS NULL OR elementId(n) IN $ids)
RETURN elementId(n) AS eid, labels(n)[0] AS label,
       n {.*, searchText: null, searchFolded: null, text: CASE WHEN n:Document THEN null ELSE n.text END} AS props
