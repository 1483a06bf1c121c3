// What the resolvers pass around: rows as the Cypher in cypher/queries/api returns them. codegen.ts maps the
// GraphQL types onto these (the "mappers"), so a resolver's parent is typed as the row its parent returned.
import type { SupersedingFact } from '../catalog/status.ts';

/** An instrument as every API query projects it (instruments-by-key.cypher). */
export interface InstrumentRow {
  key: string;
  baseKey?: string | null;
  kind: string;
  number?: string | null;
  symbol?: string | null;
  issuedOn?: string | null;
  year?: number | null;
  term?: string | null;
  title?: string | null;
  conference?: string | null;
  jurisdiction?: string | null;
  issuerName?: string | null;
  label?: string | null;
  fromCatalog?: boolean | null;
  aliases?: string[] | null;
  /** Official facts of the catalogue (or a date a document states). */
  effectiveFrom?: string | null;
  officialUrl?: string | null;
  topics?: string[] | null;
  /** Catalogues that know this instrument ("phapdien"; "catalog" for the hand-written one). */
  catalogSources?: string[] | null;
  citationCount: number;
  /** The relations by which other instruments supersede this one (REPLACES, AMENDS…), with their dates. */
  superseding: SupersedingFact[];
}

/** One dated change of an instrument (Instrument.history): a catalogue event, or a link documents state. */
export interface HistoryEventRow {
  type: string;
  supplements: boolean;
  date: string | null;
  by: InstrumentRow;
  byPinpoints: string[];
  pinpoints: string[];
  fromCatalog: boolean;
  source: string | null;
  evidence: EvidenceRow[];
}

/** A codified article (catalog write-articles), with the key of its instrument. */
export interface ArticleRow {
  key: string;
  article: string;
  number: string | null;
  heading: string | null;
  codifiedAs: string | null;
  topic: string | null;
  officialUrl: string | null;
  source: string | null;
  instrumentKey: string;
}

export interface ActionRow {
  id: string;
  kind: 'action' | 'task';
  ordinal?: number | null;
  summary: string;
  text?: string | null;
  actorName?: string | null;
  /** JSON text of [{value, unit, text}]. */
  quantities?: string | null;
  docId: string;
  start: number;
  end: number;
}

export interface OrganizationRow {
  key: string;
  name: string;
  level?: string | null;
  mentionCount: number;
}

export interface DocumentRow {
  id: string;
  title?: string | null;
  source?: string | null;
  publishedOn?: string | null;
  ingestedAt?: string | null;
}

/** The evidence properties a relationship carries (cypher/README.md). */
export interface EvidenceRow {
  docId: string;
  sentence: string;
  start: number;
  end: number;
  citeStart?: number | null;
  citeEnd?: number | null;
  /** The article/clause/point named at the far end, as written (set by the ingest when the text gives one). */
  pinpoint?: string | null;
  fromPinpoint?: string | null;
  toPinpoint?: string | null;
  /** The quote starts (ends) inside a sentence, cut at a word boundary: shown with an ellipsis. */
  cutBefore?: boolean;
  cutAfter?: boolean;
}

export type RelationDirection = 'OUTGOING' | 'INCOMING';

/** One link between two instruments seen from one side, evidence of every document collapsed. */
export interface RelationRow {
  type: string;
  direction: RelationDirection;
  other: InstrumentRow;
  evidence: EvidenceRow[];
}

export interface InferredRow {
  instrument: InstrumentRow;
  action: ActionRow;
  score: number;
  reason: string;
}

export interface CitationRow {
  instrument: InstrumentRow;
  start: number;
  end: number;
  text: string;
}

export interface ConflictRow {
  attribute: string;
  values: { value: string; docIds: string[] }[];
}

export interface ConflictValueRow {
  value: string;
  docIds: string[];
}

/** A page of a connection: the API adds edges and cursors (resolvers/connection.ts). */
export interface PageRow<T> {
  nodes: T[];
  offset: number;
  total: number;
  hasNextPage: boolean;
}

export type SearchNodeRow =
  | (InstrumentRow & { __typename: 'Instrument' })
  | (OrganizationRow & { __typename: 'Organization' })
  | (ActionRow & { __typename: 'Action' })
  | (DocumentRow & { __typename: 'Document' });

export interface TraceStepRow {
  depth: number;
  instrument: InstrumentRow;
  via: string;
  from: InstrumentRow | null;
  inferred: boolean;
  score: number | null;
  reason: string | null;
  evidence: EvidenceRow[];
}

export interface TraceRow {
  action: ActionRow;
  steps: TraceStepRow[];
  /** Node ids for the subgraph; resolved lazily, only when `graph` is asked for. */
  graphIds: string[];
  includeInferred: boolean;
}

export type InstrumentPage = PageRow<InstrumentRow>;
export type ActionPage = PageRow<ActionRow>;
export type DocumentPage = PageRow<DocumentRow>;
