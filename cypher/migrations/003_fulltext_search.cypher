// Search that ignores diacritics, tone placement and case. We fold text ourselves (server/text/fold.ts: NFD,
// strip marks, đ→d, lower case) into `searchFolded`, and keep the NFC lower-cased text in `searchText` so an
// exact-diacritic hit can rank above a folded one. The analyzer keeps every word: `standard-folding` and the
// default `standard` drop English stop words, which are also folded Vietnamese syllables (an, the, to, no…).
CREATE FULLTEXT INDEX search_all IF NOT EXISTS
FOR (n:Instrument|Organization|Action|Document) ON EACH [n.searchFolded, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
