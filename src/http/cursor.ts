// Opaque keyset cursors. A cursor carries the last id served and a fingerprint of the filters it was
// made for, so it cannot be replayed against another query or edited by hand without notice.
import { createHash } from 'node:crypto';
import { ApiError } from './problem.js';

interface CursorPayload {
  /** Last id of the previous page. */
  after: number;
  /** Fingerprint of the filters. */
  f: string;
}

/** A stable digest of the filters (everything but `cursor` and `limit`). */
export function fingerprint(filters: Record<string, unknown>): string {
  const entries = Object.entries(filters)
    .filter(([k, v]) => k !== 'cursor' && k !== 'limit' && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(entries)).digest('base64url').slice(0, 12);
}

function checksum(body: string): string {
  return createHash('sha256').update(`tinfacts-cursor:${body}`).digest('base64url').slice(0, 8);
}

export function encodeCursor(after: number, filters: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify({ after, f: fingerprint(filters) } satisfies CursorPayload)).toString('base64url');
  return `${body}.${checksum(body)}`;
}

/** The id to continue after, or undefined without a cursor; an ApiError for a cursor that does not fit. */
export function decodeCursor(cursor: string | undefined, filters: Record<string, unknown>): number | undefined {
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
  const { after, f } = (payload ?? {}) as Partial<CursorPayload>;
  if (typeof after !== 'number' || !Number.isSafeInteger(after) || after < 0 || typeof f !== 'string') throw invalid('not a cursor this API issued');
  if (f !== fingerprint(filters)) throw invalid('it was issued for different filters; start again without a cursor');
  return after;
}
