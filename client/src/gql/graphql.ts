/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: string; output: string; }
  /** An uploaded file: send the operation as a GraphQL multipart request (operations, map, then the file). */
  File: { input: File; output: File; }
  JSON: { input: unknown; output: unknown; }
};

export type ActionFilter = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Actions backed (explicitly) by this instrument. */
  backedBy?: InputMaybe<Scalars['ID']['input']>;
  document?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<ActionKind>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ActionKind =
  | 'action'
  | 'task';

export type Direction =
  | 'BOTH'
  | 'INCOMING'
  | 'OUTGOING';

export type IngestTextInput = {
  /** Which instrument this document is, as the person adding it says ("Thông tư 99/2026/TT-BTP"); else read from its header or enacting sentence. */
  identity?: InputMaybe<Scalars['String']['input']>;
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type InstrumentFilter = {
  issuers?: InputMaybe<Array<Scalars['String']['input']>>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The date `statuses` are computed for (default today). */
  statusAt?: InputMaybe<Scalars['Date']['input']>;
  /** Only instruments whose status at `statusAt` is one of these. */
  statuses?: InputMaybe<Array<InstrumentStatus>>;
  symbols?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Words of the title, number or symbol; diacritics optional. */
  text?: InputMaybe<Scalars['String']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type InstrumentOrder = {
  direction?: OrderDirection;
  field?: InstrumentOrderField;
};

export type InstrumentOrderField =
  | 'CITATION_COUNT'
  | 'ISSUED_ON'
  | 'KEY'
  | 'TITLE';

export type InstrumentStatus =
  | 'AMENDED'
  | 'IN_FORCE'
  | 'NOT_YET_IN_FORCE'
  | 'PARTLY_REPEALED'
  | 'REPEALED'
  | 'REPLACED'
  | 'SUSPENDED'
  | 'UNKNOWN';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type RelationType =
  | 'AMENDS'
  | 'BASED_ON'
  | 'CITES'
  | 'CONSOLIDATES'
  | 'CONTINUES'
  | 'CORRECTS'
  | 'GUIDES'
  | 'IMPLEMENTS'
  | 'REPEALS'
  | 'REPLACES'
  | 'SUMMARIZES'
  | 'SUSPENDS';

export type SearchType =
  | 'ACTION'
  | 'DOCUMENT'
  | 'INSTRUMENT'
  | 'ORGANIZATION';

export type EvidenceFieldsFragment = { sentence: string, start: number, end: number, highlightStart: number | null, highlightEnd: number | null, cutBefore: boolean, cutAfter: boolean, document: { id: string, title: string | null } };

export type InstrumentRefFieldsFragment = { key: string, label: string, kind: string, title: string | null };

export type ActionRefFieldsFragment = { id: string, kind: ActionKind, summary: string };

export type SubgraphFieldsFragment = { truncated: boolean, nodes: Array<{ classes: string | null, data: { id: string, type: string, label: string, kind: string | null, title: string | null, year: number | null, issuedOn: string | null, issuer: string | null, status: InstrumentStatus | null, citationCount: number | null, hiddenNeighbors: number | null, effectiveFrom: string | null, endedOn: string | null } }>, edges: Array<{ classes: string | null, data: { id: string, source: string, target: string, type: string, label: string | null, inferred: boolean, score: number | null, reason: string | null, evidenceCount: number, pinpoint: string | null, effectiveFrom: string | null, supplements: boolean | null } }> };

export type HistoryEventFieldsFragment = { type: RelationType, supplements: boolean, date: string | null, byPinpoints: Array<string>, pinpoints: Array<string>, fromCatalog: boolean, source: string | null, by: { key: string, label: string, kind: string, title: string | null, issuedOn: string | null }, evidence: Array<{ sentence: string, start: number, end: number, highlightStart: number | null, highlightEnd: number | null, document: { id: string, title: string | null } }> };

export type GraphQueryVariables = Exact<{
  focus?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  includeActions?: InputMaybe<Scalars['Boolean']['input']>;
  includeInferred?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  includeDocuments?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type GraphQuery = { graph: { instrumentCount: number | null, citingDocumentCount: number | null, truncated: boolean, nodes: Array<{ classes: string | null, data: { id: string, type: string, label: string, kind: string | null, title: string | null, year: number | null, issuedOn: string | null, issuer: string | null, status: InstrumentStatus | null, citationCount: number | null, hiddenNeighbors: number | null, effectiveFrom: string | null, endedOn: string | null } }>, edges: Array<{ classes: string | null, data: { id: string, source: string, target: string, type: string, label: string | null, inferred: boolean, score: number | null, reason: string | null, evidenceCount: number, pinpoint: string | null, effectiveFrom: string | null, supplements: boolean | null } }> } };

export type HistoryQueryVariables = Exact<{
  key: Scalars['ID']['input'];
}>;


export type HistoryQuery = { instrument: { instrument: { key: string, history: Array<{ type: RelationType, supplements: boolean, date: string | null, byPinpoints: Array<string>, pinpoints: Array<string>, fromCatalog: boolean, source: string | null, by: { key: string, label: string, kind: string, title: string | null, issuedOn: string | null }, evidence: Array<{ sentence: string, start: number, end: number, highlightStart: number | null, highlightEnd: number | null, document: { id: string, title: string | null } }> }> } | null } };

export type ArticlesQueryVariables = Exact<{
  key: Scalars['ID']['input'];
}>;


export type ArticlesQuery = { instrument: { instrument: { key: string, articleCount: number, articles: Array<{ key: string, article: string, heading: string | null, codifiedAs: string | null, topic: string | null, officialUrl: string | null, changes: Array<{ type: RelationType, supplements: boolean, date: string | null, by: { key: string, label: string } }> }> } | null } };

export type SearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { search: Array<{ type: SearchType, score: number, label: string, detail: string | null, node: { __typename: 'Action', id: string, kind: ActionKind } | { __typename: 'Document', id: string } | { __typename: 'Instrument', key: string } | { __typename: 'Organization', key: string } }> };

export type InstrumentQueryVariables = Exact<{
  key: Scalars['ID']['input'];
}>;


export type InstrumentQuery = { instrument: { instrument: { key: string, kind: string, number: string | null, symbol: string | null, issuedOn: string | null, year: number | null, term: string | null, title: string | null, conference: string | null, jurisdiction: string | null, label: string, citation: string, fromCatalog: boolean, status: InstrumentStatus, effectiveFrom: string | null, signer: string | null, citationCount: number, ownDocument: { id: string, title: string | null } | null, statusDetail: { status: InstrumentStatus, at: string | null, basis: string | null, source: string }, issuer: { key: string, name: string } | null, supersededBy: Array<{ type: RelationType, instrument: { key: string, label: string, kind: string, title: string | null } }>, relations: Array<{ type: RelationType, direction: Direction, instrument: { key: string, label: string, kind: string, title: string | null }, evidence: Array<{ sentence: string, start: number, end: number, highlightStart: number | null, highlightEnd: number | null, cutBefore: boolean, cutAfter: boolean, document: { id: string, title: string | null } }> }>, citedBy: { totalCount: number, nodes: Array<{ id: string, title: string | null, source: string | null }> }, governs: Array<{ id: string, kind: ActionKind, summary: string }>, mayGovern: Array<{ score: number, reason: string, action: { id: string, kind: ActionKind, summary: string } }>, evidence: Array<{ sentence: string, start: number, end: number, highlightStart: number | null, highlightEnd: number | null, cutBefore: boolean, cutAfter: boolean, document: { id: string, title: string | null } }>, conflicts: Array<{ attribute: string, values: Array<{ value: string, documents: Array<{ id: string, title: string | null }> }> }> } | null } };

export type OrganizationQueryVariables = Exact<{
  key: Scalars['ID']['input'];
}>;


export type OrganizationQuery = { organization: { key: string, name: string, level: string | null, mentionCount: number, issued: Array<{ key: string, label: string, kind: string, title: string | null }>, performed: Array<{ id: string, kind: ActionKind, summary: string }> } | null };

export type ActionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActionQuery = { action: { id: string, kind: ActionKind, ordinal: number | null, summary: string, text: string, warnings: Array<string>, actor: { key: string, name: string } | null, quantities: Array<{ value: number, unit: string | null, text: string }>, document: { id: string, title: string | null }, evidence: { sentence: string, start: number, end: number, highlightStart: number | null, highlightEnd: number | null, cutBefore: boolean, cutAfter: boolean, document: { id: string, title: string | null } }, backedBy: Array<{ key: string, label: string, kind: string, title: string | null }>, inferredBacking: Array<{ score: number, reason: string, instrument: { key: string, label: string, kind: string, title: string | null } }> } | null };

export type DocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocumentQuery = { document: { id: string, title: string | null, source: string | null, publishedOn: string | null, ingestedAt: string | null, text: string, textWarning: string | null, signer: string | null, citations: Array<{ start: number, end: number, text: string, instrument: { key: string, label: string } }>, instruments: Array<{ key: string, label: string, kind: string, title: string | null }>, actions: Array<{ id: string, kind: ActionKind, summary: string }> } | null };

export type TraceQueryVariables = Exact<{
  actionId: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  includeInferred?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type TraceQuery = { trace: { action: { id: string, kind: ActionKind, summary: string }, steps: Array<{ depth: number, via: string, inferred: boolean, score: number | null, reason: string | null, instrument: { key: string, label: string, kind: string, title: string | null }, from: { key: string } | null, evidence: Array<{ sentence: string, start: number, end: number, highlightStart: number | null, highlightEnd: number | null, cutBefore: boolean, cutAfter: boolean, document: { id: string, title: string | null } }> }>, graph: { truncated: boolean, nodes: Array<{ classes: string | null, data: { id: string, type: string, label: string, kind: string | null, title: string | null, year: number | null, issuedOn: string | null, issuer: string | null, status: InstrumentStatus | null, citationCount: number | null, hiddenNeighbors: number | null, effectiveFrom: string | null, endedOn: string | null } }>, edges: Array<{ classes: string | null, data: { id: string, source: string, target: string, type: string, label: string | null, inferred: boolean, score: number | null, reason: string | null, evidenceCount: number, pinpoint: string | null, effectiveFrom: string | null, supplements: boolean | null } }> } } | null };

export type PathQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type PathQuery = { path: { truncated: boolean, nodes: Array<{ classes: string | null, data: { id: string, type: string, label: string, kind: string | null, title: string | null, year: number | null, issuedOn: string | null, issuer: string | null, status: InstrumentStatus | null, citationCount: number | null, hiddenNeighbors: number | null, effectiveFrom: string | null, endedOn: string | null } }>, edges: Array<{ classes: string | null, data: { id: string, source: string, target: string, type: string, label: string | null, inferred: boolean, score: number | null, reason: string | null, evidenceCount: number, pinpoint: string | null, effectiveFrom: string | null, supplements: boolean | null } }> } | null };

export type ConvertFileMutationVariables = Exact<{
  file: Scalars['File']['input'];
}>;


export type ConvertFileMutation = { convertFile: { text: string, title: string | null, fileName: string, length: number } };

export type IngestMutationVariables = Exact<{
  input: IngestTextInput;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type IngestMutation = { ingestText: { dryRun: boolean, extraction: unknown, instruments: number, relations: number, actions: number, proposedTitle: string | null, textWarning: string | null, identity: { key: string, label: string, kind: string, number: string | null, symbol: string | null, source: string } | null, document: { id: string, title: string | null, instruments: Array<{ key: string, label: string }> } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  document {
    id
    title
  }
  sentence
  start
  end
  highlightStart
  highlightEnd
  cutBefore
  cutAfter
}
    `, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const InstrumentRefFieldsFragmentDoc = new TypedDocumentString(`
    fragment InstrumentRefFields on Instrument {
  key
  label
  kind
  title
}
    `, {"fragmentName":"InstrumentRefFields"}) as unknown as TypedDocumentString<InstrumentRefFieldsFragment, unknown>;
export const ActionRefFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionRefFields on Action {
  id
  kind
  summary
}
    `, {"fragmentName":"ActionRefFields"}) as unknown as TypedDocumentString<ActionRefFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  nodes {
    data {
      id
      type
      label
      kind
      title
      year
      issuedOn
      issuer
      status
      citationCount
      hiddenNeighbors
      effectiveFrom
      endedOn
    }
    classes
  }
  edges {
    data {
      id
      source
      target
      type
      label
      inferred
      score
      reason
      evidenceCount
      pinpoint
      effectiveFrom
      supplements
    }
    classes
  }
  truncated
}
    `, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const HistoryEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment HistoryEventFields on HistoryEvent {
  type
  supplements
  date
  by {
    key
    label
    kind
    title
    issuedOn
  }
  byPinpoints
  pinpoints
  fromCatalog
  source
  evidence(first: 2) {
    document {
      id
      title
    }
    sentence
    start
    end
    highlightStart
    highlightEnd
  }
}
    `, {"fragmentName":"HistoryEventFields"}) as unknown as TypedDocumentString<HistoryEventFieldsFragment, unknown>;
export const GraphDocument = new TypedDocumentString(`
    query Graph($focus: [ID!], $depth: Int, $relationTypes: [String!], $includeActions: Boolean, $includeInferred: Boolean, $limit: Int, $includeDocuments: Boolean) {
  graph(
    focus: $focus
    depth: $depth
    relationTypes: $relationTypes
    includeActions: $includeActions
    includeInferred: $includeInferred
    limit: $limit
    includeDocuments: $includeDocuments
  ) {
    ...SubgraphFields
    instrumentCount
    citingDocumentCount
  }
}
    fragment SubgraphFields on Subgraph {
  nodes {
    data {
      id
      type
      label
      kind
      title
      year
      issuedOn
      issuer
      status
      citationCount
      hiddenNeighbors
      effectiveFrom
      endedOn
    }
    classes
  }
  edges {
    data {
      id
      source
      target
      type
      label
      inferred
      score
      reason
      evidenceCount
      pinpoint
      effectiveFrom
      supplements
    }
    classes
  }
  truncated
}`) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const HistoryDocument = new TypedDocumentString(`
    query History($key: ID!) {
  instrument(key: $key) {
    instrument {
      key
      history(first: 100) {
        ...HistoryEventFields
      }
    }
  }
}
    fragment HistoryEventFields on HistoryEvent {
  type
  supplements
  date
  by {
    key
    label
    kind
    title
    issuedOn
  }
  byPinpoints
  pinpoints
  fromCatalog
  source
  evidence(first: 2) {
    document {
      id
      title
    }
    sentence
    start
    end
    highlightStart
    highlightEnd
  }
}`) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($key: ID!) {
  instrument(key: $key) {
    instrument {
      key
      articleCount
      articles(first: 500) {
        key
        article
        heading
        codifiedAs
        topic
        officialUrl
        changes {
          type
          supplements
          date
          by {
            key
            label
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    type
    score
    label
    detail
    node {
      __typename
      ... on Instrument {
        key
      }
      ... on Organization {
        key
      }
      ... on Action {
        id
        kind
      }
      ... on Document {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const InstrumentDocument = new TypedDocumentString(`
    query Instrument($key: ID!) {
  instrument(key: $key) {
    instrument {
      key
      kind
      number
      symbol
      issuedOn
      year
      term
      title
      conference
      jurisdiction
      label
      citation
      fromCatalog
      status
      effectiveFrom
      signer
      ownDocument {
        id
        title
      }
      statusDetail {
        status
        at
        basis
        source
      }
      issuer {
        key
        name
      }
      supersededBy {
        type
        instrument {
          ...InstrumentRefFields
        }
      }
      relations {
        type
        direction
        instrument {
          ...InstrumentRefFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      citedBy(first: 20) {
        totalCount
        nodes {
          id
          title
          source
        }
      }
      citationCount
      governs {
        ...ActionRefFields
      }
      mayGovern {
        score
        reason
        action {
          ...ActionRefFields
        }
      }
      evidence {
        ...EvidenceFields
      }
      conflicts {
        attribute
        values {
          value
          documents {
            id
            title
          }
        }
      }
    }
  }
}
    fragment EvidenceFields on Evidence {
  document {
    id
    title
  }
  sentence
  start
  end
  highlightStart
  highlightEnd
  cutBefore
  cutAfter
}
fragment InstrumentRefFields on Instrument {
  key
  label
  kind
  title
}
fragment ActionRefFields on Action {
  id
  kind
  summary
}`) as unknown as TypedDocumentString<InstrumentQuery, InstrumentQueryVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization($key: ID!) {
  organization(key: $key) {
    key
    name
    level
    mentionCount
    issued {
      ...InstrumentRefFields
    }
    performed {
      ...ActionRefFields
    }
  }
}
    fragment InstrumentRefFields on Instrument {
  key
  label
  kind
  title
}
fragment ActionRefFields on Action {
  id
  kind
  summary
}`) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const ActionDocument = new TypedDocumentString(`
    query Action($id: ID!) {
  action(id: $id) {
    id
    kind
    ordinal
    summary
    text
    actor {
      key
      name
    }
    quantities {
      value
      unit
      text
    }
    document {
      id
      title
    }
    evidence {
      ...EvidenceFields
    }
    backedBy {
      ...InstrumentRefFields
    }
    inferredBacking {
      score
      reason
      instrument {
        ...InstrumentRefFields
      }
    }
    warnings
  }
}
    fragment EvidenceFields on Evidence {
  document {
    id
    title
  }
  sentence
  start
  end
  highlightStart
  highlightEnd
  cutBefore
  cutAfter
}
fragment InstrumentRefFields on Instrument {
  key
  label
  kind
  title
}`) as unknown as TypedDocumentString<ActionQuery, ActionQueryVariables>;
export const DocumentDocument = new TypedDocumentString(`
    query Document($id: ID!) {
  document(id: $id) {
    id
    title
    source
    publishedOn
    ingestedAt
    text
    textWarning
    signer
    citations {
      start
      end
      text
      instrument {
        key
        label
      }
    }
    instruments {
      ...InstrumentRefFields
    }
    actions {
      ...ActionRefFields
    }
  }
}
    fragment InstrumentRefFields on Instrument {
  key
  label
  kind
  title
}
fragment ActionRefFields on Action {
  id
  kind
  summary
}`) as unknown as TypedDocumentString<DocumentQuery, DocumentQueryVariables>;
export const TraceDocument = new TypedDocumentString(`
    query Trace($actionId: ID!, $depth: Int, $includeInferred: Boolean) {
  trace(actionId: $actionId, depth: $depth, includeInferred: $includeInferred) {
    action {
      ...ActionRefFields
    }
    steps {
      depth
      via
      inferred
      score
      reason
      instrument {
        ...InstrumentRefFields
      }
      from {
        key
      }
      evidence {
        ...EvidenceFields
      }
    }
    graph {
      ...SubgraphFields
    }
  }
}
    fragment EvidenceFields on Evidence {
  document {
    id
    title
  }
  sentence
  start
  end
  highlightStart
  highlightEnd
  cutBefore
  cutAfter
}
fragment InstrumentRefFields on Instrument {
  key
  label
  kind
  title
}
fragment ActionRefFields on Action {
  id
  kind
  summary
}
fragment SubgraphFields on Subgraph {
  nodes {
    data {
      id
      type
      label
      kind
      title
      year
      issuedOn
      issuer
      status
      citationCount
      hiddenNeighbors
      effectiveFrom
      endedOn
    }
    classes
  }
  edges {
    data {
      id
      source
      target
      type
      label
      inferred
      score
      reason
      evidenceCount
      pinpoint
      effectiveFrom
      supplements
    }
    classes
  }
  truncated
}`) as unknown as TypedDocumentString<TraceQuery, TraceQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  nodes {
    data {
      id
      type
      label
      kind
      title
      year
      issuedOn
      issuer
      status
      citationCount
      hiddenNeighbors
      effectiveFrom
      endedOn
    }
    classes
  }
  edges {
    data {
      id
      source
      target
      type
      label
      inferred
      score
      reason
      evidenceCount
      pinpoint
      effectiveFrom
      supplements
    }
    classes
  }
  truncated
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const ConvertFileDocument = new TypedDocumentString(`
    mutation ConvertFile($file: File!) {
  convertFile(file: $file) {
    text
    title
    fileName
    length
  }
}
    `) as unknown as TypedDocumentString<ConvertFileMutation, ConvertFileMutationVariables>;
export const IngestDocument = new TypedDocumentString(`
    mutation Ingest($input: IngestTextInput!, $dryRun: Boolean) {
  ingestText(input: $input, dryRun: $dryRun) {
    dryRun
    extraction
    instruments
    relations
    actions
    proposedTitle
    textWarning
    identity {
      key
      label
      kind
      number
      symbol
      source
    }
    document {
      id
      title
      instruments {
        key
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestMutation, IngestMutationVariables>;