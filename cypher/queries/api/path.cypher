// Query.path: the shortest chain of instrument-to-instrument links between two instruments, in either
// direction, through instruments only (a document's CITES shares the type name and must not be a shortcut).
MATCH (a:Instrument {key: $from}), (b:Instrument {key: $to})
OPTIONAL MATCH p = shortestPath((a)-[:REPLACES|AMENDS|REPEALS|GUIDES|IMPLEMENTS|CONTINUES|BASED_ON|SUMMARIZES|CONSOLIDATES|CORRECTS|SUSPENDS|CITES*..12]-(b))
WHERE all(x IN nodes(p) WHERE x:Instrument) AND length(p) <= $maxDepth
RETURN [x IN nodes(p) | x.key] AS keys
