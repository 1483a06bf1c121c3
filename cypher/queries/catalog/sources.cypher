// The catalogues the graph holds, as recorded at their last load: name, instruments and events in the files.
MATCH (c:CatalogSource)
RETURN c.name AS name, c.instruments AS instruments, c.events AS relations, toString(c.loadedAt) AS loadedAt
ORDER BY name
