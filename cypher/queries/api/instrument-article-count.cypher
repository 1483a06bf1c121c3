// Instrument.articleCount: how many codified articles each instrument of $keys has.
UNWIND $keys AS k
MATCH (i:Instrument {key: k})
RETURN k AS key, COUNT { (i)<-[:PART_OF]-(:Article) } AS count
