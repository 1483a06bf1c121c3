// Refuses request bodies above a limit before they are read into memory: by Content-Length when the client
// sends one, else by counting the bytes as they stream in.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(`The request body is larger than ${limit} bytes; send a smaller document or split it.`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
  });
}

export function useBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST') return;
      const length = Number(request.headers.get('content-length') ?? NaN);
      if (Number.isFinite(length)) {
        if (length > limit) throw tooLarge(limit);
        return;
      }
      if (!request.body || !requestParser) return;
      // No length given (chunked): count the bytes as the usual parser reads them.
      let seen = 0;
      const counted = request.body.pipeThrough(
        new fetchAPI.TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, ctl) {
            seen += chunk.byteLength;
            if (seen > limit) ctl.error(tooLarge(limit));
            else ctl.enqueue(chunk);
          },
        }),
      );
      const limited = new fetchAPI.Request(request.url, { method: 'POST', headers: request.headers, body: counted, duplex: 'half' } as RequestInit);
      setRequestParser(async () => {
        try {
          return await requestParser(limited);
        } catch (err) {
          throw seen > limit ? tooLarge(limit) : err;
        }
      });
    },
  };
}
