// The Document node, once its contributions are gone (delete-contributions).
MATCH (d:Document {id: $id})
DETACH DELETE d
RETURN count(*) AS deleted
