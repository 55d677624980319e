import type { EntityMention } from '../types.js';
import { type ArticleContext, isSentenceStart, sentenceOf, sliceTokens } from './context.js';
import { PhraseLexicon } from './tokens.js';
import { AMBIGUOUS_COUNTRY_NAMES, CAPITAL_METONYMS, COUNTRIES, NOT_COUNTRIES } from './lexicon/countries.js';
import { HONORIFICS } from './lexicon/names.js';

/** One-word honorifics: a name after them is a person's ("ông Anh", "bà Mỹ"). */
const ONE_WORD_HONORIFICS: ReadonlySet<string> = new Set(HONORIFICS.filter((h) => /^\p{L}+$/u.test(h)));

/** A letter only Vietnamese spelling has, among the letters of names. */
const VIETNAMESE_LETTER = /[^\x00-\x7F]/u;
/** A Vietnamese syllable spelt without diacritics: an onset, one to three vowels and a final ("Linh", "Tam", not "Putin"). */
const PLAIN_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/iu;

/** Whether a capitalised word is a Vietnamese name syllable ("Hào", "Vũ", "Linh"), not a foreign name ("Putin", "Shanahan"). */
const isVietnameseSyllable = (text: string) => VIETNAMESE_LETTER.test(text) || PLAIN_SYLLABLE.test(text);

export interface Country {
  code: string;
  name: string;
}

const COUNTRY_LEXICON = new PhraseLexicon<Country | null>([
  ...COUNTRIES.flatMap(([code, names]) => names.map((n) => [n, { code, name: names[0]! }] as const)),
  ...NOT_COUNTRIES.map((n) => [n, null] as const),
]);

const COUNTRY_NAME_BY_CODE = new Map(COUNTRIES.map(([code, names]) => [code, names[0]!]));
const CAPITAL_STATES = new Map(CAPITAL_METONYMS.flatMap(([code, names]) => names.map((n) => [n, COUNTRY_NAME_BY_CODE.get(code)!] as const)));

/** The country a capital stands for as a holder ("Bắc Kinh" -> "Trung Quốc"), or null. */
export function stateOfCapital(name: string): string | null {
  return CAPITAL_STATES.get(name) ?? null;
}

export interface CountryMatch {
  country: Country;
  start: number;
  end: number;
}

/**
 * A country named at token `i`. One-syllable names that double as words or name syllables
 * ("Anh", "Đức", "Mỹ") do not count right after another capitalised word, which makes them
 * part of a person's or place's name ("Ngọc Anh", "Minh Đức", "Phù Mỹ"), nor right after an
 * honorific ("ông Anh", "bà Mỹ"). Nor does a name the source joined into a longer word
 * ("Nhật_Hào", "Thủ_Đức").
 */
export function matchCountryAt(ctx: ArticleContext, i: number): CountryMatch | null {
  const m = lookupCountry(ctx, i);
  return m?.country ? (m as CountryMatch) : null;
}

/** Like matchCountryAt, but also reports names that look like a country and are not ("Nam Mỹ"). */
function lookupCountry(ctx: ArticleContext, i: number): { country: Country | null; start: number; end: number } | null {
  const { tokens, plain } = ctx;
  const t = tokens[i];
  if (!t?.cap) return null;
  const m = COUNTRY_LEXICON.match(tokens, i, plain);
  if (!m) return null;
  if (!m.value) return { country: null, start: i, end: m.end };
  // A syllable of a longer segmented word is no country: "Thủ_Đức", "Nhật_Hào", "Mỹ_Tâm", "Pháp_luật", "Ấn_Độ_Dương"
  // (a longer name joined after a place stays one: "Seoul_Hàn_Quốc", "miền Trung_Philippines"). A segmenter
  // also joins a country to the person's name after it: a foreign one ("Mỹ_Shanahan"), or two syllables or more
  // ("Mỹ_Steven_Mnuchin").
  const ambiguous = m.end - i === 1 && AMBIGUOUS_COUNTRY_NAMES.has(t.lower);
  if (tokens[i - 1]?.joined && ambiguous) return null;
  const next = tokens[m.end];
  if (tokens[m.end - 1]!.joined && next && !next.joined && (next.cap ? isVietnameseSyllable(next.text) : ambiguous)) return null;
  if (ambiguous) {
    const prev = tokens[i - 1];
    if (prev?.word && prev.cap && prev.end + 1 === t.start && !prev.acronym && !isSentenceStart(ctx, i - 1)) return null;
    if ((t.lower === 'anh' || t.lower === 'ý') && isSentenceStart(ctx, i)) return null;
    if (prev?.word && ONE_WORD_HONORIFICS.has(prev.lower) && prev.end + 1 === t.start) return null;
    // Unsegmented, "Công ty Nhật Hào", "Anh Vũ": one Vietnamese syllable after it, and no more, make a two-syllable name
    // (a foreign name or a full name after it is a person's: "Nga Putin", "Nga Ngô Đức Mạnh").
    const after = tokens[m.end + 1];
    if (next?.word && next.cap && !next.acronym && isVietnameseSyllable(next.text) && t.end + 1 === next.start
      && !(after?.word && after.cap && next.end + 1 === after.start)) return null;
  }
  return { country: m.value, start: i, end: m.end };
}

export function extractCountries(ctx: ArticleContext): EntityMention[] {
  const { tokens } = ctx;
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lookupCountry(ctx, i);
    if (!m) continue;
    if (!m.country) {
      i = m.end - 1;
      continue;
    }
    const start = tokens[i]!.start;
    out.push({
      kind: 'country',
      name: m.country.name,
      key: m.country.code,
      text: sliceTokens(ctx, i, m.end),
      span: { start, end: tokens[m.end - 1]!.end },
      sentence: sentenceOf(ctx, start),
      attributes: { iso: m.country.code },
    });
    i = m.end - 1;
  }
  return out;
}
