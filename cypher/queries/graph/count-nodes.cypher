// Product nodes in the graph (migration records and the ingest's merge locks do not count).
MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:MergeLock RETURN count(n) AS count
