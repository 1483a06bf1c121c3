// Query.instruments: filter, order and one page, with the total. Filters that are null or empty do not apply.
// $text is a list of folded words that must all occur in searchFolded ("nghi quyet 18" → three words).
// Order: $field is ISSUED_ON | CITATION_COUNT | KEY | TITLE, $desc a boolean; missing values sort last either
// way and the key breaks ties, so pages are stable.
MATCH (i:Instrument)
WHERE (size($kinds) = 0 OR i.kind IN $kinds OR toLower(i.kind) IN $kindsLower)
  AND (size($symbols) = 0 OR i.symbol IN $symbols OR replace(toLower(coalesce(i.symbol, '')), 'đ', 'd') IN $symbolsFolded)
  AND ($yearFrom IS NULL OR i.year >= $yearFrom)
  AND ($yearTo IS NULL OR i.year <= $yearTo)
  AND ($jurisdiction IS NULL OR toLower(coalesce(i.jurisdiction, '')) = $jurisdiction)
  AND (size($issuers) = 0 OR toLower(coalesce(i.issuerName, '')) IN $issuers
       OR EXISTS { MATCH (o:Organization)-[:ISSUED]->(i) WHERE o.key IN $issuerKeys OR toLower(o.name) IN $issuers })
  AND all(w IN $text WHERE i.searchFolded CONTAINS w)
WITH i, CASE $field
    WHEN 'CITATION_COUNT' THEN COUNT { (:Document)-[:CITES]->(i) }
    WHEN 'KEY' THEN i.key
    WHEN 'TITLE' THEN toLower(i.title)
    ELSE i.issuedOn END AS sortKey
ORDER BY sortKey IS NULL, CASE WHEN $desc THEN null ELSE sortKey END ASC, CASE WHEN $desc THEN sortKey ELSE null END DESC, i.key
WITH collect(i) AS rows
RETURN size(rows) AS total, [i IN rows[$offset..$offset + $first + 1] | i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]}] AS page
