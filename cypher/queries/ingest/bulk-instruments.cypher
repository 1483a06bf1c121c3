// Bulk load (an empty store, one loader): the instruments of a batch of documents, with the values the
// loader's in-memory merge state computed (identity.ts), committed every 1,000 rows. Needs an auto-commit
// transaction (Graph.autoCommit); works on any Neo4j 5, a cluster's leader included.
UNWIND $instruments AS row
CALL (row) {
  MERGE (i:Instrument {key: row.key})
  SET i += row.props
} IN TRANSACTIONS OF 1000 ROWS
