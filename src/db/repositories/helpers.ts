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

/**
 * Keyset condition for a list ordered by `expr` (ascending, or descending) and then by `id`: the rows
 * after the one whose key and id are the parameters @afterKey and @afterId.
 */
export function afterKeyset(expr: string, id: string, descending = false): string {
  return `(${expr} ${descending ? '<' : '>'} @afterKey or (${expr} = @afterKey and ${id} > @afterId))`;
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
