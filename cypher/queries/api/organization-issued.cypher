// Instruments each organisation issued, newest first; at most $cap per organisation.
UNWIND $keys AS k
MATCH (org:Organization {key: k})
CALL (org) {
  MATCH (org)-[:ISSUED]->(i:Instrument)
  WITH DISTINCT i
  ORDER BY i.issuedOn DESC, i.key
  LIMIT $cap
  RETURN i
}
RETURN k AS key, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]} AS instrument
ORDER BY key, instrument.issuedOn DESC, instrument.key
