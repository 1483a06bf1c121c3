// The ingest's merge machinery: `mergeGroup` (kind + number) finds the nodes a mention without year or symbol
// may join; one (:MergeLock) per group serialises concurrent writers that could merge into the same node
// (the uniqueness constraint makes MERGE on it take a lock). MergeLock nodes are bookkeeping, not product data.
CREATE INDEX instrument_merge_group IF NOT EXISTS FOR (n:Instrument) ON (n.mergeGroup);
CREATE CONSTRAINT merge_lock_key IF NOT EXISTS FOR (n:MergeLock) REQUIRE n.key IS UNIQUE;
