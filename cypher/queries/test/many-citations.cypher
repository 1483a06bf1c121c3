// Tests and benches only: $docs documents, each citing the instrument $key $perDoc times ("Quy định số
// 213-QĐ/TW." repeated), as the ingest would have written them: an instrument cited $docs × $perDoc times.
MATCH (i:Instrument {key: $key})
UNWIND range(1, $docs) AS n
WITH i, n, 'Quy định số 213-QĐ/TW được quán triệt. ' AS sentence
WITH i, n, sentence, reduce(t = '', _ IN range(1, $perDoc) | t + sentence) AS text
CREATE (d:Document {id: 'many-' + toString(n), title: 'Văn bản dẫn ' + toString(n), source: 'many/' + toString(n) + '.txt',
  text: text, publishedOn: date('2024-01-01'), ingestedAt: datetime(), searchText: '', searchFolded: ''})
CREATE (d)-[:CITES {count: $perDoc, starts: [k IN range(0, $perDoc - 1) | k * size(sentence)],
  ends: [k IN range(0, $perDoc - 1) | k * size(sentence) + 21]}]->(i)
RETURN count(d) AS documents
