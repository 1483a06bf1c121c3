// The document itself, what it cites and which organisations it names, who issued what according to it, and
// the search text of the instruments it wrote ($search: computed in TypeScript, folding needs fold()).
MATCH (d:Document {id: $doc.id})
SET d.title = $doc.title, d.source = $doc.source, d.publishedOn = $doc.publishedOn, d.text = $doc.text,
    d.searchText = $doc.searchText, d.searchFolded = $doc.searchFolded
WITH d
CALL (d) {
  UNWIND $cites AS c
  MATCH (i:Instrument {key: c.key})
  MERGE (d)-[r:CITES]->(i)
  SET r.count = c.count, r.starts = c.starts, r.ends = c.ends,
      r.claimIssuedOn = c.issuedOn, r.claimTitle = c.title, r.claimIssuer = c.issuer
}
CALL (d) {
  UNWIND $orgs AS o
  MERGE (g:Organization {key: o.key})
  ON CREATE SET g.name = o.name, g.level = o.level, g.searchText = o.searchText, g.searchFolded = o.searchFolded
  WITH d, g, o
  WHERE o.mentioned
  MERGE (d)-[m:MENTIONS]->(g)
  SET m.count = size(o.starts), m.starts = o.starts, m.ends = o.ends
}
CALL (d) {
  UNWIND $issued AS x
  MATCH (g:Organization {key: x.orgKey}), (i:Instrument {key: x.key})
  MERGE (g)-[r:ISSUED {docId: d.id}]->(i)
  SET r.sentence = x.sentence, r.start = x.start, r.end = x.end, r.citeStart = x.citeStart, r.citeEnd = x.citeEnd
}
CALL {
  UNWIND $search AS s
  MATCH (i:Instrument {key: s.key})
  SET i.searchText = s.searchText, i.searchFolded = s.searchFolded
}
RETURN d.id AS id
