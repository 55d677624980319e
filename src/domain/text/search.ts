// Finding a reader's query in an article's plain text, and the snippet that shows it.
//
// Readers type "ha noi", "Hà_Nội" or "thoả thuận" and expect "Hà Nội" and "thỏa thuận" in the text:
// words are compared by `foldKey` (accents dropped, đ -> d), and a match is marked exact when the
// accents agree too by `toneKey` (case and tone placement aside). Words are maximal runs of letters,
// digits and combining marks, so offsets come straight from the text and "noi" never matches inside
// "nộii".
import { foldKey, toneKey } from './keys.js';

export interface Match {
  /** UTF-16 offset in the text of the first matched word. */
  start: number;
  /** Offset just after the last matched word. */
  end: number;
  /** The text's words carry the query's accents (case and tone placement ignored). */
  exact: boolean;
}

export interface Snippet {
  text: string;
  /** Offsets into `text` of the matches it shows. */
  highlights: { start: number; end: number }[];
}

interface Word {
  start: number;
  end: number;
  fold: string;
  /** A line end lies between this word and the previous one: a match does not run across paragraphs. */
  afterLineBreak: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const ASCII = /^[\x00-\x7f]*$/;

function foldWord(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : foldKey(word);
}

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  // Articles repeat their words; folding each distinct one once keeps long texts cheap.
  const folds = new Map<string, string>();
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    let fold = folds.get(m[0]);
    if (fold === undefined) {
      fold = foldWord(m[0]);
      folds.set(m[0], fold);
    }
    const gap = text.slice(previousEnd, start);
    words.push({ start, end, fold, afterLineBreak: words.length > 0 && gap.includes('\n') });
    previousEnd = end;
  }
  return words;
}

/**
 * Spans of `text` where the query's words occur one after another as whole words, in text order and
 * without overlap. Between two words the text may hold any spaces or punctuation ("Thừa Thiên - Huế",
 * "TP.HCM") but not a line end. The query may be segmented, unaccented, NFD or in any case.
 */
export function findMatches(text: string, query: string): Match[] {
  const queryWords = Array.from(query.normalize('NFC').matchAll(WORD), (m) => m[0]);
  const queryFolds = queryWords.map(foldWord);
  const first = queryFolds[0];
  if (first === undefined || first === '') return [];
  let queryTones: string[] | undefined;

  const words = splitWords(text);
  const matches: Match[] = [];
  const n = queryFolds.length;
  for (let i = 0; i + n <= words.length; i++) {
    if (words[i]!.fold !== first) continue;
    let k = 1;
    while (k < n && words[i + k]!.fold === queryFolds[k] && !words[i + k]!.afterLineBreak) k++;
    if (k < n) continue;
    queryTones ??= queryWords.map((w) => toneKey(w));
    let exact = true;
    for (let j = 0; j < n && exact; j++) {
      const w = words[i + j]!;
      exact = toneKey(text.slice(w.start, w.end)) === queryTones[j];
    }
    matches.push({ start: words[i]!.start, end: words[i + n - 1]!.end, exact });
    i += n - 1;
  }
  return matches;
}

const ELLIPSIS = '…';

function isWordChar(text: string, at: number): boolean {
  return at >= 0 && at < text.length && WORD_CHAR.test(text[at]!);
}

/**
 * A window of at most `maxLength` characters (ellipses included) around the first exact match, or the
 * first match when none is exact, holding as many of the following (then preceding) matches as fit.
 * It is cut between words, marked "…" where cut, and its runs of whitespace are collapsed to one space.
 * Without matches it is the start of the text.
 */
export function snippet(text: string, matches: readonly Match[], maxLength = 200): Snippet {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  if (text.length <= maxLength) return render(text, 0, text.length, sorted);

  const budget = Math.max(1, maxLength - 2 * ELLIPSIS.length);
  const anchorIndex = Math.max(0, sorted.findIndex((m) => m.exact));
  const anchor = sorted[anchorIndex];
  let coreStart = anchor?.start ?? 0;
  let coreEnd = anchor ? Math.min(anchor.end, anchor.start + budget) : 0;
  for (let i = anchorIndex + 1; i < sorted.length && sorted[i]!.end - coreStart <= budget; i++) coreEnd = sorted[i]!.end;
  for (let i = anchorIndex - 1; i >= 0 && coreEnd - sorted[i]!.start <= budget; i--) coreStart = sorted[i]!.start;

  // Half of the room left goes before the matches; near either end of the text the window slides.
  const slack = budget - (coreEnd - coreStart);
  let start = Math.max(0, Math.min(coreStart - Math.floor(slack / 2), text.length - budget));
  let end = Math.min(text.length, start + budget);

  if (start > 0) {
    const cut = start;
    while (start < coreStart && isWordChar(text, start - 1) && isWordChar(text, start)) start++;
    while (start < coreStart && !isWordChar(text, start)) start++;
    if (start >= end) start = cut;
  }
  if (end < text.length) {
    const cut = end;
    while (end > coreEnd && isWordChar(text, end - 1) && isWordChar(text, end)) end--;
    while (end > coreEnd && !isWordChar(text, end - 1)) end--;
    if (end <= start) end = cut;
  }
  return render(text, start, end, sorted);
}

/** The window [start, end) with ellipses and collapsed spaces; highlights clipped to the window. */
function render(text: string, start: number, end: number, matches: readonly Match[]): Snippet {
  const head = start > 0 ? ELLIPSIS : '';
  // at[k]: offset in the snippet of text[start + k].
  const at = new Int32Array(end - start + 1);
  let out = head;
  let inSpace = false;
  for (let k = start; k < end; k++) {
    at[k - start] = out.length;
    const c = text[k]!;
    if (/\s/.test(c)) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += c;
      inSpace = false;
    }
  }
  at[end - start] = out.length;
  if (end < text.length) out += ELLIPSIS;

  const highlights: { start: number; end: number }[] = [];
  for (const m of matches) {
    const from = Math.max(m.start, start);
    const to = Math.min(m.end, end);
    if (from < to) highlights.push({ start: at[from - start]!, end: at[to - start]! });
  }
  return { text: out, highlights };
}
