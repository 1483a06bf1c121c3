// The codified articles of the official catalogue: (:Article)-[:PART_OF]->(:Instrument), one node per article
// of a source instrument (its key is the instrument's key and the article, "luat:57-2020-qh14§dieu-2").
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
