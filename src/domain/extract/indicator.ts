// Which indicator a figure's metric names, and which indicators a reader's search names.
//
// A metric is a noun phrase as news prints it: "Kim_ngạch xuất_khẩu cà phê", "vốn FDI thực hiện",
// "tốc độ tăng trưởng xuất khẩu". Cues of the catalogue are found in it as runs of whole words, never
// inside a word, so "đoàn" is not found in "đoàn viên" and "tiêu" not in "tiêu dùng". Of the cues
// found, the one that names the measure wins:
// - a cue for a unit kind its indicator does not take is no match ("dự án FDI" counts projects, FDI
//   is money), so the unit decides between "xuất khẩu gạo" in USD and in tấn;
// - a narrower indicator beats the broader one it is part of ("kim ngạch xuất khẩu cà phê" is coffee
//   exports, not exports in general);
// - then the cue whose own words start first: a Vietnamese noun phrase leads with its head, and
//   "thu ngân sách từ hoạt động xuất nhập khẩu" is revenue, not trade. Generic heads ("tổng", "kim
//   ngạch", "giá trị") are not a cue's own words, so "tổng vốn đầu tư FDI" is FDI, not investment;
// - then the longest cue, which is the most specific ("vốn FDI giải ngân" over "vốn FDI").
import { foldKey, spellFinalIY, toneKey } from '../text/keys.js';
import {
  AMOUNT_HEADS,
  GENERIC_HEADS,
  INDICATORS,
  LEVEL_HEADS,
  NOT_INDICATOR_PHRASES,
  OTHER_MEASURE_HEADS,
  WHOLE_METRIC_CUES,
  indicatorById,
  type IndicatorDefinition,
  type UnitKind,
} from './lexicon/indicators.js';

export interface IndicatorMatch {
  id: string;
  /** The catalogue cue that decided it, as the catalogue writes it. */
  cue: string;
}

/** Lowercase words, tone placement and i/y spelling fixed; underscores and punctuation separate words. */
function keyWords(text: string): string[] {
  const key = toneKey(text).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
  return key === '' ? [] : key.split(' ').map(spellFinalIY);
}

/** The form in which metrics and cues are compared: equal keys are one wording. */
export function indicatorKey(text: string): string {
  return keyWords(text).join(' ');
}

const startsAt = (words: readonly string[], at: number, phrase: readonly string[]) =>
  at + phrase.length <= words.length && phrase.every((w, k) => words[at + k] === w);

const HEADS = GENERIC_HEADS.map(keyWords).sort((a, b) => b.length - a.length);

/** How many words at the start are generic heads ("tổng kim ngạch xuất khẩu" -> 3). */
function leadingHeads(words: readonly string[]): number {
  let at = 0;
  for (;;) {
    const head = HEADS.find((h) => startsAt(words, at, h));
    if (head === undefined) return at;
    at += head.length;
  }
}

interface Cue {
  indicator: IndicatorDefinition;
  text: string;
  words: readonly string[];
  /** Index of the cue's first own word, after its generic heads. */
  own: number;
  /** Matches only as the whole metric (after generic heads). */
  whole: boolean;
  /** Catalogue order: the last tie-break, so that results never depend on Map iteration. */
  rank: number;
}

const WHOLE_KEYS: ReadonlySet<string> = new Set([...WHOLE_METRIC_CUES].map(indicatorKey));

const CUES: readonly Cue[] = INDICATORS.flatMap((indicator) =>
  indicator.cues.map((text) => {
    const words = keyWords(text);
    const heads = leadingHeads(words);
    return { indicator, text, words, own: heads < words.length ? heads : 0, whole: WHOLE_KEYS.has(words.join(' ')), rank: 0 };
  }),
).map((cue, rank) => ({ ...cue, rank }));

function indexByFirstWord<T extends { words: readonly unknown[] }>(items: readonly T[], first: (item: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    if (item.words.length === 0) continue;
    const key = first(item);
    const list = index.get(key);
    if (list) list.push(item);
    else index.set(key, [item]);
  }
  return index;
}

const CUES_BY_FIRST_WORD = indexByFirstWord(CUES, (cue) => cue.words[0]!);
const OTHER_MEASURES = OTHER_MEASURE_HEADS.map(keyWords);
const LEVELS = LEVEL_HEADS.map(keyWords);
const AMOUNTS = AMOUNT_HEADS.map(keyWords);
const NOT_INDICATOR = NOT_INDICATOR_PHRASES.map(keyWords);

/** The core ids above an indicator, nearest first (a guard against a cycle in the catalogue). */
function ancestors(id: string): string[] {
  const found: string[] = [];
  for (let broader = indicatorById(id)?.broader ?? null; broader !== null && !found.includes(broader); ) {
    found.push(broader);
    broader = indicatorById(broader)?.broader ?? null;
  }
  return found;
}

/** An indicator that counts things or people ("projects", "enterprises", "workers"), not an amount of money or goods. */
const isCount = (indicator: IndicatorDefinition) => !indicator.units.includes('money') && !indicator.units.includes('quantity') && indicator.units.some((u) => u === 'count' || u === 'people');

interface Candidate {
  cue: Cue;
  /** Where the cue's own words start in the metric. */
  start: number;
  ownLength: number;
}

const byPreference = (a: Candidate, b: Candidate) =>
  a.start - b.start || b.ownLength - a.ownLength || b.cue.words.length - a.cue.words.length || a.cue.rank - b.cue.rank;

/** The indicator a measured noun phrase (metric, NFC, underscores or spaces, any case, any tone placement) names for a figure of this unit kind; null when none does. */
export function classifyIndicator(metric: string, unit: UnitKind): IndicatorMatch | null {
  const words = keyWords(metric);
  if (words.length === 0) return null;
  // "mức thuế nhập khẩu", "mức giá": a level of another measure is that measure.
  const head = LEVELS.some((h) => startsAt(words, 0, h)) ? 1 : 0;
  if (OTHER_MEASURES.some((h) => startsAt(words, head, h)) && !AMOUNTS.some((h) => startsAt(words, head, h))) return null;

  const shadows: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    for (const phrase of NOT_INDICATOR) if (startsAt(words, i, phrase)) shadows.push([i, i + phrase.length]);
  }
  const heads = leadingHeads(words);
  const candidates: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const cue of CUES_BY_FIRST_WORD.get(words[i]!) ?? []) {
      if (!startsAt(words, i, cue.words) || !cue.indicator.units.includes(unit)) continue;
      const end = i + cue.words.length;
      if (cue.whole && !(i <= heads && end === words.length)) continue;
      // "220 căn hộ thuê thương mại đối với dự án này" counts flats, not projects: what is counted is the metric's head.
      if (isCount(cue.indicator) && i > heads) continue;
      if (shadows.some(([from, to]) => from <= i && end <= to)) continue;
      candidates.push({ cue, start: i + cue.own, ownLength: cue.words.length - cue.own });
    }
  }
  const covered = new Set(candidates.flatMap((c) => ancestors(c.cue.indicator.id)));
  const best = candidates.filter((c) => !covered.has(c.cue.indicator.id)).sort(byPreference)[0];
  return best === undefined ? null : { id: best.cue.indicator.id, cue: best.cue.text };
}

// Search compares accent-free words, and a query word typed with accents must carry the same ones
// ("xuat khau" and "xuất khẩu" find exports; "thu" does not find "thủ"). A final s is dropped from
// both sides so that "export" and "exports" meet: no Vietnamese syllable ends in s.
interface SearchWord {
  fold: string;
  tone: string;
  accented: boolean;
}

function searchWords(text: string): SearchWord[] {
  return keyWords(text).map((tone) => {
    const folded = foldKey(tone).replace(/ /g, '');
    return { tone, fold: folded.length > 3 ? folded.replace(/s$/, '') : folded, accented: folded !== tone };
  });
}

interface SearchPhrase {
  id: string;
  words: readonly SearchWord[];
  rank: number;
}

const SEARCH_PHRASES: readonly SearchPhrase[] = INDICATORS.flatMap((d) =>
  [d.id.replace(/_/g, ' '), d.en, d.vi, ...d.cues, ...d.enCues].map((text) => ({ id: d.id, words: searchWords(text) })),
).map((phrase, rank) => ({ ...phrase, rank }));

const PHRASES_BY_FIRST_FOLD = indexByFirstWord(SEARCH_PHRASES, (phrase) => phrase.words[0]!.fold);

const wordMatches = (query: SearchWord, phrase: SearchWord) =>
  query.fold === phrase.fold && (!query.accented || query.tone === phrase.tone);

/** Indicators that are (transitively) narrower than each id, in catalogue order. */
const NARROWER: ReadonlyMap<string, readonly string[]> = new Map(
  INDICATORS.map((d) => [d.id, INDICATORS.filter((n) => ancestors(n.id).includes(d.id)).map((n) => n.id)]),
);

/** Ids of indicators a user's search text names, in either language, accents optional ("exports", "kim ngach xuat khau", "xuất khẩu", "GDP growth", "rice exports"), narrower ones included when a broader one matches (searching exports also finds rice_exports). */
export function searchIndicators(query: string): string[] {
  const words = searchWords(query);
  const found: { id: string; start: number; end: number; rank: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const phrase of PHRASES_BY_FIRST_FOLD.get(words[i]!.fold) ?? []) {
      const n = phrase.words.length;
      if (i + n <= words.length && phrase.words.every((w, k) => wordMatches(words[i + k]!, w))) {
        found.push({ id: phrase.id, start: i, end: i + n, rank: phrase.rank });
      }
    }
  }
  // "rice exports" names rice exports: the "exports" inside it is no second request.
  const named = found
    .filter((f) => !found.some((g) => g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start))
    .sort((a, b) => a.start - b.start || a.rank - b.rank);
  const ids = new Set<string>();
  for (const { id } of named) ids.add(id);
  for (const id of [...ids]) for (const narrower of NARROWER.get(id) ?? []) ids.add(narrower);
  return [...ids];
}

/** The core id to report in the gold-annotation shape: the indicator itself when core, else its broader core id when the unit kind fits it, else null. */
export function coreIndicator(id: string, unit: UnitKind): string | null {
  const indicator = indicatorById(id);
  if (indicator === undefined) return null;
  if (indicator.core) return indicator.id;
  const broader = indicator.broader === null ? undefined : indicatorById(indicator.broader);
  return broader?.core && broader.units.includes(unit) ? broader.id : null;
}

/** An indicator and the narrower ones that are values of it (exports: rice_exports, coffee_exports...); empty for an unknown id. */
export function withNarrower(id: string): string[] {
  if (!indicatorById(id)) return [];
  return [id, ...INDICATORS.filter((d) => d.broader === id).map((d) => d.id)];
}
