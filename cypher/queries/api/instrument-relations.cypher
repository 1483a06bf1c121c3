// Every link between the given instruments and other instruments, both directions, one row per (type,
// direction, other instrument) with the evidence of each document that states it collapsed into a list. At most
// $cap rows per instrument (superseding links first) and $cap evidence items per row.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
CALL (i) {
  MATCH (i)-[r]-(o:Instrument)
  WITH o, r, CASE WHEN startNode(r) = i THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
  WITH type(r) AS type, direction, o, collect(r {.docId, .sentence, .start, .end, .citeStart, .citeEnd})[0..$cap] AS evidence
  ORDER BY CASE WHEN type IN ['REPLACES', 'REPEALS', 'AMENDS', 'SUSPENDS'] THEN 0 ELSE 1 END, type, direction, o.key
  LIMIT $cap
  RETURN type, direction, o, evidence
}
RETURN k AS key, type, direction, evidence,
  o {.*, searchText: null, searchFolded: null,
    citationCount: COUNT { (:Document)-[:CITES]->(o) },
    superseding: [(o)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]} AS other
ORDER BY key, type, direction, other.key
