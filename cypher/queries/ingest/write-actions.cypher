// Actions and tasks documents report (each row carries its document's id), who performs them, what backs
// them (GOVERNS: stated by the text) and what may back them (MAY_GOVERN: inferred, with score and reason,
// kept apart). The actions are new (their ids start with the document id) and the rows unique (rows.ts), so
// the actions and their relationships are CREATEd.
UNWIND $actions AS a
MATCH (d:Document {id: a.docId})
CREATE (n:Action {id: a.id})
SET n.kind = a.kind, n.ordinal = a.ordinal, n.summary = a.summary, n.text = a.text, n.actorName = a.actorName,
    n.quantities = a.quantities, n.docId = a.docId, n.start = a.start, n.end = a.end,
    n.searchText = a.searchText, n.searchFolded = a.searchFolded
CREATE (d)-[:REPORTS]->(n)
WITH n, a
CALL (n, a) {
  WITH a WHERE a.actorKey IS NOT NULL
  MATCH (o:Organization {key: a.actorKey})
  CREATE (n)-[:PERFORMED_BY {docId: a.docId}]->(o)
}
CALL (n, a) {
  UNWIND a.governs AS k
  MATCH (i:Instrument {key: k})
  CREATE (i)-[:GOVERNS {docId: a.docId, sentence: a.text, start: a.start, end: a.end}]->(n)
}
CALL (n, a) {
  UNWIND a.mayGovern AS m
  MATCH (i:Instrument {key: m.key})
  CREATE (i)-[:MAY_GOVERN {score: m.score, reason: m.reason, docId: a.docId}]->(n)
}
RETURN count(n) AS written
