// Instruments each organisation issued, newest first.
UNWIND $keys AS k
MATCH (:Organization {key: k})-[:ISSUED]->(i:Instrument)
WITH DISTINCT k, i
RETURN k AS key, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]} AS instrument
ORDER BY key, instrument.issuedOn DESC, instrument.key
