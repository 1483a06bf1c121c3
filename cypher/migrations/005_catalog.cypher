// The official catalogue: a law cited by title and year ("Luật Thanh niên năm 2020") joins its catalogue node
// through `titleKey` (the key the extractor gives that citation); (:CatalogSource) records which catalogue
// files the graph holds (bookkeeping, not product data).
CREATE INDEX instrument_title_key IF NOT EXISTS FOR (n:Instrument) ON (n.titleKey);
CREATE CONSTRAINT catalog_source_name IF NOT EXISTS FOR (n:CatalogSource) REQUIRE n.name IS UNIQUE;
