// The last step of Query.graph, Query.path and Trace.graph: the nodes in $ids in Cytoscape's terms, the edges
// among them (links stated by several documents collapsed, evidenceCount = how many), and for each node how
// many links of the kinds the canvas shows it has in all (`links`; the API subtracts those drawn to tell how
// many are hidden). Counting by relationship type lets Neo4j read a dense node's degree instead of walking
// its 27,000 relationships; membership is checked on the nodes themselves, not on their key properties.
// Each edge comes back once, on the row of the node it was read from.
UNWIND $ids AS id
CALL {
  WITH id MATCH (n:Instrument {key: id}) RETURN n
  UNION WITH id MATCH (n:Action {id: id}) RETURN n
  UNION WITH id MATCH (n:Organization {key: id}) RETURN n
  UNION WITH id MATCH (n:Document {id: id}) RETURN n
}
WITH collect(n) AS nodes
UNWIND nodes AS n
CALL {
  // each link is read from its end with the fewer relationships of that type (an action has one or two
  // backers, an instrument may back ten thousand actions), with typed patterns Neo4j can follow directly
  WITH n, nodes
  CALL {
    WITH n, nodes
    MATCH (n:Instrument)-[r:REPLACES|AMENDS|REPEALS|GUIDES|IMPLEMENTS|CONTINUES|BASED_ON|SUMMARIZES|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]->(m:Instrument)
    WHERE type(r) IN $relationTypes AND m IN nodes
    RETURN n AS s, m AS t, r
    UNION
    WITH n, nodes
    MATCH (n:Action)<-[r:GOVERNS|MAY_GOVERN]-(m)
    WHERE m IN nodes AND (type(r) = 'GOVERNS' OR $includeInferred)
    RETURN m AS s, n AS t, r
    UNION
    WITH n, nodes
    MATCH (n:Action)-[r:PERFORMED_BY]->(m)
    WHERE m IN nodes
    RETURN n AS s, m AS t, r
    UNION
    WITH n, nodes
    MATCH (n:Action)<-[r:REPORTS]-(m)
    WHERE m IN nodes
    RETURN m AS s, n AS t, r
    UNION
    WITH n, nodes
    MATCH (n:Instrument)<-[r:ISSUED]-(m)
    WHERE m IN nodes
    RETURN m AS s, n AS t, r
    UNION
    WITH n, nodes
    MATCH (n:Document)-[r:CITES]->(m)
    WHERE m IN nodes
    RETURN n AS s, m AS t, r
  }
  // catalogue relations (fromCatalog) are not stated by a document: they count in `catalog`, not in evidenceCount
  WITH s, t, type(r) AS type, sum(CASE WHEN r.fromCatalog = true THEN 0 ELSE 1 END) AS evidenceCount,
    sum(CASE WHEN r.fromCatalog = true THEN 1 ELSE 0 END) AS catalog, max(r.score) AS score, head(collect(r.reason)) AS reason,
    min(r.effectiveFrom) AS effectiveFrom, collect(r.toPinpoints) AS pinpointLists, collect(r.toPinpoint) AS pinpoints
  RETURN collect({source: coalesce(s.key, s.id), target: coalesce(t.key, t.id), type: type, evidenceCount: evidenceCount, score: score, reason: reason,
    catalog: catalog, effectiveFrom: effectiveFrom, pinpoints: pinpoints + reduce(acc = [], l IN pinpointLists | acc + l)}) AS edges
}
RETURN coalesce(n.key, n.id) AS id, [l IN labels(n) WHERE l IN ['Instrument', 'Organization', 'Action', 'Document']][0] AS label, edges,
  CASE
    WHEN n:Instrument THEN COUNT { (n)-[:REPLACES|AMENDS|REPEALS|GUIDES|IMPLEMENTS|CONTINUES|BASED_ON|SUMMARIZES|CONSOLIDATES|CORRECTS|SUSPENDS]-() }
      + COUNT { (n)-[:CITES]-(:Instrument) }
      + CASE WHEN $includeActions THEN COUNT { (n)-[:GOVERNS]->() } ELSE 0 END
      + CASE WHEN $includeActions AND $includeInferred THEN COUNT { (n)-[:MAY_GOVERN]->() } ELSE 0 END
    WHEN n:Action THEN COUNT { (n)<-[:GOVERNS]-() } + COUNT { (n)-[:PERFORMED_BY]->() } + CASE WHEN $includeInferred THEN COUNT { (n)<-[:MAY_GOVERN]-() } ELSE 0 END
    WHEN n:Organization THEN COUNT { (n)-[:ISSUED]->() } + CASE WHEN $includeActions THEN COUNT { (n)<-[:PERFORMED_BY]-() } ELSE 0 END
    ELSE COUNT { (n)-[:CITES]->() } + CASE WHEN $includeActions THEN COUNT { (n)-[:REPORTS]->() } ELSE 0 END
  END AS links,
  CASE
    WHEN n:Instrument THEN n {.key, .kind, .number, .symbol, .label, .title, .year, .issuedOn, .conference, .term, .effectiveFrom, .catalogSources,
      issuer: coalesce(head([(o:Organization)-[:ISSUED]->(n) | o.name]), n.issuerName),
      citationCount: COUNT { (:Document)-[:CITES]->(n) },
      superseding: [(n)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(sb:Instrument) | {type: type(s), date: coalesce(s.effectiveFrom, sb.effectiveFrom, sb.issuedOn), catalog: s.fromCatalog = true, partial: s.toPinpoints IS NOT NULL OR s.toPinpoint IS NOT NULL, by: sb.key, byLabel: sb.label}]}
    WHEN n:Organization THEN n {.key, .name, .level}
    WHEN n:Document THEN n {.id, .title, .source, publishedOn: toString(n.publishedOn)}
    ELSE n {.id, .kind, .summary, .ordinal}
  END AS props
