// Product nodes in the graph (migration records, the ingest's merge locks, the catalogue's load records and the
// bundled data's load state do not count).
MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:MergeLock AND NOT n:CatalogSource AND NOT n:BundledLoad
RETURN count(n) AS count
