// First statement of a batch's transaction: creates or locks the node of each document ($docs: id, source;
// ids distinct, sources distinct), so two ingests of the same text serialise here and the second one sees
// `fresh = false`. Also returns, per document, the earlier versions of its file (documents from the same
// source path, may be null, with other content) and, read without any lock, the instruments the batch's
// mentions may join: every node of their merge groups ($groups) and any node with their keys ($keys) or, for a
// catalogue law cited by title and year, their titleKey, with
// the attributes the ingest compares against (identity.ts planInstruments). Merge groups are locked
// afterwards, only where the batch would create, re-key or change a node.
CALL () {
  UNWIND $docs AS x
  MERGE (d:Document {id: x.id})
  WITH x, d, d.ingestedAt IS NULL AS fresh
  SET d.ingestedAt = coalesce(d.ingestedAt, datetime())
  WITH x, fresh
  OPTIONAL MATCH (o:Document {source: x.source})
  WHERE o.id <> x.id
  WITH x, fresh, collect(o.id) AS replaced
  RETURN collect({id: x.id, fresh: fresh, replaced: replaced}) AS docs
}
CALL () {
  CALL () {
    UNWIND $groups AS g
    MATCH (n:Instrument {mergeGroup: g})
    RETURN n
    UNION
    UNWIND $keys AS k
    MATCH (n:Instrument {key: k})
    RETURN n
    UNION
    UNWIND $keys AS k
    MATCH (n:Instrument {titleKey: k})
    RETURN n
  }
  RETURN collect(n {.key, .baseKey, .mergeGroup, .kind, .number, .symbol, .year, .term, .conference, .jurisdiction, .issuedOn,
                    .title, .issuerName, .label, .fromCatalog, .aliases, .searchText, .searchFolded, .titleKey}) AS candidates
}
RETURN docs, candidates
