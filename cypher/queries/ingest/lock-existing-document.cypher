// Finds a document to delete and write-locks it (a concurrent ingest of the same text waits for us).
MATCH (d:Document {id: $id})
SET d.deleting = true
RETURN d.id AS id
