// The document itself, what it cites and which organisations it names, who issued what according to it, and
// the search text of the instruments it wrote ($search: computed in TypeScript, folding needs fold()).
// Its relationships are CREATEd: the document has none yet (fresh, or its contributions were just removed, in
// this transaction) and ingest.ts sends one row per edge; MERGE (g)-[:ISSUED {docId}]->(i) would scan every
// ISSUED edge between "Bộ Chính trị" and a popular instrument, one per citing document.
MATCH (d:Document {id: $doc.id})
SET d.title = $doc.title, d.source = $doc.source, d.publishedOn = $doc.publishedOn, d.text = $doc.text,
    d.searchText = $doc.searchText, d.searchFolded = $doc.searchFolded
WITH d
CALL (d) {
  UNWIND $cites AS c
  MATCH (i:Instrument {key: c.key})
  CREATE (d)-[:CITES {count: c.count, starts: c.starts, ends: c.ends, claimIssuedOn: c.issuedOn, claimTitle: c.title, claimIssuer: c.issuer}]->(i)
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
CALL {
  UNWIND $search AS s
  MATCH (i:Instrument {key: s.key})
  SET i.searchText = s.searchText, i.searchFolded = s.searchFolded
}
RETURN d.id AS id
