// The document's instruments (created, re-keyed or completed: only the nodes whose attributes change, with the
// values ingest.ts computed under their merge locks, search text included), the document itself, what it cites
// and which organisations it names, and who issued what according to it. Returns how many CITES edges were
// written: fewer than $cites means a node read without lock was re-keyed or deleted meanwhile (retried).
// Its relationships are CREATEd: the document has none yet (fresh, or its contributions were just removed, in
// this transaction) and ingest.ts sends one row per edge; MERGE (g)-[:ISSUED {docId}]->(i) would scan every
// ISSUED edge between "Bộ Chính trị" and a popular instrument, one per citing document.
CALL () {
  UNWIND $rekeys AS r
  MATCH (n:Instrument {key: r.from})
  SET n.key = r.to,
      n.baseKey = r.baseKey,
      n.year = coalesce(n.year, r.year),
      n.jurisdiction = coalesce(n.jurisdiction, r.jurisdiction),
      n.formerKeys = coalesce(n.formerKeys, []) + r.from
}
CALL () {
  UNWIND $instruments AS row
  MERGE (i:Instrument {key: row.key})
  SET i += row.props
}
MATCH (d:Document {id: $doc.id})
SET d.title = $doc.title, d.source = $doc.source, d.publishedOn = $doc.publishedOn, d.text = $doc.text,
    d.searchText = $doc.searchText, d.searchFolded = $doc.searchFolded
WITH d
CALL (d) {
  UNWIND $cites AS c
  MATCH (i:Instrument {key: c.key})
  CREATE (d)-[:CITES {count: c.count, starts: c.starts, ends: c.ends, claimIssuedOn: c.issuedOn, claimTitle: c.title, claimIssuer: c.issuer}]->(i)
  RETURN count(*) AS cited
}
CALL (d) {
  UNWIND $orgs AS o
  MERGE (g:Organization {key: o.key})
  ON CREATE SET g.name = o.name, g.level = o.level, g.searchText = o.searchText, g.searchFolded = o.searchFolded
  WITH d, g, o
  WHERE o.mentioned
  CREATE (d)-[:MENTIONS {count: size(o.starts), starts: o.starts, ends: o.ends}]->(g)
}
CALL (d) {
  UNWIND $issued AS x
  MATCH (g:Organization {key: x.orgKey}), (i:Instrument {key: x.key})
  CREATE (g)-[:ISSUED {docId: d.id, sentence: x.sentence, start: x.start, end: x.end, citeStart: x.citeStart, citeEnd: x.citeEnd}]->(i)
}
RETURN cited
