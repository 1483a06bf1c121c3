// Every link between the given instruments and other instruments, both directions, one row per (type,
// direction, other instrument) with the evidence of each document that states it collapsed into a list.
// Catalogue relations (fromCatalog, no docId) are links without document evidence: they add none.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})-[r]-(o:Instrument)
WITH k, o, r, CASE WHEN startNode(r) = i THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
WITH k, type(r) AS type, direction, o,
  collect(CASE WHEN r.docId IS NOT NULL THEN r {.docId, .sentence, .start, .end, .citeStart, .citeEnd, .fromPinpoint, .toPinpoint} END) AS evidence
RETURN k AS key, type, direction, evidence,
  o {.*, searchText: null, searchFolded: null,
    citationCount: COUNT { (:Document)-[:CITES]->(o) },
    superseding: [(o)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS other
ORDER BY key, type, direction, other.key
