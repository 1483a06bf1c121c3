// Search text of instruments, computed in TypeScript (folding needs server/text/fold.ts).
UNWIND $rows AS row
MATCH (i:Instrument {key: row.key})
SET i.searchText = row.searchText, i.searchFolded = row.searchFolded
