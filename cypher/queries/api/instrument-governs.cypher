// Actions and tasks each instrument explicitly backs (GOVERNS), in document order; at most $cap per instrument.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
CALL (i) {
  MATCH (i)-[:GOVERNS]->(a:Action)
  WITH DISTINCT a
  ORDER BY a.docId, a.start
  LIMIT $cap
  RETURN a
}
RETURN k AS key, a {.*, searchText: null, searchFolded: null} AS action
ORDER BY key, action.docId, action.start
