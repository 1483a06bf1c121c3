// Query.stats: counts by label, instrument kind, issuer and year, and links by relation type (a link stated by
// several documents counts once).
CALL { MATCH (i:Instrument) RETURN count(i) AS instruments }
CALL { MATCH (o:Organization) RETURN count(o) AS organizations }
CALL { MATCH (a:Action) RETURN count(CASE WHEN a.kind = 'task' THEN null ELSE a END) AS actions, count(CASE WHEN a.kind = 'task' THEN a END) AS tasks }
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (i:Instrument) WITH i.kind AS key, count(*) AS count ORDER BY count DESC, key RETURN collect({key: key, count: count}) AS byKind }
CALL {
  MATCH (i:Instrument)
  WITH coalesce(head([(o:Organization)-[:ISSUED]->(i) | o.name]), i.issuerName) AS key WHERE key IS NOT NULL
  WITH key, count(*) AS count ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS byIssuer
}
CALL { MATCH (i:Instrument) WHERE i.year IS NOT NULL WITH toString(toInteger(i.year)) AS key, count(*) AS count ORDER BY key RETURN collect({key: key, count: count}) AS byYear }
CALL {
  MATCH (a:Instrument)-[r]->(b:Instrument)
  WITH DISTINCT type(r) AS key, a, b
  WITH key, count(*) AS count ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS byRelationType
}
RETURN instruments, organizations, actions, tasks, documents, articles, byKind, byIssuer, byYear, byRelationType
