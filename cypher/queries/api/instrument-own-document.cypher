// The document that is each instrument's own text (its CITES edge marked `own` by the ingest); the latest added
// when several versions are.
UNWIND $keys AS key
MATCH (d:Document)-[:CITES {own: true}]->(:Instrument {key: key})
WITH key, d
ORDER BY d.ingestedAt DESC
WITH key, collect(d)[0] AS d
RETURN key, d {.id, .title, .source, publishedOn: toString(d.publishedOn), ingestedAt: toString(d.ingestedAt)} AS node
