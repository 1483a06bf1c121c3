// instrument.citedBy: a page of the documents that cite each instrument, ordered by id, with the total.
// $requests: [{key, offset, first}], one per (instrument, page) asked in this request.
UNWIND $requests AS q
MATCH (i:Instrument {key: q.key})
CALL {
  WITH i
  MATCH (d:Document)-[:CITES]->(i)
  WITH d ORDER BY d.id
  RETURN collect(d {.id, .title, .source, publishedOn: toString(d.publishedOn), ingestedAt: toString(d.ingestedAt)}) AS docs
}
RETURN q.key AS key, q.offset AS offset, q.first AS first, size(docs) AS total,
  docs[q.offset..q.offset + q.first + 1] AS page
