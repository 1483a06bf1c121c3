// Records the state of the bundled data load ($state: 'loading' or 'done'); bookkeeping, not product data.
MERGE (b:BundledLoad {name: 'bundled'})
SET b.state = $state, b.at = datetime()
