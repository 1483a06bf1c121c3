// Query.actions: filter and one page in document order, with the total.
MATCH (a:Action)
WHERE (size($kinds) = 0 OR a.kind IN $kinds)
  AND ($document IS NULL OR a.docId = $document)
  AND ($backedBy IS NULL OR EXISTS { (:Instrument {key: $backedBy})-[:GOVERNS]->(a) })
  AND ($actor IS NULL OR EXISTS { (a)-[:PERFORMED_BY]->(:Organization {key: $actor}) })
  AND all(w IN $text WHERE a.searchFolded CONTAINS w)
WITH a ORDER BY a.docId, a.start, a.id
WITH collect(a) AS rows
RETURN size(rows) AS total, [a IN rows[$offset..$offset + $first + 1] | a {.*, searchText: null, searchFolded: null}] AS page
