// Lookups the API and the ingest make: filter by kind, year, issuer symbol and jurisdiction; merge a mention
// without a year into the node that has one (baseKey); find a document by its source path.
CREATE INDEX instrument_base_key IF NOT EXISTS FOR (n:Instrument) ON (n.baseKey);
CREATE INDEX instrument_kind IF NOT EXISTS FOR (n:Instrument) ON (n.kind);
CREATE INDEX instrument_number IF NOT EXISTS FOR (n:Instrument) ON (n.number);
CREATE INDEX instrument_symbol IF NOT EXISTS FOR (n:Instrument) ON (n.symbol);
CREATE INDEX instrument_year IF NOT EXISTS FOR (n:Instrument) ON (n.year);
CREATE INDEX instrument_jurisdiction IF NOT EXISTS FOR (n:Instrument) ON (n.jurisdiction);
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE INDEX action_kind IF NOT EXISTS FOR (n:Action) ON (n.kind);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
