// Live actions and tasks that would be affected if an instrument changed: those it governs, and those governed
// by instruments that implement, guide or continue it (up to three steps), skipping instruments that have
// themselves been replaced or repealed. At most $cap per instrument.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
CALL (i) {
  MATCH (i)<-[:IMPLEMENTS|GUIDES|CONTINUES*0..3]-(j:Instrument)-[:GOVERNS]->(a:Action)
  WHERE j = i OR NOT EXISTS { (j)<-[:REPLACES|REPEALS]-(:Instrument) }
  WITH DISTINCT a
  ORDER BY a.docId, a.start
  LIMIT $cap
  RETURN a
}
RETURN k AS key, a {.*, searchText: null, searchFolded: null} AS action
ORDER BY key, action.docId, action.start
