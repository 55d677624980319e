// Character classes of code points, read from a table instead of testing a Unicode property
// regex character by character: the scanners of normalize.ts, keys.ts and tokens.ts visit every
// character of every article. An entry is computed by the property regexes themselves the first
// time its character is seen, so the table cannot disagree with them.

export const MARK = 1; // \p{M}
export const LETTER = 2; // \p{L}
export const NUMBER = 4; // \p{N}
export const UPPER = 8; // \p{Lu}
export const SPACE = 16; // \s
/** NFC leaves the character unchanged when it stands alone. */
export const NFC_STABLE = 32;
/** toLowerCase leaves the character unchanged. */
export const LOWER_STABLE = 64;
const KNOWN = 128;

export const LETTER_OR_NUMBER = LETTER | NUMBER;
export const WORD_PART = LETTER | MARK | NUMBER;

function classify(char: string): number {
  let c = KNOWN;
  if (/\p{M}/u.test(char)) c |= MARK;
  if (/\p{L}/u.test(char)) c |= LETTER;
  if (/\p{N}/u.test(char)) c |= NUMBER;
  if (/\p{Lu}/u.test(char)) c |= UPPER;
  if (/\s/u.test(char)) c |= SPACE;
  if (char.normalize('NFC') === char) c |= NFC_STABLE;
  if (char.toLowerCase() === char) c |= LOWER_STABLE;
  return c;
}

const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

/** The class bits of a code point (a lone surrogate counts as one, as in a `u` regex). */
export function charClass(codePoint: number): number {
  if (codePoint < 0x10000) {
    const c = BMP[codePoint]!;
    if (c !== 0) return c;
    return (BMP[codePoint] = classify(String.fromCharCode(codePoint)));
  }
  let c = ASTRAL.get(codePoint);
  if (c === undefined) ASTRAL.set(codePoint, (c = classify(String.fromCodePoint(codePoint))));
  return c;
}

/** The code point at `i` as a `u` regex reads it: a surrogate pair is one, a lone surrogate too. */
export function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return unit;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000 : unit;
}

/** Code units of `codePoint`: 2 beyond the BMP, else 1. */
export function unitLength(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** The end of the run of code points from `i` whose class has any of `classes` (`i` when there is none). */
export function skipClass(text: string, i: number, classes: number): number {
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (!(charClass(cp) & classes)) break;
    i += unitLength(cp);
  }
  return i;
}

/** Whether `text[i]` is white space (\s; all of it lies in the BMP). False outside the text. */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (charClass(text.charCodeAt(i)) & SPACE) !== 0;
}

/** Whether `text[i]` is an ASCII digit (\d). False outside the text. */
export function isDigitAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i); // NaN outside the text
  return unit >= 0x30 && unit <= 0x39;
}

// Keeps a leading U+FEFF as a character rather than reading it as a byte order mark.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
// The decoder reads the array's bytes, which are little-endian on nearly every machine.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The string of the first `length` UTF-16 units of `units`. */
export function unitsToString(units: Uint16Array, length: number): string {
  const view = units.subarray(0, length);
  if (!LITTLE_ENDIAN) return unitsToStringExactly(view);
  // The decoder is several times faster, but it would replace a lone surrogate with U+FFFD.
  for (let i = 0; i < length; i++) {
    const unit = view[i]!;
    if (unit >= 0xd800 && unit <= 0xdfff) return unitsToStringExactly(view);
  }
  return UTF16.decode(view);
}

function unitsToStringExactly(units: Uint16Array): string {
  // Chunks keep the argument list of fromCharCode well under the engine's limit.
  const CHUNK = 4096;
  let out = '';
  for (let at = 0; at < units.length; at += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(units.length, at + CHUNK)) as unknown as number[]);
  }
  return out;
}
