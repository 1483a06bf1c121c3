// Catalogue events between catalogue instruments: (amending)-[:AMENDS|REPEALS]->(amended), one relationship
// per catalogue event id (type, both instruments, effective date). `source` names the catalogue, `fromCatalog`
// marks it; `fromPinpoints` are the amending instrument's articles, `toPinpoints` the changed articles,
// `supplements` true when content was added ("được bổ sung"), `notes` how many official notes state it.
// No docId: these are never document evidence.
UNWIND $rows AS row
MATCH (f:Instrument {key: row.from})
MATCH (t:Instrument {key: row.to})
FOREACH (_ IN CASE WHEN row.type = 'AMENDS' THEN [1] ELSE [] END |
  MERGE (f)-[r:AMENDS {catalogId: row.id}]->(t)
  SET r.source = $source, r.fromCatalog = true, r.effectiveFrom = row.effectiveFrom, r.supplements = row.supplements,
      r.fromPinpoints = row.fromPinpoints, r.toPinpoints = row.toPinpoints, r.notes = row.notes)
FOREACH (_ IN CASE WHEN row.type = 'REPEALS' THEN [1] ELSE [] END |
  MERGE (f)-[r:REPEALS {catalogId: row.id}]->(t)
  SET r.source = $source, r.fromCatalog = true, r.effectiveFrom = row.effectiveFrom, r.supplements = false,
      r.fromPinpoints = row.fromPinpoints, r.toPinpoints = row.toPinpoints, r.notes = row.notes)
