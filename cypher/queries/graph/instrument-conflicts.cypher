// Instruments whose documents disagree about an attribute (date, title or issuer), with every claim and who
// makes it: the node keeps the first value (or the catalogue's), the others stay visible here.
// $key: one instrument or null for all; $limit: at most this many instruments.
MATCH (d:Document)-[c:CITES]->(i:Instrument)
WHERE $key IS NULL OR i.key = $key
WITH i, collect({docId: d.id, source: d.source, issuedOn: c.claimIssuedOn, title: c.claimTitle, issuer: c.claimIssuer}) AS claims
WITH i, claims,
     [v IN [i.issuedOn] + [x IN claims | x.issuedOn] WHERE v IS NOT NULL] AS dates,
     [v IN [i.title] + [x IN claims | x.title] WHERE v IS NOT NULL | toLower(trim(v))] AS titles,
     [v IN [i.issuerName] + [x IN claims | x.issuer] WHERE v IS NOT NULL | toLower(trim(v))] AS issuers
WITH i, claims,
     reduce(acc = [], v IN dates | CASE WHEN v IN acc THEN acc ELSE acc + v END) AS dates,
     reduce(acc = [], v IN titles | CASE WHEN v IN acc THEN acc ELSE acc + v END) AS titles,
     reduce(acc = [], v IN issuers | CASE WHEN v IN acc THEN acc ELSE acc + v END) AS issuers
WITH i, claims,
     [f IN [['issuedOn', size(dates)], ['title', size(titles)], ['issuer', size(issuers)]] WHERE f[1] > 1 | f[0]] AS fields
WHERE size(fields) > 0
RETURN i.key AS key, i.label AS label, fields,
       {issuedOn: i.issuedOn, title: i.title, issuer: i.issuerName, fromCatalog: coalesce(i.fromCatalog, false)} AS current,
       [x IN claims WHERE x.issuedOn IS NOT NULL OR x.title IS NOT NULL OR x.issuer IS NOT NULL] AS claims
ORDER BY key
LIMIT toInteger($limit)
