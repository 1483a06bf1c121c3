// The per-request document loader, without the text (documents-text loads it only when asked).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d {.id, .title, .source, publishedOn: toString(d.publishedOn), ingestedAt: toString(d.ingestedAt)} AS node
