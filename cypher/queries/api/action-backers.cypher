// The instruments that explicitly back each action (GOVERNS), with the evidence of each document that says so.
UNWIND $ids AS id
MATCH (i:Instrument)-[g:GOVERNS]->(:Action {id: id})
WITH id, i, collect(g {.docId, .sentence, .start, .end, .citeStart, .citeEnd}) AS evidence
RETURN id, evidence, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS instrument
ORDER BY id, instrument.key
