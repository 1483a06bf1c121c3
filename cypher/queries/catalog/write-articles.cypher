// The codified articles of catalogue instruments: one (:Article) per article of its instrument, linked by
// PART_OF, with where the codification places it (codifiedAs, topic), its heading there and its official
// address. `source` names the catalogue. Rows whose instrument is not in the graph are skipped.
UNWIND $rows AS row
MATCH (i:Instrument {key: row.instrument})
MERGE (a:Article {key: row.key})
SET a.article = row.article, a.number = row.number, a.heading = row.heading, a.codifiedAs = row.codifiedAs,
    a.topic = row.topic, a.officialUrl = row.officialUrl, a.source = $source, a.ordinal = row.ordinal
MERGE (a)-[:PART_OF]->(i)
