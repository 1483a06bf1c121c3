// Talks to /graphql. Every request goes through gql(), which keeps a count of requests in flight (the loading
// indicator) and turns failures into ApiError values the status bar can show: the server is down, or a query
// failed with its GraphQL message. The query documents below are checked against server/api/schema/vanban.graphql
// by `npm run codegen`, which types them into client/src/gql/; the types the rest of the client reads come from
// there.
import { graphql } from './gql/gql.ts';
import type {
  ActionQuery, ArticlesQuery, ActionRefFieldsFragment, ConvertFileMutation, DocumentQuery, EvidenceFieldsFragment, GraphQueryVariables, HistoryEventFieldsFragment,
  IngestMutation, IngestTextInput, InstrumentQuery, InstrumentRefFieldsFragment, OrganizationQuery, SearchQuery, SubgraphFieldsFragment, TraceQuery,
  TypedDocumentString,
} from './gql/graphql.ts';
import type { InstrumentStatus, RelationType } from './gql/graphql.ts';

export type { InstrumentStatus, RelationType, SearchType } from './gql/graphql.ts';
export const RELATION_TYPES: RelationType[] = [
  'REPLACES', 'AMENDS', 'REPEALS', 'GUIDES', 'IMPLEMENTS', 'CONTINUES', 'BASED_ON',
  'SUMMARIZES', 'CONSOLIDATES', 'CORRECTS', 'SUSPENDS', 'CITES',
];
/** Edge types of a subgraph besides the instrument relations. */
export const LINK_TYPES = ['ISSUED', 'GOVERNS', 'MAY_GOVERN', 'PERFORMED_BY'] as const;

export type NodeType = 'instrument' | 'organization' | 'action' | 'task' | 'document';
export const STATUSES: InstrumentStatus[] = ['IN_FORCE', 'NOT_YET_IN_FORCE', 'AMENDED', 'PARTLY_REPEALED', 'REPLACED', 'REPEALED', 'SUSPENDED', 'UNKNOWN'];

/**
 * A node of the view. The server's fields (SubgraphFields below) with `type` narrowed to the node types the server
 * writes, and the group frame the view may put it in.
 */
export type CyNodeData = Loose<Omit<SubgraphFieldsFragment['nodes'][number]['data'], 'type'>> & {
  type: NodeType;
  /** The group frame (a compound node of the view) the node is drawn in. */
  parent?: string;
};
export type CyEdgeData = Loose<SubgraphFieldsFragment['edges'][number]['data']>;
/** A server type whose nullable fields may also be left out (the view's own and synthetic elements omit them). */
type Loose<T> = { [K in keyof T as null extends T[K] ? K : never]?: T[K] } & { [K in keyof T as null extends T[K] ? never : K]: T[K] };
export interface Subgraph {
  nodes: { data: CyNodeData; classes?: string | null }[];
  edges: { data: CyEdgeData; classes?: string | null }[];
  truncated: boolean;
  /** Overview only: instruments in the whole graph, and documents citing those shown (drawn or not). */
  instrumentCount?: number | null;
  citingDocumentCount?: number | null;
}

export interface DocumentRef { id: string; title: string | null; source?: string | null }
/** A quoted sentence; a history event's quotes come without the cut flags (no ellipsis then). */
export type Evidence = Omit<EvidenceFieldsFragment, 'cutBefore' | 'cutAfter'> & Partial<Pick<EvidenceFieldsFragment, 'cutBefore' | 'cutAfter'>>;
export type InstrumentRef = InstrumentRefFieldsFragment;
export type ActionRef = ActionRefFieldsFragment;
export type InstrumentDetail = NonNullable<InstrumentQuery['instrument']['instrument']>;
/** Why an instrument has its status (the catalogue event or the sentence that decides it); source 'none': unknown. */
export type StatusDetail = InstrumentDetail['statusDetail'];
export type OrganizationDetail = NonNullable<OrganizationQuery['organization']>;
export type ActionDetail = NonNullable<ActionQuery['action']>;
export type DocumentDetail = NonNullable<DocumentQuery['document']>;
export type SearchHit = SearchQuery['search'][number];
type TraceResult = NonNullable<TraceQuery['trace']>;
export type TraceStep = TraceResult['steps'][number];
export type Trace = Omit<TraceResult, 'graph'> & { graph: Subgraph };
export type HistoryEvent = HistoryEventFieldsFragment;
/** A codified article of an instrument, with the dated changes that name it. */
export type CodifiedArticle = NonNullable<ArticlesQuery['instrument']['instrument']>['articles'][number];
type IngestPayload = IngestMutation['ingestText'];
export type DocumentIdentity = NonNullable<IngestPayload['identity']>;
/** The answer to adding a text; `extraction` is JSON in the SDL, read as the extractor's output. */
export type IngestResult = Omit<IngestPayload, 'extraction'> & { extraction: Extraction };
/** The extractor's output (server/extract/models.ts `Extraction`), as much as the client reads. */
export interface Extraction {
  instruments: { key: string; kind: string; number: string | null; symbol: string | null; issuedOn: string | null; issuer: string | null; title: string | null; mentions: Span[] }[];
  relations: { from: string; to: string; type: string; evidence: Span }[];
  actions: { id: string; kind: 'action' | 'task'; summary: string; backedBy: string[]; evidence: Span }[];
  organizations: { key: string; name: string; mentions: Span[] }[];
}
export interface Span { start: number; end: number; text: string }
export type ConvertedDocument = ConvertFileMutation['convertFile'];

// ------------------------------------------------------------------ transport

export class ApiError extends Error {
  constructor(
    message: string,
    /**
     * 'network': the server did not answer; 'http': it answered with an error status; 'graphql': the query failed;
     * 'cancelled': the caller aborted it (never shown).
     */
    readonly kind: 'network' | 'http' | 'graphql' | 'cancelled',
    /** The first GraphQL error's extensions.code, e.g. UNAUTHENTICATED when a mutation needs the API token. */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export interface ApiStatus { inFlight: number; error: ApiError | null; retry: (() => void) | null }
const status: ApiStatus = { inFlight: 0, error: null, retry: null };
const statusListeners = new Set<(s: ApiStatus) => void>();
export function onApiStatus(fn: (s: ApiStatus) => void): void {
  statusListeners.add(fn);
}
function emit(): void {
  for (const fn of statusListeners) fn(status);
}
export function clearApiError(): void {
  status.error = null;
  status.retry = null;
  emit();
}

let endpoint = '/graphql';
export function setEndpoint(url: string): void {
  endpoint = url;
}

/**
 * The server's API_TOKEN, when it has one: changes to the graph (adding a document, even its preview) need it as a
 * Bearer token. Asked for by the import dialog when the server refuses without it, and kept for the browser tab's
 * session only (sessionStorage), never in the URL.
 */
const TOKEN_KEY = 'vanban.apiToken';
function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled by the browser
  }
}
let apiToken: string | null = storage()?.getItem(TOKEN_KEY) ?? null;
export function setApiToken(token: string | null): void {
  apiToken = token?.trim() || null;
  if (apiToken) storage()?.setItem(TOKEN_KEY, apiToken);
  else storage()?.removeItem(TOKEN_KEY);
}
export function hasApiToken(): boolean {
  return apiToken !== null;
}

/**
 * Runs one GraphQL operation. On failure the error is also published to the status bar, with `retry` set to
 * run the same operation again (the caller's promise is rejected; a retry resolves through `onRetry`).
 */
export interface GqlOptions<T> {
  quiet?: boolean;
  onRetry?: ((data: T) => void) | undefined;
  /** A file for variable `file`: sent as a multipart request. */
  file?: File;
  /** Aborts the request (a newer keystroke superseded it); the server then stops its work too. */
  signal?: AbortSignal | undefined;
}
/** A typed document from graphql(): its result and variables are checked. */
export function gql<T, V>(query: TypedDocumentString<T, V>, variables: V, opts?: GqlOptions<T>): Promise<T>;
/** A query given as text, untyped. */
export function gql<T>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions<T>): Promise<T>;
export async function gql<T>(document: string | TypedDocumentString<T, unknown>, variables: unknown = {}, opts: GqlOptions<T> = {}): Promise<T> {
  const query = document.toString();
  status.inFlight++;
  emit();
  try {
    let res: Response;
    const auth: Record<string, string> = apiToken ? { authorization: `Bearer ${apiToken}` } : {};
    let payload: BodyInit = JSON.stringify({ query, variables });
    if (opts.file) {
      // The GraphQL multipart request: operations (the file variable null), map, then the file part.
      const form = new FormData();
      form.append('operations', JSON.stringify({ query, variables: { ...(variables as Record<string, unknown>), file: null } }));
      form.append('map', JSON.stringify({ 0: ['variables.file'] }));
      form.append('0', opts.file, opts.file.name);
      payload = form;
    }
    try {
      res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          // a multipart upload carries a header no HTML form can send, so the server knows it is no forgery
          ...(opts.file ? { 'graphql-preflight': '1' } : { 'content-type': 'application/json' }),
          accept: 'application/graphql-response+json, application/json',
          ...auth,
        },
        body: payload,
        signal: opts.signal,
      });
    } catch (err) {
      if (opts.signal?.aborted) throw new ApiError('cancelled', 'cancelled');
      throw new ApiError((err as Error).message || 'network error', 'network');
    }
    type Body = { data?: T; errors?: { message: string; extensions?: { code?: unknown } }[] };
    const body = (await res.json().catch(() => null)) as Body | null;
    if (body?.errors?.length) {
      const code = body.errors[0]?.extensions?.code;
      throw new ApiError(body.errors.map((e) => e.message).join('; '), 'graphql', typeof code === 'string' ? code : null);
    }
    if (!res.ok || !body?.data) {
      throw new ApiError(`HTTP ${res.status} ${res.statusText}`.trim(), res.status >= 500 || res.status === 0 ? 'network' : 'http');
    }
    if (!opts.quiet && status.error) {
      status.error = null;
      status.retry = null;
    }
    return body.data;
  } catch (err) {
    const e = err instanceof ApiError ? err : new ApiError(String(err), 'network');
    if (!opts.quiet && e.kind !== 'cancelled') {
      status.error = e;
      status.retry = () => {
        clearApiError();
        void gql<T>(query, variables as Record<string, unknown>, opts).then((d) => opts.onRetry?.(d), () => undefined);
      };
    }
    throw e;
  } finally {
    status.inFlight--;
    emit();
  }
}

// ------------------------------------------------------------------ documents
// Each document is validated against the SDL and typed by `npm run codegen` (client/src/gql/): graphql() returns
// the query string carrying its result and variable types, which gql() and the types above take from it.

graphql(`fragment EvidenceFields on Evidence { document { id title } sentence start end highlightStart highlightEnd cutBefore cutAfter }`);
graphql(`fragment InstrumentRefFields on Instrument { key label kind title }`);
graphql(`fragment ActionRefFields on Action { id kind summary }`);
graphql(`fragment SubgraphFields on Subgraph {
  nodes { data { id type label kind title year issuedOn issuer status citationCount hiddenNeighbors effectiveFrom endedOn } classes }
  edges { data { id source target type label inferred score reason evidenceCount pinpoint effectiveFrom supplements } classes }
  truncated
}`);
graphql(`fragment HistoryEventFields on HistoryEvent {
  type supplements date by { key label kind title issuedOn } byPinpoints pinpoints fromCatalog source
  evidence(first: 2) { document { id title } sentence start end highlightStart highlightEnd }
}`);

export const Q = {
  graph: graphql(`query Graph($focus: [ID!], $depth: Int, $relationTypes: [String!], $includeActions: Boolean, $includeInferred: Boolean, $limit: Int, $includeDocuments: Boolean) {
    graph(focus: $focus, depth: $depth, relationTypes: $relationTypes, includeActions: $includeActions, includeInferred: $includeInferred, limit: $limit, includeDocuments: $includeDocuments) { ...SubgraphFields instrumentCount citingDocumentCount }
  }`),
  history: graphql(`query History($key: ID!) { instrument(key: $key) { instrument { key history(first: 100) { ...HistoryEventFields } } } }`),
  articles: graphql(`query Articles($key: ID!) { instrument(key: $key) { instrument { key articleCount
    articles(first: 500) { key article heading codifiedAs topic officialUrl changes { type supplements date by { key label } } } } } }`),
  search: graphql(`query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      type score label detail
      node {
        __typename
        ... on Instrument { key }
        ... on Organization { key }
        ... on Action { id kind }
        ... on Document { id }
      }
    }
  }`),
  instrument: graphql(`query Instrument($key: ID!) {
    instrument(key: $key) {
      instrument {
        key kind number symbol issuedOn year term title conference jurisdiction label citation fromCatalog status effectiveFrom signer
        ownDocument { id title }
        statusDetail { status at basis source }
        issuer { key name }
        supersededBy { type instrument { ...InstrumentRefFields } }
        relations { type direction instrument { ...InstrumentRefFields } evidence { ...EvidenceFields } }
        citedBy(first: 20) { totalCount nodes { id title source } }
        citationCount
        governs { ...ActionRefFields }
        mayGovern { score reason action { ...ActionRefFields } }
        evidence { ...EvidenceFields }
        conflicts { attribute values { value documents { id title } } }
      }
    }
  }`),
  organization: graphql(`query Organization($key: ID!) {
    organization(key: $key) { key name level mentionCount issued { ...InstrumentRefFields } performed { ...ActionRefFields } }
  }`),
  action: graphql(`query Action($id: ID!) {
    action(id: $id) {
      id kind ordinal summary text
      actor { key name }
      quantities { value unit text }
      document { id title }
      evidence { ...EvidenceFields }
      backedBy { ...InstrumentRefFields }
      inferredBacking { score reason instrument { ...InstrumentRefFields } }
      warnings
    }
  }`),
  document: graphql(`query Document($id: ID!) {
    document(id: $id) {
      id title source publishedOn ingestedAt text textWarning signer
      citations { start end text instrument { key label } }
      instruments { ...InstrumentRefFields }
      actions { ...ActionRefFields }
    }
  }`),
  trace: graphql(`query Trace($actionId: ID!, $depth: Int, $includeInferred: Boolean) {
    trace(actionId: $actionId, depth: $depth, includeInferred: $includeInferred) {
      action { ...ActionRefFields }
      steps { depth via inferred score reason instrument { ...InstrumentRefFields } from { key } evidence { ...EvidenceFields } }
      graph { ...SubgraphFields }
    }
  }`),
  path: graphql(`query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) { ...SubgraphFields } }`),
  convertFile: graphql(`mutation ConvertFile($file: File!) { convertFile(file: $file) { text title fileName length } }`),
  ingest: graphql(`mutation Ingest($input: IngestTextInput!, $dryRun: Boolean) {
    ingestText(input: $input, dryRun: $dryRun) {
      dryRun extraction instruments relations actions proposedTitle textWarning
      identity { key label kind number symbol source }
      document { id title instruments { key label } }
    }
  }`),
} as const;

export type GraphArgs = Omit<GraphQueryVariables, 'focus' | 'relationTypes'> & {
  focus?: string[] | undefined;
  relationTypes?: string[] | undefined;
};

export const api = {
  graph: (args: GraphArgs, onRetry?: (d: Subgraph) => void) =>
    gql(Q.graph, { ...args }, { onRetry: onRetry && ((d) => onRetry(subgraph(d.graph))) }).then((d) => subgraph(d.graph)),
  history: (key: string) => gql(Q.history, { key }).then((d): HistoryEvent[] => d.instrument.instrument?.history ?? []),
  articles: (key: string) =>
    gql(Q.articles, { key }).then((d): { count: number; articles: CodifiedArticle[] } => ({
      count: d.instrument.instrument?.articleCount ?? 0,
      articles: d.instrument.instrument?.articles ?? [],
    })),
  search: (text: string, first = 12, signal?: AbortSignal) => gql(Q.search, { text, first }, { signal }).then((d): SearchHit[] => d.search),
  instrument: (key: string) => gql(Q.instrument, { key }).then((d): InstrumentDetail | null => d.instrument.instrument ?? null),
  organization: (key: string) => gql(Q.organization, { key }).then((d): OrganizationDetail | null => d.organization ?? null),
  action: (id: string) => gql(Q.action, { id }).then((d): ActionDetail | null => d.action ?? null),
  document: (id: string) => gql(Q.document, { id }).then((d): DocumentDetail | null => d.document ?? null),
  trace: (actionId: string, includeInferred = true) =>
    gql(Q.trace, { actionId, depth: 3, includeInferred }).then((d): Trace | null => (d.trace ? { ...d.trace, graph: subgraph(d.trace.graph) } : null)),
  path: (from: string, to: string) => gql(Q.path, { from, to }).then((d) => (d.path ? subgraph(d.path) : null)),
  // Quiet: the import dialog shows its own errors (and asks for the API token), not the page's error banner.
  convertFile: (file: File) => gql(Q.convertFile, { file }, { quiet: true, file }).then((d): ConvertedDocument => d.convertFile),
  ingest: (input: IngestTextInput, dryRun: boolean) =>
    gql(Q.ingest, { input, dryRun }, { quiet: true }).then((d): IngestResult => ({ ...d.ingestText, extraction: d.ingestText.extraction as Extraction })),
};

/**
 * The server's subgraph with its node types narrowed: the SDL types them as a String naming one of NodeType, the
 * only values the server writes there.
 */
function subgraph(g: SubgraphFieldsFragment & Partial<Pick<Subgraph, 'instrumentCount' | 'citingDocumentCount'>>): Subgraph {
  return g as unknown as Subgraph;
}
