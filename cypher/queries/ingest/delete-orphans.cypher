// Instruments and organisations that nothing supports any more: no relationship left and, for instruments,
// not known from the catalogue. Only the given candidates are checked (those a deleted document touched).
CALL {
  UNWIND $instrumentKeys AS k
  MATCH (i:Instrument {key: k})
  WHERE NOT coalesce(i.fromCatalog, false) AND NOT EXISTS { (i)--() }
  DELETE i
  RETURN count(*) AS instruments
}
CALL {
  UNWIND $orgKeys AS k
  MATCH (o:Organization {key: k})
  WHERE NOT EXISTS { (o)--() }
  DELETE o
  RETURN count(*) AS organizations
}
RETURN instruments, organizations
