// The last step of Query.graph, Query.path and Trace.graph: the nodes in $ids in Cytoscape's terms, the edges
// among them (links stated by several documents collapsed, evidenceCount = how many), and for each node how
// many neighbours (by the same rules as graph-expand) were left out.
UNWIND $ids AS id
CALL {
  WITH id MATCH (n:Instrument {key: id}) RETURN n
  UNION WITH id MATCH (n:Action {id: id}) RETURN n
  UNION WITH id MATCH (n:Organization {key: id}) RETURN n
  UNION WITH id MATCH (n:Document {id: id}) RETURN n
}
CALL {
  WITH n, id
  OPTIONAL MATCH (n)-[r]-(m)
  WHERE (n:Instrument AND m:Instrument AND type(r) IN $relationTypes)
     OR (n:Instrument AND m:Action AND $includeActions AND (type(r) = 'GOVERNS' OR ($includeInferred AND type(r) = 'MAY_GOVERN')))
     OR (n:Action AND (type(r) = 'GOVERNS' OR type(r) = 'PERFORMED_BY' OR ($includeInferred AND type(r) = 'MAY_GOVERN')))
     OR (n:Organization AND id IN $focus AND (type(r) = 'ISSUED' OR ($includeActions AND type(r) = 'PERFORMED_BY')))
     OR (n:Document AND id IN $focus AND (m:Instrument OR ($includeActions AND type(r) = 'REPORTS')))
  WITH DISTINCT coalesce(m.key, m.id) AS mid
  WHERE mid IS NOT NULL AND NOT mid IN $ids
  RETURN count(mid) AS hidden
}
CALL {
  WITH n
  OPTIONAL MATCH (n)-[r]->(m)
  WHERE coalesce(m.key, m.id) IN $ids
    AND ((n:Instrument AND m:Instrument AND type(r) IN $relationTypes)
      OR type(r) IN ['GOVERNS', 'ISSUED', 'PERFORMED_BY', 'REPORTS']
      OR (n:Document AND type(r) = 'CITES')
      OR ($includeInferred AND type(r) = 'MAY_GOVERN'))
  WITH coalesce(m.key, m.id) AS target, type(r) AS type, count(r) AS evidenceCount, max(r.score) AS score, head(collect(r.reason)) AS reason
  WHERE target IS NOT NULL
  RETURN collect({target: target, type: type, evidenceCount: evidenceCount, score: score, reason: reason}) AS out
}
RETURN id, [l IN labels(n) WHERE l IN ['Instrument', 'Organization', 'Action', 'Document']][0] AS label, hidden, out,
  CASE
    WHEN n:Instrument THEN n {.key, .kind, .number, .symbol, .label, .title, .year, .issuedOn, .conference, .term,
      issuer: coalesce(head([(o:Organization)-[:ISSUED]->(n) | o.name]), n.issuerName),
      citationCount: COUNT { (:Document)-[:CITES]->(n) },
      superseding: [(n)<-[s:REPLACES|REPEALS|AMENDS|SUSPENDS]-(:Instrument) | type(s)]}
    WHEN n:Organization THEN n {.key, .name, .level}
    WHEN n:Document THEN n {.id, .title, .source, publishedOn: toString(n.publishedOn)}
    ELSE n {.id, .kind, .summary, .ordinal}
  END AS props
