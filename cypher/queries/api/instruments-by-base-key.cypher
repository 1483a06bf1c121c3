// instrument(key:) when the key is not stored as such: a key without its @year or #jurisdiction matches every
// node with that baseKey ("ket-luan:21-kl-tw" → the 2012 and the 2021 Kết luận 21), so the API can list them.
MATCH (i:Instrument)
WHERE i.baseKey = $key OR i.key STARTS WITH $key + '@' OR i.key STARTS WITH $key + '#'
RETURN i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS node
ORDER BY node.year DESC, node.key
LIMIT 50
