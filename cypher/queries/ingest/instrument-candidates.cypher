// Takes the merge locks $lockGroups (sorted), then reads the nodes mentions may join: every node of the groups
// $groups, and any node with the keys $keys. One (:MergeLock) per merge group (kind + number) serialises the
// writers that could create, re-key or change a node of that group: without it two documents, one with
// "Quy định 213" and one with the full citation, could each create a node before seeing the other's. Readers
// that only add edges to nodes as they are take no lock (ingest.ts planInstruments). A catalogue law whose
// `titleKey` is one of $keys is read too: a citation by title and year joins it.
CALL () {
  UNWIND $lockGroups AS g
  MERGE (l:MergeLock {key: g})
  SET l.touchedAt = timestamp()
  RETURN count(*) AS locked
}
CALL () {
  UNWIND $groups AS g
  MATCH (n:Instrument {mergeGroup: g})
  RETURN n
  UNION
  UNWIND $keys AS k
  MATCH (n:Instrument {key: k})
  RETURN n
  UNION
  UNWIND $keys AS k
  MATCH (n:Instrument {titleKey: k})
  RETURN n
}
RETURN n.key AS key, n.baseKey AS baseKey, n.mergeGroup AS mergeGroup, n.kind AS kind, n.number AS number, n.symbol AS symbol,
       n.year AS year, n.term AS term, n.conference AS conference, n.jurisdiction AS jurisdiction, n.issuedOn AS issuedOn,
       n.title AS title, n.issuerName AS issuerName, n.label AS label, n.fromCatalog AS fromCatalog, n.aliases AS aliases,
       n.searchText AS searchText, n.searchFolded AS searchFolded, n.titleKey AS titleKey
