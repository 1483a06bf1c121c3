// The per-request instrument loader: one row per key that exists. The projection (searchable copies dropped,
// citationCount and the relations by which other instruments supersede it, with their dates, added) is the one
// every API query returns for an instrument, so any of them can prime the loader.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
RETURN k AS key, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS node
