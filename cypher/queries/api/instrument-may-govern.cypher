// Inferred backing proposed for each instrument (MAY_GOVERN), best score first.
UNWIND $keys AS k
MATCH (:Instrument {key: k})-[m:MAY_GOVERN]->(a:Action)
RETURN k AS key, a {.*, searchText: null, searchFolded: null} AS action, m.score AS score, m.reason AS reason
ORDER BY key, score DESC, action.id
