// instrument(ref:): the instruments a parsed reference can mean ("213-QĐ/TW", "Quy định 213", "qd 213").
// The number in the forms it may be stored in ("5", "05", "005": the index on number finds them); symbol, kind
// and year only when the reference gives them. $symbolFolded is the symbol lower-cased with đ→d, compared
// against the stored symbol treated the same way.
MATCH (i:Instrument)
WHERE i.number IN $numberForms
  AND ($symbolFolded IS NULL OR replace(toLower(coalesce(i.symbol, '')), 'đ', 'd') = $symbolFolded)
  AND (size($kinds) = 0 OR i.kind IN $kinds)
  AND ($year IS NULL OR i.year = $year)
RETURN i {.*, searchText: null, searchFolded: null,
  citationCount: COUNT { (:Document)-[:CITES]->(i) },
  superseding: [(i)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]} AS node
ORDER BY node.fromCatalog ASC, node.citationCount DESC, node.key
LIMIT 50
