// Word tokens of the plain text and a longest-match phrase lexicon over them.
//
// Lexicon lookups must forgive tone placement (Hòa/Hoà, Thủy/Thuỷ) without normalising every
// token of the text, which would cost more than the rest of extraction: instead each lexicon
// phrase is stored under every tone-placement variant, and tokens are only lowercased.

export interface Token {
  text: string;
  /** Lowercased text, the key for lexicon lookups. */
  lower: string;
  start: number;
  end: number;
  /** Letters (and digits) as opposed to a single punctuation character. */
  word: boolean;
  /** Starts with a capital letter ("Sơn", "H'Yim", "S", "UBND"). */
  cap: boolean;
  /** Two or more letters, all capitals ("UBND", "ASEAN"). */
  acronym: boolean;
  digits: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;
const DIGIT_START = /^\p{N}/u;

export function tokenize(plain: string): Token[] {
  const out: Token[] = [];
  for (const m of plain.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    const word = text.length > 1 || /[\p{L}\p{N}]/u.test(text);
    const cap = word && UPPER_START.test(text);
    out.push({
      text,
      lower: text.toLowerCase(),
      start,
      end: start + text.length,
      word,
      cap,
      acronym: cap && text.length > 1 && ALL_UPPER.test(text) && !DIGIT_START.test(text),
      digits: DIGIT_START.test(text),
    });
  }
  return out;
}

/** True when nothing but spaces separates two tokens (no line break). */
export function adjacent(plain: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) if (plain[i] !== ' ') return false;
  return true;
}

const TONES = '\u0300\u0301\u0303\u0309\u0323';
const NEW_STYLE = new RegExp(`([oO])([aAeE])([${TONES}])(?![\\p{L}\\p{M}])|([uU])([yY])([${TONES}])(?![\\p{L}\\p{M}])`, 'u');
const OLD_STYLE = new RegExp(`([oO])([${TONES}])([aAeE])(?![\\p{L}\\p{M}])|([uU])([${TONES}])([yY])(?![\\p{L}\\p{M}])`, 'u');

/** Both tone placements of one syllable ("hoà" and "hòa"). */
function syllableVariants(syllable: string): string[] {
  const d = syllable.normalize('NFD');
  const variants = new Set([syllable.normalize('NFC')]);
  const swap = (...g: (string | undefined)[]) => (g[1] ? `${g[1]}${g[3]}${g[2]}` : `${g[4]}${g[6]}${g[5]}`);
  const swapped = NEW_STYLE.test(d) ? d.replace(NEW_STYLE, swap) : d.replace(OLD_STYLE, swap);
  variants.add(swapped.normalize('NFC'));
  return [...variants];
}

/** Lookup keys of a phrase: its tokens lowercased, in every tone-placement combination. */
export function phraseKeys(phrase: string): string[] {
  const parts = [...phrase.normalize('NFC').toLowerCase().matchAll(TOKEN)].map((m) => syllableVariants(m[0]));
  let keys = [''];
  for (const variants of parts) keys = keys.flatMap((k) => variants.map((v) => (k ? `${k} ${v}` : v)));
  return keys;
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first token after the phrase. */
  end: number;
}

/** Phrases looked up by longest match at a token position. */
export class PhraseLexicon<T> {
  private readonly phrases = new Map<string, T>();
  // For each first word, the phrase lengths (in tokens) that start with it, longest first.
  private readonly lengths = new Map<string, number[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    for (const key of phraseKeys(phrase)) {
      if (this.phrases.has(key)) continue;
      this.phrases.set(key, value);
      const words = key.split(' ');
      const first = words[0]!;
      const list = this.lengths.get(first) ?? [];
      if (!list.includes(words.length)) {
        list.push(words.length);
        list.sort((a, b) => b - a);
      }
      this.lengths.set(first, list);
    }
  }

  /** The longest phrase starting at token `i`, all of whose tokens sit on one line. */
  match(tokens: readonly Token[], i: number, plain: string): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    const lengths = this.lengths.get(first.lower);
    if (!lengths) return null;
    for (const n of lengths) {
      if (i + n > tokens.length) continue;
      let key = first.lower;
      let ok = true;
      for (let k = 1; k < n; k++) {
        const t = tokens[i + k]!;
        if (!adjacentOrGlued(plain, tokens[i + k - 1]!, t)) {
          ok = false;
          break;
        }
        key += ' ' + t.lower;
      }
      if (!ok) continue;
      const value = this.phrases.get(key);
      if (value !== undefined) return { value, end: i + n };
    }
    return null;
  }

  has(phrase: string): boolean {
    return this.phrases.has(phrase.toLowerCase());
  }
}

function adjacentOrGlued(plain: string, a: Token, b: Token): boolean {
  if (a.end === b.start) return true;
  return adjacent(plain, a, b);
}
