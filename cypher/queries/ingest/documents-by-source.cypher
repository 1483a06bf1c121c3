// Earlier versions of a file: documents from the same source path with other content.
MATCH (d:Document {source: $source})
WHERE d.id <> $id
RETURN d.id AS id
