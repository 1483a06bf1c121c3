// Node counts by product label and relationship counts by type of the model (cypher/README.md), zeros included.
// Each COUNT over one label or one type is answered from Neo4j's count store: constant time at any size.
RETURN {
  Instrument: COUNT { (:Instrument) },
  Organization: COUNT { (:Organization) },
  Document: COUNT { (:Document) },
  Action: COUNT { (:Action) },
  Article: COUNT { (:Article) }
} AS nodes, {
  ISSUED: COUNT { ()-[:ISSUED]->() },
  REPLACES: COUNT { ()-[:REPLACES]->() },
  AMENDS: COUNT { ()-[:AMENDS]->() },
  REPEALS: COUNT { ()-[:REPEALS]->() },
  GUIDES: COUNT { ()-[:GUIDES]->() },
  IMPLEMENTS: COUNT { ()-[:IMPLEMENTS]->() },
  CONTINUES: COUNT { ()-[:CONTINUES]->() },
  BASED_ON: COUNT { ()-[:BASED_ON]->() },
  SUMMARIZES: COUNT { ()-[:SUMMARIZES]->() },
  CONSOLIDATES: COUNT { ()-[:CONSOLIDATES]->() },
  CORRECTS: COUNT { ()-[:CORRECTS]->() },
  SUSPENDS: COUNT { ()-[:SUSPENDS]->() },
  CITES: COUNT { ()-[:CITES]->() },
  REPORTS: COUNT { ()-[:REPORTS]->() },
  MENTIONS: COUNT { ()-[:MENTIONS]->() },
  GOVERNS: COUNT { ()-[:GOVERNS]->() },
  MAY_GOVERN: COUNT { ()-[:MAY_GOVERN]->() },
  PERFORMED_BY: COUNT { ()-[:PERFORMED_BY]->() },
  PART_OF: COUNT { ()-[:PART_OF]->() }
} AS relationships
