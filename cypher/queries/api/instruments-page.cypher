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
// $statuses: the status at $statusAt by the rule of server/catalog/status.ts (a test keeps the two equal):
// not yet in force before the effective (else issue) date; then the strongest relation in effect by then
// (REPLACES 1, whole REPEALS 2, SUSPENDS 3, REPEALS naming articles 4, AMENDS 5; undated ones count);
// else in force when an effective date is known; else unknown.
WITH i, CASE WHEN size($statuses) = 0 THEN null ELSE
    [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(b:Instrument)
      WHERE coalesce(s.effectiveFrom, b.effectiveFrom, b.issuedOn) IS NULL OR coalesce(s.effectiveFrom, b.effectiveFrom, b.issuedOn) <= $statusAt
      | CASE type(s) WHEN 'REPLACES' THEN 1 WHEN 'SUSPENDS' THEN 3 WHEN 'AMENDS' THEN 5
          ELSE CASE WHEN s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL THEN 4 ELSE 2 END END] END AS ranks
WITH i, CASE
    WHEN ranks IS NULL THEN null
    WHEN i.effectiveFrom IS NOT NULL AND $statusAt < i.effectiveFrom THEN 'NOT_YET_IN_FORCE'
    WHEN i.effectiveFrom IS NULL AND i.issuedOn IS NOT NULL AND $statusAt < i.issuedOn THEN 'NOT_YET_IN_FORCE'
    WHEN size(ranks) > 0 THEN ['REPLACED', 'REPEALED', 'SUSPENDED', 'PARTLY_REPEALED', 'AMENDED'][reduce(m = 9, r IN ranks | CASE WHEN r < m THEN r ELSE m END) - 1]
    WHEN i.effectiveFrom IS NOT NULL THEN 'IN_FORCE'
    ELSE 'UNKNOWN' END AS status
WHERE status IS NULL OR status IN $statuses
WITH i, CASE $field
    WHEN 'CITATION_COUNT' THEN COUNT { (:Document)-[:CITES]->(i) }
    WHEN 'KEY' THEN i.key
    WHEN 'TITLE' THEN toLower(i.title)
    ELSE i.issuedOn END AS sortKey
ORDER BY sortKey IS NULL, CASE WHEN $desc THEN null ELSE sortKey END ASC, CASE WHEN $desc THEN sortKey ELSE null END DESC, i.key
WITH collect(i) AS rows
RETURN size(rows) AS total, [i IN rows[$offset..$offset + $first + 1] | i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]}] AS page
