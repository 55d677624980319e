// Vietnamese number words, ordinals and Roman numerals.

export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['mốt', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5], ['lăm', 5], ['sáu', 6],
  ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
]);

/** Scale words: "1 tỷ 850 triệu" = 1.85e9. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['nghìn', 1e3], ['ngàn', 1e3], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9],
]);

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['nhất', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7],
  ['tám', 8], ['chín', 9], ['mười', 10],
]);

const ROMAN: ReadonlyMap<string, number> = new Map([['I', 1], ['V', 5], ['X', 10], ['L', 50], ['C', 100]]);

/** "XIII" = 13; null for anything that is not a well-formed Roman numeral up to 399. */
export function parseRoman(text: string): number | null {
  if (!/^C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(text) || text.length === 0) return null;
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const v = ROMAN.get(text[k]!)!;
    const next = ROMAN.get(text[k + 1] ?? '') ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** An ordinal as written after "lần thứ": digits, a number word or a Roman numeral. */
export function parseOrdinal(text: string): number | null {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const word = ORDINAL_WORDS.get(text.toLowerCase());
  if (word !== undefined) return word;
  return parseRoman(text);
}
