/**
 * GraphQL Armor's limits on the operation itself (depth, aliases, tokens, directives), with the
 * values in security/limits.ts; field suggestions hidden in production. The cost limit is the
 * gateway's own (useOperationCost): Armor's cannot see variables, so it could not count `ids`.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import { REQUEST_LIMITS } from '../security/limits.js';

export function useLimits(options: { production: boolean }): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: REQUEST_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: REQUEST_LIMITS.maxAliases },
    maxTokens: { n: REQUEST_LIMITS.maxTokens },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives },
    costLimit: { enabled: false },
    // "Did you mean …?" helps developers and maps the schema for attackers: off in production.
    blockFieldSuggestion: { enabled: options.production },
  }) as Plugin;
}
