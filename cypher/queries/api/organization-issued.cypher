// Instruments each organisation issued, newest first.
UNWIND $keys AS k
MATCH (:Organization {key: k})-[:ISSUED]->(i:Instrument)
WITH DISTINCT k, i
RETURN k AS key, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS instrument
ORDER BY key, instrument.issuedOn DESC, instrument.key
