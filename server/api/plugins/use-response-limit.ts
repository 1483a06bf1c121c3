// An answer larger than the limit is replaced by one clear error instead of being sent (or built further).
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useResponseLimit(maxBytes: number): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!result || Symbol.asyncIterator in result) return;
          const bytes = Buffer.byteLength(JSON.stringify(result));
          if (bytes <= maxBytes) return;
          setResult({
            data: null,
            errors: [
              new GraphQLError(`The answer would be ${bytes} bytes, more than the limit of ${maxBytes} (RESPONSE_MAX_BYTES): ask for smaller pages or fewer fields (a document's text is large).`, {
                extensions: { code: 'RESPONSE_TOO_LARGE', bytes, maxBytes },
              }),
            ],
          });
        },
      };
    },
  };
}
