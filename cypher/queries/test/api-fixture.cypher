// Tests only (tests/api): writes a small graph built for a case, in the shape of cypher/README.md. Each list
// holds property maps; relationships name their ends by key/id and their type (one FOREACH per type: a
// dynamic `$(r.type)` in CREATE gave every row the first row's type).
CALL { UNWIND $instruments AS p CREATE (i:Instrument) SET i = p, i.year = toInteger(p.year) }
CALL { UNWIND $organizations AS p CREATE (o:Organization) SET o = p }
CALL { UNWIND $documents AS p CREATE (d:Document) SET d = p, d.ingestedAt = datetime() }
CALL { UNWIND $actions AS p CREATE (a:Action) SET a = p }
CALL {
  UNWIND $links AS r
  MATCH (a:Instrument {key: r.from}), (b:Instrument {key: r.to})
  FOREACH (_ IN CASE WHEN r.type = 'REPLACES' THEN [1] ELSE [] END | CREATE (a)-[x:REPLACES]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'AMENDS' THEN [1] ELSE [] END | CREATE (a)-[x:AMENDS]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'REPEALS' THEN [1] ELSE [] END | CREATE (a)-[x:REPEALS]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'GUIDES' THEN [1] ELSE [] END | CREATE (a)-[x:GUIDES]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'IMPLEMENTS' THEN [1] ELSE [] END | CREATE (a)-[x:IMPLEMENTS]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'CONTINUES' THEN [1] ELSE [] END | CREATE (a)-[x:CONTINUES]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'BASED_ON' THEN [1] ELSE [] END | CREATE (a)-[x:BASED_ON]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'SUMMARIZES' THEN [1] ELSE [] END | CREATE (a)-[x:SUMMARIZES]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'CONSOLIDATES' THEN [1] ELSE [] END | CREATE (a)-[x:CONSOLIDATES]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'CORRECTS' THEN [1] ELSE [] END | CREATE (a)-[x:CORRECTS]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'SUSPENDS' THEN [1] ELSE [] END | CREATE (a)-[x:SUSPENDS]->(b) SET x = r.props)
  FOREACH (_ IN CASE WHEN r.type = 'CITES' THEN [1] ELSE [] END | CREATE (a)-[x:CITES]->(b) SET x = r.props)
}
CALL { UNWIND $issued AS r MATCH (o:Organization {key: r.org}), (i:Instrument {key: r.instrument}) CREATE (o)-[:ISSUED {docId: r.docId}]->(i) }
CALL { UNWIND $cites AS r MATCH (d:Document {id: r.doc}), (i:Instrument {key: r.instrument}) CREATE (d)-[x:CITES]->(i) SET x = r.props }
CALL { UNWIND $mentions AS r MATCH (d:Document {id: r.doc}), (o:Organization {key: r.org}) CREATE (d)-[:MENTIONS {count: r.count, starts: r.starts, ends: r.ends}]->(o) }
CALL { UNWIND $reports AS r MATCH (d:Document {id: r.doc}), (a:Action {id: r.action}) CREATE (d)-[:REPORTS]->(a) }
CALL { UNWIND $governs AS r MATCH (i:Instrument {key: r.instrument}), (a:Action {id: r.action}) CREATE (i)-[x:GOVERNS]->(a) SET x = r.props }
CALL { UNWIND $mayGovern AS r MATCH (i:Instrument {key: r.instrument}), (a:Action {id: r.action}) CREATE (i)-[:MAY_GOVERN {score: r.score, reason: r.reason}]->(a) }
CALL { UNWIND $performedBy AS r MATCH (a:Action {id: r.action}), (o:Organization {key: r.org}) CREATE (a)-[:PERFORMED_BY {docId: r.docId}]->(o) }
RETURN 1 AS done
