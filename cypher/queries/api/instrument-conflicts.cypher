// Attributes that documents state differently for one instrument (two dates, two titles, two issuers), from the
// claims each Document-[:CITES]-> relationship records.
UNWIND $keys AS k
MATCH (d:Document)-[c:CITES]->(:Instrument {key: k})
UNWIND [['issuedOn', c.claimIssuedOn], ['title', c.claimTitle], ['issuer', c.claimIssuer]] AS claim
WITH k, claim[0] AS attribute, toString(claim[1]) AS value, d
WHERE value IS NOT NULL
WITH k, attribute, value, collect(d.id) AS docIds
WITH k, attribute, collect({value: value, docIds: docIds}) AS values
WHERE size(values) > 1
RETURN k AS key, attribute, values
ORDER BY key, attribute
