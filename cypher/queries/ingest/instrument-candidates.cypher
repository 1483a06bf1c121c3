// Takes the merge locks of a document's instruments, then reads the nodes their mentions may join.
// One (:MergeLock) per merge group (kind + number), taken in sorted order, serialises writers that could merge
// into the same node: without it two documents, one with "Quy định 213" and one with the full citation, could
// each create a node before seeing the other's. Then: every node of those groups, and any node with the keys.
UNWIND $groups AS g
MERGE (l:MergeLock {key: g})
SET l.touchedAt = timestamp()
WITH count(*) AS locked
CALL {
  UNWIND $groups AS g
  MATCH (n:Instrument {mergeGroup: g})
  RETURN n
  UNION
  UNWIND $keys AS k
  MATCH (n:Instrument {key: k})
  RETURN n
}
RETURN n.key AS key, n.baseKey AS baseKey, n.mergeGroup AS mergeGroup, n.year AS year, n.jurisdiction AS jurisdiction, n.symbol AS symbol
