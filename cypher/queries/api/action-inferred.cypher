// Inferred backing proposed for each action (MAY_GOVERN), best score first.
UNWIND $ids AS id
MATCH (i:Instrument)-[m:MAY_GOVERN]->(:Action {id: id})
RETURN id, m.score AS score, m.reason AS reason, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS instrument
ORDER BY id, score DESC, instrument.key
