// Creates or completes instruments. A document fills only what is missing (its own claims go on its CITES
// edge); the catalogue ($authoritative) overrides. Returns the resulting attributes to compute search text.
UNWIND $rows AS row
OPTIONAL MATCH (e:Instrument {key: row.key})
WITH row, e IS NULL AS created
MERGE (i:Instrument {key: row.key})
SET i.baseKey = row.baseKey,
    i.mergeGroup = row.mergeGroup,
    i.kind = coalesce(i.kind, row.kind),
    i.number = coalesce(i.number, row.number),
    i.symbol = coalesce(i.symbol, row.symbol),
    i.year = coalesce(i.year, row.year),
    i.term = coalesce(i.term, row.term),
    i.conference = coalesce(i.conference, row.conference),
    i.jurisdiction = coalesce(i.jurisdiction, row.jurisdiction),
    i.issuedOn = CASE WHEN $authoritative THEN coalesce(row.issuedOn, i.issuedOn) ELSE coalesce(i.issuedOn, row.issuedOn) END,
    i.title = CASE WHEN $authoritative THEN coalesce(row.title, i.title) ELSE coalesce(i.title, row.title) END,
    i.issuerName = CASE WHEN $authoritative THEN coalesce(row.issuerName, i.issuerName) ELSE coalesce(i.issuerName, row.issuerName) END,
    i.label = coalesce(i.label, row.label),
    i.fromCatalog = coalesce(i.fromCatalog, false) OR $fromCatalog,
    i.aliases = reduce(acc = coalesce(i.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
RETURN i.key AS key, created, i.kind AS kind, i.number AS number, i.symbol AS symbol, i.title AS title, i.label AS label,
       i.issuerName AS issuerName, i.conference AS conference, i.term AS term, i.aliases AS aliases
