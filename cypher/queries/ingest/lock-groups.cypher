// Serialises writers that may merge into the same instruments: one lock node per merge group (kind + number),
// taken in sorted order. Without it two documents, one with "Quy định 213" and one with the full citation,
// could each create a node before seeing the other's.
UNWIND $groups AS g
MERGE (l:MergeLock {key: g})
SET l.touchedAt = timestamp()
