/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment EvidenceFields on Evidence { document { id title } sentence start end highlightStart highlightEnd cutBefore cutAfter }": typeof types.EvidenceFieldsFragmentDoc,
    "fragment InstrumentRefFields on Instrument { key label kind title }": typeof types.InstrumentRefFieldsFragmentDoc,
    "fragment ActionRefFields on Action { id kind summary }": typeof types.ActionRefFieldsFragmentDoc,
    "fragment SubgraphFields on Subgraph {\n  nodes { data { id type label kind title year issuedOn issuer status citationCount hiddenNeighbors effectiveFrom endedOn } classes }\n  edges { data { id source target type label inferred score reason evidenceCount pinpoint effectiveFrom supplements } classes }\n  truncated\n}": typeof types.SubgraphFieldsFragmentDoc,
    "fragment HistoryEventFields on HistoryEvent {\n  type supplements date by { key label kind title issuedOn } byPinpoints pinpoints fromCatalog source\n  evidence(first: 2) { document { id title } sentence start end highlightStart highlightEnd }\n}": typeof types.HistoryEventFieldsFragmentDoc,
    "query Graph($focus: [ID!], $depth: Int, $relationTypes: [String!], $includeActions: Boolean, $includeInferred: Boolean, $limit: Int, $includeDocuments: Boolean) {\n    graph(focus: $focus, depth: $depth, relationTypes: $relationTypes, includeActions: $includeActions, includeInferred: $includeInferred, limit: $limit, includeDocuments: $includeDocuments) { ...SubgraphFields instrumentCount citingDocumentCount }\n  }": typeof types.GraphDocument,
    "query History($key: ID!) { instrument(key: $key) { instrument { key history(first: 100) { ...HistoryEventFields } } } }": typeof types.HistoryDocument,
    "query Articles($key: ID!) { instrument(key: $key) { instrument { key articleCount\n    articles(first: 500) { key article heading codifiedAs topic officialUrl changes { type supplements date by { key label } } } } } }": typeof types.ArticlesDocument,
    "query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      type score label detail\n      node {\n        __typename\n        ... on Instrument { key }\n        ... on Organization { key }\n        ... on Action { id kind }\n        ... on Document { id }\n      }\n    }\n  }": typeof types.SearchDocument,
    "query Instrument($key: ID!) {\n    instrument(key: $key) {\n      instrument {\n        key kind number symbol issuedOn year term title conference jurisdiction label citation fromCatalog status effectiveFrom signer\n        ownDocument { id title }\n        statusDetail { status at basis source }\n        issuer { key name }\n        supersededBy { type instrument { ...InstrumentRefFields } }\n        relations { type direction instrument { ...InstrumentRefFields } evidence { ...EvidenceFields } }\n        citedBy(first: 20) { totalCount nodes { id title source } }\n        citationCount\n        governs { ...ActionRefFields }\n        mayGovern { score reason action { ...ActionRefFields } }\n        evidence { ...EvidenceFields }\n        conflicts { attribute values { value documents { id title } } }\n      }\n    }\n  }": typeof types.InstrumentDocument,
    "query Organization($key: ID!) {\n    organization(key: $key) { key name level mentionCount issued { ...InstrumentRefFields } performed { ...ActionRefFields } }\n  }": typeof types.OrganizationDocument,
    "query Action($id: ID!) {\n    action(id: $id) {\n      id kind ordinal summary text\n      actor { key name }\n      quantities { value unit text }\n      document { id title }\n      evidence { ...EvidenceFields }\n      backedBy { ...InstrumentRefFields }\n      inferredBacking { score reason instrument { ...InstrumentRefFields } }\n      warnings\n    }\n  }": typeof types.ActionDocument,
    "query Document($id: ID!) {\n    document(id: $id) {\n      id title source publishedOn ingestedAt text textWarning signer\n      citations { start end text instrument { key label } }\n      instruments { ...InstrumentRefFields }\n      actions { ...ActionRefFields }\n    }\n  }": typeof types.DocumentDocument,
    "query Trace($actionId: ID!, $depth: Int, $includeInferred: Boolean) {\n    trace(actionId: $actionId, depth: $depth, includeInferred: $includeInferred) {\n      action { ...ActionRefFields }\n      steps { depth via inferred score reason instrument { ...InstrumentRefFields } from { key } evidence { ...EvidenceFields } }\n      graph { ...SubgraphFields }\n    }\n  }": typeof types.TraceDocument,
    "query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) { ...SubgraphFields } }": typeof types.PathDocument,
    "mutation ConvertFile($file: File!) { convertFile(file: $file) { text title fileName length } }": typeof types.ConvertFileDocument,
    "mutation Ingest($input: IngestTextInput!, $dryRun: Boolean) {\n    ingestText(input: $input, dryRun: $dryRun) {\n      dryRun extraction instruments relations actions proposedTitle textWarning\n      identity { key label kind number symbol source }\n      document { id title instruments { key label } }\n    }\n  }": typeof types.IngestDocument,
};
const documents: Documents = {
    "fragment EvidenceFields on Evidence { document { id title } sentence start end highlightStart highlightEnd cutBefore cutAfter }": types.EvidenceFieldsFragmentDoc,
    "fragment InstrumentRefFields on Instrument { key label kind title }": types.InstrumentRefFieldsFragmentDoc,
    "fragment ActionRefFields on Action { id kind summary }": types.ActionRefFieldsFragmentDoc,
    "fragment SubgraphFields on Subgraph {\n  nodes { data { id type label kind title year issuedOn issuer status citationCount hiddenNeighbors effectiveFrom endedOn } classes }\n  edges { data { id source target type label inferred score reason evidenceCount pinpoint effectiveFrom supplements } classes }\n  truncated\n}": types.SubgraphFieldsFragmentDoc,
    "fragment HistoryEventFields on HistoryEvent {\n  type supplements date by { key label kind title issuedOn } byPinpoints pinpoints fromCatalog source\n  evidence(first: 2) { document { id title } sentence start end highlightStart highlightEnd }\n}": types.HistoryEventFieldsFragmentDoc,
    "query Graph($focus: [ID!], $depth: Int, $relationTypes: [String!], $includeActions: Boolean, $includeInferred: Boolean, $limit: Int, $includeDocuments: Boolean) {\n    graph(focus: $focus, depth: $depth, relationTypes: $relationTypes, includeActions: $includeActions, includeInferred: $includeInferred, limit: $limit, includeDocuments: $includeDocuments) { ...SubgraphFields instrumentCount citingDocumentCount }\n  }": types.GraphDocument,
    "query History($key: ID!) { instrument(key: $key) { instrument { key history(first: 100) { ...HistoryEventFields } } } }": types.HistoryDocument,
    "query Articles($key: ID!) { instrument(key: $key) { instrument { key articleCount\n    articles(first: 500) { key article heading codifiedAs topic officialUrl changes { type supplements date by { key label } } } } } }": types.ArticlesDocument,
    "query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      type score label detail\n      node {\n        __typename\n        ... on Instrument { key }\n        ... on Organization { key }\n        ... on Action { id kind }\n        ... on Document { id }\n      }\n    }\n  }": types.SearchDocument,
    "query Instrument($key: ID!) {\n    instrument(key: $key) {\n      instrument {\n        key kind number symbol issuedOn year term title conference jurisdiction label citation fromCatalog status effectiveFrom signer\n        ownDocument { id title }\n        statusDetail { status at basis source }\n        issuer { key name }\n        supersededBy { type instrument { ...InstrumentRefFields } }\n        relations { type direction instrument { ...InstrumentRefFields } evidence { ...EvidenceFields } }\n        citedBy(first: 20) { totalCount nodes { id title source } }\n        citationCount\n        governs { ...ActionRefFields }\n        mayGovern { score reason action { ...ActionRefFields } }\n        evidence { ...EvidenceFields }\n        conflicts { attribute values { value documents { id title } } }\n      }\n    }\n  }": types.InstrumentDocument,
    "query Organization($key: ID!) {\n    organization(key: $key) { key name level mentionCount issued { ...InstrumentRefFields } performed { ...ActionRefFields } }\n  }": types.OrganizationDocument,
    "query Action($id: ID!) {\n    action(id: $id) {\n      id kind ordinal summary text\n      actor { key name }\n      quantities { value unit text }\n      document { id title }\n      evidence { ...EvidenceFields }\n      backedBy { ...InstrumentRefFields }\n      inferredBacking { score reason instrument { ...InstrumentRefFields } }\n      warnings\n    }\n  }": types.ActionDocument,
    "query Document($id: ID!) {\n    document(id: $id) {\n      id title source publishedOn ingestedAt text textWarning signer\n      citations { start end text instrument { key label } }\n      instruments { ...InstrumentRefFields }\n      actions { ...ActionRefFields }\n    }\n  }": types.DocumentDocument,
    "query Trace($actionId: ID!, $depth: Int, $includeInferred: Boolean) {\n    trace(actionId: $actionId, depth: $depth, includeInferred: $includeInferred) {\n      action { ...ActionRefFields }\n      steps { depth via inferred score reason instrument { ...InstrumentRefFields } from { key } evidence { ...EvidenceFields } }\n      graph { ...SubgraphFields }\n    }\n  }": types.TraceDocument,
    "query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) { ...SubgraphFields } }": types.PathDocument,
    "mutation ConvertFile($file: File!) { convertFile(file: $file) { text title fileName length } }": types.ConvertFileDocument,
    "mutation Ingest($input: IngestTextInput!, $dryRun: Boolean) {\n    ingestText(input: $input, dryRun: $dryRun) {\n      dryRun extraction instruments relations actions proposedTitle textWarning\n      identity { key label kind number symbol source }\n      document { id title instruments { key label } }\n    }\n  }": types.IngestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EvidenceFields on Evidence { document { id title } sentence start end highlightStart highlightEnd cutBefore cutAfter }"): typeof import('./graphql.js').EvidenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentRefFields on Instrument { key label kind title }"): typeof import('./graphql.js').InstrumentRefFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActionRefFields on Action { id kind summary }"): typeof import('./graphql.js').ActionRefFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SubgraphFields on Subgraph {\n  nodes { data { id type label kind title year issuedOn issuer status citationCount hiddenNeighbors effectiveFrom endedOn } classes }\n  edges { data { id source target type label inferred score reason evidenceCount pinpoint effectiveFrom supplements } classes }\n  truncated\n}"): typeof import('./graphql.js').SubgraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HistoryEventFields on HistoryEvent {\n  type supplements date by { key label kind title issuedOn } byPinpoints pinpoints fromCatalog source\n  evidence(first: 2) { document { id title } sentence start end highlightStart highlightEnd }\n}"): typeof import('./graphql.js').HistoryEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph($focus: [ID!], $depth: Int, $relationTypes: [String!], $includeActions: Boolean, $includeInferred: Boolean, $limit: Int, $includeDocuments: Boolean) {\n    graph(focus: $focus, depth: $depth, relationTypes: $relationTypes, includeActions: $includeActions, includeInferred: $includeInferred, limit: $limit, includeDocuments: $includeDocuments) { ...SubgraphFields instrumentCount citingDocumentCount }\n  }"): typeof import('./graphql.js').GraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query History($key: ID!) { instrument(key: $key) { instrument { key history(first: 100) { ...HistoryEventFields } } } }"): typeof import('./graphql.js').HistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Articles($key: ID!) { instrument(key: $key) { instrument { key articleCount\n    articles(first: 500) { key article heading codifiedAs topic officialUrl changes { type supplements date by { key label } } } } } }"): typeof import('./graphql.js').ArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      type score label detail\n      node {\n        __typename\n        ... on Instrument { key }\n        ... on Organization { key }\n        ... on Action { id kind }\n        ... on Document { id }\n      }\n    }\n  }"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Instrument($key: ID!) {\n    instrument(key: $key) {\n      instrument {\n        key kind number symbol issuedOn year term title conference jurisdiction label citation fromCatalog status effectiveFrom signer\n        ownDocument { id title }\n        statusDetail { status at basis source }\n        issuer { key name }\n        supersededBy { type instrument { ...InstrumentRefFields } }\n        relations { type direction instrument { ...InstrumentRefFields } evidence { ...EvidenceFields } }\n        citedBy(first: 20) { totalCount nodes { id title source } }\n        citationCount\n        governs { ...ActionRefFields }\n        mayGovern { score reason action { ...ActionRefFields } }\n        evidence { ...EvidenceFields }\n        conflicts { attribute values { value documents { id title } } }\n      }\n    }\n  }"): typeof import('./graphql.js').InstrumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organization($key: ID!) {\n    organization(key: $key) { key name level mentionCount issued { ...InstrumentRefFields } performed { ...ActionRefFields } }\n  }"): typeof import('./graphql.js').OrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Action($id: ID!) {\n    action(id: $id) {\n      id kind ordinal summary text\n      actor { key name }\n      quantities { value unit text }\n      document { id title }\n      evidence { ...EvidenceFields }\n      backedBy { ...InstrumentRefFields }\n      inferredBacking { score reason instrument { ...InstrumentRefFields } }\n      warnings\n    }\n  }"): typeof import('./graphql.js').ActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Document($id: ID!) {\n    document(id: $id) {\n      id title source publishedOn ingestedAt text textWarning signer\n      citations { start end text instrument { key label } }\n      instruments { ...InstrumentRefFields }\n      actions { ...ActionRefFields }\n    }\n  }"): typeof import('./graphql.js').DocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Trace($actionId: ID!, $depth: Int, $includeInferred: Boolean) {\n    trace(actionId: $actionId, depth: $depth, includeInferred: $includeInferred) {\n      action { ...ActionRefFields }\n      steps { depth via inferred score reason instrument { ...InstrumentRefFields } from { key } evidence { ...EvidenceFields } }\n      graph { ...SubgraphFields }\n    }\n  }"): typeof import('./graphql.js').TraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) { ...SubgraphFields } }"): typeof import('./graphql.js').PathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConvertFile($file: File!) { convertFile(file: $file) { text title fileName length } }"): typeof import('./graphql.js').ConvertFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Ingest($input: IngestTextInput!, $dryRun: Boolean) {\n    ingestText(input: $input, dryRun: $dryRun) {\n      dryRun extraction instruments relations actions proposedTitle textWarning\n      identity { key label kind number symbol source }\n      document { id title instruments { key label } }\n    }\n  }"): typeof import('./graphql.js').IngestDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
