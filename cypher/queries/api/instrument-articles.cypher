// Instrument.articles: the codified articles of each instrument of $keys, in article order, at most $cap each.
UNWIND $keys AS k
CALL (k) {
  MATCH (:Instrument {key: k})<-[:PART_OF]-(a:Article)
  RETURN a ORDER BY a.ordinal, a.article
  LIMIT $cap
}
RETURN k AS key, a {.key, .article, .number, .heading, .codifiedAs, .topic, .officialUrl, .source, instrumentKey: k} AS article
