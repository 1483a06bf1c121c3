// Instruments a document's mentions may join: every node of their merge groups, and any node with their keys.
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
