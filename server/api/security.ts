// Every limit a request meets, in one place: body size, depth, cost, aliases, tokens, directives (graphql-armor),
// who may mutate, no field suggestions for strangers. Numbers chosen so the web client's deepest query (an
// instrument with its relations' relations and their evidence documents) and GraphiQL's introspection pass.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { useBodyLimit } from './plugins/use-body-limit.ts';
import { useMutationAuth } from './plugins/use-mutation-auth.ts';
import { useListCost } from './plugins/use-list-cost.ts';
import { useRefusalCodes } from './plugins/use-refusal-codes.ts';
import { useResponseLimit } from './plugins/use-response-limit.ts';
import { useSameOrigin } from './plugins/use-same-origin.ts';

export const LIMITS = {
  /** Bytes of an HTTP request body: an ingestText of a long document fits, a flood does not. */
  bodyBytes: 8 * 1024 * 1024,
  depth: 12,
  /** Estimated cost: each object 1, times the page size of every list it is in (use-list-cost.ts). */
  cost: 20_000,

  aliases: 20,
  tokens: 5_000,
  directives: 20,
};

export function securityPlugins(config: Pick<Config, 'apiToken' | 'host' | 'corsOrigins' | 'allowedHosts' | 'responseMaxBytes'>): Plugin[] {
  return [
    useSameOrigin(config),
    useBodyLimit(LIMITS.bodyBytes),
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.depth, ignoreIntrospection: true, flattenFragments: true },
      // the cost limit is use-list-cost's: graphql-armor's ignores how many items a list holds
      costLimit: { enabled: false },
      maxAliases: { n: LIMITS.aliases, allowList: [] },
      maxTokens: { n: LIMITS.tokens },
      maxDirectives: { n: LIMITS.directives },
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
    useRefusalCodes(),
    useListCost(LIMITS.cost),
    useMutationAuth(config) as Plugin,
    // an answer above RESPONSE_MAX_BYTES is refused (RESPONSE_TOO_LARGE) instead of sent
    useResponseLimit(config.responseMaxBytes),
  ];
}
