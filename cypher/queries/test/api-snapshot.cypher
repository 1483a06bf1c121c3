// Tests only (tests/api): a fingerprint of the whole graph (every node's labels and properties, every
// relationship's type, ends and properties), to prove a request changed nothing.
CALL {
  MATCH (n) WHERE NOT n:SchemaMigration
  WITH n ORDER BY elementId(n)
  RETURN collect([labels(n), properties(n)]) AS nodes
}
CALL {
  MATCH (a)-[r]->(b)
  WITH r, a, b ORDER BY elementId(r)
  RETURN collect([type(r), elementId(a), elementId(b), properties(r)]) AS rels
}
RETURN size(nodes) AS nodeCount, size(rels) AS relCount, nodes, rels
