// Actions and tasks each document reports, in text order.
UNWIND $ids AS id
MATCH (:Document {id: id})-[:REPORTS]->(a:Action)
RETURN id, a {.*, searchText: null, searchFolded: null} AS action
ORDER BY id, action.start
