// Actions and tasks each organisation performed (or is to perform), in document order.
UNWIND $keys AS k
MATCH (a:Action)-[:PERFORMED_BY]->(:Organization {key: k})
WITH DISTINCT k, a
RETURN k AS key, a {.*, searchText: null, searchFolded: null} AS action
ORDER BY key, action.docId, action.start
