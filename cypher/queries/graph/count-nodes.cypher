// Product nodes in the graph (migration records do not count).
MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS count
