// Every link between the given instruments and other instruments, both directions, one row per (type,
// direction, other instrument) with the evidence of each document that states it collapsed into a list.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})-[r]-(o:Instrument)
WITH k, o, r, CASE WHEN startNode(r) = i THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
WITH k, type(r) AS type, direction, o,
  collect(r {.docId, .sentence, .start, .end, .citeStart, .citeEnd}) AS evidence
RETURN k AS key, type, direction, evidence,
  o {.*, searchText: null, searchFolded: null,
    citationCount: COUNT { (:Document)-[:CITES]->(o) },
    superseding: [(o)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]} AS other
ORDER BY key, type, direction, other.key
