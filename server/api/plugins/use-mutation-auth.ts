// Who may change the graph. With API_TOKEN set, a mutation needs `Authorization: Bearer <token>`; without one,
// mutations are taken only from the loopback interface (and config.ts refuses a non-loopback HOST without a
// token). A request with no socket at all (yoga.fetch inside this process) counts as loopback.
import { timingSafeEqual } from 'node:crypto';
import { getOperationAST, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../config.ts';

interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function useMutationAuth(config: Pick<Config, 'apiToken'>): Plugin<{ request: Request } & NodeServerContext> {
  return {
    onExecute({ args }) {
      const op = getOperationAST(args.document, args.operationName);
      if (op?.operation !== 'mutation') return;
      const ctx = args.contextValue as { request?: Request } & NodeServerContext;
      if (config.apiToken) {
        const header = ctx.request?.headers.get('authorization') ?? '';
        const m = /^Bearer\s+(\S+)$/i.exec(header);
        if (!m || !sameToken(m[1]!, config.apiToken)) {
          throw new GraphQLError('This mutation needs `Authorization: Bearer <API_TOKEN>`: the token is missing or wrong.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        return;
      }
      const addr = ctx.req?.socket?.remoteAddress;
      if (addr !== undefined && !LOOPBACK.test(addr)) {
        throw new GraphQLError('Mutations are accepted only from this machine while no API_TOKEN is set: set API_TOKEN and send it as a Bearer token.', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
    },
  };
}
