// The instrument a neighbourhood export starts from, by its key or a key it had before (formerKeys).
OPTIONAL MATCH (n:Instrument {key: $key})
CALL (n) {
  WITH n WHERE n IS NULL
  MATCH (m:Instrument) WHERE $key IN coalesce(m.formerKeys, [])
  RETURN m LIMIT 1
  UNION
  WITH n WHERE n IS NOT NULL
  RETURN n AS m
}
RETURN elementId(m) AS eid
