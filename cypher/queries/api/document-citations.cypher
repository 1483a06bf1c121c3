// Every citation in each document: one row per mention, with the instrument cited, in text order.
UNWIND $ids AS id
MATCH (d:Document {id: id})-[c:CITES]->(i:Instrument)
UNWIND range(0, size(coalesce(c.starts, [])) - 1) AS n
WITH id, d, i, c.starts[n] AS s, c.ends[n] AS e
RETURN id, s AS start, e AS end, substring(d.text, s, e - s) AS text, i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[x:REPLACES|REPEALS|AMENDS|SUSPENDS]-(xb:Instrument) | {type: type(x), date: coalesce(x.effectiveFrom, xb.effectiveFrom, xb.issuedOn), catalog: x.fromCatalog = true, partial: x.toPinpoints IS NOT NULL OR x.toPinpoint IS NOT NULL, by: xb.key, byLabel: xb.label}]} AS instrument
ORDER BY id, start
