// Same-origin by default. A web page the user happens to visit must not read or change the graph through the
// user's browser, which stands on loopback like the user does:
// - the Host header must name this server (a loopback name, HOST or one of ALLOWED_HOSTS): a DNS-rebinding
//   page, whose requests carry the attacker's host name, is refused before anything runs;
// - a mutation comes only as application/json, or as a GraphQL multipart upload with a header no HTML form can
//   set (graphql-preflight, apollo-require-preflight, x-apollo-operation-name or x-graphql-csrf): a browser
//   must ask (CORS preflight) before sending either, and without CORS_ORIGINS the answer is no;
// - a mutation whose Origin (else Referer) is another site than this server or CORS_ORIGINS is refused.
// CORS itself (which pages may read answers) is yoga's `cors` option, built by corsOptions below.
import { getOperationAST, GraphQLError } from 'graphql';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import type { Config } from '../../config.ts';

export type SameOriginConfig = Pick<Config, 'host' | 'corsOrigins' | 'allowedHosts'>;

/** Headers a browser never sends on a form submission or other request without a CORS preflight. */
export const PREFLIGHT_HEADERS = ['graphql-preflight', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-graphql-csrf'];

const PARSED_TYPES = new Set(['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/graphql']);

function refusal(code: string, status: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** The host name of a Host header value: "Example.org:4000" → "example.org", "[::1]:4000" → "::1". */
export function hostName(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  return h.replace(/:\d*$/, '').replace(/\.$/, '');
}

function isLoopbackName(h: string): boolean {
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export function hostAllowed(hostHeader: string, config: SameOriginConfig): boolean {
  const h = hostName(hostHeader);
  return isLoopbackName(h) || h === hostName(config.host) || config.allowedHosts.includes(h);
}

/** yoga's CORS option: off (same origin only) unless CORS_ORIGINS lists origins; never credentials with "*". */
export function corsOptions(config: Pick<Config, 'corsOrigins'>): CORSOptions | false {
  if (!config.corsOrigins.length) return false;
  const wildcard = config.corsOrigins.includes('*');
  return {
    origin: wildcard ? '*' : config.corsOrigins,
    credentials: !wildcard,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'accept', 'authorization', ...PREFLIGHT_HEADERS],
    maxAge: 600,
  };
}

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return 'null';
  }
}

export function useSameOrigin(config: SameOriginConfig): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const host = request.headers.get('host') ?? url.host;
      if (host && !hostAllowed(host, config)) {
        const body = {
          errors: [
            {
              message: `This server does not answer to the host name "${hostName(host)}": add it to ALLOWED_HOSTS if it is really this server.`,
              extensions: { code: 'HOST_NOT_ALLOWED' },
            },
          ],
        };
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status: 403, headers: { 'content-type': 'application/json; charset=utf-8' } }));
      }
    },
    onRequestParse({ request }) {
      // yoga answers a body it has no parser for (text/plain…) with a bare 415: say why, with a code
      if (request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!PARSED_TYPES.has(type) && !type.endsWith('+json')) {
        throw refusal('UNSUPPORTED_MEDIA_TYPE', 415, `A request body must be application/json (or a multipart file upload), not ${type || 'a body without a content type'}.`);
      }
    },
    onExecute({ args }) {
      const op = getOperationAST(args.document, args.operationName);
      if (op?.operation !== 'mutation') return;
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type === 'multipart/form-data') {
        if (!PREFLIGHT_HEADERS.some((h) => request.headers.has(h))) {
          throw refusal('CSRF_PREFLIGHT_REQUIRED', 403, `A file upload must carry one of the headers ${PREFLIGHT_HEADERS.join(', ')} (an HTML form cannot send them).`);
        }
      } else if (type !== 'application/json' && !type.endsWith('+json')) {
        throw refusal('UNSUPPORTED_MEDIA_TYPE', 415, `Mutations are accepted only as application/json (or a multipart file upload), not ${type || 'a body without a content type'}.`);
      }
      const origin = originOf(request.headers.get('origin')) ?? originOf(request.headers.get('referer'));
      if (origin === null) return; // not a browser (curl, scripts): nothing to forge
      const own = new URL(request.url).origin;
      if (origin !== own && !config.corsOrigins.includes(origin) && !config.corsOrigins.includes('*')) {
        throw refusal('FORBIDDEN_ORIGIN', 403, `Mutations are not accepted from ${origin}: only from this server's own pages or an origin in CORS_ORIGINS.`);
      }
    },
  };
}
