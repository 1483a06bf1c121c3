// First statement of a document's transaction: creates or locks its node, so two ingests of the same text
// serialise here and the second one sees `fresh = false`. Also returns the earlier versions of the file:
// documents from the same source path ($source, may be null) with other content.
MERGE (d:Document {id: $id})
WITH d, d.ingestedAt IS NULL AS fresh
SET d.ingestedAt = coalesce(d.ingestedAt, datetime())
WITH fresh
OPTIONAL MATCH (o:Document {source: $source})
WHERE o.id <> $id
RETURN fresh, collect(o.id) AS replaced
