// Comparison keys for Vietnamese text.
//
// Two spellings of one word must meet on one key: "thỏa" and "thoả", "ủy" and "uỷ" place the tone
// mark differently (old and new style); "Bình_Dương" and "Bình Dương" differ by segmentation.
// `toneKey` keeps the accents but fixes their placement; `foldKey` drops them (and maps đ to d)
// for search that forgives a missing accent.

const TONES = '\u0300\u0301\u0303\u0309\u0323'; // grave, acute, tilde, hook above, dot below

// In the open syllables oa, oe, uy the old style puts the tone on the first vowel (hòa, thủy),
// the new style on the second (hoà, thuỷ). With a final consonant both styles agree (hoàn, thuyết),
// so only a vowel pair at the end of a syllable is moved.
const OLD_STYLE = new RegExp(`([oO])([${TONES}])([aAeE])(?![\\p{L}\\p{M}])|([uU])([${TONES}])([yY])(?![\\p{L}\\p{M}])`, 'gu');

/** NFC text with the tone of oa/oe/uy on the second vowel ("hòa" -> "hoà"). */
export function canonicalTones(text: string): string {
  const decomposed = text.normalize('NFD');
  return decomposed
    .replace(OLD_STYLE, (...groups: (string | undefined)[]) => {
      const [, o, oTone, oSecond, u, uTone, uSecond] = groups;
      return o ? `${o}${oSecond}${oTone}` : `${u}${uSecond}${uTone}`;
    })
    .normalize('NFC');
}

/** Words separated by single spaces; underscores of segmentation become spaces. */
export function collapseSpaces(text: string): string {
  return text.replace(/[_\s]+/g, ' ').trim();
}

/** Identity key that keeps accents: tone placement, case, underscores and spacing do not count. */
export function toneKey(text: string): string {
  return canonicalTones(collapseSpaces(text)).toLowerCase();
}

/** Accent-free key for forgiving search: "Đà_Nẵng" and "da nang" meet. Punctuation becomes space. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lowercase words with accents (tone placement fixed), punctuation as spaces: `foldKey` that keeps accents. */
export function toneWords(text: string): string {
  return toneKey(text)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}
