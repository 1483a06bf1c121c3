// Removes everything a document stated (its edges, the relationships carrying its docId, its actions), keeping
// the Document node itself. Returns the instruments and organisations it touched, for the orphan check.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:CITES]->(i:Instrument)
WITH d, collect(DISTINCT i) AS insts
OPTIONAL MATCH (d)-[:MENTIONS]->(o:Organization)
WITH d, insts, collect(DISTINCT o.key) AS mentioned
OPTIONAL MATCH (d)-[:REPORTS]->(a:Action)
OPTIONAL MATCH (a)-[:PERFORMED_BY]->(p:Organization)
WITH d, insts, mentioned, collect(DISTINCT a) AS acts, collect(DISTINCT p.key) AS performers
CALL (insts) {
  UNWIND insts AS i
  MATCH (o:Organization)-[r:ISSUED]->(i)
  WHERE r.docId = $id
  WITH collect(DISTINCT o.key) AS issuers, collect(r) AS rels
  FOREACH (r IN rels | DELETE r)
  RETURN issuers
}
CALL (insts) {
  UNWIND insts AS i
  MATCH (i)-[r]->(:Instrument)
  WHERE r.docId = $id
  DELETE r
}
FOREACH (a IN acts | DETACH DELETE a)
WITH d, insts, mentioned + performers + issuers AS orgKeys
CALL (d) {
  MATCH (d)-[r:CITES|MENTIONS|REPORTS]->()
  DELETE r
}
RETURN [i IN insts | i.key] AS instrumentKeys, orgKeys
