/** Rows grouped by a key, in their order. */
export function groupBy<T, K>(rows: Iterable<T>, key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(row);
  }
  return groups;
}

/** Where the previous page ended: the last row's id, and its sort key when the list has one. */
export interface KeysetPosition {
  id: number;
  key: number | string | null;
}

/** What a list is ordered by before its id: an SQL expression, ascending unless `descending`. */
export interface SortKey {
  expr: string;
  descending?: boolean;
}

/**
 * Keyset paging of a list ordered by `id`, or by `sort` and then `id`: the ORDER BY, and the condition
 * for the rows after `after` (null on the first page), whose parameters @afterId and @afterKey are set
 * in `params`.
 */
export function keysetPage(id: string, sort: SortKey | null, after: KeysetPosition | undefined, params: Record<string, unknown>): { order: string; condition: string | null } {
  const order = sort ? `${sort.expr} ${sort.descending ? 'desc' : 'asc'}, ${id}` : id;
  if (!after) return { order, condition: null };
  params.afterId = after.id;
  if (!sort) return { order, condition: `${id} > @afterId` };
  params.afterKey = after.key;
  const { expr, descending } = sort;
  return { order, condition: `(${expr} ${descending ? '<' : '>'} @afterKey or (${expr} = @afterKey and ${id} > @afterId))` };
}

/**
 * `column` contains the words of parameter @`param` on word boundaries. The column holds words
 * separated by single spaces (foldKey, toneWords), as the pattern of `wordsPattern` does.
 */
export function hasWords(column: string, param: string): string {
  return `(' ' || ${column} || ' ') like @${param}`;
}

/** The LIKE pattern for hasWords. Keys hold only letters, digits and spaces: nothing to escape. */
export function wordsPattern(words: string): string {
  return `% ${words} %`;
}

/**
 * A stored number as an answer may show it: null for one that is not finite (SQLite keeps an
 * infinity it is given). Nothing writes one now; a database written before that may hold one.
 */
export function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
