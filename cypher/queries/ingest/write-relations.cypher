// Relations between instruments that documents state, one relationship per statement (docId + citeStart);
// each row carries its document's id and the article/clause/point each end names (fromPinpoint, toPinpoint), if any.
// Relationship types cannot be parameters, hence one FOREACH per type of the vocabulary (cypher/README.md).
// CREATE, not MERGE: the documents have no relationship yet (fresh, or their contributions were just removed) and
// the rows are unique (ingest.ts), while MERGE {docId} would scan every edge between two popular instruments.
UNWIND $relations AS r
MATCH (a:Instrument {key: r.from}), (b:Instrument {key: r.to})
FOREACH (_ IN CASE WHEN r.type = 'REPLACES' THEN [1] ELSE [] END |
  CREATE (a)-[x:REPLACES {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'AMENDS' THEN [1] ELSE [] END |
  CREATE (a)-[x:AMENDS {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'REPEALS' THEN [1] ELSE [] END |
  CREATE (a)-[x:REPEALS {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'GUIDES' THEN [1] ELSE [] END |
  CREATE (a)-[x:GUIDES {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'IMPLEMENTS' THEN [1] ELSE [] END |
  CREATE (a)-[x:IMPLEMENTS {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'CONTINUES' THEN [1] ELSE [] END |
  CREATE (a)-[x:CONTINUES {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'BASED_ON' THEN [1] ELSE [] END |
  CREATE (a)-[x:BASED_ON {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'SUMMARIZES' THEN [1] ELSE [] END |
  CREATE (a)-[x:SUMMARIZES {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'CONSOLIDATES' THEN [1] ELSE [] END |
  CREATE (a)-[x:CONSOLIDATES {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'CORRECTS' THEN [1] ELSE [] END |
  CREATE (a)-[x:CORRECTS {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'SUSPENDS' THEN [1] ELSE [] END |
  CREATE (a)-[x:SUSPENDS {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
FOREACH (_ IN CASE WHEN r.type = 'CITES' THEN [1] ELSE [] END |
  CREATE (a)-[x:CITES {docId: r.docId, citeStart: r.citeStart}]->(b)
  SET x.citeEnd = r.citeEnd, x.sentence = r.sentence, x.start = r.start, x.end = r.end, x.fromPinpoint = r.fromPinpoint, x.toPinpoint = r.toPinpoint)
RETURN count(r) AS written
