// Tests only: empty the graph between test files, keeping the migration records (the schema stays anyway).
MATCH (n) WHERE NOT n:SchemaMigration
DETACH DELETE n
