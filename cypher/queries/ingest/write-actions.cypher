// Actions and tasks a document reports, who performs them, what backs them (GOVERNS: stated by the text)
// and what may back them (MAY_GOVERN: inferred, with score and reason, kept apart).
MATCH (d:Document {id: $docId})
UNWIND $actions AS a
MERGE (n:Action {id: a.id})
SET n.kind = a.kind, n.ordinal = a.ordinal, n.summary = a.summary, n.text = a.text, n.actorName = a.actorName,
    n.quantities = a.quantities, n.docId = $docId, n.start = a.start, n.end = a.end,
    n.searchText = a.searchText, n.searchFolded = a.searchFolded
MERGE (d)-[:REPORTS]->(n)
WITH n, a
CALL (n, a) {
  WITH a WHERE a.actorKey IS NOT NULL
  MATCH (o:Organization {key: a.actorKey})
  MERGE (n)-[p:PERFORMED_BY]->(o)
  SET p.docId = $docId
}
CALL (n, a) {
  UNWIND a.governs AS k
  MATCH (i:Instrument {key: k})
  MERGE (i)-[g:GOVERNS {docId: $docId}]->(n)
  SET g.sentence = a.text, g.start = a.start, g.end = a.end
}
CALL (n, a) {
  UNWIND a.mayGovern AS m
  MATCH (i:Instrument {key: m.key})
  MERGE (i)-[g:MAY_GOVERN]->(n)
  SET g.score = m.score, g.reason = m.reason, g.docId = $docId
}
RETURN count(n) AS written
