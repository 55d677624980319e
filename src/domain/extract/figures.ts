import type { FigureChange, FigureMention, FigureUnit, Qualifier, RefusedFigure, Span } from '../types.js';
import { type ArticleContext, adjacentTokens, continuesWord, isSentenceStart, sentenceOf, tokenIndexAt } from './context.js';
import { isDigitAt, isSpaceAt } from '../text/chars.js';
import { isSurrogateAt, matchesAt } from '../text/matches-at.js';
import { PhraseLexicon, type Token } from './tokens.js';
import { PhraseList } from './lexicon/sets.js';
import {
  CHANGES, CHANGE_VERB_COMPOUNDS, COMPARATIVES, COUNTED_ORGANIZATION_HEADS, DIMENSION_HEADS, AMOUNT_NOUNS, GLUED_UNITS, RATE_UNITS, LABEL_WORDS, MAX_FIGURE_VALUE, VERBS_AFTER_AMOUNT, NOT_COUNT_NOUNS, PEOPLE_NOUNS, QUALIFIERS, QUALIFIERS_AFTER, SCALED_ONLY_UNITS, UNITS, type UnitInfo,
} from './lexicon/figures.js';
import { FUNCTION_WORDS, TIME_NOUNS } from './lexicon/function-words.js';
import { SCALES, UNIT_WORDS } from './lexicon/numbers.js';
import { findPeriods } from './periods.js';
import { COMPOUNDS, FREQUENCIES, GOODS, PROJECT_HEADS, RELATIVE_MARKERS, RESTATEMENTS, TARIFF_WORDS } from './lexicon/figure-context.js';
import { classifyIndicator } from './indicator.js';
import {
  ACTION_VERBS, COMMA_PAIRS, COPULAS, DEMONSTRATIVES, FUNDING_NOUNS, PER_HEAD, GROWTH_PLANS, HIEN_VERB_FIRSTS, LEVEL_REACHED, MENTION_VERBS, MOVES_BEFORE_BECOMING, NOMINALISERS, LEVEL_VERBS, LINK_VERBS, MEASURE_VERBS, NOUN_BEFORE, NOW_ADVERBS, NOW_WORD_SECONDS, OWNER_PREPOSITIONS, OWNER_QUANTIFIERS, PASSIVE_MARKERS, PREDICATE_MARKERS, PREPOSITION_PHRASES, SCOPES, PERIOD_PREPOSITIONS, SUPERLATIVES, VALUED_AS, VALUED_AS_NOUN_AFTER,
} from './lexicon/measured-noun.js';

// Quantities: a number (digits, or a number word before a scale and a currency), its scale,
// unit, qualifier, direction of change, what it measures and when.

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+`;
// Not inside a word, a code ("Covid-19", "G7"), a date ("18/12") or a decimal.
// FIGURE and WORD_NUMBER are sticky: tried only where a match can begin (see matches-at.ts).
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}_]|[\p{L}\p{N}][.,/:\-–])(?:([Tt]ừ) +)?(${NUM})(?: *(?:-|–|đến|tới) *(${NUM}))?`,
  'uy',
);
const WORD_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${[...UNIT_WORDS.keys()].map((w) => `${w}|${w[0]!.toUpperCase()}${w.slice(1)}`).join('|')})\s+(?=(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}]))`,
  'uy',
);
const SCALE_WORD = /nghìn|ngàn|triệu|tỷ|tỉ/g;
const NUMBER_WORD_LENGTHS = [...UNIT_WORDS.keys()].map((w) => w.length);

/**
 * Offsets where a FIGURE match can begin, ascending: at the first digit of a number (a digit
 * after a digit fails the lookbehind), or at the "từ" of "từ 5".
 */
function figureStarts(plain: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < plain.length; i++) {
    if (!isDigitAt(plain, i) || isDigitAt(plain, i - 1)) continue;
    let j = i;
    while (j > 0 && plain.charCodeAt(j - 1) === 0x20) j--;
    // "[Tt]ừ" ends at j when there are spaces before the number; a few offsets more cost nothing.
    if (j < i) for (let p = Math.max(0, j - 4); p < j; p++) if (!isSurrogateAt(plain, p)) starts.push(p);
    starts.push(i);
  }
  return starts.sort((a, b) => a - b);
}

/**
 * Offsets where a WORD_NUMBER match can begin, ascending: a number word ends where the spaces
 * before a scale word begin.
 */
function wordNumberStarts(plain: string): number[] {
  const shortest = Math.min(...NUMBER_WORD_LENGTHS);
  const longest = Math.max(...NUMBER_WORD_LENGTHS);
  const starts: number[] = [];
  for (const m of plain.matchAll(SCALE_WORD)) {
    let j = m.index;
    while (isSpaceAt(plain, j - 1)) j--;
    if (j === m.index) continue;
    for (let p = Math.max(0, j - longest); p <= j - shortest; p++) if (!isSurrogateAt(plain, p)) starts.push(p);
  }
  return starts.sort((a, b) => a - b);
}

const SCALE = /\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}])/uy;
const COMPOSITE = /\s+(\d{1,3})\s*(triệu|nghìn|ngàn|trăm)(?![\p{L}\p{M}])/uy;
const PERCENT = /\s*%/y;
const GLUED = /[\p{L}\p{M}]+\d?/uy;
const AFTER_NUMBER_NOT_FIGURE = /^(?:[/:]\d|h\d|h(?![\p{L}])|[.,]\d)/u;

export const UNIT_LEXICON = new PhraseLexicon<UnitInfo>(UNITS);
const SCALED_ONLY_UNIT_LEXICON = new PhraseLexicon<UnitInfo>(SCALED_ONLY_UNITS);
const PEOPLE = new PhraseLexicon<string>(PEOPLE_NOUNS.map((n) => [n, n] as const));
const QUALIFIER_WORDS = new Map<string, Qualifier>(QUALIFIERS);
const CHANGE_WORDS = new Map<string, FigureChange>(CHANGES);
const COMPARATIVE_WORDS = new Map<string, FigureChange>(COMPARATIVES);

// Compounds that begin like a unit but are other words ("đồng chí", "đô thị", "tấn công").
const NOT_UNIT_NEXT: Record<string, ReadonlySet<string>> = {
  đồng: new Set(['chí', 'bào', 'hồ', 'nghiệp', 'minh', 'thời', 'ý', 'tình', 'loạt', 'bộ', 'đội', 'chủ', 'hành', 'ruộng', 'bằng', 'phục', 'hương', 'xu', 'đều', 'lòng', 'tâm', 'thuận', 'cảm', 'dạng', 'nhất', 'cỏ', 'lúa', 'sông', 'cấp', 'hóa', 'hoá', 'tiền']),
  đô: new Set(['thị', 'vật', 'đốc', 'hộ']),
  tấn: new Set(['công']),
  khối: new Set(['lượng', 'óc']),
};

/** "Hà Tĩnh", "Bình Dương": every word capitalised, not an acronym ("GDP", "FDI") nor a lowercase noun. */
const isProperName = (text: string) => /^\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+)*$/u.test(text);

/** Words before an amount that end the clause's noun: what the amount measures is then read after it. */
const leftIsNoun = (word: string) => LINK_VERBS.has(word) || CHANGE_WORDS.has(word);

/** "23.885" = 23885, "14,8" = 14.8, "6.5" = 6.5, "1,000,000" = 1e6. */
export function parseNumber(text: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(text)) return Number(text.replace(/,/g, ''));
  return Number(text.replace(',', '.'));
}

interface Reading {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: FigureUnit;
  unitText: string | null;
  noun: string | null;
  /** Digits as written: "1.5" style decimals and bare numbers need a unit to count. */
  scaled: boolean;
  dotDecimal: boolean;
  numberToken: number;
}

function readScale(plain: string, pos: number): { factor: number; end: number } {
  let factor = 1;
  let end = pos;
  for (;;) {
    SCALE.lastIndex = end;
    const m = SCALE.exec(plain);
    if (!m) break;
    factor *= SCALES.get(m[1]!)!;
    end = SCALE.lastIndex;
  }
  return { factor, end };
}

/** "1 tỷ 850 triệu": the smaller part after the first scale. */
function readComposite(plain: string, pos: number, factor: number): { add: number; end: number } {
  COMPOSITE.lastIndex = pos;
  const m = COMPOSITE.exec(plain);
  if (!m) return { add: 0, end: pos };
  const small = m[2] === 'trăm' ? 100 : SCALES.get(m[2]!)!;
  if (small >= factor) return { add: 0, end: pos };
  return { add: Number(m[1]) * small, end: COMPOSITE.lastIndex };
}

function nextWordIndex(ctx: ArticleContext, pos: number): number | null {
  const ti = tokenIndexAt(ctx, pos);
  const t = ctx.tokens[ti];
  if (!t) return null;
  for (let k = pos; k < t.start; k++) if (ctx.plain[k] !== ' ') return null;
  return ti;
}

function unitAt(ctx: ArticleContext, ti: number, scaled: boolean): { info: UnitInfo; end: number } | null {
  const m = UNIT_LEXICON.match(ctx.tokens, ti, ctx.plain) ?? (scaled ? SCALED_ONLY_UNIT_LEXICON.match(ctx.tokens, ti, ctx.plain) : null);
  if (!m) return null;
  // After "tỷ", "triệu" the unit is certain ("5 tỷ đồng tiền thuế").
  if (scaled) return { info: m.value, end: m.end };
  const first = ctx.tokens[ti]!.lower;
  const next = ctx.tokens[m.end];
  const blocked = NOT_UNIT_NEXT[first];
  if (blocked && next?.word && adjacentTokens(ctx, m.end - 1, m.end) && (blocked.size === 0 || blocked.has(next.lower))) return null;
  return { info: m.value, end: m.end };
}

/** Where the pair of nouns a comma at token `k` joins ends ("tỉnh, thành phố", "bộ, ngành"), or -1. */
export function pairEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',' || !tokens[k - 1]?.word || !tokens[k + 1]?.word) return -1;
  const seconds = COMMA_PAIRS.get(tokens[k - 1]!.lower);
  if (!seconds) return -1;
  const next = tokens[k + 1]!.lower;
  if (tokens[k + 2]?.word === true && seconds.has(`${next} ${tokens[k + 2]!.lower}`)) return k + 3;
  return seconds.has(next) ? k + 2 : -1;
}

/** The bounds written after an amount ("61% trở lên") also end a counted noun ("03 người trở lên"). */
const AFTER_NOUN_BOUNDS = new PhraseList(QUALIFIERS_AFTER.map(([words]) => words));

/** "hiện" or "hiện nay" at `k` as an adverb of time, not a syllable of "hiện đại", "thực hiện". */
const isNowAdverb = (tokens: readonly Token[], k: number) => {
  const end = NOW_ADVERBS.matchAt(tokens, k);
  return end !== -1 && !HIEN_VERB_FIRSTS.has(tokens[k - 1]?.lower ?? '') && !(end === k + 1 && tokens[k + 1]?.word && (continuesWord(tokens, k + 1) || NOW_WORD_SECONDS.has(tokens[k + 1]!.lower)));
};

/** The counted noun after a number: lowercase words up to a function word. */
function readCountedNoun(ctx: ArticleContext, ti: number, max = 6, afterUnit = false): { text: string; end: number } | null {
  const { tokens } = ctx;
  const first = tokens[ti];
  const verb = VERBS_AFTER_AMOUNT.has(first?.lower ?? '') && !(afterUnit && AMOUNT_NOUNS.has(first!.lower));
  if (!first?.word || first.digits || (NOT_COUNT_NOUNS.has(first.lower) && !COUNTED_COMPOUNDS.has(`${first.lower} ${tokens[ti + 1]?.lower}`)) || TIME_NOUNS.has(first.lower) || FUNCTION_WORDS.has(first.lower) || verb) return null;
  // Counted bodies are capitalised: "63 Sở Giao thông vận tải".
  const organization = first.cap && COUNTED_ORGANIZATION_HEADS.matchAt(tokens, ti) !== -1;
  if (first.cap && !organization) return null;
  let k = ti;
  while (k < tokens.length && k - ti < max) {
    const t = tokens[k]!;
    // A syllable continuing a segmented word is never a function word of its own ("việc_làm gián_tiếp").
    const inWord = k > ti && continuesWord(tokens, k);
    // "63 tỉnh, thành phố": a comma inside a pair of nouns.
    const pair = k > ti ? pairEnd(tokens, k) : -1;
    if (pair !== -1) {
      k = pair;
      continue;
    }
    if (!t.word || t.digits || (t.cap && !t.acronym && !organization) || (k > ti && !adjacentTokens(ctx, k - 1, k)) || (FUNCTION_WORDS.has(t.lower) && !inWord)) break;
    if (k > ti && !inWord && PREPOSITION_PHRASES.matchAt(tokens, k) !== -1) break;
    // "03 người trở lên", "5 toà nhà hiện không còn ai": a bound or "now" after the noun is no part of it.
    if (k > ti && !inWord && (AFTER_NOUN_BOUNDS.matchAt(tokens, k) !== -1 || isNowAdverb(tokens, k))) break;
    // "doanh nghiệp thành lập mới", "thỏa thuận trị giá": a verb ends the noun.
    // ... but not the second half of a compound noun ("tiền lãi", "vốn vay", "tiền thuê nhà").
    const compound = k > ti ? COMPOUNDS.endingAt(tokens, k) : -1;
    if (k > ti && (VERBS_AFTER_AMOUNT.has(t.lower) || NOUN_ENDING_VERBS.has(t.lower)) && !(compound >= ti && compound < k) && !inWord) break;
    k++;
  }
  return { text: ctx.plain.slice(first.start, tokens[k - 1]!.end), end: k };
}

function phraseBefore<T>(tokens: readonly Token[], k: number, map: ReadonlyMap<string, T>): { value: T; start: number } | null {
  const t1 = tokens[k];
  if (!t1?.word) return null;
  const t0 = tokens[k - 1];
  if (t0?.word) {
    const two = map.get(`${t0.lower} ${t1.lower}`);
    if (two !== undefined) return { value: two, start: k - 1 };
  }
  const one = map.get(t1.lower);
  return one === undefined ? null : { value: one, start: k };
}

/**
 * What the figure measures, read leftwards: "xuất khẩu" in "xuất khẩu của Việt Nam năm 2023
 * đạt 5 tỷ USD", passing over the period and the "của X" owner.
 */
function readMeasuredNoun(ctx: ArticleContext, before: number, sentenceStart: number, periods: readonly Span[]): string | null {
  return readMeasuredNounAt(ctx, before, sentenceStart, periods)?.text ?? null;
}

/** A lowercase noun's last word before "trị giá" ("gói chi tiêu", "hàng hoá"), not a verb or a name ("đạt trị giá", "từ Trung Quốc trị giá"). */
const isValuedNoun = (t: Token) => t.word && !t.digits && !t.cap && !VALUED_AS_NOUN_AFTER.has(t.lower) && !LINK_VERBS.has(t.lower);

/**
 * Where the noun a valuation starting at token `valued` values ends: right before it ("hàng hoá trị giá 300 tỷ USD"), before the
 * parenthesis it opens ("tổng sinh khối cá (trị giá 4,3 tỉ USD)"), or before the link that joins them ("số hàng nhập khẩu ...
 * sẽ đạt trị giá 172 tỉ USD"); -1 when the valuation is itself the noun ("với trị giá 2 tỉ USD", "có tổng trị giá").
 */
function valuedNounEnd(tokens: readonly Token[], valued: number, sentenceStart: number): number {
  let b = valued - 1;
  if (tokens[b]!.lower === 'tổng' && b - 1 > sentenceStart) b--;
  const t = tokens[b]!;
  if (b === valued - 1 && isValuedNoun(t)) return b;
  if (b - 1 < sentenceStart || !tokens[b - 1]!.word) return -1;
  if (t.text === '(' && b === valued - 1) return isValuedNoun(tokens[b - 1]!) ? b - 1 : -1;
  // Modals and periods before the link are passed over as before any predicate ("dự kiến sẽ đạt").
  return t.word && LINK_VERBS.has(t.lower) && !VALUED_AS_NOUN_AFTER.has(t.lower) && !tokens[b - 1]!.cap && !tokens[b - 1]!.digits ? b - 1 : -1;
}

/** "thặng dư thương mại của nước này": a "của" within the few words before the demonstrative at `k`. */
function ownerBefore(tokens: readonly Token[], k: number, sentenceStart: number): boolean {
  for (let j = k - 1; j >= sentenceStart && j >= k - 3 && tokens[j]!.word; j--) if (OWNER_PREPOSITIONS.endingAt(tokens, j) !== -1) return true;
  return false;
}

/** How far back from its "và" the "của" of a listed owner may stand ("của Tập đoàn Điện lực Việt Nam và các đơn vị"). */
const OWNER_LIST_REACH = 6;

/** The "của" opening an owner that lists holders ("của EVN và các đơn vị") with its "và" at `k`, or -1. */
function ownerListStart(tokens: readonly Token[], k: number, sentenceStart: number): number {
  for (let j = k - 1; j >= sentenceStart && j >= k - OWNER_LIST_REACH; j--) {
    const t = tokens[j]!;
    if (!t.word || t.digits) return -1;
    if (t.lower === 'của') return j < k - 1 ? j : -1;
    if (FUNCTION_WORDS.has(t.lower) && !OWNER_QUANTIFIERS.has(t.lower)) return -1;
  }
  return -1;
}

/** readMeasuredNoun with the tokens the noun starts and ends at (`end` its last). */
export function readMeasuredNounAt(ctx: ArticleContext, before: number, sentenceStart: number, periods: readonly Span[]): { text: string; start: number; end: number } | null {
  const { tokens } = ctx;
  let k = before;
  let end = k;
  let resets = 0;
  let label = false;
  // A copula was passed over: a verb before it belongs to the subject's own clause.
  let relative = false;
  // "phụ thuộc vào gói giảm thuế trị giá 1.500 tỉ USD": what follows a preposition, when nothing measured stands before it.
  let ownerTail: { start: number; end: number } | null = null;
  while (k >= sentenceStart) {
    const t = tokens[k]!;
    // "xuất khẩu trong tháng 7, tính theo USD, đã tăng 3,3%": an aside between commas is passed over.
    if (t.text === ',' && k === end && resets < 2) {
      let open = k - 1;
      while (open >= sentenceStart && open > k - 8 && tokens[open]!.text !== ',' && !tokens[open]!.digits) open--;
      if (open >= sentenceStart && open > k - 8 && tokens[open]!.text === ',') {
        resets++;
        k = open - 1;
        end = k;
        continue;
      }
    }
    // "xuất khẩu dự kiến đạt", and again after a period or a preposition ("năm tới sẽ vào khoảng"):
    // verbs and modals before the figure are passed over.
    // "tăng tổng mức đầu tư lên thành 8.104 tỷ đồng": "thành" after a move is its level, no noun.
    const becomes = t.lower === 'thành' && MOVES_BEFORE_BECOMING.has(wordAt(tokens, k - 1)) && !tokens[k - 1]!.joined;
    if (k === end && t.word && (LINK_VERBS.has(t.lower) || CHANGE_WORDS.has(t.lower) || becomes)) {
      relative ||= COPULAS.has(t.lower);
      k--;
      end = k;
      continue;
    }
    // "Số tiền này tương đương 1 tỉ USD": a restatement is a copula.
    const restating = k === end ? RESTATEMENTS.endingAt(tokens, k) : -1;
    if (restating > sentenceStart) {
      relative = true;
      k = restating - 1;
      end = k;
      continue;
    }
    // "tỉ lệ thất nghiệp tại Trung Quốc hiện chỉ vào khoảng 5,1%": "now" before the predicate is passed over.
    const now = k === end ? NOW_ADVERBS.endingAt(tokens, k) : -1;
    if (now !== -1 && now > sentenceStart && !continuesWord(tokens, now) && !HIEN_VERB_FIRSTS.has(tokens[now - 1]!.lower)) {
      k = now - 1;
      end = k;
      continue;
    }
    // "lương cơ sở sẽ tăng từ 1,3 lên 1,39 triệu đồng": the starting level of a move, a bare number, is passed over.
    if (k === end && t.digits) {
      let first = k;
      while (first - 2 >= sentenceStart && /^[.,]$/u.test(tokens[first - 1]!.text) && tokens[first - 2]!.digits && tokens[first - 2]!.end === tokens[first - 1]!.start && tokens[first - 1]!.end === tokens[first]!.start) first -= 2;
      if (first - 1 > sentenceStart && tokens[first - 1]!.lower === 'từ') {
        k = first - 2;
        end = k;
        continue;
      }
    }
    // "gói chi tiêu trị giá 855 tỷ USD", "hàng hoá trị giá 300 tỷ USD": the noun valued is before "trị giá".
    const valued = k === end ? VALUED_AS.endingAt(tokens, k) : -1;
    const valuedAt = valued > sentenceStart ? valuedNounEnd(tokens, valued, sentenceStart) : -1;
    if (valuedAt !== -1) {
      k = valuedAt;
      end = k;
      continue;
    }
    // "phí tham gia dự án này là 584 triệu USD": a demonstrative closing the noun before the verb is passed over.
    if (k === end && k > sentenceStart && DEMONSTRATIVES.has(t.lower) && tokens[k + 1]?.word === true && (LINK_VERBS.has(tokens[k + 1]!.lower) || RESTATEMENTS.matchAt(tokens, k + 1) !== -1)
      && tokens[k - 1]!.word && !FUNCTION_WORDS.has(tokens[k - 1]!.lower) && !ownerBefore(tokens, k, sentenceStart)) {
      k--;
      end = k;
      continue;
    }
    // "chỉ tiêu là điện sản xuất: 232,5 tỉ kWh", "tỉ lệ ủng hộ (29%)": the noun stands before a colon or an
    // opening parenthesis (not a name's: "Đức (6,4%)" is a list item, see figure-context.ts).
    if (k === end && (t.text === ':' || (t.text === '(' && tokens[k - 1]?.word === true && !tokens[k - 1]!.cap))) {
      label ||= t.text === ':';
      k--;
      end = k;
      continue;
    }
    // A label before a colon may join two nouns: "điện sản xuất và mua: 232,5 tỉ kWh".
    if (label && t.lower === 'và' && k < end && tokens[k - 1]?.word === true) {
      k--;
      continue;
    }
    // "tăng trưởng tổng sản phẩm quốc nội (GDP) còn 3,4%": a gloss in parentheses is passed over.
    // "dự án metro số 1 (Bến Thành - Suối Tiên) là": so is a route's.
    if (t.text === ')' && k === end) {
      let open = k - 1;
      while (open >= sentenceStart && open > k - GLOSS_REACH && tokens[open]!.text !== '(' && (tokens[open]!.word || /^[-–]$/u.test(tokens[open]!.text))) open--;
      if (open >= sentenceStart && tokens[open]!.text === '(' && open < k - 1) {
        k = open - 1;
        end = k;
        continue;
      }
    }
    // "tổng mức đầu tư dự án metro số 1 là": a project designated by its number after the metric owns it.
    const project = k === end && t.digits ? designatedProjectStart(tokens, k, sentenceStart) : -1;
    if (project !== -1 && resets < 2) {
      resets++;
      k = project - 1;
      end = k;
      continue;
    }
    // "GDP / người hơn 80.000 USD", "GNI thực tế trên đầu người đạt 30.000 USD": "per head" closes the noun it follows.
    const slashed = t.lower === 'người' && tokens[k - 1]?.text === '/' && tokens[k - 2]?.word === true && k - 2 >= sentenceStart ? k - 1 : -1;
    const perHead = slashed !== -1 ? slashed : k > sentenceStart && tokens[k - 1]!.word ? PER_HEAD.endingAt(tokens, end) : -1;
    if (perHead !== -1 && perHead <= k && perHead > sentenceStart && tokens[perHead - 1]!.word && !FUNCTION_WORDS.has(tokens[perHead - 1]!.lower)) {
      k = perHead - 1;
      continue;
    }
    // "chi ngân sách cho quốc phòng": what money is spent on is part of the noun; whom it goes to ("chi cho Định") is not.
    if (t.lower === 'cho' && k < end && k > sentenceStart && !tokens[k + 1]!.cap && FUNDING_NOUNS.endingAt(tokens, k - 1) !== -1) {
      k--;
      continue;
    }
    // "khách du lịch Nga đổ về châu Á - Thái Bình Dương": a dash between capitalised words after a preposition joins one name,
    // passed over with the preposition ("Nguyễn Văn Dương – CNC", "tuyến Lộ Tẻ - Rạch Sỏi" are no such owner).
    if (/^[-–]$/u.test(t.text) && k < end && k > sentenceStart && tokens[k - 1]!.cap && tokens[k + 1]!.cap) {
      let j = k - 1;
      while (j > sentenceStart && k - j <= DASHED_OWNER_REACH && tokens[j]!.word && OWNER_PREPOSITIONS.endingAt(tokens, j) === -1) j--;
      if (OWNER_PREPOSITIONS.endingAt(tokens, j) !== -1) {
        k--;
        continue;
      }
    }
    // "doanh thu của các công ty tỉnh, thành phía Nam": a comma inside a pair of nouns.
    if (k < end && k > sentenceStart && pairEnd(tokens, k) !== -1) {
      k--;
      continue;
    }
    if (!t.word) break;
    const period = k === end ? periods.find((p) => t.start >= p.start && t.end <= p.end) : undefined;
    if (period) {
      while (k >= sentenceStart && tokens[k]!.start >= period.start) k--;
      if (k >= sentenceStart && PERIOD_PREPOSITIONS.has(tokens[k]!.lower)) k--;
      end = k;
      continue;
    }
    // "xuất khẩu của Việt Nam sang Nhật Bản": owner and destination are not the noun; nor is an origin ("thép không gỉ
    // từ Việt Nam vào Mỹ").
    let preposition = OWNER_PREPOSITIONS.endingAt(tokens, k);
    if (preposition === -1 && k < end && t.lower === 'từ' && tokens[k + 1]!.cap && tokens[k + 1]!.word) preposition = k;
    // "thặng dư thương mại của nước này": an owner named by a demonstrative.
    if (preposition === -1 && k === end && DEMONSTRATIVES.has(t.lower)) {
      for (let j = k - 1; j >= sentenceStart && j >= k - 3 && tokens[j]!.word; j--) {
        if (tokens[j]!.lower === 'của') {
          preposition = j;
          break;
        }
      }
    }
    // "đã đề cập đến sản lượng dầu năm 2017 là ...": after a verb of mentioning, what follows is the noun.
    if (preposition !== -1 && k < end && MENTION_VERBS.endingAt(tokens, preposition - 1) !== -1) break;
    if (preposition !== -1 && resets < 2) {
      if (k < end) ownerTail ??= { start: k + 1, end };
      resets++;
      k = preposition - 1;
      end = k;
      continue;
    }
    const scope = k === end ? SCOPES.endingAt(tokens, k) : -1;
    if (scope !== -1 && scope > sentenceStart) {
      k = scope - 1;
      end = k;
      continue;
    }
    // "tổng công suất của EVN và các đơn vị": an owner may list several holders.
    const listing = t.lower === 'và' || (OWNER_QUANTIFIERS.has(t.lower) && tokens[k - 1]?.lower === 'và');
    const listedOwner = listing && k < end && resets < 2 ? ownerListStart(tokens, t.lower === 'và' ? k : k - 1, sentenceStart) : -1;
    if (listedOwner !== -1) {
      resets++;
      k = listedOwner - 1;
      end = k;
      continue;
    }
    // "xuất khẩu vũ khí của các công ty Mỹ", "tăng trưởng kinh tế của cả nước": a quantifier opens the owner phrase.
    if (OWNER_QUANTIFIERS.has(t.lower) && OWNER_PREPOSITIONS.endingAt(tokens, k - 1) !== -1) {
      k--;
      continue;
    }
    // "vốn FDI thực hiện", "lợi nhuận trước thuế", "doanh thu": a compound ending here is one word,
    // whatever its syllables; "thu hút FDI", "PVN muốn rót": the noun starts after a verb it cannot hold.
    const compoundStart = COMPOUNDS.endingAt(tokens, k);
    const stop = Math.max(NOUN_BEFORE.endingAt(tokens, k), ACTION_VERBS.endingAt(tokens, k));
    if (compoundStart !== -1 && compoundStart < k && (stop === -1 || compoundStart < stop) && compoundStart >= sentenceStart && end - compoundStart < 8) {
      k = compoundStart - 1;
      continue;
    }
    // "tổng mức đầu tư ban đầu được phê duyệt là 18.408 tỉ đồng": a passive verb right before the copula qualifies the noun
    // before it, which is what is measured.
    const passive = stop !== -1 && k === end && relative && stop - 1 > sentenceStart ? PASSIVE_MARKERS.has(tokens[stop - 1]!.lower) : false;
    if (passive) {
      k = stop - 2;
      end = k;
      continue;
    }
    if (stop !== -1) break;
    // "đơn vị giải ngân cao nhất": a superlative is part of the noun phrase it closes.
    const superlative = SUPERLATIVES.has(t.lower) && tokens[k - 1]?.word === true;
    // "chi phí gián_tiếp là 29%": a syllable continuing a segmented word is no function word of its own.
    if ((FUNCTION_WORDS.has(t.lower) && !superlative && !continuesWord(tokens, k)) || t.digits) break;
    if (end - k >= 8) {
      // Cut at the length bound, never inside a compound ("điều | chỉnh tăng trưởng..."): its second half goes too.
      const compound = COMPOUNDS.endingAt(tokens, k + 1);
      if (compound !== -1 && compound <= k) k = k + 1;
      break;
    }
    k--;
  }
  // "80 triệu USD / năm từ mức 2 triệu USD": what an amount before is per ("/ năm") is no noun of the next.
  if (tokens[k]?.text === '/' && [1, 2, 3].some((d) => unitAt(ctx, k - d, true)?.end === k)) return null;
  // A noun never starts inside a function word: "nhiên" of "tuy_nhiên" goes with it ("thuế" of "áp_thuế" stays).
  if (k >= sentenceStart && FUNCTION_WORDS.has(tokens[k]!.lower)) while (k < end && continuesWord(tokens, k + 1)) k++;
  if (end <= k) return ownerTail && !tokens[ownerTail.start]!.cap ? { text: ctx.plain.slice(tokens[ownerTail.start]!.start, tokens[ownerTail.end]!.end), start: ownerTail.start, end: ownerTail.end } : null;
  const text = ctx.plain.slice(tokens[k + 1]!.start, tokens[end]!.end);
  // "lương cơ sở cũng đã được nâng từ 1,21 triệu": after "đã", "được", a verb that moves a level is the predicate, and
  // the subject before them is what is measured; "tổng số doanh nghiệp đang hoạt động là 171.655": before "là" the verb
  // is the subject's own clause, kept with it. Any other verb may have its object read ("bị phạt hành chính", "đã được
  // lĩnh lương hưu"), and a verb that names a measure stays ("đã xuất khẩu", "sẽ bị thiếu hụt").
  const predicate = relative ? RELATIVE_MARKERS.has(tokens[k]?.lower) && !namesMeasure(tokens, k + 1, text) : LEVEL_VERBS.matchAt(tokens, k + 1) === end + 1;
  if (k > sentenceStart && predicate && isPredicateMarker(tokens, k) && !isComplement(tokens, k)) {
    let j = k;
    while (j >= sentenceStart && isPredicateMarker(tokens, j)) j--;
    let subject = j >= sentenceStart && tokens[j]!.word ? readMeasuredNounAt(ctx, j, sentenceStart, periods) : null;
    // A subject cut out of a segmented word ("mắt" of "trước_mắt") is none.
    if (subject !== null && continuesWord(tokens, subject.start)) subject = null;
    if (!relative) return subject;
    return subject === null ? { text, start: k + 1, end } : { text: ctx.plain.slice(tokens[subject.start]!.start, tokens[end]!.end), start: subject.start, end };
  }
  return { text, start: k + 1, end };
}

/** How many words before a dash an owner's preposition may stand ("đổ về châu Á - Thái Bình Dương"). */
const DASHED_OWNER_REACH = 4;

/** How many tokens a parenthesised gloss may hold ("(Bến Thành - Suối Tiên)"). */
export const GLOSS_REACH = 10;

/** Where a project designated by its number and ending at token `k` starts ("dự án metro số 1"), or -1. */
function designatedProjectStart(tokens: readonly Token[], k: number, sentenceStart: number): number {
  if (tokens[k - 1]?.lower !== 'số') return -1;
  // The first head of the run: "dự án" of "dự án tuyến metro số 2".
  let start = -1;
  for (let j = k - 2; j >= sentenceStart && j >= k - 6 && tokens[j]!.word && !tokens[j]!.cap && !tokens[j]!.digits; j--) {
    const head = PROJECT_HEADS.endingAt(tokens, j);
    if (head !== -1) j = start = head;
  }
  return start;
}

const isPredicateMarker = (tokens: readonly Token[], k: number) => tokens[k]!.word && PREDICATE_MARKERS.has(tokens[k]!.lower) && !continuesWord(tokens, k);
/** "đã trốn được khoản thuế": "được" after a verb completes it; the noun after it is the object. */
const isComplement = (tokens: readonly Token[], k: number) => tokens[k]!.lower === 'được' && k >= 2 && !isPredicateMarker(tokens, k - 1) && isPredicateMarker(tokens, k - 2);
const namesMeasure = (tokens: readonly Token[], at: number, text: string) =>
  MEASURE_VERBS.matchAt(tokens, at) !== -1 || classifyIndicator(text, 'money') !== null || classifyIndicator(text, 'percent') !== null || classifyIndicator(text, 'quantity') !== null;

/** The lowercase word at token `k`, or '' for punctuation and the ends. */
const wordAt = (tokens: readonly Token[], k: number) => (tokens[k]?.word ? tokens[k]!.lower : '');

/** Holders of a growth rate: "nền kinh tế tăng trưởng 6,8%" is the rate of economic growth. */
const GROWTH_OF = /^(?:nền kinh tế|kinh tế|gdp|grdp|tổng sản phẩm quốc nội|tổng sản phẩm trong nước)$/iu;

/** A noun ending in a plan set for growth (GROWTH_PLANS): no noun that grows. */
const GROWTH_PLAN = new RegExp(`(?:^|\\s)(?:${GROWTH_PLANS.phrases.join('|')})$`, 'iu');

/** The metric of a growth rate stated as "X tăng trưởng N%", or null when X grows (an increase of X). */
function growthMetric(noun: string | null): string | null {
  if (noun === null || GROWTH_PLAN.test(noun.trim())) return 'tăng trưởng';
  return GROWTH_OF.test(noun.trim()) ? `tăng trưởng ${noun.trim()}` : null;
}

/** Where the sentence names periods: the measured noun is read past them ("xuất khẩu năm 2023 đạt"). */
function periodSpans(plain: string, sentence: Span): Span[] {
  return findPeriods(plain.slice(sentence.start, sentence.end), sentence.start).map((p) => p.span);
}

const NOUN_ENDING_VERBS: ReadonlySet<string> = new Set(['thành', 'trị', 'đăng', 'đạt', 'tăng', 'giảm', 'được', 'bị', 'đang', 'mới', 'vừa', 'sẽ', 'xảy']);
// Nouns whose first word alone is no counted thing ("điều 5") but whose compound is.
const COUNTED_COMPOUNDS: ReadonlySet<string> = new Set(['điều kiện', 'phần mềm', 'phần việc', 'bên mua', 'bên bán']);
const TIME_LABELS: ReadonlySet<string> = new Set(['lúc', 'ngày', 'tháng', 'năm', 'sáng', 'chiều', 'tối', 'đêm', 'trưa', 'hôm', 'giờ']);

/** "1,5 tỉ", "hơn 400 tỉ": an amount with a scale word but no unit or counted noun is money, in đồng. */
const IMPLIED_UNIT = { unit: 'VND', unitText: null, noun: null } as const;

/** Reads the unit and noun that follow a number ending at `pos`; null when nothing is measured. */
type UnitReading = Omit<Reading, 'start' | 'value' | 'valueMax' | 'scaled' | 'dotDecimal' | 'numberToken'>;

function readUnit(ctx: ArticleContext, pos: number, scaled: boolean): UnitReading | null {
  const { plain, tokens } = ctx;
  PERCENT.lastIndex = pos;
  if (PERCENT.exec(plain)) return { end: PERCENT.lastIndex, unit: 'percent', unitText: '%', noun: null };
  GLUED.lastIndex = pos;
  const glued = GLUED.exec(plain);
  if (glued) {
    if (!GLUED_UNITS.has(glued[0].toLowerCase())) return null;
    const info = UNITS.find(([s]) => s.toLowerCase() === glued[0].toLowerCase())?.[1];
    return info ? { end: GLUED.lastIndex, unit: info.unit, unitText: info.text, noun: null } : null;
  }
  const ti = nextWordIndex(ctx, pos);
  if (ti === null) return scaled ? { end: pos, ...IMPLIED_UNIT } : null;
  const unit = unitAt(ctx, ti, scaled);
  if (unit) return { end: tokens[unit.end - 1]!.end, unit: unit.info.unit, unitText: unit.info.text, noun: null };
  const people = PEOPLE.match(tokens, ti, plain);
  if (people) {
    const noun = readCountedNoun(ctx, ti, Math.max(3, people.end - ti));
    return { end: tokens[people.end - 1]!.end, unit: 'people', unitText: people.value, noun: noun?.text ?? people.value };
  }
  const noun = readCountedNoun(ctx, ti);
  if (noun) return { end: tokens[noun.end - 1]!.end, unit: 'count', unitText: null, noun: noun.text };
  return scaled ? { end: pos, ...IMPLIED_UNIT } : null;
}

/** A noun right after the unit names what the money is ("1,8 tỷ USD vốn FDI"). */
function nounAfter(ctx: ArticleContext, pos: number): string | null {
  let ti = nextWordIndex(ctx, pos);
  // "nộp 1 triệu ringgit (247.000 USD) tiền bảo lãnh": the noun follows the amount's restatement in parentheses.
  if (ti !== null && ctx.tokens[ti]!.text === '(') ti = afterRestatement(ctx, ti);
  // "áp thuế 15% đối với hàng nhập khẩu": a preposition opens no noun; nor do "hằng năm", "hiện tại".
  // Nor does a restatement ("781 m tương đương với chiều dài ...").
  if (ti === null || OWNER_PREPOSITIONS.matchAt(ctx.tokens, ti) !== -1 || FREQUENCIES.matchAt(ctx.tokens, ti) !== -1 || NOW_ADVERBS.matchAt(ctx.tokens, ti) !== -1 || RESTATEMENTS.matchAt(ctx.tokens, ti) !== -1) return null;
  // "2 triệu USD / năm", "181,5 tỉ đồng / km": what follows a slash is what the amount is per, not what it measures.
  if (ctx.tokens[ti]!.text === '/') return null;
  return readCountedNoun(ctx, ti, 5, true)?.text ?? null;
}

/** How far a restatement in parentheses may run ("(khoảng 247.000 USD)"). */
const RESTATEMENT_REACH = 8;

/** The word after a parenthesised restatement of an amount opening at token `open` ("(247.000 USD) tiền"), or null. */
function afterRestatement(ctx: ArticleContext, open: number): number | null {
  const { tokens } = ctx;
  let digits = false;
  for (let k = open + 1; k < tokens.length && k - open <= RESTATEMENT_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return digits && tokens[k + 1]?.word === true ? k + 1 : null;
    const point = t.text === '.' && !(tokens[k - 1]?.digits && tokens[k + 1]?.digits);
    if (t.text === '(' || t.text === ';' || point) return null;
    digits ||= t.digits;
  }
  return null;
}

function isMoney(unit: FigureUnit): boolean {
  return unit === 'USD' || unit === 'VND' || unit === 'percent';
}

const DOT_DECIMAL = /^\d+\.\d{1,2}$/;

/** "4,1 tỉ" is 4 100 000 000, not the 4 099 999 999.9999995 that binary floating point makes of 4.1 × 10⁹. */
const scaledBy = (value: number, factor: number) => Number((value * factor).toPrecision(15));

/** A measured noun opening with a change verb ("tăng vốn", "điều chỉnh giảm chi phí"), never "tăng trưởng". */
// "Doanh nghiệp Trung Quốc giảm đầu tư vào Mỹ tới 92%": the verb may follow its doer, which is then no part of the metric.
// The verb is never the first half of a compound ("tăng trưởng", "giảm nghèo", "tăng thêm").
const CHANGE_BEFORE_OBJECT = new RegExp(`^(?:[^,;]*\\s)?(?:điều chỉnh )?(tăng|giảm) (?!(?:${CHANGE_VERB_COMPOUNDS.join('|')})(?:\\s|$))(?=\\p{L})`, 'iu');

function readDigits(ctx: ArticleContext, m: RegExpExecArray): Reading | null {
  const { plain } = ctx;
  const numberStart = m.index + (m[1] ? m[0].indexOf(m[2]!) : 0);
  let pos = m.index + m[0].length;
  if (AFTER_NUMBER_NOT_FIGURE.test(plain.slice(pos, pos + 2))) return null;
  let value = parseNumber(m[2]!);
  let valueMax = m[3] ? parseNumber(m[3]) : null;
  const scale = readScale(plain, pos);
  pos = scale.end;
  if (valueMax !== null) {
    valueMax = scaledBy(valueMax, scale.factor);
    // "từ 5 đến 7 tỷ" shares the scale; "500.000 - 1 triệu" does not.
    if (value * scale.factor < valueMax) value = scaledBy(value, scale.factor);
    if (!(value < valueMax)) valueMax = null;
  } else {
    value = scaledBy(value, scale.factor);
  }
  if (scale.factor >= 1e6 && valueMax === null) {
    const composite = readComposite(plain, pos, scale.factor);
    value = scaledBy(value + composite.add, 1);
    pos = composite.end;
  }
  const unit = readUnit(ctx, pos, scale.factor > 1);
  if (!unit) return null;
  // The unit's fields one by one: spreading the unit reading (of several shapes) is far slower.
  return {
    end: unit.end,
    unit: unit.unit,
    unitText: unit.unitText,
    noun: unit.noun,
    start: m[1] ? m.index : numberStart,
    value,
    valueMax,
    scaled: scale.factor > 1,
    dotDecimal: DOT_DECIMAL.test(m[2]!),
    numberToken: tokenIndexAt(ctx, numberStart),
  };
}

function readWordNumber(ctx: ArticleContext, m: RegExpExecArray): Reading | null {
  const pos = m.index + m[0].length;
  const scale = readScale(ctx.plain, pos);
  const unit = readUnit(ctx, scale.end, true);
  if (!unit || (unit.unit !== 'USD' && unit.unit !== 'VND' && !(unit.unit === 'other' && unit.unitText !== 'lần' && /^[A-Zđ]|yên|tệ|won|rúp|baht/.test(unit.unitText ?? '')))) return null;
  return {
    end: unit.end,
    unit: unit.unit,
    unitText: unit.unitText,
    noun: unit.noun,
    start: m.index,
    value: scaledBy(UNIT_WORDS.get(m[1]!.toLowerCase())!, scale.factor),
    valueMax: null,
    scaled: true,
    dotDecimal: false,
    numberToken: tokenIndexAt(ctx, m.index),
  };
}

/** A number that labels rather than measures: "Chỉ thị 15", "quận 1", "COP 28", "lần thứ 21", a year. */
function isLabel(ctx: ArticleContext, r: Reading, qualified: boolean): boolean {
  if (isMoney(r.unit) || qualified) return false;
  const { tokens } = ctx;
  const k = r.numberToken;
  const prev = tokens[k - 1];
  // "một lúc 60 nhà ngoại giao": people are never a time of day or a date.
  if (prev?.word && !(r.unit === 'people' && TIME_LABELS.has(prev.lower))) {
    const prev2 = tokens[k - 2];
    // "phục_vụ 36 triệu hành khách": the last syllable of a word ("vụ") is no label word of its own, though a time's is
    // ("buổi_sáng 30-8").
    const compound = COMPOUNDS.endingAt(tokens, k - 1);
    const ownWord = TIME_NOUNS.has(prev.lower) || (!continuesWord(tokens, k - 1) && (compound === -1 || continuesWord(tokens, compound)));
    if ((ownWord && LABEL_WORDS.has(prev.lower)) || (prev2?.word && LABEL_WORDS.has(`${prev2.lower} ${prev.lower}`))) return true;
    // "Boeing 737", "Quốc lộ 1A": a number right after a name is part of it, unless a unit measures it ("cách Homs 15 dặm").
    if (prev.cap && adjacentTokens(ctx, k - 1, k) && !isSentenceStart(ctx, k - 1) && (r.unit === 'count' || r.unitText === null || prev.acronym)) return true;
  }
  const digits = tokens[k]?.text ?? '';
  return !r.scaled && /^(?:19|20)\d\d$/.test(digits) && r.unit === 'count';
}

/** Why a value cannot be a figure in `unit`, or null when it can. */
export function refuseValue(value: number, unit: FigureUnit): string | null {
  if (!Number.isFinite(value)) return 'the number is too large to represent';
  const max = MAX_FIGURE_VALUE[unit];
  if (Math.abs(value) > max) return `${value.toExponential(2)} is beyond the largest figure in ${unit} (${max.toExponential(0)})`;
  return null;
}

/** Between the two ends of a range that each carry their unit ("30 triệu đồng đến 300 triệu đồng", "từ 31% đến 60%"). */
const RANGE_BETWEEN = /^\s*(?:đến|tới|-|–)\s*(?:dưới\s+)?$/u;

/** Joins "A unit đến B unit" into one range reading [A, B]; the second reading is removed. */
function joinRanges(plain: string, readings: Reading[]): void {
  for (let i = 0; i + 1 < readings.length; i++) {
    const [a, b] = [readings[i]!, readings[i + 1]!];
    if (a.valueMax !== null || b.valueMax !== null || a.unit !== b.unit || a.unitText !== b.unitText || !(a.value < b.value) || b.start < a.end) continue;
    if (!RANGE_BETWEEN.test(plain.slice(a.end, b.start))) continue;
    a.valueMax = b.value;
    a.end = b.end;
    readings.splice(i + 1, 1);
  }
}

/** "61% trở lên", "3 người trở xuống": a bound written after the amount. */
function boundAfter(plain: string, end: number): Qualifier | null {
  const after = plain.slice(end, end + 12).trimStart();
  return QUALIFIERS_AFTER.find(([words]) => after.startsWith(words))?.[1] ?? null;
}

export interface FigureResult {
  figures: FigureMention[];
  /** Every quantity refused as a figure, in text order. */
  refused: RefusedFigure[];
}

export function extractFigures(ctx: ArticleContext): FigureResult {
  const { plain, tokens, sentences } = ctx;
  const readings: Reading[] = [];
  for (const m of matchesAt(FIGURE, plain, figureStarts(plain))) {
    const r = readDigits(ctx, m);
    if (r) readings.push(r);
  }
  for (const m of matchesAt(WORD_NUMBER, plain, wordNumberStarts(plain))) {
    const r = readWordNumber(ctx, m);
    if (r) readings.push(r);
  }
  readings.sort((a, b) => a.start - b.start);
  joinRanges(plain, readings);

  const out: FigureMention[] = [];
  const refused: RefusedFigure[] = [];
  const periodsBySentence = new Map<number, Span[]>();
  let lastEnd = -1;
  for (const r of readings) {
    // "1 tỷ 250 triệu" is one figure, not also "250 triệu".
    if (r.start < lastEnd) continue;
    if (r.dotDecimal && !r.scaled && !isMoney(r.unit)) continue;
    const firstToken = tokenIndexAt(ctx, r.start);
    // A qualifier belongs to its number only on the same line.
    const compared = phraseBefore(tokens, firstToken - 1, COMPARATIVE_WORDS);
    const comparative = compared && !DIMENSION_HEADS.has(wordAt(tokens, compared.start - 1)) ? compared : null;
    const before = comparative ? null : phraseBefore(tokens, firstToken - 1, QUALIFIER_WORDS);
    const qualifier = before && adjacentTokens(ctx, firstToken - 1, firstToken) ? before : null;
    if (isLabel(ctx, r, !!qualifier)) continue;
    if (r.unit === 'count' && !r.noun && !r.scaled) continue;
    const changeAt = (qualifier ? qualifier.start : firstToken) - 1;
    const adjacentChange = comparative ?? phraseBefore(tokens, changeAt, CHANGE_WORDS);
    // "tăng thêm 5 dự án", and a word further: "tăng trưởng GDP 3%"; "tăng cao nhất (153%)": a change with its superlative.
    const superlative = tokens[changeAt]?.text === '(' && SUPERLATIVES.has(wordAt(tokens, changeAt - 1)) ? phraseBefore(tokens, changeAt - 3, CHANGE_WORDS) : null;
    const change = adjacentChange ?? superlative ?? phraseBefore(tokens, changeAt - 1, CHANGE_WORDS);
    let changeValue: FigureChange = change?.value ?? 'level';
    // "tăng trưởng 6,8%", "kinh tế tăng trưởng 6,8%": the growth rate itself, a level (see growthMetric).
    const growth = change && r.unit === 'percent' && tokens[change.start]?.lower === 'tăng' && tokens[change.start + 1]?.lower === 'trưởng';
    if (r.unitText === 'lần' && changeValue !== 'decrease' && change) changeValue = 'multiplier';
    const start = qualifier ? tokens[qualifier.start]!.start : r.start;
    const sentence = sentenceOf(ctx, start);
    const s = sentences[sentence];
    const sentenceStartToken = s ? tokenIndexAt(ctx, s.start) : 0;
    // Figures share sentences: find each sentence's periods once.
    let periods = periodsBySentence.get(sentence);
    if (!periods) periodsBySentence.set(sentence, (periods = s ? periodSpans(plain, s) : []));
    // "đạt tốc độ tăng trưởng GDP trên 3%": a growth named before the figure, with its noun between, is the figure's metric.
    const namedGrowth = growth && adjacentChange === null;
    // "điều chỉnh tăng vốn 3.000 tỉ đồng": the change's object between it and the figure is what the figure measures.
    const objectBetween = !growth && adjacentChange === null && change !== null && tokens[changeAt]?.word === true && !tokens[changeAt]!.cap;
    const leftOf = (change && !namedGrowth && !objectBetween ? change.start : qualifier ? qualifier.start : firstToken) - 1;
    // The noun is read back to the figure before it in the sentence, never into its unit ("tăng 1,4 tỷ euro lên 38,5 tỷ euro").
    const previous = out[out.length - 1];
    const floor = previous?.sentence === sentence ? Math.max(sentenceStartToken, tokenIndexAt(ctx, previous.span.end)) : sentenceStartToken;
    // "trả 66 triệu USD lãi vay", "thu hút 2 tỷ USD vốn FDI": after a verb other than "đạt", "tăng"... the noun follows the amount.
    // "nhà đầu tư lớn nhất với 9,1 tỷ USD vốn đăng ký": after "với" too, a noun after the amount is what it measures.
    const verbBefore = tokens[leftOf]?.word === true && (!leftIsNoun(tokens[leftOf]!.lower) || tokens[leftOf]!.lower === 'với') && !tokens[leftOf]!.cap;
    const rate = r.unitText !== null && RATE_UNITS.has(r.unitText);
    const after = verbBefore && !rate ? nounAfter(ctx, r.end) : null;
    // "Việc tăng 6,08% giá điện": a nominaliser before the verb names nothing; what is measured follows the amount.
    const leftAt = (isMoney(r.unit) || r.unit === 'other') && after === null ? readMeasuredNounAt(ctx, leftOf, floor, periods) : null;
    const left = leftAt?.text ?? null;
    // "Hà Tĩnh có 1.991 ha lúa": a name alone before the amount is whose it is; what is measured follows the amount. One
    // capitalised word opening the sentence ("Chạy được 10 mét") is no name.
    const name = left !== null && isProperName(left) && (leftAt!.start > sentenceStartToken || left.includes(' '));
    const named = left !== null && (NOMINALISERS.has(left.toLowerCase()) || name);
    let noun = isMoney(r.unit) || r.unit === 'other'
      ? (after ?? (named ? null : left) ?? (rate ? null : nounAfter(ctx, r.end)))
      : r.noun;
    // "áp thuế lên 300 tỉ USD hàng hoá Trung Quốc", "doạ đánh thuế 200 tỉ USD hàng hoá": money after a tariff is the worth of
    // the goods after it, which it measures.
    const tariff = leftAt !== null && TARIFF_WORDS.endingAt(tokens, leftAt.end) !== -1;
    const goodsAt = tariff && isMoney(r.unit) ? nextWordIndex(ctx, r.end) : null;
    if (goodsAt !== null && GOODS.matchAt(tokens, goodsAt) !== -1) noun = nounAfter(ctx, r.end) ?? noun;
    // "(điều chỉnh) tăng vốn đầu tư 122.352 tỉ đồng": a change verb before its object is the figure's change.
    const verbObject = noun === null || (changeValue !== 'level' && !objectBetween) ? null : CHANGE_BEFORE_OBJECT.exec(noun);
    if (verbObject) {
      // "tăng vốn điều lệ lên 500 tỷ đồng", "tăng tổng mức đầu tư lên thành 8.104 tỷ đồng": the level the move reaches.
      const reached = LEVEL_REACHED.has(wordAt(tokens, changeAt));
      changeValue = reached ? 'level' : CHANGE_WORDS.get(verbObject[1]!.toLowerCase())!;
      noun = noun!.slice(verbObject[0].length);
    }
    if (namedGrowth) changeValue = 'level';
    else if (growth) {
      const rate = growthMetric(noun);
      if (rate !== null) {
        noun = rate;
        changeValue = 'level';
      }
    }
    // "tăng thuế từ 10% lên 25%": the level a move starts from.
    if (tokens[firstToken]!.lower === 'từ' && r.valueMax === null) changeValue = 'level';
    // "4 triệu việc_làm": a figure's text never ends inside a word of a segmented source.
    for (let ti = tokenIndexAt(ctx, r.end) - 1; tokens[ti]?.end === r.end && tokens[ti]!.joined === true && tokens[ti + 1]; ti++) r.end = tokens[ti + 1]!.end;
    lastEnd = r.end;
    const reason = refuseValue(r.value, r.unit) ?? (r.valueMax === null ? null : refuseValue(r.valueMax, r.unit));
    if (reason !== null) {
      refused.push({ text: plain.slice(start, r.end), span: { start, end: r.end }, reason });
      continue;
    }
    out.push({
      value: r.value,
      valueMax: r.valueMax,
      unit: r.unit,
      unitText: r.unitText,
      qualifier: r.valueMax !== null ? 'range' : (qualifier?.value ?? boundAfter(plain, r.end) ?? 'exact'),
      change: changeValue,
      noun,
      // The context is read once every figure is known (see figure-context.ts).
      metric: noun,
      indicator: null,
      indicatorCue: null,
      subject: null,
      period: null,
      periodText: null,
      comparedTo: null,
      status: 'actual',
      text: plain.slice(start, r.end),
      span: { start, end: r.end },
      sentence,
    });
  }
  return { figures: out, refused };
}
