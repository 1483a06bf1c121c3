// The batch's instruments (created, re-keyed or completed: only the nodes whose attributes change, with the
// values identity.ts computed under their merge locks, search text included), then for each document of
// $docs: the node itself, what it cites, which organisations it names, and who issued what according to it.
// Returns how many CITES edges were written: fewer than the rows sent means a node read without lock was
// re-keyed or deleted meanwhile (retried with every group locked).
// Its relationships are CREATEd: the documents have none yet (fresh, or their contributions were just removed
// in this transaction) and ingest.ts sends one row per edge; MERGE (g)-[:ISSUED {docId}]->(i) would scan every
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
CALL () {
  UNWIND $docs AS x
  MATCH (d:Document {id: x.doc.id})
  SET d.title = x.doc.title, d.source = x.doc.source, d.publishedOn = x.doc.publishedOn, d.text = x.doc.text,
      d.searchText = x.doc.searchText, d.searchFolded = x.doc.searchFolded
  WITH d, x
  CALL (d, x) {
    UNWIND x.cites AS c
    MATCH (i:Instrument {key: c.key})
    CREATE (d)-[:CITES {count: c.count, starts: c.starts, ends: c.ends, claimIssuedOn: c.issuedOn, claimTitle: c.title, claimIssuer: c.issuer}]->(i)
    RETURN count(*) AS cited
  }
  CALL (d, x) {
    UNWIND x.orgs AS o
    MERGE (g:Organization {key: o.key})
    ON CREATE SET g.name = o.name, g.level = o.level, g.searchText = o.searchText, g.searchFolded = o.searchFolded
    WITH d, g, o
    WHERE o.mentioned
    CREATE (d)-[:MENTIONS {count: size(o.starts), starts: o.starts, ends: o.ends}]->(g)
  }
  CALL (d, x) {
    UNWIND x.issued AS y
    MATCH (g:Organization {key: y.orgKey}), (i:Instrument {key: y.key})
    CREATE (g)-[:ISSUED {docId: d.id, sentence: y.sentence, start: y.start, end: y.end, citeStart: y.citeStart, citeEnd: y.citeEnd}]->(i)
  }
  RETURN sum(cited) AS cited
}
RETURN cited
