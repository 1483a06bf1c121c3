// Marks each document's CITES edge to the instrument it is the text of (its header, enacting sentence, or the
// identity named when it was added) as `own: true`: the instrument's source document and signer come from there.
// Runs in the ingest's transaction right after the document's CITES edges are written, with the key the
// instrument landed on.
UNWIND $rows AS r
MATCH (:Document {id: r.docId})-[c:CITES]->(:Instrument {key: r.key})
SET c.own = true
