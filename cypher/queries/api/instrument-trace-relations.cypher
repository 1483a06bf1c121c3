// trace: what each instrument implements, continues, guides or is based on (outgoing only). Read separately
// from instrument-relations because a much-cited instrument has tens of thousands of incoming links the trace
// never needs.
UNWIND $keys AS k
MATCH (:Instrument {key: k})-[r:IMPLEMENTS|CONTINUES|BASED_ON|GUIDES]->(o:Instrument)
WITH k, type(r) AS type, o, collect(r {.docId, .sentence, .start, .end, .citeStart, .citeEnd}) AS evidence
RETURN k AS key, type, 'OUTGOING' AS direction, evidence,
  o {.*, searchText: null, searchFolded: null,
    citationCount: COUNT { (:Document)-[:CITES]->(o) },
    superseding: [(o)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS other
ORDER BY key, type, other.key
