// The two shapes of a word list. Readers match tokens one at a time, and a token is one syllable
// ("thành", "phố"): an entry of several words in a list looked up token by token can never match.
// WordSet holds single words and refuses anything else; PhraseList holds phrases of any length and
// matches them over consecutive tokens. Both forgive tone placement (hòa = hoà) and case.
import { phraseKeys, type Token } from '../tokens.js';

const isSingleWord = (entry: string) => !/[\s_]/u.test(entry.trim()) && entry.trim() !== '';

/** Single words, looked up one token at a time. */
export class WordSet {
  private readonly words = new Set<string>();

  constructor(entries: Iterable<string>) {
    for (const entry of entries) {
      if (!isSingleWord(entry)) throw new Error(`WordSet entry "${entry}" is not one word: a token-by-token lookup can never match it; use a PhraseList`);
      for (const key of phraseKeys(entry)) this.words.add(key);
    }
  }

  /** Whether a lowercased word (a token's `lower`) is in the set. */
  has(word: string | undefined): boolean {
    return word !== undefined && this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }
}

/** Phrases of one or more words, matched over consecutive word tokens. */
export class PhraseList {
  /** Each phrase's words (every tone-placement variant), by its first word. */
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byLast = new Map<string, string[][]>();
  readonly phrases: readonly string[];

  constructor(entries: readonly string[]) {
    this.phrases = entries;
    for (const entry of entries) {
      for (const key of phraseKeys(entry.replace(/_/g, ' '))) {
        const words = key.split(' ');
        const add = (map: Map<string, string[][]>, word: string) => {
          let list = map.get(word);
          if (!list) map.set(word, (list = []));
          list.push(words);
        };
        add(this.byFirst, words[0]!);
        add(this.byLast, words[words.length - 1]!);
      }
    }
    // Longest first, so a match is the longest phrase.
    for (const map of [this.byFirst, this.byLast]) for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Index after the longest phrase starting at token `i`, or -1. */
  matchAt(tokens: readonly Token[], i: number): number {
    for (const words of this.byFirst.get(tokens[i]?.lower ?? '') ?? []) {
      if (words.every((w, k) => tokens[i + k]?.word && tokens[i + k]!.lower === w)) return i + words.length;
    }
    return -1;
  }

  /** Index of the first token of the longest phrase ending at token `k` (inclusive), or -1. */
  endingAt(tokens: readonly Token[], k: number): number {
    for (const words of this.byLast.get(tokens[k]?.lower ?? '') ?? []) {
      const start = k - words.length + 1;
      if (start >= 0 && words.every((w, j) => tokens[start + j]?.word && tokens[start + j]!.lower === w)) return start;
    }
    return -1;
  }

  /** Whether a phrase occurs anywhere in tokens [from, to); the start of the last one found, or -1. */
  lastIn(tokens: readonly Token[], from: number, to: number): number {
    for (let k = to - 1; k >= from; k--) {
      const start = this.endingAt(tokens, k);
      if (start >= from) return start;
    }
    return -1;
  }
}
