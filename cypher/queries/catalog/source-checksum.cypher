// The checksum of the catalogue files last loaded from a source ($name, e.g. 'phapdien'), if any.
OPTIONAL MATCH (c:CatalogSource {name: $name})
RETURN c.checksum AS checksum
