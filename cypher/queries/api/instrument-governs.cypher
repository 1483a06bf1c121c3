// Actions and tasks each instrument explicitly backs (GOVERNS), in document order.
UNWIND $keys AS k
MATCH (:Instrument {key: k})-[:GOVERNS]->(a:Action)
WITH DISTINCT k, a
RETURN k AS key, a {.*, searchText: null, searchFolded: null} AS action
ORDER BY key, action.docId, action.start
