// Instrument.history: the changes made to each instrument of $keys — amended (supplemented), repealed, replaced,
// suspended, corrected — one row per acting instrument and type, with the articles named at both ends, the date
// (the change's own effective date, else the acting instrument's effective or issuing date), where it is known
// from (the catalogue, or the documents stating it, with their sentences), oldest first.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})<-[r:AMENDS|REPEALS|REPLACES|SUSPENDS|CORRECTS]-(b:Instrument)
WITH k, b, type(r) AS type, r
WITH k, b, type,
  max(coalesce(r.supplements, false)) AS supplements,
  min(toString(coalesce(r.effectiveFrom, b.effectiveFrom, b.issuedOn))) AS date,
  collect(r) AS rels
RETURN k AS key, type, supplements, date,
  reduce(acc = [], r IN rels | acc + [p IN coalesce(r.fromPinpoints, CASE WHEN r.fromPinpoint IS NULL THEN [] ELSE [r.fromPinpoint] END) WHERE NOT p IN acc]) AS byPinpoints,
  reduce(acc = [], r IN rels | acc + [p IN coalesce(r.toPinpoints, CASE WHEN coalesce(r.toPinpoint, r.pinpoint) IS NULL THEN [] ELSE [coalesce(r.toPinpoint, r.pinpoint)] END) WHERE NOT p IN acc]) AS pinpoints,
  any(r IN rels WHERE coalesce(r.source, '') IN ['catalog', 'phapdien']) AS fromCatalog,
  head([r IN rels WHERE r.docId IS NOT NULL | r.docId]) AS docId,
  [r IN rels WHERE r.docId IS NOT NULL AND r.sentence IS NOT NULL | r {.docId, .sentence, .start, .end, .citeStart, .citeEnd}] AS evidence,
  b {.*, searchText: null, searchFolded: null,
    citationCount: COUNT { (:Document)-[:CITES]->(b) },
    superseding: [(b)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]} AS by
ORDER BY key, date IS NULL, date, by.key, type
