// Version of the server and how many nodes of each product label the graph holds.
CALL dbms.components() YIELD versions, edition
WITH versions[0] AS version, edition LIMIT 1
CALL {
  MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:MergeLock AND NOT n:BundledLoad
  UNWIND labels(n) AS label
  WITH label, count(*) AS count
  RETURN collect({label: label, count: count}) AS counts
}
RETURN version, edition, counts
