// Picking a response format: a `format` query parameter wins, else the Accept header (RFC 9110
// §12.5.1: the highest q-value, an exact type before a wildcard), else JSON.
import type { FastifyRequest } from 'fastify';

export const MEDIA_TYPES = {
  json: 'application/json',
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
} as const;

export type Format = keyof typeof MEDIA_TYPES;

const BY_TYPE = new Map(Object.entries(MEDIA_TYPES).map(([format, type]) => [type as string, format as Format]));

/** The format to answer in: `format` if given, else the most preferred supported type in Accept. */
export function negotiateFormat(request: FastifyRequest, format: Format | undefined): Format {
  if (format) return format;
  const accept = request.headers.accept;
  if (!accept) return 'json';
  let best: { format: Format; q: number; exact: boolean } | null = null;
  for (const range of accept.split(',')) {
    const [type = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const qParameter = parameters.find((p) => p.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    if (!(q > 0)) continue;
    const exact = BY_TYPE.get(type);
    const format = exact ?? (type === '*/*' || type === 'application/*' ? 'json' : undefined);
    if (!format) continue;
    if (!best || q > best.q || (q === best.q && exact !== undefined && !best.exact)) best = { format, q, exact: exact !== undefined };
  }
  return best?.format ?? 'json';
}
