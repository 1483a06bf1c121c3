// Actions and tasks each document reports, in text order; at most $cap per document.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:REPORTS]->(a:Action)
  WITH a ORDER BY a.start
  LIMIT $cap
  RETURN a
}
RETURN id, a {.*, searchText: null, searchFolded: null} AS action
ORDER BY id, action.start
