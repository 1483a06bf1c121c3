// Who issued a catalogue instrument: known, not stated by any document (source 'catalog').
UNWIND $rows AS x
MERGE (g:Organization {key: x.orgKey})
ON CREATE SET g.name = x.name, g.level = x.level, g.searchText = x.searchText, g.searchFolded = x.searchFolded
WITH g, x
MATCH (i:Instrument {key: x.key})
MERGE (g)-[r:ISSUED {source: 'catalog'}]->(i)
