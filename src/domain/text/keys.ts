// Comparison keys for Vietnamese text.
//
// Two spellings of one word must meet on one key: "thỏa" and "thoả", "ủy" and "uỷ" place the tone
// mark differently (old and new style); "Bình_Dương" and "Bình Dương" differ by segmentation.
// `toneKey` keeps the accents but fixes their placement; `foldKey` drops them (and maps đ to d)
// for search that forgives a missing accent.

import { LETTER_OR_NUMBER, charClass, unitsToString } from './chars.js';

const TONES = '\u0300\u0301\u0303\u0309\u0323'; // grave, acute, tilde, hook above, dot below

// In the open syllables oa, oe, uy the old style puts the tone on the first vowel (hòa, thủy),
// the new style on the second (hoà, thuỷ). With a final consonant both styles agree (hoàn, thuyết),
// so only a vowel pair at the end of a syllable is moved. On decomposed text the rule reads
//   ([oO])([TONES])([aAeE])(?![\p{L}\p{M}])  ->  $1$3$2,  and the same for ([uU])([TONES])([yY]).
// It is applied here to composed text, which spares decomposing and recomposing a whole article:
// in NFC an o or u with exactly one tone is one character ("ò", "ủ") and the bare second vowel the
// next, and a character is a letter or a mark exactly when the first character of its
// decomposition is; so the pattern below finds what the rule finds, and moving the tone changes
// those two characters only.

/** The vowels with each tone, composed: "oO" -> "òóõỏọÒÓÕỎỌ". */
const withTones = (vowels: string) => [...vowels].flatMap((v) => [...TONES].map((t) => `${v}${t}`.normalize('NFC'))).join('');
const OLD_STYLE = new RegExp(`([${withTones('oO')}])([aAeE])(?![\\p{L}\\p{M}])|([${withTones('uU')}])([yY])(?![\\p{L}\\p{M}])`, 'gu');
/** "ò" -> ["o", "\u0300"]: the bare vowel and its tone. */
const SPLIT_TONE = new Map([...withTones('oOuU')].map((c) => [c, [...c.normalize('NFD')] as [string, string]]));

/** NFC text with the tone of oa/oe/uy on the second vowel ("hòa" -> "hoà"). */
export function canonicalTones(text: string): string {
  // NFC of NFD(text) is NFC of text, so the composed form is a valid starting point.
  const composed = text.normalize('NFC');
  return composed.replace(OLD_STYLE, (_match: string, o?: string, oSecond?: string, u?: string, uSecond?: string) => {
    const [bare, tone] = SPLIT_TONE.get((o ?? u)!)!;
    return `${bare}${`${oSecond ?? uSecond}${tone}`.normalize('NFC')}`;
  });
}

// "tỉ lệ"/"tỷ lệ", "kĩ thuật"/"kỹ thuật", "quí"/"quý", "bác sĩ"/"bác sỹ": after a single consonant
// (and qu) a final i and y are two spellings of one syllable, which toneKey keeps apart. Keys that
// must meet on either spelling take the one news text uses most: y, except i after s.
const I_TO_Y: ReadonlyMap<string, string> = new Map([['i', 'y'], ['ì', 'ỳ'], ['í', 'ý'], ['ỉ', 'ỷ'], ['ĩ', 'ỹ'], ['ị', 'ỵ']]);
const Y_TO_I: ReadonlyMap<string, string> = new Map([...I_TO_Y].map(([i, y]) => [y, i]));
const FINAL_I = /^(qu|[hklmt])([iìíỉĩị])$/u;
const FINAL_Y = /^(s)([yỳýỷỹỵ])$/u;

/** One spelling of a syllable ending in i or y (a lowercase toneKey word): "tỉ" -> "tỷ", "sỹ" -> "sĩ". */
export function spellFinalIY(word: string): string {
  const i = FINAL_I.exec(word);
  if (i) return `${i[1]}${I_TO_Y.get(i[2]!)}`;
  const y = FINAL_Y.exec(word);
  return y ? `${y[1]}${Y_TO_I.get(y[2]!)}` : word;
}

/** Words separated by single spaces; underscores of segmentation become spaces. */
export function collapseSpaces(text: string): string {
  return text.replace(/[_\s]+/g, ' ').trim();
}

/** Identity key that keeps accents: tone placement, case, underscores and spacing do not count. */
export function toneKey(text: string): string {
  return canonicalTones(collapseSpaces(text)).toLowerCase();
}

/** The definition of foldKey, kept for the texts the table below cannot fold. */
function foldKeyByRegex(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// foldKey character by character: every step of the definition maps each character on its own
// (decomposition, dropping marks, đ, lowercase), except the lowercase of a capital sigma, which
// depends on its neighbours, and characters beyond the BMP; texts with those take the definition.
// FOLDED[unit]: what the unit folds to, encoded as below; filled on first sight.
const FOLD_UNKNOWN = 0;
const FOLD_EMPTY = -1; // a combining mark: nothing
const FOLD_MANY = -2; // several characters: see FOLDED_MANY
const FOLD_NEEDS_CONTEXT = -3; // capital sigma: fold the whole text by the definition
const FOLDED = new Int32Array(0x10000); // else the folded unit + 1
const FOLDED_MANY = new Map<number, string>();

function foldUnit(unit: number): number {
  const char = String.fromCharCode(unit);
  const decomposed = char.normalize('NFD');
  if (decomposed.includes('Σ')) return FOLD_NEEDS_CONTEXT;
  const folded = decomposed.replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  if (folded.length === 0) return FOLD_EMPTY;
  if (folded.length === 1) return folded.charCodeAt(0) + 1;
  FOLDED_MANY.set(unit, folded);
  return FOLD_MANY;
}

// Scratch for foldKey's output, reused from call to call (each call finishes before the next).
let foldBuffer = new Uint16Array(4096);

/** Accent-free key for forgiving search: "Đà_Nẵng" and "da nang" meet. Punctuation becomes space. */
export function foldKey(text: string): string {
  // Each character folds to at most three; a space may precede each.
  if (foldBuffer.length < text.length * 4) foldBuffer = new Uint16Array(text.length * 4);
  const out = foldBuffer;
  let length = 0;
  let gap = false; // a run of other characters since the last letter or digit
  const emit = (unit: number) => {
    if (charClass(unit) & LETTER_OR_NUMBER) {
      if (gap && length > 0) out[length++] = 0x20;
      out[length++] = unit;
      gap = false;
    } else {
      gap = true;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return foldKeyByRegex(text);
    let folded = FOLDED[unit]!;
    if (folded === FOLD_UNKNOWN) FOLDED[unit] = folded = foldUnit(unit);
    if (folded > 0) emit(folded - 1);
    else if (folded === FOLD_MANY) for (const c of FOLDED_MANY.get(unit)!) emit(c.charCodeAt(0));
    else if (folded === FOLD_NEEDS_CONTEXT) return foldKeyByRegex(text);
  }
  return unitsToString(out, length);
}

/** Lowercase words with accents (tone placement fixed), punctuation as spaces: `foldKey` that keeps accents. */
export function toneWords(text: string): string {
  return toneKey(text)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}
