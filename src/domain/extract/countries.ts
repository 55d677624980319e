import type { EntityMention } from '../types.js';
import { type ArticleContext, isSentenceStart, sentenceOf, sliceTokens } from './context.js';
import { PhraseLexicon } from './tokens.js';
import { AMBIGUOUS_COUNTRY_NAMES, CAPITAL_METONYMS, COUNTRIES, NOT_COUNTRIES } from './lexicon/countries.js';
import { HONORIFICS } from './lexicon/names.js';

/** One-word honorifics: a name after them is a person's ("ông Anh", "bà Mỹ"). */
const ONE_WORD_HONORIFICS: ReadonlySet<string> = new Set(HONORIFICS.filter((h) => /^\p{L}+$/u.test(h)));

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
 * honorific ("ông Anh", "bà Mỹ").
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
  if (m.end - i === 1 && AMBIGUOUS_COUNTRY_NAMES.has(t.lower)) {
    const prev = tokens[i - 1];
    if (prev?.word && prev.cap && prev.end + 1 === t.start && !prev.acronym && !isSentenceStart(ctx, i - 1)) return null;
    if ((t.lower === 'anh' || t.lower === 'ý') && isSentenceStart(ctx, i)) return null;
    if (prev?.word && ONE_WORD_HONORIFICS.has(prev.lower) && prev.end + 1 === t.start) return null;
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
