// Opaque keyset cursors. A cursor carries the last row served (its id, and its sort key when the list
// is not in id order) and a fingerprint of the list and the filters it was made for, so it cannot be
// replayed against another list or query, or edited by hand, without notice.
import { createHash } from 'node:crypto';
import { ApiError } from './problem.js';

/** Where the previous page ended: its last row's id and sort key (null when sorted by id). */
export interface Position {
  id: number;
  key: number | string | null;
}

interface CursorPayload {
  /** Last id of the previous page. */
  after: number;
  /** Last sort key of the previous page, for lists not in id order. */
  k?: number | string | null;
  /** Fingerprint of the filters. */
  f: string;
}

/**
 * A stable digest of the list (`scope`: its route, say `/v1/articles`) and its filters (everything
 * but `cursor` and `limit`).
 */
export function fingerprint(scope: string, filters: Record<string, unknown>): string {
  const entries = Object.entries(filters)
    .filter(([k, v]) => k !== 'cursor' && k !== 'limit' && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify([scope, entries])).digest('base64url').slice(0, 12);
}

function checksum(body: string): string {
  return createHash('sha256').update(`tinfacts-cursor:${body}`).digest('base64url').slice(0, 8);
}

export function encodeCursor(position: Position, scope: string, filters: Record<string, unknown>): string {
  const payload: CursorPayload = { after: position.id, f: fingerprint(scope, filters), ...(position.key !== null ? { k: position.key } : {}) };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${checksum(body)}`;
}

/** The position to continue after, or undefined without a cursor; an ApiError for a cursor that does not fit. */
export function decodeCursor(cursor: string | undefined, scope: string, filters: Record<string, unknown>): Position | undefined {
  if (cursor === undefined) return undefined;
  const invalid = (why: string) => new ApiError('INVALID_CURSOR', `cursor: ${why}`, [{ in: 'query', name: 'cursor', message: why }]);
  const [body, sum, ...rest] = cursor.split('.');
  if (!body || !sum || rest.length || checksum(body) !== sum) throw invalid('not a cursor this API issued');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw invalid('not a cursor this API issued');
  }
  const { after, f, k = null } = (payload ?? {}) as Partial<CursorPayload>;
  if (typeof after !== 'number' || !Number.isSafeInteger(after) || after < 0 || typeof f !== 'string') throw invalid('not a cursor this API issued');
  if (k !== null && typeof k !== 'string' && !(typeof k === 'number' && Number.isFinite(k))) throw invalid('not a cursor this API issued');
  if (f !== fingerprint(scope, filters)) throw invalid('it was issued for another list or other filters; start again without a cursor');
  return { id: after, key: k };
}
