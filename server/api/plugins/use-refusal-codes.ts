// Every refusal carries `extensions.code`: graphql-armor's depth, alias, token and directive limits, GraphQL's
// own syntax and validation errors and variables that do not fit their types come without one, so they get one
// here, as the answer is about to be sent. Such a request was never executed: for a client that accepts
// application/graphql-response+json that is HTTP 400, as the GraphQL-over-HTTP spec says (for plain
// application/json the spec keeps 200).
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

interface ErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export function refusalCode(message: string): string {
  if (/depth limit/i.test(message)) return 'QUERY_TOO_DEEP';
  if (/aliases limit|alias/i.test(message)) return 'TOO_MANY_ALIASES';
  if (/directives limit/i.test(message)) return 'TOO_MANY_DIRECTIVES';
  if (/token limit|tokens limit/i.test(message)) return 'TOO_MANY_TOKENS';
  if (/cost limit/i.test(message)) return 'QUERY_TOO_COMPLEX';
  if (/^Syntax Error/.test(message)) return 'GRAPHQL_PARSE_FAILED';
  if (/^Variable "\$|cannot represent|^Expected type|^Argument "/.test(message)) return 'BAD_USER_INPUT';
  return 'GRAPHQL_VALIDATION_FAILED';
}

function coded(e: ErrorLike, code: string, status: number | null): GraphQLError {
  const http = status ? { http: { status } } : {};
  return new GraphQLError(e.message, { ...(e as object), extensions: { ...e.extensions, code, ...http } } as never);
}

export function useRefusalCodes(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || Symbol.asyncIterator in result) return;
      const r = result as { data?: unknown; errors?: readonly ErrorLike[] };
      if (!r.errors?.length || r.data !== undefined) return; // executed: field errors keep their own codes
      // yoga calls every parse-time refusal GRAPHQL_PARSE_FAILED, graphql-armor's token limit included
      const generic = (e: ErrorLike) => !e.extensions?.code || (e.extensions.code === 'GRAPHQL_PARSE_FAILED' && refusalCode(e.message) !== 'GRAPHQL_PARSE_FAILED');
      if (!r.errors.some(generic)) return;
      const strict = /application\/graphql-response\+json/.test(request.headers.get('accept') ?? '');
      setResult({
        ...r,
        errors: r.errors.map((e) => {
          if (!generic(e)) return e as GraphQLError;
          // a GraphQLError keeps its locations when rebuilt from its own fields
          return coded(e, refusalCode(e.message), strict ? 400 : null);
        }),
      } as never);
    },
  };
}
