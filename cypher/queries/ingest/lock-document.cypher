// First statement of a document's transaction: creates or locks its node, so two ingests of the same text
// serialise here and the second one sees `fresh = false`.
MERGE (d:Document {id: $id})
WITH d, d.ingestedAt IS NULL AS fresh
SET d.ingestedAt = coalesce(d.ingestedAt, datetime())
RETURN fresh
