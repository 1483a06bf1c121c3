// Backers of each action that a newer instrument has replaced, repealed, amended or suspended: the API turns
// each row into "backed by Quy định 76-QĐ/TW, replaced by Quy định 213-QĐ/TW".
UNWIND $ids AS id
MATCH (old:Instrument)-[:GOVERNS]->(:Action {id: id})
MATCH (old)<-[r:REPLACES|REPEALS|AMENDS|SUSPENDS]-(new:Instrument)
WITH DISTINCT id, old, type(r) AS type, new
RETURN id, type, old {.key, .kind, .number, .symbol, .label, .title, .conference} AS old,
  new {.key, .kind, .number, .symbol, .label, .title, .conference} AS new
ORDER BY id, old.key, type, new.key
