// Every link between the given instruments and other instruments, both directions, one row per (type,
// direction, other instrument) with the evidence of each document that states it collapsed into a list. At most
// $cap rows per instrument (superseding links first) and $cap evidence items per row.
// Catalogue relations (fromCatalog, no docId) are links without document evidence: they add none.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
CALL (i) {
  MATCH (i)-[r]-(o:Instrument)
  WITH o, r, CASE WHEN startNode(r) = i THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
  WITH type(r) AS type, direction, o,
    collect(CASE WHEN r.docId IS NOT NULL THEN r {.docId, .sentence, .start, .end, .citeStart, .citeEnd, .fromPinpoint, .toPinpoint} END)[0..$cap] AS evidence
  ORDER BY CASE WHEN type IN ['REPLACES', 'REPEALS', 'AMENDS', 'SUSPENDS'] THEN 0 ELSE 1 END, type, direction, o.key
  LIMIT $cap
  RETURN type, direction, o, evidence
}
RETURN k AS key, type, direction, evidence,
  o {.*, searchText: null, searchFolded: null,
    citationCount: COUNT { (:Document)-[:CITES]->(o) },
    superseding: [(o)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS other
ORDER BY key, type, direction, other.key
