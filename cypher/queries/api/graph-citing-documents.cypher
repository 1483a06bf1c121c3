// Query.graph with includeDocuments: the documents citing any of the instruments $ids, those citing the most of
// them first, at most $limit; and how many there are in all (the overview says how many it leaves out).
UNWIND $ids AS id
MATCH (d:Document)-[:CITES]->(:Instrument {key: id})
WITH d, count(*) AS cited
ORDER BY cited DESC, d.id
WITH collect(d.id) AS docs
RETURN size(docs) AS total, docs[0..$limit] AS ids
