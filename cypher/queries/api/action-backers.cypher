// The instruments that explicitly back each action (GOVERNS), with the evidence of each document that says so.
UNWIND $ids AS id
MATCH (i:Instrument)-[g:GOVERNS]->(:Action {id: id})
WITH id, i, collect(g {.docId, .sentence, .start, .end, .citeStart, .citeEnd}) AS evidence
RETURN id, evidence, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]} AS instrument
ORDER BY id, instrument.key
