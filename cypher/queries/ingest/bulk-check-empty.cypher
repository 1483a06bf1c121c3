// Before a bulk load: it needs a store without documents (catalogue instruments may be there), and starts
// from every instrument node already in it.
CALL () {
  MATCH (n:Instrument)
  RETURN collect(n {.key, .baseKey, .mergeGroup, .kind, .number, .symbol, .year, .term, .conference, .jurisdiction, .issuedOn,
                    .title, .issuerName, .label, .fromCatalog, .aliases, .searchText, .searchFolded}) AS nodes
}
RETURN EXISTS { MATCH (:Document) } AS hasDocuments, nodes
