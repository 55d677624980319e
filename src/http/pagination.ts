import type { FastifyReply, FastifyRequest } from 'fastify';
import { decodeCursor, encodeCursor, type Position } from './cursor.js';

export interface Page<T> {
  items: T[];
  next: string | null;
  nextUrl: string | null;
}

/** The list a request reads, for its cursors: its route (`/v1/facts/:id/sources`; the id is among the filters). */
const scopeOf = (request: FastifyRequest) => request.routeOptions.url ?? request.url.split('?')[0]!;

/** Where the request's list continues: after the cursor's position, for the list and filters it was issued for. */
export function readCursor(request: FastifyRequest, cursor: string | undefined, filters: Record<string, unknown>): Position | undefined {
  return decodeCursor(cursor, scopeOf(request), filters);
}

/**
 * Builds a page from up to limit + 1 rows (the extra row only says that more exist) and sets the
 * RFC 8288 `Link: <...>; rel="next"` header (https://www.rfc-editor.org/rfc/rfc8288).
 */
export function toPage<T extends { id: number }>(
  rows: T[],
  limit: number,
  filters: Record<string, unknown>,
  request: FastifyRequest,
  reply: FastifyReply,
  /** The sort key of a row, for lists not in id order. */
  keyOf: (row: T) => Position['key'] = () => null,
): Page<T> {
  const items = rows.slice(0, limit);
  if (rows.length <= limit || items.length === 0) return { items, next: null, nextUrl: null };
  const last = items[items.length - 1]!;
  const next = encodeCursor({ id: last.id, key: keyOf(last) }, scopeOf(request), filters);
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.set('cursor', next);
  const nextUrl = `${url.pathname}${url.search}`;
  reply.header('link', `<${nextUrl}>; rel="next"`);
  return { items, next, nextUrl };
}
