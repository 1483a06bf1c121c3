// Every refusal carries `extensions.code`: graphql-armor's depth, alias, token and directive limits and
// GraphQL's own validation and variable errors come without one, so they get one here.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function withCode(e: GraphQLError, code: string): GraphQLError {
  if (e.extensions?.code) return e;
  return new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, originalError: e.originalError, extensions: { ...e.extensions, code } });
}

export function validationCode(message: string): string {
  if (/depth/i.test(message)) return 'QUERY_TOO_DEEP';
  if (/alias/i.test(message)) return 'TOO_MANY_ALIASES';
  if (/directive/i.test(message)) return 'TOO_MANY_DIRECTIVES';
  if (/token/i.test(message)) return 'TOO_MANY_TOKENS';
  if (/cost/i.test(message)) return 'QUERY_TOO_COMPLEX';
  return 'GRAPHQL_VALIDATION_FAILED';
}

export function useRefusalCodes(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) {
          const e = result instanceof GraphQLError ? result : new GraphQLError(result.message);
          replaceParseResult(withCode(e, /token/i.test(e.message) ? 'TOO_MANY_TOKENS' : 'GRAPHQL_PARSE_FAILED'));
        }
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length) setResult(result.map((e) => withCode(e, validationCode(e.message))));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!result || Symbol.asyncIterator in result || !result.errors?.length) return;
          // errors with no path came before execution: variables that do not fit their types
          if (result.errors.some((e) => !e.extensions?.code && !e.path)) {
            setResult({ ...result, errors: result.errors.map((e) => (e.path ? e : withCode(e, 'BAD_USER_INPUT'))) });
          }
        },
      };
    },
  };
}
