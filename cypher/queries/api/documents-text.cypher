// The NFC text of each document.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d.text AS text
