// Where documents cite each instrument: every mention's offsets, with a window of the text around it from which
// the API cuts the sentence (shipping a window, not the whole document). At most $cap mentions per instrument,
// chosen before any text is cut, so an instrument cited ten thousand times costs one page, not its whole history.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
CALL (i) {
  MATCH (d:Document)-[c:CITES]->(i)
  UNWIND range(0, size(coalesce(c.starts, [])) - 1) AS n
  WITH d, c.starts[n] AS s, c.ends[n] AS e
  ORDER BY d.id, s
  LIMIT $cap
  RETURN d, s, e
}
WITH k, d, s, e, CASE WHEN s < 400 THEN 0 ELSE s - 400 END AS ws
RETURN k AS key, d.id AS docId, s AS citeStart, e AS citeEnd, ws AS windowStart,
  substring(d.text, ws, (e - ws) + 400) AS window
ORDER BY key, docId, citeStart
