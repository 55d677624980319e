// Some extraction patterns open with optional words or a lookbehind, which keeps the regex engine
// from skipping quickly through text that cannot match: a global scan then tries the whole pattern
// at every character. When a cheap search can list every offset where a match could begin, trying
// the pattern only there, in order, finds the very same matches for a fraction of the work.

/** Whether the unit at `i` is a surrogate: no match of the patterns here begins at one. */
export function isSurrogateAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdfff;
}

/**
 * The matches a global scan of `text` with `pattern` finds, trying `pattern` only at `starts`.
 * `pattern` must be sticky and never match the empty string; `starts` must hold every offset
 * where a match can begin, ascending (repeats and offsets that fail are fine).
 */
export function* matchesAt(pattern: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let from = 0; // matches do not overlap: the next begins at the end of the last, or later
  let tried = -1;
  for (const start of starts) {
    if (start < from || start === tried) continue;
    tried = start;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (m) {
      yield m;
      from = start + m[0].length;
    }
  }
}
