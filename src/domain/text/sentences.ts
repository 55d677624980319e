import type { Sentence } from '../types.js';

// Abbreviations that end in a period without ending a sentence ("TP. Hồ Chí Minh", "PGS. TS. Nguyễn").
const ABBREVIATIONS = new Set(
  [
    'tp', 'tx', 'tt', 'q', 'p', 'h', 'x', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'ls', 'nxb', 'st', 'mr', 'mrs',
    'ms', 'dr', 'no', 'vs', 'etc', 'tr', 'th', 'co', 'ltd', 'inc', 'jr', 'sr', 'ckii', 'cki', 'bsckii', 'bscki',
  ],
);

const END = /[.!?…]+["”’')\]]*/gu;

function isBoundary(text: string, punctStart: number, after: number): boolean {
  const mark = text[punctStart];
  let next = after;
  while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
  if (next >= text.length) return true;
  if (next === after) return false; // no space after: "TP.HCM", "14.8", "v.v"
  const following = text[next]!;
  if (!/[\p{Lu}\p{N}"“'(\[–-]/u.test(following)) return false;
  if (mark !== '.') return true;
  // The word before the period decides whether it is an abbreviation.
  let wordStart = punctStart;
  while (wordStart > 0 && /[\p{L}]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, punctStart);
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single capital letter is an initial ("J. Biden"), not the end of a sentence.
  return !(word.length === 1 && /\p{Lu}/u.test(word));
}

/**
 * The longest sentence, in UTF-16 code units. The longest of 30,000 real articles' sentences is 1,271;
 * a longer run without a full stop is a list or a dump, and what reads a sentence (the figures' nouns,
 * periods and subjects, the stored evidence) is bounded by it.
 */
export const MAX_SENTENCE_LENGTH = 2000;

/** Clause marks a sentence too long to keep whole is cut after, best first. */
const CLAUSE_ENDS = ['; ', ', ', ' '];

/**
 * Where a sentence [start, end) longer than MAX_SENTENCE_LENGTH is cut: after the last clause mark
 * that keeps the first part within the bound, else at the bound (not inside a surrogate pair).
 */
function cutAt(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_LENGTH;
  // The first part keeps at least half the bound, so the pieces stay few.
  for (const mark of CLAUSE_ENDS) {
    // Searched back only as far as that half: lastIndexOf would go on to the start of the text.
    for (let at = limit - mark.length; at >= start + MAX_SENTENCE_LENGTH / 2; at--) {
      if (text.startsWith(mark, at)) return at + mark.length;
    }
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Splits plain text into sentences; a line end always ends one, and none is longer than
 * MAX_SENTENCE_LENGTH. Spans exclude surrounding space.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    for (;;) {
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end - start <= MAX_SENTENCE_LENGTH) break;
      const cut = cutAt(text, start);
      push(start, cut);
      start = cut;
    }
    if (end > start) sentences.push({ index: sentences.length, start, end });
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(0, lineEnd);
    let start = lineStart;
    END.lastIndex = lineStart;
    for (let m = END.exec(line); m; m = END.exec(line)) {
      const after = m.index + m[0].length;
      if (isBoundary(line, m.index, after)) {
        push(start, after);
        start = after;
      }
    }
    push(start, lineEnd);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** Index of the sentence containing offset `at`, by binary search over sorted sentences. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s.index;
  }
  return Math.max(0, Math.min(lo, sentences.length - 1));
}
