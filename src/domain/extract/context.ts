import type { Sentence } from '../types.js';
import { sentenceAt } from '../text/sentences.js';
import { tokenize, type Token } from './tokens.js';

/** One article prepared for the extractors: its plain text, tokens and sentences. */
export interface ArticleContext {
  plain: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Some tokens are joined to the next as one word (a word-segmented source). */
  joined: boolean;
}

/** `joins`: offsets of spaces that join two syllables of one word (a segmenter's "_"); see NormalizedText. */
export function createContext(plain: string, sentences: Sentence[], joins: readonly number[] = []): ArticleContext {
  const tokens = tokenize(plain);
  if (joins.length > 0) {
    let k = 0;
    for (const at of joins) {
      while (k < tokens.length && tokens[k]!.end < at) k++;
      if (tokens[k]?.end === at && tokens[k + 1]?.start === at + 1) tokens[k]!.joined = true;
    }
  }
  return { plain, tokens, sentences, joined: joins.length > 0 };
}

/** Index of the first token that starts at or after `offset`. */
export function tokenIndexAt(ctx: ArticleContext, offset: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sentenceOf(ctx: ArticleContext, offset: number): number {
  return sentenceAt(ctx.sentences, offset);
}

/** True when token `i` opens its sentence (its capital says nothing about a name). */
export function isSentenceStart(ctx: ArticleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (i === 0) return true;
  const s = ctx.sentences[sentenceOf(ctx, t.start)];
  if (s && s.start === t.start) return true;
  const prev = ctx.tokens[i - 1]!;
  return !prev.word && /[.!?:"“”…\-–(]/.test(prev.text);
}

/** The text of tokens [from, to) as written. */
export function sliceTokens(ctx: ArticleContext, from: number, to: number): string {
  if (to <= from) return '';
  return ctx.plain.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
}

/** True when tokens `a` and `b` are separated by nothing but spaces on one line. */
export function adjacentTokens(ctx: ArticleContext, a: number, b: number): boolean {
  const x = ctx.tokens[a];
  const y = ctx.tokens[b];
  if (!x || !y) return false;
  for (let k = x.end; k < y.start; k++) if (ctx.plain[k] !== ' ') return false;
  return true;
}

/** Whether token `k` continues a word that a segmented source began at the token before ("tiếp" of "gián_tiếp"). */
export function continuesWord(tokens: readonly Token[], k: number): boolean {
  return k > 0 && tokens[k - 1]!.joined === true;
}
