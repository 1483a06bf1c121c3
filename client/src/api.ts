// Talks to /graphql. Every request goes through gql(), which keeps a count of requests in flight (the loading
// indicator) and turns failures into ApiError values the status bar can show: the server is down, or a query
// failed with its GraphQL message. The query documents below follow server/api/schema/vanban.graphql exactly.

export type RelationType =
  | 'REPLACES' | 'AMENDS' | 'REPEALS' | 'GUIDES' | 'IMPLEMENTS' | 'CONTINUES' | 'BASED_ON'
  | 'SUMMARIZES' | 'CONSOLIDATES' | 'CORRECTS' | 'SUSPENDS' | 'CITES';
export const RELATION_TYPES: RelationType[] = [
  'REPLACES', 'AMENDS', 'REPEALS', 'GUIDES', 'IMPLEMENTS', 'CONTINUES', 'BASED_ON',
  'SUMMARIZES', 'CONSOLIDATES', 'CORRECTS', 'SUSPENDS', 'CITES',
];
/** Edge types of a subgraph besides the instrument relations. */
export const LINK_TYPES = ['ISSUED', 'GOVERNS', 'MAY_GOVERN', 'PERFORMED_BY'] as const;

export type NodeType = 'instrument' | 'organization' | 'action' | 'task' | 'document';
export type InstrumentStatus = 'IN_FORCE' | 'REPLACED' | 'AMENDED' | 'REPEALED' | 'SUSPENDED' | 'UNKNOWN' | 'PARTLY_REPEALED' | 'NOT_YET_IN_FORCE';
export const STATUSES: InstrumentStatus[] = ['IN_FORCE', 'NOT_YET_IN_FORCE', 'AMENDED', 'PARTLY_REPEALED', 'REPLACED', 'REPEALED', 'SUSPENDED', 'UNKNOWN'];
/** Why an instrument has its status (the catalogue event or the sentence that decides it); source 'none': unknown. */
export interface StatusDetail { status: InstrumentStatus; at: string | null; basis: string | null; source: string }

export interface CyNodeData {
  id: string;
  type: NodeType;
  label: string;
  kind?: string | null;
  title?: string | null;
  year?: number | null;
  issuedOn?: string | null;
  issuer?: string | null;
  status?: InstrumentStatus | null;
  citationCount?: number | null;
  hiddenNeighbors?: number | null;
  /** When the instrument takes effect, when known. */
  effectiveFrom?: string | null;
  /** When it was repealed or replaced as a whole, when known (the date control greys it from then on). */
  endedOn?: string | null;
  /** The group frame (a compound node of the view) the node is drawn in. */
  parent?: string;
}
export interface CyEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label?: string | null;
  inferred: boolean;
  score?: number | null;
  reason?: string | null;
  evidenceCount: number;
  /** The article, clause or point the link names ("Điều 4", "khoản 27 Điều 1"), as written. */
  pinpoint?: string | null;
  /** From when the link applies (an amendment's or repeal's effective date, or the acting instrument's date). */
  effectiveFrom?: string | null;
  /** An amendment that adds to the text ("bổ sung") rather than changes it. */
  supplements?: boolean | null;
}
export interface Subgraph {
  nodes: { data: CyNodeData; classes?: string | null }[];
  edges: { data: CyEdgeData; classes?: string | null }[];
  truncated: boolean;
  /** Overview only: instruments in the whole graph, and documents citing those shown (drawn or not). */
  instrumentCount?: number | null;
  citingDocumentCount?: number | null;
}

export interface DocumentRef { id: string; title: string | null; source?: string | null }
export interface Evidence {
  document: DocumentRef;
  sentence: string;
  start: number;
  end: number;
  highlightStart: number | null;
  highlightEnd: number | null;
  /** The quote begins (ends) inside a sentence: shown with an ellipsis. */
  cutBefore?: boolean;
  cutAfter?: boolean;
}
export interface InstrumentRef { key: string; label: string; kind: string; title: string | null; citation?: string }
export interface ActionRef { id: string; kind: 'action' | 'task'; summary: string }
export interface InstrumentDetail {
  key: string;
  kind: string;
  number: string | null;
  symbol: string | null;
  issuedOn: string | null;
  year: number | null;
  term: string | null;
  title: string | null;
  conference: string | null;
  jurisdiction: string | null;
  label: string;
  citation: string;
  fromCatalog: boolean;
  status: InstrumentStatus;
  statusDetail: StatusDetail;
  effectiveFrom: string | null;
  issuer: { key: string; name: string } | null;
  supersededBy: { type: RelationType; instrument: InstrumentRef }[];
  relations: { type: RelationType; direction: 'OUTGOING' | 'INCOMING' | 'BOTH'; instrument: InstrumentRef; evidence: Evidence[] }[];
  citedBy: { totalCount: number; nodes: DocumentRef[] };
  citationCount: number;
  governs: ActionRef[];
  mayGovern: { score: number; reason: string; action: ActionRef }[];
  evidence: Evidence[];
  conflicts: { attribute: string; values: { value: string; documents: DocumentRef[] }[] }[];
}
export interface OrganizationDetail {
  key: string;
  name: string;
  level: string | null;
  mentionCount: number;
  issued: InstrumentRef[];
  performed: ActionRef[];
}
export interface ActionDetail {
  id: string;
  kind: 'action' | 'task';
  ordinal: number | null;
  summary: string;
  text: string;
  actor: { key: string; name: string } | null;
  quantities: { value: number; unit: string | null; text: string }[];
  document: DocumentRef;
  evidence: Evidence;
  backedBy: InstrumentRef[];
  inferredBacking: { score: number; reason: string; instrument: InstrumentRef }[];
  warnings: string[];
}
export interface DocumentDetail {
  id: string;
  title: string | null;
  source: string | null;
  textWarning: string | null;
  signer: string | null;
  publishedOn: string | null;
  ingestedAt: string | null;
  text: string;
  citations: { start: number; end: number; text: string; instrument: { key: string; label: string } }[];
  instruments: InstrumentRef[];
  actions: ActionRef[];
}
export type SearchType = 'INSTRUMENT' | 'ORGANIZATION' | 'ACTION' | 'DOCUMENT';
export interface SearchHit {
  type: SearchType;
  score: number;
  label: string;
  detail: string | null;
  node: { __typename: 'Instrument'; key: string } | { __typename: 'Organization'; key: string } | { __typename: 'Action'; id: string; kind: string } | { __typename: 'Document'; id: string };
}
export interface TraceStep {
  depth: number;
  instrument: InstrumentRef;
  via: string;
  from: { key: string } | null;
  inferred: boolean;
  score: number | null;
  reason: string | null;
  evidence: Evidence[];
}
export interface Trace {
  action: ActionRef;
  steps: TraceStep[];
  graph: Subgraph;
}
export interface DocumentIdentity { key: string; label: string; kind: string; number: string | null; symbol: string | null; source: 'header' | 'enacting' | 'typed' }
export interface IngestResult {
  dryRun: boolean;
  identity: DocumentIdentity | null;
  proposedTitle: string | null;
  textWarning: string | null;
  document: { id: string; title: string | null; instruments: { key: string; label: string }[] } | null;
  extraction: Extraction;
  instruments: number;
  relations: number;
  actions: number;
}
/** The extractor's output (server/extract/models.ts `Extraction`), as much as the client reads. */
export interface Extraction {
  instruments: { key: string; kind: string; number: string | null; symbol: string | null; issuedOn: string | null; issuer: string | null; title: string | null; mentions: Span[] }[];
  relations: { from: string; to: string; type: string; evidence: Span }[];
  actions: { id: string; kind: 'action' | 'task'; summary: string; backedBy: string[]; evidence: Span }[];
  organizations: { key: string; name: string; mentions: Span[] }[];
}
export interface Span { start: number; end: number; text: string }
export interface ConvertedDocument { text: string; title: string | null; fileName: string; length: number }

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
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  opts: {
    quiet?: boolean;
    onRetry?: (data: T) => void;
    /** A file for variable `file`: sent as a multipart request. */
    file?: File;
    /** Aborts the request (a newer keystroke superseded it); the server then stops its work too. */
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  status.inFlight++;
  emit();
  try {
    let res: Response;
    const auth: Record<string, string> = apiToken ? { authorization: `Bearer ${apiToken}` } : {};
    let payload: BodyInit = JSON.stringify({ query, variables });
    if (opts.file) {
      // The GraphQL multipart request: operations (the file variable null), map, then the file part.
      const form = new FormData();
      form.append('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
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
        void gql<T>(query, variables, opts).then((d) => opts.onRetry?.(d), () => undefined);
      };
    }
    throw e;
  } finally {
    status.inFlight--;
    emit();
  }
}

// ------------------------------------------------------------------ documents

const EVIDENCE = `document { id title } sentence start end highlightStart highlightEnd cutBefore cutAfter`;
const INSTRUMENT_REF = `key label kind title`;
const ACTION_REF = `id kind summary`;
const SUBGRAPH = `
  nodes { data { id type label kind title year issuedOn issuer status citationCount hiddenNeighbors effectiveFrom endedOn } classes }
  edges { data { id source target type label inferred score reason evidenceCount pinpoint effectiveFrom supplements } classes }
  truncated`;
const HISTORY_EVENT = `type supplements date by { key label kind title issuedOn } byPinpoints pinpoints fromCatalog source
  evidence(first: 2) { document { id title } sentence start end highlightStart highlightEnd }`;

export const Q = {
  graph: `query Graph($focus: [ID!], $depth: Int, $relationTypes: [String!], $includeActions: Boolean, $includeInferred: Boolean, $limit: Int, $includeDocuments: Boolean) {
    graph(focus: $focus, depth: $depth, relationTypes: $relationTypes, includeActions: $includeActions, includeInferred: $includeInferred, limit: $limit, includeDocuments: $includeDocuments) { ${SUBGRAPH} instrumentCount citingDocumentCount }
  }`,
  history: `query History($key: ID!) { instrument(key: $key) { instrument { key history(first: 100) { ${HISTORY_EVENT} } } } }`,
  search: `query Search($text: String!, $first: Int) {
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
  }`,
  instrument: `query Instrument($key: ID!) {
    instrument(key: $key) {
      instrument {
        key kind number symbol issuedOn year term title conference jurisdiction label citation fromCatalog status effectiveFrom
        statusDetail { status at basis source }
        issuer { key name }
        supersededBy { type instrument { ${INSTRUMENT_REF} } }
        relations { type direction instrument { ${INSTRUMENT_REF} } evidence { ${EVIDENCE} } }
        citedBy(first: 20) { totalCount nodes { id title source } }
        citationCount
        governs { ${ACTION_REF} }
        mayGovern { score reason action { ${ACTION_REF} } }
        evidence { ${EVIDENCE} }
        conflicts { attribute values { value documents { id title } } }
      }
    }
  }`,
  organization: `query Organization($key: ID!) {
    organization(key: $key) { key name level mentionCount issued { ${INSTRUMENT_REF} } performed { ${ACTION_REF} } }
  }`,
  action: `query Action($id: ID!) {
    action(id: $id) {
      id kind ordinal summary text
      actor { key name }
      quantities { value unit text }
      document { id title }
      evidence { ${EVIDENCE} }
      backedBy { ${INSTRUMENT_REF} }
      inferredBacking { score reason instrument { ${INSTRUMENT_REF} } }
      warnings
    }
  }`,
  document: `query Document($id: ID!) {
    document(id: $id) {
      id title source publishedOn ingestedAt text textWarning signer
      citations { start end text instrument { key label } }
      instruments { ${INSTRUMENT_REF} }
      actions { ${ACTION_REF} }
    }
  }`,
  trace: `query Trace($actionId: ID!, $depth: Int, $includeInferred: Boolean) {
    trace(actionId: $actionId, depth: $depth, includeInferred: $includeInferred) {
      action { ${ACTION_REF} }
      steps { depth via inferred score reason instrument { ${INSTRUMENT_REF} } from { key } evidence { ${EVIDENCE} } }
      graph { ${SUBGRAPH} }
    }
  }`,
  path: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) { ${SUBGRAPH} } }`,
  convertFile: `mutation ConvertFile($file: File!) { convertFile(file: $file) { text title fileName length } }`,
  ingest: `mutation Ingest($input: IngestTextInput!, $dryRun: Boolean) {
    ingestText(input: $input, dryRun: $dryRun) {
      dryRun extraction instruments relations actions proposedTitle textWarning
      identity { key label kind number symbol source }
      document { id title instruments { key label } }
    }
  }`,
} as const;

export interface GraphArgs {
  focus?: string[];
  depth?: number;
  relationTypes?: string[];
  includeActions?: boolean;
  includeInferred?: boolean;
  limit?: number;
  /** Also the documents citing the instruments shown, with their CITES links. */
  includeDocuments?: boolean;
}

export interface HistoryEvent {
  type: RelationType;
  supplements: boolean;
  date: string | null;
  by: { key: string; label: string; kind: string; title: string | null; issuedOn: string | null };
  byPinpoints: string[];
  pinpoints: string[];
  fromCatalog: boolean;
  source: string | null;
  evidence: Evidence[];
}

export const api = {
  graph: (args: GraphArgs, onRetry?: (d: Subgraph) => void) =>
    gql<{ graph: Subgraph }>(Q.graph, { ...args }, { onRetry: onRetry && ((d) => onRetry(d.graph)) }).then((d) => d.graph),
  history: (key: string) =>
    gql<{ instrument: { instrument: { key: string; history: HistoryEvent[] } | null } }>(Q.history, { key }).then((d) => d.instrument.instrument?.history ?? []),
  search: (text: string, first = 12, signal?: AbortSignal) => gql<{ search: SearchHit[] }>(Q.search, { text, first }, { signal }).then((d) => d.search),
  instrument: (key: string) => gql<{ instrument: { instrument: InstrumentDetail | null } }>(Q.instrument, { key }).then((d) => d.instrument.instrument),
  organization: (key: string) => gql<{ organization: OrganizationDetail | null }>(Q.organization, { key }).then((d) => d.organization),
  action: (id: string) => gql<{ action: ActionDetail | null }>(Q.action, { id }).then((d) => d.action),
  document: (id: string) => gql<{ document: DocumentDetail | null }>(Q.document, { id }).then((d) => d.document),
  trace: (actionId: string, includeInferred = true) =>
    gql<{ trace: Trace | null }>(Q.trace, { actionId, depth: 3, includeInferred }).then((d) => d.trace),
  path: (from: string, to: string) => gql<{ path: Subgraph | null }>(Q.path, { from, to }).then((d) => d.path),
  // Quiet: the import dialog shows its own errors (and asks for the API token), not the page's error banner.
  convertFile: (file: File) =>
    gql<{ convertFile: ConvertedDocument }>(Q.convertFile, {}, { quiet: true, file }).then((d) => d.convertFile),
  ingest: (input: { text: string; title?: string; source?: string; identity?: string }, dryRun: boolean) =>
    gql<{ ingestText: IngestResult }>(Q.ingest, { input, dryRun }, { quiet: true }).then((d) => d.ingestText),
};
