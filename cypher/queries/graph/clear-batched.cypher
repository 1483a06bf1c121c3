// Empties the graph (schema and migration records stay) in batches, so a graph of any size can be cleared
// within the transaction memory limit. Auto-commit only (Graph.autoCommit): benchmarks reset with it.
MATCH (n) WHERE NOT n:SchemaMigration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
