// First statement of a document's transaction: creates or locks its node, so two ingests of the same text
// serialise here and the second one sees `fresh = false`. Also returns the earlier versions of the file
// (documents from the same source path $source, may be null, with other content) and, read without any lock,
// the instruments the document's mentions may join: every node of their merge groups ($groups) and any node
// with their keys ($keys) or, for a catalogue law cited by title and year, their titleKey, with the attributes
// the ingest compares against (ingest.ts planInstruments). Merge groups are locked afterwards, only where the
// document would create, re-key or change a node.
MERGE (d:Document {id: $id})
WITH d, d.ingestedAt IS NULL AS fresh
SET d.ingestedAt = coalesce(d.ingestedAt, datetime())
WITH fresh
OPTIONAL MATCH (o:Document {source: $source})
WHERE o.id <> $id
WITH fresh, collect(o.id) AS replaced
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
RETURN fresh, replaced, candidates
