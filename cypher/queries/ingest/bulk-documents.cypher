// Bulk load (an empty store, one loader): each row of $docs is one whole document, its node, CITES, MENTIONS,
// ISSUED, the relations and the actions it states, committed 500 documents at a time, so a document is in the
// graph entirely or not at all also here. The document ids are new (the loader checked the store had no
// document and skips repeated texts), hence CREATE. Needs an auto-commit transaction (Graph.autoCommit).
// Relationship types cannot be parameters, hence one FOREACH per type of the vocabulary (cypher/README.md).
UNWIND $docs AS x
CALL (x) {
  CREATE (d:Document {id: x.doc.id})
  SET d.ingestedAt = datetime(), d.title = x.doc.title, d.source = x.doc.source, d.publishedOn = x.doc.publishedOn,
      d.text = x.doc.text, d.searchText = x.doc.searchText, d.searchFolded = x.doc.searchFolded
  WITH d
  CALL (d, x) {
    UNWIND x.cites AS c
    MATCH (i:Instrument {key: c.key})
    CREATE (d)-[:CITES {count: c.count, starts: c.starts, ends: c.ends, claimIssuedOn: c.issuedOn, claimTitle: c.title, claimIssuer: c.issuer}]->(i)
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
  CALL (x) {
    UNWIND x.relations AS r
    MATCH (a:Instrument {key: r.from}), (b:Instrument {key: r.to})
    FOREACH (_ IN CASE WHEN r.type = 'REPLACES' THEN [1] ELSE [] END |
      CREATE (a)-[:REPLACES {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'AMENDS' THEN [1] ELSE [] END |
      CREATE (a)-[:AMENDS {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'REPEALS' THEN [1] ELSE [] END |
      CREATE (a)-[:REPEALS {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'GUIDES' THEN [1] ELSE [] END |
      CREATE (a)-[:GUIDES {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'IMPLEMENTS' THEN [1] ELSE [] END |
      CREATE (a)-[:IMPLEMENTS {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'CONTINUES' THEN [1] ELSE [] END |
      CREATE (a)-[:CONTINUES {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'BASED_ON' THEN [1] ELSE [] END |
      CREATE (a)-[:BASED_ON {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'SUMMARIZES' THEN [1] ELSE [] END |
      CREATE (a)-[:SUMMARIZES {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'CONSOLIDATES' THEN [1] ELSE [] END |
      CREATE (a)-[:CONSOLIDATES {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'CORRECTS' THEN [1] ELSE [] END |
      CREATE (a)-[:CORRECTS {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'SUSPENDS' THEN [1] ELSE [] END |
      CREATE (a)-[:SUSPENDS {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
    FOREACH (_ IN CASE WHEN r.type = 'CITES' THEN [1] ELSE [] END |
      CREATE (a)-[:CITES {docId: r.docId, citeStart: r.citeStart, citeEnd: r.citeEnd, sentence: r.sentence, start: r.start, end: r.end, fromPinpoint: r.fromPinpoint, toPinpoint: r.toPinpoint}]->(b))
  }
  CALL (d, x) {
    UNWIND x.actions AS a
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
  }
} IN TRANSACTIONS OF 500 ROWS
