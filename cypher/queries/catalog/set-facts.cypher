// The official facts of catalogue instruments: where they come from (catalogSources, e.g. 'phapdien'), the
// effective date, the official address, the codification topics (đề mục) and the keys a text citing the
// instrument by title and year gets (titleKeys, read by ingest/instrument-candidates). The catalogue overrides.
UNWIND $rows AS row
MATCH (i:Instrument {key: row.key})
SET i.catalogSources = CASE WHEN row.source IN coalesce(i.catalogSources, []) THEN i.catalogSources ELSE coalesce(i.catalogSources, []) + row.source END,
    i.effectiveFrom = coalesce(row.effectiveFrom, i.effectiveFrom),
    i.officialUrl = coalesce(row.officialUrl, i.officialUrl),
    i.topics = reduce(acc = coalesce(i.topics, []), t IN row.topics | CASE WHEN t IN acc THEN acc ELSE acc + t END),
    i.titleKey = coalesce(row.titleKey, i.titleKey)
