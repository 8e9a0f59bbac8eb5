/** Connections of this schema: Relay connections that also carry Authlete's `totalCount`. */
import type { ObjectRef } from '@pothos/core';
import { z } from 'zod';
import { builder, type SchemaTypes } from './builder.js';

/**
 * `{Name}Connection` and `{Name}Edge` for a node type, with `totalCount`: how many items match
 * the filter in all, as Authlete counts them. `items` names them in descriptions ("tokens").
 */
export function connectionWithTotalCount<Node extends object>(type: ObjectRef<SchemaTypes, Node>, name: string, items: string, item: string) {
  return builder.connectionObject(
    {
      type,
      name: `${name}Connection`,
      description: `A page of ${items}.`,
      fields: (t) => ({
        totalCount: t.int({
          description: `How many ${items} match the filter in all, across every page (as Authlete counts them).`,
          resolve: (connection) => (connection as { totalCount?: number | null }).totalCount,
        }),
      }),
    },
    { name: `${name}Edge`, description: `A ${item} in a page, with its cursor.` },
  );
}

/** A connection's `first` argument: its description and its bounds, checked before any call. */
export function pageSizeArgument(items: string, max: number, byDefault: number, note = '') {
  return {
    description: `How many ${items} to return: 0 to ${max}, default ${byDefault}.${note}`,
    validate: z.number().int().min(0, 'must not be negative').max(max, `must be at most ${max}`),
  };
}
