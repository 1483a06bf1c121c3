// Query.documents: newest ingested first, one page, with the total.
MATCH (d:Document)
WITH d ORDER BY d.ingestedAt DESC, d.id
WITH collect(d) AS rows
RETURN size(rows) AS total, [d IN rows[$offset..$offset + $first + 1] |
  d {.id, .title, .source, publishedOn: toString(d.publishedOn), ingestedAt: toString(d.ingestedAt)}] AS page
