// After a reload of a catalogue source: its articles that the new files no longer state go.
MATCH (a:Article {source: $source})
WHERE NOT a.key IN $keys
DETACH DELETE a
