// Actions and tasks each organisation performed (or is to perform), in document order; at most $cap each.
UNWIND $keys AS k
MATCH (org:Organization {key: k})
CALL (org) {
  MATCH (a:Action)-[:PERFORMED_BY]->(org)
  WITH DISTINCT a
  ORDER BY a.docId, a.start
  LIMIT $cap
  RETURN a
}
RETURN k AS key, a {.*, searchText: null, searchFolded: null} AS action
ORDER BY key, action.docId, action.start
