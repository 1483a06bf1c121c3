// Every limit a request meets, in one place: body size, depth, cost, aliases, tokens, directives (graphql-armor),
// who may mutate, no field suggestions for strangers. Numbers chosen so the web client's deepest query (an
// instrument with its relations' relations and their evidence documents) and GraphiQL's introspection pass.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { useBodyLimit } from './plugins/use-body-limit.ts';
import { useMutationAuth } from './plugins/use-mutation-auth.ts';

export const LIMITS = {
  /** Bytes of an HTTP request body: an ingestText of a long document fits, a flood does not. */
  bodyBytes: 8 * 1024 * 1024,
  depth: 12,
  cost: 20_000,
  aliases: 20,
  tokens: 5_000,
  directives: 20,
};

export function securityPlugins(config: Pick<Config, 'apiToken'>): Plugin[] {
  return [
    useBodyLimit(LIMITS.bodyBytes),
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.depth, ignoreIntrospection: true, flattenFragments: true },
      costLimit: { maxCost: LIMITS.cost, ignoreIntrospection: true },
      maxAliases: { n: LIMITS.aliases, allowList: [] },
      maxTokens: { n: LIMITS.tokens },
      maxDirectives: { n: LIMITS.directives },
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
    useMutationAuth(config) as Plugin,
  ];
}
