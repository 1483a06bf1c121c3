// Inferred backing proposed for each instrument (MAY_GOVERN), best score first; at most $cap per instrument.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
CALL (i) {
  MATCH (i)-[m:MAY_GOVERN]->(a:Action)
  WITH a, m ORDER BY m.score DESC, a.id
  LIMIT $cap
  RETURN a, m
}
RETURN k AS key, a {.*, searchText: null, searchFolded: null} AS action, m.score AS score, m.reason AS reason
ORDER BY key, score DESC, action.id
