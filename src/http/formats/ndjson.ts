// Newline-delimited JSON for streamed exports: one JSON text per line (https://github.com/ndjson/ndjson-spec).
//
// JSON.stringify without indentation never writes a raw line feed or carriage return: every control
// character inside a string is escaped, and the structure itself needs no whitespace. So "\n" can end
// each record safely. U+2028, U+2029 and U+0085 are valid raw in JSON but some line readers (Python's
// str.splitlines, for one) break lines on them, so they are escaped too.

const UNICODE_LINE_BREAKS = /[\u0085\u2028\u2029]/g;

/** `value` as one line of JSON ending in "\n". Throws a TypeError for a value without JSON form. */
export function ndjsonLine(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError(`ndjsonLine: ${typeof value} has no JSON form`);
  // These characters can only occur inside JSON strings, where a \u escape means the same.
  return `${json.replace(UNICODE_LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
