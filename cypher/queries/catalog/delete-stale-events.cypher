// After a reload of a catalogue source: its events that the new files no longer state go.
MATCH (:Instrument)-[r:AMENDS|REPEALS {source: $source}]->(:Instrument)
WHERE r.catalogId IS NOT NULL AND NOT r.catalogId IN $ids
DELETE r
