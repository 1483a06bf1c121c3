// Query.graph with no focus: the most connected instruments (links to other instruments plus citing
// documents), at most $limit of them, and how many instruments there are in all.
MATCH (i:Instrument)
WITH i, COUNT { (i)--(:Instrument) } + COUNT { (:Document)-[:CITES]->(i) } AS weight
ORDER BY weight DESC, i.key
WITH collect(i.key) AS keys
RETURN size(keys) AS total, keys[0..$limit] AS ids
