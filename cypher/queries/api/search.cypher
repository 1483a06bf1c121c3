// Query.search: the full-text index over folded and exact text. $lucene is built by the API from the folded
// query words, each escaped, exact-diacritic matches boosted; $labels limits the node types (empty: all).
CALL db.index.fulltext.queryNodes('search_all', $lucene) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score LIMIT toInteger($first)
RETURN score, [l IN labels(node) WHERE l IN ['Instrument', 'Organization', 'Action', 'Document']][0] AS label,
  CASE
    WHEN node:Instrument THEN node {.*, searchText: null, searchFolded: null,
      citationCount: COUNT { (:Document)-[:CITES]->(node) },
      superseding: [(node)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]}
    WHEN node:Organization THEN node {.key, .name, .level,
      mentionCount: reduce(s = 0, c IN [(:Document)-[m:MENTIONS]->(node) | coalesce(m.count, 1)] | s + c)}
    WHEN node:Document THEN node {.id, .title, .source, publishedOn: toString(node.publishedOn), ingestedAt: toString(node.ingestedAt)}
    ELSE node {.*, searchText: null, searchFolded: null}
  END AS node
