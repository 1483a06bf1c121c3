// After a document left: attributes of the instruments it touched come again from the claims that remain
// (oldest document first). Catalogue instruments keep the catalogue's values.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
WHERE NOT coalesce(i.fromCatalog, false)
OPTIONAL MATCH (d:Document)-[c:CITES]->(i)
WITH i, d, c ORDER BY d.ingestedAt, d.id
WITH i, collect(c.claimIssuedOn) AS dates, collect(c.claimTitle) AS titles, collect(c.claimIssuer) AS issuers
SET i.issuedOn = head(dates), i.title = head(titles), i.issuerName = head(issuers)
RETURN i.key AS key, i.kind AS kind, i.number AS number, i.symbol AS symbol, i.title AS title, i.label AS label,
       i.issuerName AS issuerName, i.conference AS conference, i.term AS term, i.aliases AS aliases
