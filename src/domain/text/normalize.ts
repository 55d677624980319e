// Turns an article as received (word-segmented or plain, NFC or NFD, any line ends) into the plain
// text that extraction and storage use, with a map back to the original so that every span can be
// shown in either form.

import { LETTER_OR_NUMBER, MARK, NFC_STABLE, SPACE, charClass, codePointAt, skipClass, unitLength, unitsToString } from './chars.js';

export interface NormalizedText {
  /** NFC, "\n" line ends, underscores of word segmentation undone, tokenizer spaces around punctuation removed. */
  plain: string;
  /** True when the input looked word-segmented (`Bộ_trưởng Ngoại_giao`). */
  segmented: boolean;
  /** starts[i]: offset in the original of the source of plain[i]; starts[plain.length] = original length. */
  starts: Int32Array;
  /** ends[i]: offset in the original just after the source of plain[i]. */
  ends: Int32Array;
  /** Offsets in `plain` of the spaces that were a segmenter's "_": the syllables either side are one word. */
  joins: readonly number[];
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE_UNIT = 0x20;
const UNDERSCORE = 0x5f;
const FULL_STOP = 0x2e;

/**
 * Segmenters join the syllables of a word with "_". A few underscores occur in plain text (URLs,
 * identifiers), so the text counts as segmented only when joined words are a real share of all words.
 */
export function isSegmented(text: string): boolean {
  const { joined, words } = countJoinedWords(text);
  // A short text needs the tokenizer's other mark too: punctuation set apart ("đồng .").
  if (joined < 3 && !(joined >= 1 && SPACED_PUNCTUATION.test(text))) return false;
  return joined / (words || 1) >= 0.03;
}

const SPACED_PUNCTUATION = /[\p{L}\p{N}] [,.;:!?](?: |$)/mu;

/**
 * Words (runs of letters and digits) and joined words: the matches of /[\p{L}\p{N}]+/gu and of
 * /[\p{L}\p{N}]_[\p{L}\p{N}]/gu, counted in one pass instead of two regex scans.
 */
function countJoinedWords(text: string): { joined: number; words: number } {
  let joined = 0;
  let words = 0;
  let inWord = false;
  // Like the regex's matches, joined words do not overlap: "a_b_c" counts once.
  let joinFrom = 0;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    const next = i + unitLength(cp);
    const isWord = (charClass(cp) & LETTER_OR_NUMBER) !== 0;
    if (isWord && !inWord) words++;
    inWord = isWord;
    if (isWord && i >= joinFrom && text.charCodeAt(next) === UNDERSCORE && next + 1 < text.length) {
      const after = codePointAt(text, next + 1);
      if (charClass(after) & LETTER_OR_NUMBER) {
        joined++;
        joinFrom = next + 1 + unitLength(after);
      }
    }
    i = next;
  }
  return { joined, words };
}

/**
 * The text of a piece is nearly always one UTF-16 unit, kept as a number; MULTI marks the rest.
 * Equal to no character, it also stands for "no piece" before the first or after the last.
 */
const MULTI = -1;

// Punctuation that a tokenizer set apart with spaces on both sides, as bits of a table by unit
// (a lookup for every character of the text, cheaper in a table than in a Set).
const CLOSING = 1;
const OPENING = 2;
const QUOTE = 4;
const PUNCTUATION = new Uint8Array(0x10000);
for (const c of ',.;:!?)]}%…') PUNCTUATION[c.charCodeAt(0)] = CLOSING;
for (const c of '([{') PUNCTUATION[c.charCodeAt(0)] = OPENING;
for (const c of '"“”') PUNCTUATION[c.charCodeAt(0)] = QUOTE;

/** The punctuation bits of a piece's unit (none for MULTI). */
function punctuation(unit: number): number {
  return unit === MULTI ? 0 : PUNCTUATION[unit]!;
}

/**
 * The pieces of the original: for each, its NFC text and the span of the original it came from.
 * Parallel arrays rather than an object per character, which the garbage collector would pay for.
 */
class Pieces {
  count = 0;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The piece's text as one UTF-16 unit, or MULTI. */
  readonly units: Int32Array;
  /** Texts of the MULTI pieces, by piece index. */
  readonly longTexts = new Map<number, string>();

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.units = new Int32Array(capacity);
  }

  push(start: number, end: number, unit: number, text: string): void {
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.units[i] = unit;
    if (unit === MULTI) this.longTexts.set(i, text);
  }

  /** Whether the piece holds a letter or a digit (as /[\p{L}\p{N}]/u.test(text)). */
  isWordChar(i: number): boolean {
    const unit = this.units[i]!;
    return unit === MULTI ? /[\p{L}\p{N}]/u.test(this.longTexts.get(i)!) : (charClass(unit) & LETTER_OR_NUMBER) !== 0;
  }

  /** Whether the piece is a single whitespace character (as /^\s$/.test(text)). */
  isSpace(i: number): boolean {
    const unit = this.units[i]!;
    return unit !== MULTI && (charClass(unit) & SPACE) !== 0;
  }
}

/**
 * Splits the original into NFC pieces, one per base character with its combining marks (the
 * matches of /\P{M}\p{M}*|\p{M}+/gsu, each normalised on its own).
 */
function composeClusters(original: string): Pieces {
  const pieces = new Pieces(original.length);
  let previousWasCr = false;
  for (let i = 0; i < original.length; ) {
    const start = i;
    const first = codePointAt(original, i);
    i = skipClass(original, i + unitLength(first), MARK);
    // A lone character that NFC keeps, the common case, needs no normalising.
    let unit: number;
    let text = '';
    if (i - start === 1 && charClass(first) & NFC_STABLE) {
      unit = first;
    } else {
      text = original.slice(start, i).normalize('NFC');
      unit = text.length === 1 ? text.charCodeAt(0) : MULTI;
    }
    if (unit === CARRIAGE_RETURN) {
      unit = NEWLINE;
      previousWasCr = true;
    } else {
      if (unit === NEWLINE && previousWasCr) {
        // "\r\n": the "\r" already produced the line end; let it cover both characters.
        if (pieces.count > 0) pieces.ends[pieces.count - 1] = i;
        previousWasCr = false;
        continue;
      }
      previousWasCr = false;
    }
    if (unit === 0xa0 || unit === 0x09) unit = SPACE_UNIT; // no-break space, tab
    if (unit === 0xfeff || unit === 0x200b) continue; // byte order mark, zero-width space
    pieces.push(start, i, unit, text);
  }
  return pieces;
}

/**
 * Removes the spaces a tokenizer put around punctuation and turns joining underscores into spaces.
 * Returns the indices of the pieces kept.
 */
function detokenize(pieces: Pieces): Int32Array {
  const { units, count } = pieces;
  const out = new Int32Array(count);
  let n = 0;
  let quoteOpen = false;
  const isWordChar = (i: number) => i >= 0 && i < count && pieces.isWordChar(i);
  for (let i = 0; i < count; i++) {
    const unit = units[i]!;
    if (unit === NEWLINE) quoteOpen = false;
    // "Tổng_thống", and "George_W._Bush" where an initial's full stop sits inside the word.
    if (unit === UNDERSCORE && (isWordChar(i - 1) || (i > 0 && units[i - 1] === FULL_STOP)) && isWordChar(i + 1)) {
      // The piece becomes a space in place; later steps look back at it only as "not a word character".
      units[i] = SPACE_UNIT;
      out[n++] = i;
      continue;
    }
    if (unit !== SPACE_UNIT) {
      if (punctuation(unit) === QUOTE) quoteOpen = !quoteOpen;
      out[n++] = i;
      continue;
    }
    if (n === 0) continue;
    const prev = units[out[n - 1]!]!;
    const next = i + 1 < count ? units[i + 1]! : MULTI;
    if (prev === SPACE_UNIT || prev === NEWLINE) continue;
    if (punctuation(next) === CLOSING) continue;
    if (punctuation(prev) === OPENING) continue;
    // A quote that opened a quotation keeps no space after it; one that closes keeps none before.
    if (punctuation(prev) === QUOTE && quoteOpen) continue;
    if (punctuation(next) === QUOTE && quoteOpen) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}

/** Trims spaces at line ends and collapses runs of spaces, over the pieces `order` lists. */
function tidySpaces(pieces: Pieces, order: Int32Array): Int32Array {
  const { units } = pieces;
  const out = new Int32Array(order.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const unit = units[i]!;
    const prev = n > 0 ? units[out[n - 1]!]! : MULTI;
    if (unit === SPACE_UNIT && (n === 0 || prev === SPACE_UNIT || prev === NEWLINE)) continue;
    if (unit === NEWLINE) while (n > 0 && units[out[n - 1]!] === SPACE_UNIT) n--;
    out[n++] = i;
  }
  while (n > 0 && pieces.isSpace(out[n - 1]!)) n--;
  return out.subarray(0, n);
}

function allPieces(pieces: Pieces): Int32Array {
  const order = new Int32Array(pieces.count);
  for (let i = 0; i < pieces.count; i++) order[i] = i;
  return order;
}

export function normalizeText(original: string): NormalizedText {
  const segmented = isSegmented(original);
  const pieces = composeClusters(original);
  const order = tidySpaces(pieces, segmented ? detokenize(pieces) : allPieces(pieces));

  let length = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    length += pieces.units[i] === MULTI ? pieces.longTexts.get(i)!.length : 1;
  }
  const plain = new Uint16Array(length);
  const starts = new Int32Array(length + 1);
  const ends = new Int32Array(length + 1);
  let at = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const start = pieces.starts[i]!;
    const end = pieces.ends[i]!;
    const unit = pieces.units[i]!;
    if (unit !== MULTI) {
      plain[at] = unit;
      starts[at] = start;
      ends[at] = end;
      at++;
      continue;
    }
    const text = pieces.longTexts.get(i)!;
    for (let c = 0; c < text.length; c++) {
      plain[at] = text.charCodeAt(c);
      starts[at] = start;
      ends[at] = end;
      at++;
    }
  }
  starts[length] = original.length;
  ends[length] = original.length;
  const joins: number[] = [];
  if (segmented) for (let i = 0; i < length; i++) if (plain[i] === SPACE_UNIT && original.charCodeAt(starts[i]!) === UNDERSCORE) joins.push(i);
  return { plain: unitsToString(plain, length), segmented, starts, ends, joins };
}

/** Maps a plain-text span to the span of the original text it came from. */
export function toOriginalSpan(text: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: text.starts[start]!, end: text.starts[start]! };
  return { start: text.starts[start]!, end: text.ends[end - 1]! };
}
