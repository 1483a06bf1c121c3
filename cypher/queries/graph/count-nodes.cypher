// Product nodes in the graph (migration records, the ingest's merge locks and the catalogue's load records do
// not count).
MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:MergeLock AND NOT n:CatalogSource RETURN count(n) AS count
