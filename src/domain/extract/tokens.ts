// Word tokens of the plain text and a longest-match phrase lexicon over them.
//
// Lexicon lookups must forgive tone placement (Hòa/Hoà, Thủy/Thuỷ) without normalising every
// token of the text, which would cost more than the rest of extraction: instead each lexicon
// phrase is stored under every tone-placement variant, and tokens are only lowercased.

import { LETTER_OR_NUMBER, LOWER_STABLE, NUMBER, SPACE, UPPER, WORD_PART, charClass, codePointAt, skipClass, unitLength } from '../text/chars.js';

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
  /** Bits of the lexicons that have a phrase starting with this token's word (see PhraseLexicon). */
  lexicons: number;
  /** The next token is the rest of this one's word: the source joined them with "_" ("việc_làm trực_tiếp"). */
  joined?: boolean;
}

// Which lexicons have a phrase that starts with a given word, a bit for each. A token looks its word
// up here once, when the text is tokenized, which spares every lexicon its own lookup for the
// many tokens that start none of its phrases. Past 31 lexicons bits are shared, which only lets
// more lookups through.
const FIRST_WORD_LEXICONS = new Map<string, number>();
let lexiconsMade = 0;
let tokenized = false;

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** The matches of TOKEN, found by one scan with a character table rather than by the regex. */
export function tokenize(plain: string): Token[] {
  tokenized = true;
  const out: Token[] = [];
  for (let start = 0; start < plain.length; ) {
    const first = codePointAt(plain, start);
    const firstClass = charClass(first);
    let end = start + unitLength(first);
    if (firstClass & WORD_PART) {
      // Letters with inner apostrophes ("H'Yim", "Kơ’nia").
      end = skipClass(plain, end, WORD_PART);
      for (;;) {
        const quote = plain.charCodeAt(end);
        if (quote !== APOSTROPHE && quote !== RIGHT_QUOTE) break;
        const after = skipClass(plain, end + 1, WORD_PART);
        if (after === end + 1) break;
        end = after;
      }
    } else if (firstClass & SPACE) {
      start = end;
      continue;
    }
    const text = plain.slice(start, end);
    const word = text.length > 1 || (firstClass & LETTER_OR_NUMBER) !== 0;
    const cap = word && (firstClass & UPPER) !== 0;
    const lower = isLowerCase(text) ? text : text.toLowerCase();
    out.push({
      text,
      lower,
      start,
      end,
      word,
      cap,
      // All capitals or digits, and no digit first: a capital first rules that out.
      acronym: cap && text.length > 1 && isAllCapitalsOrDigits(text),
      digits: (firstClass & NUMBER) !== 0,
      lexicons: FIRST_WORD_LEXICONS.get(lower) ?? 0,
    });
    start = end;
  }
  return out;
}

/** Whether toLowerCase would leave `text` as it is (it changes no character that lowercases alone). */
function isLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    if (!(charClass(cp) & LOWER_STABLE)) return false;
    i += unitLength(cp);
  }
  return true;
}

/** /^[\p{Lu}\p{N}]+$/u */
function isAllCapitalsOrDigits(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    if (!(charClass(cp) & (UPPER | NUMBER))) return false;
    i += unitLength(cp);
  }
  return true;
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

/** A word of a phrase in the lexicon's trie: the value of the phrase ending here, if one does, and the words that may follow. */
interface PhraseNode<T> {
  value: T | undefined;
  next: Map<string, PhraseNode<T>> | null;
}

function newNode<T>(): PhraseNode<T> {
  return { value: undefined, next: null };
}

/** Phrases looked up by longest match at a token position. */
export class PhraseLexicon<T> {
  private readonly phrases = new Map<string, T>();
  // The phrases' keys word by word: a lookup walks the tokens once instead of building a key
  // string for every phrase length that starts with the first word.
  private readonly first = new Map<string, PhraseNode<T>>();

  /** This lexicon's bit in Token.lexicons; 0 when tokens made before it cannot know it. */
  private readonly bit: number;

  constructor(entries: Iterable<readonly [string, T]>) {
    this.bit = tokenized ? 0 : 1 << (lexiconsMade++ % 31);
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  private add(phrase: string, value: T): void {
    for (const key of phraseKeys(phrase)) {
      if (this.phrases.has(key)) continue;
      this.phrases.set(key, value);
      const [head, ...rest] = key.split(' ');
      let node = this.first.get(head!);
      if (!node) this.first.set(head!, (node = newNode()));
      FIRST_WORD_LEXICONS.set(head!, (FIRST_WORD_LEXICONS.get(head!) ?? 0) | this.bit);
      for (const word of rest) {
        node.next ??= new Map();
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = newNode()));
        node = child;
      }
      node.value = value;
    }
  }

  /** The longest phrase starting at token `i`, all of whose tokens sit on one line. */
  match(tokens: readonly Token[], i: number, plain: string): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first || (this.bit !== 0 && (first.lexicons & this.bit) === 0)) return null;
    let node = this.first.get(first.lower);
    let found: PhraseNode<T> | null = null;
    let foundEnd = 0;
    for (let end = i + 1; node; end++) {
      if (node.value !== undefined) {
        found = node;
        foundEnd = end;
      }
      const t = tokens[end];
      if (!t || !node.next) break;
      node = node.next.get(t.lower);
      if (node && !adjacentOrGlued(plain, tokens[end - 1]!, t)) break;
    }
    return found ? { value: found.value as T, end: foundEnd } : null;
  }

  has(phrase: string): boolean {
    return this.phrases.has(phrase.toLowerCase());
  }
}

function adjacentOrGlued(plain: string, a: Token, b: Token): boolean {
  if (a.end === b.start) return true;
  return adjacent(plain, a, b);
}
