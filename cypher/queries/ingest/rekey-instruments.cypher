// A node known only without its year gets the year a later mention gives: same node, more precise key.
// The old key stays findable in `formerKeys`.
UNWIND $rekeys AS r
MATCH (n:Instrument {key: r.from})
SET n.key = r.to,
    n.baseKey = r.baseKey,
    n.year = coalesce(n.year, r.year),
    n.jurisdiction = coalesce(n.jurisdiction, r.jurisdiction),
    n.formerKeys = coalesce(n.formerKeys, []) + r.from
