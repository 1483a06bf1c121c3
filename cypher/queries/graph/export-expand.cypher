// One step of a neighbourhood: the product nodes next to any of $ids, in either direction.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
MATCH (n)--(m)
WHERE m:Instrument OR m:Organization OR m:Document OR m:Action
RETURN collect(DISTINCT elementId(m)) AS ids
