// The per-request instrument loader: one row per key that exists. The projection (searchable copies dropped,
// citationCount and the types of superseding relations added) is the one every API query returns for an
// instrument, so any of them can prime the loader.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
RETURN k AS key, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]} AS node
