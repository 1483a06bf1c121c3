// Errors the API shows a client: a sentence a person can act on and a `code` in `extensions`. Anything else
// (driver internals, Cypher text, stack traces) is logged here and replaced by a generic message: maskError is
// yoga's hook for that.
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { CancelledError, DatabaseUnavailableError, isMemoryError, QueryTooLargeError } from '../graph/driver.ts';
import { log } from '../log.ts';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'QUERY_TOO_LARGE' | 'PAYLOAD_TOO_LARGE';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => apiError('BAD_USER_INPUT', message, extra);
export const notFound = (message: string, extra?: Record<string, unknown>) => apiError('NOT_FOUND', message, extra);

export const UNAVAILABLE_MESSAGE = 'The graph database is not reachable right now; the API retries by itself, try again in a few seconds.';
export const unavailable = () => apiError('SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE);

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
]);

export const TIMEOUT_MESSAGE = 'The query took longer than the configured limit (QUERY_TIMEOUT_MS); ask for less (a smaller depth, limit or page).';
export const TOO_LARGE_MESSAGE = 'The query needs more memory than the database gives one query; ask for less (a smaller depth, limit or page).';
export const queryTimeout = () => apiError('QUERY_TIMEOUT', TIMEOUT_MESSAGE);
export const queryTooLarge = () => apiError('QUERY_TOO_LARGE', TOO_LARGE_MESSAGE);

/** True for the errors that mean "Neo4j is not there" rather than "this query is wrong" (or too big, or slow). */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  if (err instanceof QueryTooLargeError || isMemoryError(err)) return false;
  if (err instanceof Neo4jError) return UNAVAILABLE_CODES.has(err.code) || err.retriable === true && !TIMEOUT_CODES.has(err.code);
  return false;
}

export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && TIMEOUT_CODES.has(err.code);
}

export function isTooLarge(err: unknown): boolean {
  return err instanceof QueryTooLargeError || isMemoryError(err);
}

// Duck-typed: graphql can be loaded twice (ESM and CJS builds), and then `instanceof GraphQLError` lies.
function isGraphQLError(e: unknown): e is GraphQLError {
  return e instanceof Error && (e instanceof GraphQLError || e.name === 'GraphQLError');
}

function rootCause(err: unknown): unknown {
  let e = err;
  for (let i = 0; i < 5 && isGraphQLError(e) && e.originalError; i++) e = e.originalError;
  return e;
}

/** yoga's maskError: keep our coded errors and GraphQL's own (syntax, validation), translate database trouble. */
export function maskError(error: unknown, message: string): Error {
  const cause = rootCause(error);
  if (isGraphQLError(cause)) {
    if (isGraphQLError(error) && error !== cause) return new GraphQLError(cause.message, { nodes: error.nodes, path: error.path, extensions: cause.extensions });
    return cause;
  }
  const path = isGraphQLError(error) ? error.path : undefined;
  // the client went away: nobody reads this answer, and it is no fault to log
  if (cause instanceof CancelledError) return new GraphQLError('The request was cancelled.', { path, extensions: { code: 'CANCELLED' } });
  if (isTooLarge(cause)) return new GraphQLError(TOO_LARGE_MESSAGE, { path, extensions: { code: 'QUERY_TOO_LARGE' } });
  if (isUnavailable(cause)) return new GraphQLError(UNAVAILABLE_MESSAGE, { path, extensions: { code: 'SERVICE_UNAVAILABLE' } });
  if (isTimeout(cause)) return new GraphQLError(TIMEOUT_MESSAGE, { path, extensions: { code: 'QUERY_TIMEOUT' } });
  // every connection to the database busy for the whole wait: the server is overloaded, not broken
  if (cause instanceof Error && /Connection acquisition timed out/.test(cause.message)) {
    return new GraphQLError('The server is busy (every database connection is in use); try again in a moment.', { path, extensions: { code: 'SERVER_BUSY' } });
  }
  log.error({ err: cause, path }, 'unexpected error in a GraphQL request');
  return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
