// Instrument.history and statusDetail: every relation by which another instrument replaced, amended, repealed
// or suspended each instrument of $keys: catalogue events (fromCatalog, with their dates and articles) and
// links documents state (with their evidence). The API groups document links by type and acting instrument.
UNWIND $keys AS k
MATCH (:Instrument {key: k})<-[r:REPLACES|AMENDS|REPEALS|SUSPENDS]-(b:Instrument)
RETURN k AS key, type(r) AS type, r.fromCatalog = true AS fromCatalog, r.source AS source,
  coalesce(r.supplements, false) AS supplements,
  coalesce(r.effectiveFrom, b.effectiveFrom, b.issuedOn) AS date,
  coalesce(r.fromPinpoints, CASE WHEN r.fromPinpoint IS NULL THEN [] ELSE [r.fromPinpoint] END) AS byPinpoints,
  coalesce(r.toPinpoints, CASE WHEN r.toPinpoint IS NULL THEN [] ELSE [r.toPinpoint] END) AS pinpoints,
  CASE WHEN r.docId IS NULL THEN null ELSE r {.docId, .sentence, .start, .end, .citeStart, .citeEnd, pinpoint: r.toPinpoint} END AS evidence,
  b {.*, searchText: null, searchFolded: null,
    citationCount: COUNT { (:Document)-[:CITES]->(b) },
    superseding: [(b)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s),
      date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true,
      partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS by
ORDER BY key, date IS NULL, date, type, by.key
