// Where the load of the bundled data stands: 'loading' while the first start loads it (so a start that died
// half-way is finished by the next one), 'done' after; null when this graph never had the bundled data.
OPTIONAL MATCH (b:BundledLoad {name: 'bundled'})
RETURN b.state AS state
