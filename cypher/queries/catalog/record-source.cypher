// Records which catalogue files the graph holds (bookkeeping, not product data: never shown or counted).
MERGE (c:CatalogSource {name: $name})
SET c.checksum = $checksum, c.instruments = $instruments, c.events = $events, c.loadedAt = datetime()
