// The per-request action loader.
UNWIND $ids AS id
MATCH (a:Action {id: id})
RETURN id, a {.*, searchText: null, searchFolded: null} AS node
