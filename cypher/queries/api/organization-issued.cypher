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
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS instrument
ORDER BY key, instrument.issuedOn DESC, instrument.key
