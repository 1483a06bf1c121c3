// Inferred backing proposed for each action (MAY_GOVERN), best score first.
UNWIND $ids AS id
MATCH (i:Instrument)-[m:MAY_GOVERN]->(:Action {id: id})
RETURN id, m.score AS score, m.reason AS reason, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]} AS instrument
ORDER BY id, score DESC, instrument.key
