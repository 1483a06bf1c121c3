// How many catalogue instruments documents cite (the nodes a text's citations joined): known from the
// catalogue and with at least one CITES edge from a document.
MATCH (i:Instrument)
WHERE i.fromCatalog AND EXISTS { (:Document)-[:CITES]->(i) }
RETURN count(i) AS joined
