/**
 * Opaque cursors: a versioned prefix and a base64url JSON array of what the connection needs to
 * page on, plus a fingerprint of the filters so that a cursor is refused with other filters.
 */
import { createHash } from 'node:crypto';
import type { ConnectionPage } from '../shapes.js';
import { badUserInput } from './input-errors.js';

const MAX_CURSOR_LENGTH = 1024;

/** A short, stable fingerprint of a connection's filters. */
export function filtersFingerprint(filters: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(filters)).digest('base64url').slice(0, 12);
}

export function encodeCursor(prefix: string, fields: unknown[]): string {
  return prefix + Buffer.from(JSON.stringify(fields)).toString('base64url');
}

/** The fields a cursor holds, or null when the text is not a cursor with this prefix and arity. */
export function decodeCursorFields(prefix: string, text: string, arity: number): unknown[] | null {
  if (!text.startsWith(prefix) || text.length > MAX_CURSOR_LENGTH) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text.slice(prefix.length), 'base64url').toString('utf8'));
    return Array.isArray(parsed) && parsed.length === arity ? parsed : null;
  } catch {
    return null;
  }
}

/** An offset a list call may take (Authlete's `start` and `end` are int32). */
export const MAX_LIST_INDEX = 2_147_483_647;

export function isListOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value < MAX_LIST_INDEX;
}

/** The offset and filters an offset cursor (`prefix` + [offset, filters]) holds, or null when the text is not one. */
export function decodeOffsetCursor(prefix: string, text: string): { offset: number; filters: string } | null {
  const fields = decodeCursorFields(prefix, text, 2);
  if (fields === null) return null;
  const [offset, filters] = fields;
  return isListOffset(offset) && typeof filters === 'string' ? { offset, filters } : null;
}

/**
 * The offset a cursor argument holds (`after` or `before`), or null without one. A cursor of another
 * connection, or issued for other filters, is refused (BAD_USER_INPUT, before any call).
 */
function offsetOf(prefix: string, name: 'after' | 'before', text: string | null | undefined, filters: string, filterNames: string): number | null {
  if (text == null) return null;
  const cursor = decodeOffsetCursor(prefix, text);
  if (cursor === null) throw badUserInput(name, 'is not a cursor of this connection');
  if (cursor.filters !== filters) throw badUserInput(name, `was issued for another ${filterNames}; start again without \`${name}\``);
  return cursor.offset;
}

/**
 * An edge whose cursor is encoded when it is first read, not before: a page whose query selects
 * no cursor (most pages select only `pageInfo.endCursor`) does not encode fifty of them.
 */
export function edgeOf<Node>(node: Node, encode: () => string): { readonly cursor: string; node: Node } {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      cursor ??= encode();
      return cursor;
    },
  };
}

/** The page of `edges` that starts at offset `start` of a list of `total` items (null: unknown). */
export function connectionPage<Node>(
  edges: Array<{ readonly cursor: string; node: Node }>,
  start: number,
  first: number,
  total: number | null,
): ConnectionPage<Node> {
  return {
    edges,
    pageInfo: {
      hasNextPage: total === null ? edges.length === first && first > 0 : start + edges.length < total,
      hasPreviousPage: start > 0,
      // Read (and so encoded) only when selected.
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount: total,
  };
}

/**
 * A page of a connection whose cursors are offsets bound to its filters (`clients`,
 * `authorizedClients`): forward, after the `after` cursor's offset (or from 0), or backward
 * (`last`), the `last` items before the `before` cursor's offset (or the list's last ones, after
 * one read of the count); one read of Authlete's [start, end); edges whose cursors hold their
 * offsets and the filters' fingerprint.
 */
export async function offsetConnectionPage<Node>(
  page: {
    prefix: string;
    after?: string | null;
    before?: string | null;
    first?: number | null;
    last?: number | null;
    defaultSize: number;
    filters: unknown[];
    filterNames: string;
  },
  read: (range: { start: number; end: number }) => Promise<{ entries: Node[]; totalCount: number | null }>,
): Promise<ConnectionPage<Node>> {
  const filters = filtersFingerprint(page.filters);
  const backward = page.last != null || page.before != null;
  if (backward && (page.first != null || page.after != null)) {
    throw badUserInput(page.last != null ? 'last' : 'before', 'pages forward (first, after) or backward (last, before), not both at once');
  }
  const size = (backward ? page.last : page.first) ?? page.defaultSize;
  let start: number;
  let end: number;
  if (backward) {
    const before = offsetOf(page.prefix, 'before', page.before, filters, page.filterNames) ?? (await read({ start: 0, end: 0 })).totalCount ?? 0;
    end = Math.min(before, MAX_LIST_INDEX);
    start = Math.max(0, end - size);
  } else {
    start = (offsetOf(page.prefix, 'after', page.after, filters, page.filterNames) ?? -1) + 1;
    end = Math.min(start + size, MAX_LIST_INDEX);
  }
  const { entries, totalCount } = await read({ start, end });
  const edges = entries.map((node, index) => edgeOf(node, () => encodeCursor(page.prefix, [start + index, filters])));
  return connectionPage(edges, start, size, totalCount);
}
