// A figure's context: what it measures (metric, indicator), whose it is (subject), when
// (period, and the period it is compared with) and whether it is reported, planned or forecast.
//
// Each field is read by an ordered list of named rules; the first rule that answers decides, and
// its name is kept with the answer so a reader can see why. Only the figure's own sentence is
// read, and the sentence before when this one continues it ("Trong đó", "Riêng"): a period or a
// subject is never borrowed from elsewhere in the article.
import type { EntityMention, FigureMention, FigureStatus, FigureUnit, Span } from '../types.js';
import { type ArticleContext, adjacentTokens, continuesWord, isSentenceStart, tokenIndexAt } from './context.js';
import { TITLES } from './organizations.js';
import { stateOfCapital } from './countries.js';
import { GLOSS_REACH, UNIT_LEXICON, pairEnd, readMeasuredNounAt } from './figures.js';
import { SCALES } from './lexicon/numbers.js';
import { classifyIndicator, coreIndicator, indicatorKey, type IndicatorMatch } from './indicator.js';
import { FDI_DISBURSED_WORDS, FDI_SCOPE_CUES, FDI_SCOPED_CAPITAL, NATIONAL_INDICATOR_IDS, PROJECT_CAPITAL_METRICS, TOURISM_SCOPE_CUES, TOURISM_SCOPED_GUESTS, type UnitKind } from './lexicon/indicators.js';
import {
  CLASSIFIER_HEADS, CLASSIFIERS, COMPOUNDS, FIRM_HEADS, LEGAL_FORMS, CONTINUATIONS, COUNT_HEADS, DESTINATION_BEFORE, NATIONAL_BODIES, SAME_PERIOD_BEFORE, ESTIMATE_CUES, FORECAST_CUES, NATIONAL_SELF,
  ANAPHORS, BELONGING, BILATERAL, GLOSSED_LEVELS, CONTRASTS, FREQUENCIES, LOCAL_UNIT_HEADS, RESIDENCE_BEFORE, DEGREES, GOODS, TARIFF_WORDS, CLAUSE_LINKS, EVALUATIONS, FLOW_NOUNS, FLOW_DIRECTIONS, SPEAKING_VERBS, ACTOR_BEFORE, PERSON_HEADS, GENERIC_FIGURES, METRIC_ANAPHORS, RESPECTIVELY, NOT_BEFORE_NAME_HOLDER, NOT_BEFORE_SECTOR, SECTOR_ACRONYM_HEADS, SECTOR_HEADS, SECTOR_NAME_STOPS, SECTORS, NOUN_PHRASE_ENDS, PARTNER_BEFORE, PASSIVE_AGENT_BEFORE, SCENE_BEFORE, EVENT_PLACE_BEFORE, PROJECT_HEADS, JUSTICE_BODIES, PROVINCE_LEVEL_WORDS, IMPACT_CUES, NATIONALITY_BEFORE, NOT_HOLDER_ABBREVIATIONS, APPOSITIVE_OPENERS, BODY_HEAD_WORDS, NAMED_BODY_HEADS, PRODUCT_HEADS, NOT_NAME_OPENERS, NOT_LOCAL_UNIT_BEFORE, QUALIFYING_VERBS, REMAINDER_WORDS, UP_TO_NOW, HIEN_WORD_SECONDS, RELATIVE_MARKERS, AGENT_QUANTIFIERS, RESTATEMENTS, NEWS_OUTLETS, OUTLET_HEADS, SPENDING_VERBS, PURPOSE_LINKS, PURPOSE_PLURALS, REPORTING_VERBS, SOURCE_BEFORE, TARGET_CUES,
} from './lexicon/figure-context.js';
import { OTHER_CURRENCIES } from './lexicon/figures.js';
import { ANNOUNCING_VERBS } from './lexicon/periods.js';
import { FUNCTION_WORDS } from './lexicon/function-words.js';
import { ACTION_VERBS, HIEN_VERB_FIRSTS, LINK_VERBS, OWNER_PREPOSITIONS, PREPOSITION_PHRASES, SUPERLATIVES } from './lexicon/measured-noun.js';
import { PhraseList } from './lexicon/sets.js';
import { findPeriods, resolvePeriod, type PeriodMention } from './periods.js';
import type { Token } from './tokens.js';

/** The unit kinds indicators allow: currencies are money, physical units quantities. */
export function unitKind(unit: FigureUnit, unitText: string | null): UnitKind {
  switch (unit) {
    case 'USD':
    case 'VND':
      return 'money';
    case 'percent':
      return 'percent';
    case 'people':
      return 'people';
    case 'count':
      return 'count';
    case 'other':
      if (unitText === 'lần') return 'percent';
      return OTHER_CURRENCIES.has(unitText ?? '') ? 'money' : 'quantity';
  }
}

const HOME_COUNTRY = 'Việt Nam';

/** What the rules know of one figure in its sentence. */
interface Place {
  figure: FigureMention;
  /** Token of the figure's first word (its qualifier when it has one) and the token after it. */
  first: number;
  after: number;
  /** First token of the sentence and the token after its end. */
  sentenceFirst: number;
  sentenceAfter: number;
}

const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** The noun phrase that starts at token `i`, read rightwards word by word; its end token too. */
function nounPhraseAt(ctx: ArticleContext, i: number, max = 8): { text: string; end: number } | null {
  const { tokens } = ctx;
  let k = i;
  while (k < tokens.length && k - i < max) {
    const t = tokens[k]!;
    // "63 tỉnh, thành phố": a comma inside a pair of nouns.
    const pair = k > i ? pairEnd(tokens, k) : -1;
    if (pair !== -1) {
      k = pair;
      continue;
    }
    if (!t.word || t.digits || (k > i && ctx.plain.slice(tokens[k - 1]!.end, t.start).includes('\n'))) break;
    if (k > i && !continuesWord(tokens, k) && PREPOSITION_PHRASES.matchAt(tokens, k) !== -1) break;
    // A compound is one word: "xe tăng" is not "xe" and "tăng".
    const compound = k > i ? COMPOUNDS.endingAt(tokens, k) : -1;
    if (compound === -1 || compound < i) {
      // A syllable continuing a segmented word ("gián_tiếp") is no verb or particle of its own.
      if ((NOUN_PHRASE_ENDS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) && !(k > i && continuesWord(tokens, k))) {
        if (k === i || COMPOUNDS.matchAt(tokens, k) === -1) break;
      }
      if (t.cap && !t.acronym && k > i) break;
    }
    k++;
  }
  return k > i ? { text: ctx.plain.slice(tokens[i]!.start, tokens[k - 1]!.end), end: k } : null;
}

/** "của lãnh đạo các nước": an owner phrase of lowercase words after a counted noun. */
function ownerPhraseAt(ctx: ArticleContext, i: number): number {
  const { tokens } = ctx;
  if (tokens[i]?.lower !== 'của') return i;
  let k = i + 1;
  while (k < tokens.length && k - i <= 6) {
    const t = tokens[k]!;
    // "của xã Hương Giang", "của công ty Hoàng Quân": lowercase words before a name are its head, and the owner a holder.
    if (t.cap && t.word && adjacentTokens(ctx, k - 1, k)) return i;
    if (!t.word || t.digits || t.cap || (NOUN_PHRASE_ENDS.has(t.lower) && t.lower !== 'các') || (FUNCTION_WORDS.has(t.lower) && t.lower !== 'các' && t.lower !== 'những')) break;
    k++;
  }
  return k > i + 1 ? k : i;
}

/** The rest of a series item between two figures: its holder, then a comma or "và" ("của Singapore,", "của Malaysia và", "ở Lào,"). */
const HOLDER_SERIES = /^(?:của|ở|tại)\s+\p{Lu}[\p{L}\s.-]{0,40}?\s*(?:,|,?\s*và)$/u;

/** How many words a relative clause after a counted noun may hold. */
const RELATIVE_REACH = 6;

/** How many tokens back a classifier alone ("123 triệu lượt") finds the figure that said what it classifies. */
const CLASSIFIER_REACH = 24;

/** "người chưa tham gia bảo hiểm y tế": where a relative clause opened at token `i` by an aspect or voice marker ends, or `i`. */
function relativeClauseAt(ctx: ArticleContext, i: number): number {
  const { tokens } = ctx;
  const marker = tokens[i];
  if (!marker?.word || continuesWord(tokens, i) || !adjacentTokens(ctx, i - 1, i)) return i;
  // "70 huyện đạt chuẩn nông thôn mới": a qualifying verb opens the clause by itself; "hơn 400 hộ còn lại" is the clause whole.
  const remainder = REMAINDER_WORDS.matchAt(tokens, i);
  if (remainder !== -1) return remainder;
  const qualifying = QUALIFYING_VERBS.matchAt(tokens, i);
  if (qualifying !== -1) return nounPhraseAt(ctx, qualifying, RELATIVE_REACH)?.end ?? qualifying;
  if (!RELATIVE_MARKERS.has(marker.lower)) return i;
  // "30 người đang bị mất tích", "13 người đã bị kết tội": markers may follow one another before the clause's verb.
  let v = i + 1;
  while (v - i <= 2 && tokens[v]?.word && RELATIVE_MARKERS.has(tokens[v]!.lower) && tokens[v]!.lower !== 'thuộc' && adjacentTokens(ctx, v - 1, v)) v++;
  // "1 em không phải học sinh": "không phải" is "is not", a copula of the sentence.
  for (let k = i; k + 1 < v; k++) if (tokens[k]!.lower === 'không' && tokens[k + 1]!.lower === 'phải') return i;
  // "12 con giáp không nằm trong danh mục", "104 căn hộ được trả lời như sau": a verb of the sentence, no relative clause;
  // nor is a passive with its agent ("3,5% học phí được nhiều phụ huynh đồng tình").
  if (!tokens[v]?.word || tokens[v]!.cap || ACTION_VERBS.matchAt(tokens, v) !== -1 || AGENT_QUANTIFIERS.has(tokens[v]!.lower)) return i;
  // The clause's verb may be a compound whose first syllable ends noun phrases ("tham gia", "đăng ký").
  const verb = COMPOUNDS.matchAt(tokens, v);
  const from = verb !== -1 && adjacentTokens(ctx, v, verb - 1) ? verb : v;
  const rest = from < tokens.length ? nounPhraseAt(ctx, from, RELATIVE_REACH) : null;
  // "300 hộ dân thuộc khu phố 3", "3 xã thuộc huyện Hoà Vang": whose they are, cut short by a name or a number, says nothing whole.
  const cut = marker.lower === 'thuộc' && rest !== null && rest.end - from < RELATIVE_REACH && (tokens[rest.end]?.cap || tokens[rest.end]?.digits) && adjacentTokens(ctx, rest.end - 1, rest.end);
  if (cut) return i;
  return rest?.end ?? (from > v ? from : i);
}

/** The figure's metric and how it was read. */
interface MetricReading {
  metric: string | null;
  rule: string;
  /** A share of something ("chiếm 20% GDP"): no indicator value. */
  share: boolean;
  /** Inherited from the figure before ("..., tăng 32,1%"; "(tương đương 2 tỷ USD)"). */
  from: number | null;
  /** Stated for the same period a year before ("(cùng kỳ tăng 12,8%)"). */
  yearBefore?: boolean;
  /** The value the figure before is compared with ("giảm còn 6,2% trong quý 2 so với 6,4% của quý trước"): of its comparison period. */
  compared?: boolean;
}

/** Ordered metric rules; each returns null when it does not apply. */
type MetricRule = {
  name: string;
  /** `figures`: the figures before this one, their context read; `all`: every figure of the article, as found. */
  read: (ctx: ArticleContext, p: Place, index: number, figures: readonly FigureMention[], all: readonly FigureMention[]) => Omit<MetricReading, 'rule'> | null;
};

const word = (tokens: readonly Token[], k: number) => (tokens[k]?.word ? tokens[k]!.lower : '');

/**
 * The text between two figures of a sentence, past the rest of the first one's unit ("93,2 triệu đồng/lao động, tăng 6%",
 * "80 triệu USD / năm từ mức 2 triệu USD").
 */
function textBetween(ctx: ArticleContext, before: FigureMention, after: FigureMention): string {
  return ctx.plain.slice(before.span.end, after.span.start).replace(/^\s*\/(?:[^,;()]{1,20}(?=[,(])|\s*[^\s,;()]+)/u, '');
}

/** Whether the figure's noun follows it ("200 tỷ USD hàng hoá") rather than coming before it. */
function nounAfter(ctx: ArticleContext, f: FigureMention): boolean {
  return f.noun !== null && ctx.plain.slice(f.span.end, f.span.end + f.noun.length + 2).trimStart().toLowerCase().startsWith(f.noun.toLowerCase());
}

/** A period right after a figure, before what links it to the next ("của năm trước", "trong quý 2-2019"). */
const PERIOD_AFTER_FIGURE = /^(?:(?:của|trong|vào)\s+)?(?:năm|quý|tháng)\s+(?:trước|ngoái|nay|[\p{L}\d/-]+)\s+(?=\p{L})/u;

/** "so với", "so với mức", and with the first figure's period before it ("trong quý 2-2019 so với"). */
const COMPARISON_BETWEEN = /^(?:(?:,\s*)?(?:trong|vào|của)?\s*(?:năm|quý|tháng|tuần|nửa đầu năm|6 tháng đầu năm)\s+[\p{L}\d/-]+\s+)?so với(?: mức| con số)?$/u;
const isComparison = (between: string) => COMPARISON_BETWEEN.test(between);

/** The figure before this one in its sentence, when nothing but a comma, "và" or "(tương đương" lies between. */
function linkedPrevious(ctx: ArticleContext, p: Place, index: number, figures: readonly FigureMention[]): number | null {
  const prev = figures[index - 1];
  if (!prev || prev.sentence !== p.figure.sentence) return null;
  // "từ 3,63% của năm trước xuống còn 2,57%": the first figure's period is passed over.
  const between = textBetween(ctx, prev, p.figure).trim().toLowerCase().replace(PERIOD_AFTER_FIGURE, '');
  // "tăng lên 36% so với 30%": the value compared with measures the same, in the same unit.
  if (isComparison(between)) return prev.unit === p.figure.unit ? index - 1 : null;
  // "thiếu hụt 55,18 triệu USD và 1.095 tỉ đồng": an amount joined by "và" with no noun of its own measures the same.
  if (/^,?\s*(?:và|hoặc)$/u.test(between)) return p.figure.noun === null ? index - 1 : null;
  // "tăng thuế suất lên 30%, từ mức 25%": the level it started from.
  if (/^,?\s*từ(?: mức)?(?: chỉ)?$/u.test(between)) return prev.unit === p.figure.unit ? index - 1 : null;
  // "Thái Lan đạt 11.635 USD, gấp 3 lần Việt Nam": a multiple of the amount before measures the same.
  return /^(?:[,;(]|,?\s*(?:lên|xuống|còn|xuống còn)|,?\s*(?:chỉ\s+)?(?:bằng|gấp)|[,(]?\s*(?:tương đương|tức|hay)(?:\s+(?:với|khoảng|gần|hơn|trên))?|\(?\s*(?:khoảng|gần)|[,(]?\s*(?:và|hoặc)?\s*(?:tăng|giảm|tăng thêm|giảm đi|tăng trưởng|tương ứng)(?:\s*(?:khoảng|gần|hơn|trên))?|,\s*(?:tăng|giảm)\s*(?:khoảng|gần|hơn|trên)?)$/u.test(between) ? index - 1 : null;
}

/**
 * "..., trong khi Nga chỉ là 37,7 tỷ USD": the capitalised name (or "cả nước") between a contrast after the figure
 * before and this figure, with nothing but link verbs after it, as tokens [first, after); else null.
 */
function contrastedName(ctx: ArticleContext, p: Place, prev: FigureMention): { first: number; after: number } | null {
  const { tokens } = ctx;
  let k = tokenIndexAt(ctx, prev.span.end);
  while (k < p.first && !tokens[k]!.word) k++;
  const first = CONTRASTS.matchAt(tokens, k);
  if (first === -1) return null;
  // "..., trong khi cả nước 24%": the nation named as itself is contrasted as well as a name.
  let after = Math.max(first, NATIONAL_SELF.matchAt(tokens, first));
  while (after < p.first && tokens[after]!.cap && tokens[after]!.word) after++;
  if (after === first) return null;
  for (let j = after; j < p.first; j++) if (!LINK_VERBS.has(tokens[j]!.lower)) return null;
  return { first, after };
}

/** How many words the name opening a series item may have ("Nhật Bản", "Đinh Mạnh Thắng"). */
const SERIES_NAME_REACH = 4;

/**
 * "xuất khẩu sang Mỹ đạt 5 tỷ USD, EU 3 tỷ USD, Nhật Bản 2 tỷ USD", "Thanh được chia 14 tỷ đồng; Phong 10 tỷ": the capitalised
 * name that alone opens this figure's item after a comma or semicolon following the figure before, as tokens [first, after);
 * else null.
 */
function seriesName(ctx: ArticleContext, p: Place, prev: FigureMention): { first: number; after: number } | null {
  const { tokens } = ctx;
  const first = tokenIndexAt(ctx, prev.span.end) + 1;
  if (!/^[,;]$/u.test(tokens[first - 1]?.text ?? '') || ctx.plain.slice(prev.span.end, tokens[first - 1]!.start).trim() !== '') return null;
  let after = first;
  while (after < p.first && after - first < SERIES_NAME_REACH && tokens[after]!.word && tokens[after]!.cap && !tokens[after]!.digits) after++;
  if (after === first) return null;
  for (let k = after; k < p.first; k++) if (!LINK_VERBS.has(tokens[k]!.lower)) return null;
  return { first, after };
}

/**
 * "theo sau là Thái Lan và Maldives (lần lượt là 125% và 58%)": the names listed before "lần lượt" that the figure's series
 * gives values of in turn, as tokens [first, after) each; null when the list before it is no list of capitalised names.
 */
function respectiveNames(ctx: ArticleContext, p: Place, all: readonly FigureMention[], index: number): { first: number; after: number }[] | null {
  const { tokens } = ctx;
  const series = seriesAround(ctx, all, index);
  const headFirst = tokenIndexAt(ctx, all[series.first]!.span.start);
  const respectively = RESPECTIVELY.lastIn(tokens, Math.max(p.sentenceFirst, headFirst - 4), headFirst);
  if (respectively === -1 || series.count < 2) return null;
  const names: { first: number; after: number }[] = [];
  let k = respectively - 1;
  if (tokens[k]?.text === '(') k--;
  while (names.length < series.count && k >= p.sentenceFirst) {
    const after = k + 1;
    while (k >= p.sentenceFirst && tokens[k]!.word && tokens[k]!.cap && !tokens[k]!.digits && after - k <= SERIES_NAME_REACH) k--;
    if (k + 1 === after) return null;
    names.unshift({ first: k + 1, after });
    if (names.length < series.count && tokens[k]?.text !== ',' && tokens[k]?.lower !== 'và') return null;
    k--;
  }
  return names.length === series.count ? names : null;
}

/**
 * The last figure before `index` of the figure's unit with a metric, in its sentence or up to `sentencesBack` sentences
 * before it; -1 when none.
 */
function measuredBefore(figures: readonly FigureMention[], index: number, f: FigureMention, sentencesBack: number): number {
  for (let j = index - 1; j >= 0 && figures[j]!.sentence >= f.sentence - sentencesBack; j--) {
    if (figures[j]!.unit === f.unit && figures[j]!.metric !== null) return j;
  }
  return -1;
}

const METRIC_RULES: readonly MetricRule[] = [
  {
    name: 'in terms of: "tăng 15,2% về số doanh nghiệp và 45,4% về số vốn đăng ký" measures the noun after "về"',
    read: (ctx, p) => {
      if (p.figure.unit !== 'percent' || word(ctx.tokens, p.after) !== 'về' || ctx.tokens[p.after + 1]?.cap) return null;
      const np = nounPhraseAt(ctx, p.after + 1);
      return np === null ? null : { metric: np.text, share: false, from: null };
    },
  },
  {
    name: 'respectively named: "theo sau là Thái Lan và Maldives (lần lượt là 125% và 58%)" measures what the figure of its unit before the list measures',
    read: (ctx, p, index, figures, all) => {
      if (respectiveNames(ctx, p, all, index) === null) return null;
      const j = measuredBefore(figures, seriesAround(ctx, all, index).first, p.figure, 0);
      return j === -1 ? null : { metric: figures[j]!.metric, share: false, from: j };
    },
  },
  {
    name: 'respectively: "xuất khẩu và nhập khẩu lần lượt giảm 2% và 8,3%" measures the list\'s item in its place',
    read: (ctx, p, index, _figures, all) => {
      const series = seriesAround(ctx, all, index);
      const { tokens } = ctx;
      const head = all[series.first]!;
      const headFirst = tokenIndexAt(ctx, head.span.start);
      const respectively = RESPECTIVELY.lastIn(tokens, Math.max(p.sentenceFirst, headFirst - 4), headFirst);
      if (respectively === -1 || series.count < 2) return null;
      const items = listBefore(ctx, respectively - 1, p.sentenceFirst, series.count);
      const item = items.length === series.count ? items[index - series.first] : undefined;
      return item === undefined ? null : { metric: item, share: false, from: null };
    },
  },
  {
    name: 'share: "chiếm X% NP", "X% NP"',
    read: (ctx, p) => {
      if (p.figure.unit !== 'percent') return null;
      const { tokens } = ctx;
      const share = word(tokens, p.first - 1) === 'chiếm' || (word(tokens, p.first - 2) === 'chiếm' && !tokens[p.first - 1]!.digits);
      // "Hơn một nửa (52%) xuất khẩu vũ khí của Mỹ": the share glossed in parentheses, its noun after them.
      const npAt = inParentheses(ctx, p.first, p.after) ? p.after + 1 : p.after;
      // "áp thuế 15% đối với hàng nhập khẩu": a preposition opens no measured noun; nor does "hằng năm".
      const np = OWNER_PREPOSITIONS.matchAt(tokens, npAt) === -1 && FREQUENCIES.matchAt(tokens, npAt) === -1 ? nounPhraseAt(ctx, npAt) : null;
      if (np && (share || p.figure.change === 'level')) return { metric: np.text, share: true, from: null };
      return share ? { metric: p.figure.noun, share: true, from: null } : null;
    },
  },
  {
    name: 'same period before: "tăng 22% (cùng kỳ tăng 12,8%)", "đạt 4,2 triệu lượt, ... (cùng kỳ đạt 3,2 triệu lượt)" measures what the figure of its unit before it measures',
    read: (ctx, p, index, figures) => {
      const k = SAME_PERIOD_BEFORE.lastIn(ctx.tokens, Math.max(p.sentenceFirst, p.first - 5), p.first);
      if (k === -1 || ctx.tokens[k - 1]?.text !== '(') return null;
      for (let j = index - 1; j >= 0 && figures[j]!.sentence === p.figure.sentence; j--) {
        if (figures[j]!.unit === p.figure.unit) return { metric: figures[j]!.metric, share: false, from: j, yearBefore: true };
      }
      return null;
    },
  },
  {
    name: 'converted or elided: "(tương đương X)", "..., tăng 32,1%"',
    read: (ctx, p, index, figures) => {
      const prev = linkedPrevious(ctx, p, index, figures);
      if (prev === null || p.figure.unit === 'count' || p.figure.unit === 'people') return null;
      const between = textBetween(ctx, figures[prev]!, p.figure).trim().toLowerCase().replace(PERIOD_AFTER_FIGURE, '');
      // "áp thuế 25% lên 200 tỷ USD hàng hoá": an amount of another unit with its own noun after it measures that;
      // what follows "gấp 2,5 lần" is what the amount before is compared with ("gấp 2,5 lần mức lương tối thiểu").
      const multiple = p.figure.change === 'multiplier' && /gấp$/u.test(between);
      if (figures[prev]!.unit !== p.figure.unit && nounAfter(ctx, p.figure) && !multiple) return null;
      // A figure with its own noun before it measures that ("..., nhập khẩu đạt 5 tỷ USD").
      const compared = isComparison(between);
      if (!compared && /\p{L}{2,}/u.test(between.replace(/từ mức|chỉ bằng|bằng|gấp|chỉ|tương đương với|tương đương|tức|khoảng|hay|gần|và|hoặc|tăng thêm|giảm đi|tăng trưởng|tương ứng|tăng|giảm|hơn|trên|lên|xuống|còn|so với|mức|con số/giu, ''))) return null;
      return { metric: figures[prev]!.metric, share: false, from: prev, compared };
    },
  },
  {
    name: 'holder series: "chỉ bằng 7% của Singapore, 17,6% của Malaysia và 36,5% của Thái Lan" measures what the figure before it measures',
    read: (ctx, p, index, figures) => {
      const prev = figures[index - 1];
      // "1 xe máy của Phú, 2 con dao": an item with its own noun measures that.
      if (!prev || prev.sentence !== p.figure.sentence || prev.unit !== p.figure.unit || p.figure.noun !== null) return null;
      const between = textBetween(ctx, prev, p.figure).trim();
      return HOLDER_SERIES.test(between) ? { metric: prev.metric, share: false, from: index - 1 } : null;
    },
  },
  {
    name: 'contrast: "xuất khẩu của Mỹ lên tới 222,6 tỷ USD, trong khi Nga chỉ là 37,7 tỷ USD" measures what the figure before it measures, for another holder',
    read: (ctx, p, index, figures) => {
      const prev = figures[index - 1];
      if (!prev || prev.sentence !== p.figure.sentence || prev.unit !== p.figure.unit || prev.metric === null) return null;
      return contrastedName(ctx, p, prev) === null ? null : { metric: prev.metric, share: false, from: null };
    },
  },
  {
    name: 'named series: "xuất khẩu sang Mỹ đạt 5 tỷ USD, EU 3 tỷ USD, Nhật Bản 2 tỷ USD" measures what the figure before it measures, for the name',
    read: (ctx, p, index, figures) => {
      const prev = figures[index - 1];
      if (!prev || prev.sentence !== p.figure.sentence || prev.unit !== p.figure.unit || prev.metric === null) return null;
      return seriesName(ctx, p, prev) === null ? null : { metric: prev.metric, share: false, from: null };
    },
  },
  {
    name: 'listed: "Pháp (chiếm 6,8% NP), Đức (6,4%)" measures what the figure before it in the list measures',
    read: (ctx, p, index, figures) => {
      const prev = figures[index - 1];
      if (!prev || prev.sentence !== p.figure.sentence || prev.unit !== p.figure.unit || prev.metric === null || !isListed(ctx, p.first, p.after)) return null;
      return { metric: prev.metric, share: false, from: index - 1 };
    },
  },
  {
    name: 'list named before: "các nhà cung cấp chính của nước này là Trung Quốc (70%), Mỹ (8,9%)"',
    read: (ctx, p) => {
      if (!isListed(ctx, p.first, p.after)) return null;
      const np = listNounBefore(ctx, p.first, p.sentenceFirst);
      return np === null ? null : { metric: np, share: false, from: null };
    },
  },
  {
    name: 'list named after: "Nga (58%), Israel (15%) và Mỹ (12%) là các nhà cung cấp hàng đầu"',
    read: (ctx, p) => {
      if (!isListed(ctx, p.first, p.after)) return null;
      const np = listNounAfter(ctx, p.after);
      return np === null ? null : { metric: np, share: false, from: null };
    },
  },
  {
    name: 'anaphoric: "Con số này cho năm 2019 ước tính hơn 7.200 tỷ đồng" measures what the figure before it measured',
    read: (ctx, p, index, figures) => {
      const prev = figures[index - 1];
      if (!prev || prev.sentence >= p.figure.sentence || METRIC_ANAPHORS.lastIn(ctx.tokens, Math.max(p.sentenceFirst, p.first - ANAPHOR_REACH), p.first) === -1) return null;
      // "..., tổng dự toán là 3.200 tỷ đồng, trong đó khối A 2.000 tỷ đồng. Con số này ...": the sentence's head figure, not its last part.
      let head = index - 1;
      while (head > 0 && figures[head - 1]!.sentence === prev.sentence) head--;
      while (head < index - 1 && figures[head]!.unit !== p.figure.unit) head++;
      return figures[head]!.unit === p.figure.unit ? { metric: figures[head]!.metric, share: false, from: head } : null;
    },
  },
  {
    name: 'generic: "thấp hơn con số 29,92 tỉ USD" measures what the figure of its unit before it measures',
    read: (ctx, p, index, figures) => {
      const noun = p.figure.noun?.toLowerCase() ?? '';
      if (!GENERIC_FIGURES.some((head) => noun === head || noun.startsWith(`${head} `))) return null;
      const j = measuredBefore(figures, index, p.figure, 1);
      return j === -1 ? null : { metric: figures[j]!.metric, share: false, from: j };
    },
  },
  {
    name: 'counted noun: "422 thỏa thuận hợp tác", "22 người mất tích", "36.897 chiếc xe"',
    read: (ctx, p, index, figures) => {
      const f = p.figure;
      if ((f.unit !== 'count' && f.unit !== 'people') || f.noun === null) return null;
      const { tokens } = ctx;
      // The noun starts inside the figure's span and may run past it ("2.992 lượt khách hàng").
      const nounAt = ctx.plain.indexOf(f.noun, f.span.start);
      const nounStart = tokenIndexAt(ctx, nounAt !== -1 && nounAt < f.span.end ? nounAt : f.span.end - f.noun.length);
      const np = nounPhraseAt(ctx, nounStart) ?? { text: f.noun, end: p.after };
      const owned = ownerPhraseAt(ctx, Math.max(np.end, p.after));
      const end = relativeClauseAt(ctx, owned);
      let start = nounStart;
      // "số khách quốc tế đến Đà Nẵng đạt 3,5 triệu lượt", "tổng số doanh nghiệp ... đạt 131.000 doanh nghiệp":
      // a count named again by its classifier or bare noun measures the "số ..." phrase before it.
      if (end - start <= 2) {
        const counted = countBefore(ctx, p);
        const bare = ctx.plain.slice(tokens[start]!.start, tokens[end - 1]!.end).toLowerCase();
        // ... when it counts the same thing: "số lao động ... là 60.553 doanh nghiệp" does not.
        if (counted !== null && (CLASSIFIERS.has(bare) || counted.toLowerCase().includes(bare))) return { metric: counted, share: false, from: null };
      }
      // A classifier gives way to what it classifies; alone it is no metric, but with a clause it names what is
      // counted ("27 con bị chết").
      // "con_bạc", "bộ_phận": a classifier's syllable inside a segmented word is none.
      // "11 bộ, ngành": nor is one of a pair of nouns.
      if (CLASSIFIERS.has(word(tokens, start)) && CLASSIFIER_HEADS.matchAt(tokens, start) === -1 && !continuesWord(tokens, start + 1) && pairEnd(tokens, start + 1) === -1 && end === owned) {
        // "đón 134 triệu lượt du khách, ... vượt kỳ vọng 123 triệu lượt": a classifier alone counts what it counted before,
        // in the same item of a list ("1 vụ huỷ hoại tài sản; 4 vụ với 4 đối tượng ..." does not).
        const classifier = word(tokens, start);
        for (let j = index - 1; end - start === 1 && j >= 0 && figures[j]!.sentence === f.sentence; j--) {
          const before = figures[j]!;
          if (ctx.plain.slice(before.span.end, f.span.start).includes(';') || p.first - tokenIndexAt(ctx, before.span.end) > CLASSIFIER_REACH) break;
          if ((before.unit === 'count' || before.unit === 'people') && before.metric !== null && before.noun?.toLowerCase().startsWith(`${classifier} `)) return { metric: before.metric, share: false, from: j };
        }
        if (end - start === 1) return { metric: clauseHead(ctx, p), share: false, from: null };
        start++;
      }
      return { metric: ctx.plain.slice(tokens[start]!.start, tokens[end - 1]!.end), share: false, from: null };
    },
  },
  {
    name: 'level glossed: "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 8 (60-75 km/h)" measures the noun its clause opens with',
    read: (ctx, p) => {
      const { tokens } = ctx;
      if (tokens[p.first - 1]?.text !== '(') return null;
      let k = p.first - 2;
      while (k > p.sentenceFirst && (tokens[k]!.digits || /^[-–]$/u.test(tokens[k]!.text))) k--;
      if (k === p.first - 2 || !GLOSSED_LEVELS.has(word(tokens, k))) return null;
      // The noun opening the level's clause ("Sáng nay, sức gió mạnh nhất ... cấp 8 (...)").
      let first = k;
      while (first > p.sentenceFirst && tokens[first - 1]!.text !== ',') first--;
      const np = nounPhraseAt(ctx, first);
      return np === null || np.end > k || FUNCTION_WORDS.has(word(tokens, first)) ? null : { metric: np.text, share: false, from: null };
    },
  },
  {
    name: 'measured noun before or after the amount: "kim ngạch xuất khẩu đạt 5 tỷ USD", "1,8 tỷ USD vốn FDI"',
    read: (ctx, p, index, figures) => {
      const before = figures[index - 1];
      const previousEnd = before && before.sentence === p.figure.sentence ? tokenIndexAt(ctx, before.span.end) : p.sentenceFirst;
      return { metric: nounWithClause(ctx, p) ?? clauseHead(ctx, p) ?? growthBefore(ctx, p, previousEnd), share: false, from: null };
    },
  },
];

/**
 * The figure's noun with the relative clause after it when the noun follows the amount's unit: "hơn 10 ha rừng bị khai thác"
 * measures "rừng bị khai thác", as "22 người mất tích" measures "người mất tích".
 */
function nounWithClause(ctx: ArticleContext, p: Place): string | null {
  const noun = p.figure.noun;
  if (noun === null) return null;
  const at = ctx.plain.indexOf(noun, p.figure.span.end);
  if (at === -1 || ctx.plain.slice(p.figure.span.end, at).trim() !== '') return noun;
  const end = tokenIndexAt(ctx, at + noun.length);
  const clause = relativeClauseAt(ctx, end);
  return clause > end ? ctx.plain.slice(at, ctx.tokens[clause - 1]!.end) : noun;
}

// Each article's series are found once: walking a series from each of its figures is quadratic in its length.
const seriesOf = new WeakMap<readonly FigureMention[], { first: Int32Array; last: Int32Array }>();

/**
 * The run of figures of one unit joined by "," or "và" that figure `index` is part of, each perhaps followed by what it is in
 * terms of ("tăng 4,3% về số lượng và 11,5% về số vốn"): its first and how many.
 */
function seriesAround(ctx: ArticleContext, all: readonly FigureMention[], index: number): { first: number; count: number } {
  let runs = seriesOf.get(all);
  if (!runs) {
    const joined = (a: FigureMention, b: FigureMention) =>
      a.sentence === b.sentence && a.unit === b.unit && /^(?:về(?:\s+\p{Ll}+){1,6}\s*)?(?:,|và|,\s*và)$/u.test(ctx.plain.slice(a.span.end, b.span.start).trim());
    const first = new Int32Array(all.length);
    const last = new Int32Array(all.length);
    for (let i = 0; i < all.length; i++) first[i] = i > 0 && joined(all[i - 1]!, all[i]!) ? first[i - 1]! : i;
    for (let i = all.length - 1; i >= 0; i--) last[i] = i + 1 < all.length && joined(all[i]!, all[i + 1]!) ? last[i + 1]! : i;
    seriesOf.set(all, (runs = { first, last }));
  }
  return { first: runs.first[index]!, count: runs.last[index]! - runs.first[index]! + 1 };
}

/** How many words a list and the figures it goes with may stand apart. */
const LIST_REACH = 40;

/**
 * Where a noun read leftwards from token `before` may start, a few dozen words back at most however long the
 * sentence, and the periods named there (readMeasuredNounAt passes over them).
 */
function readingWindow(ctx: ArticleContext, before: number, sentenceFirst: number): { sentenceStart: number; periods: Span[] } {
  const { tokens } = ctx;
  const sentenceStart = Math.max(sentenceFirst, before - LIST_REACH);
  const from = tokens[sentenceStart]!.start;
  return { sentenceStart, periods: findPeriods(ctx.plain.slice(from, tokens[before]!.end), from).map((x) => x.span) };
}

/** Up to `count` measured nouns listed before token `before` ("xuất khẩu và nhập khẩu của Trung Quốc"), in order. */
function listBefore(ctx: ArticleContext, before: number, sentenceFirst: number, count: number): string[] {
  const { tokens } = ctx;
  // The list stands within a few dozen words of its "lần lượt": only they are read, however long the sentence.
  const { sentenceStart, periods } = readingWindow(ctx, before, sentenceFirst);
  const items: string[] = [];
  let k = before;
  while (items.length < count && k >= sentenceStart) {
    const noun = readMeasuredNounAt(ctx, k, sentenceStart, periods);
    if (noun === null) break;
    // "xuất khẩu và nhập khẩu lần lượt giảm 2% và 8,3%": a pair read as one noun (trade) is two items here.
    const parts = noun.text.split(' và ');
    items.unshift(...(parts.length > 1 && items.length + parts.length <= count ? parts : [noun.text]));
    const separator = tokens[noun.start - 1];
    if (!separator || (separator.text !== ',' && separator.lower !== 'và')) break;
    k = noun.start - 2;
  }
  return items;
}

/**
 * "Khách quốc tế đến Việt Nam tiếp tục tăng mạnh, đạt trên 4,2 triệu lượt": the noun the sentence opens with, when
 * the figure closes its clause after a comma and a link ("đạt", "với", "chỉ") with no other figure between; else null.
 */
function clauseHead(ctx: ArticleContext, p: Place): string | null {
  const { tokens } = ctx;
  const link = CLAUSE_LINKS.endingAt(tokens, p.first - 1);
  if (link === -1 || tokens[link - 1]?.text !== ',') return null;
  return openingNoun(ctx, p.sentenceFirst, p.first) ?? appositiveNoun(ctx, link - 1, p.sentenceFirst);
}

/** The noun phrase opening at `first` when nothing after it up to `to` is another figure, a parenthesis or a semicolon. */
function openingNoun(ctx: ArticleContext, first: number, to: number): string | null {
  const { tokens } = ctx;
  const np = nounPhraseAt(ctx, first);
  if (np === null || FUNCTION_WORDS.has(word(tokens, first))) return null;
  for (let k = np.end; k < to; k++) if (tokens[k]!.digits || tokens[k]!.text === '(' || tokens[k]!.text === ';') return null;
  // "Suất đầu tư khá thấp, chỉ ...": what the clause says of the noun is no part of it.
  let end = np.end;
  while (end > first + 1 && EVALUATIONS.has(word(tokens, end - 1)) && !continuesWord(tokens, end - 1)) end--;
  return end === np.end ? np.text : ctx.plain.slice(tokens[first]!.start, tokens[end - 1]!.end);
}

/**
 * "TP. HCM đã có 2.205.000 người tham gia, tỉ lệ bao phủ cao nhất cả nước, với 52,25%": the lowercase noun phrase
 * between the two commas before the link, when the sentence's opening noun cannot be the figure's; else null.
 */
function appositiveNoun(ctx: ArticleContext, comma: number, sentenceFirst: number): string | null {
  const { tokens } = ctx;
  let open = comma - 1;
  while (open > sentenceFirst && tokens[open]!.text !== ',') open--;
  const first = open + 1;
  if (open <= sentenceFirst || first >= comma || !tokens[first]!.word || tokens[first]!.cap) return null;
  return openingNoun(ctx, first, comma);
}

/** The "số ..." phrase a count is the value of ("số giường bệnh trên một vạn dân đạt 26 giường"), read leftwards, or null. */
function countBefore(ctx: ArticleContext, p: Place): string | null {
  if (p.first - 1 < p.sentenceFirst) return null;
  const { sentenceStart, periods } = readingWindow(ctx, p.first - 1, p.sentenceFirst);
  const noun = readMeasuredNounAt(ctx, p.first - 1, sentenceStart, periods);
  return noun !== null && COUNT_HEADS.matchAt(ctx.tokens, noun.start) !== -1 ? noun.text : null;
}

/** The last token in [from, to) that is the word `w`, or -1. */
function lastWordBefore(tokens: readonly Token[], w: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (word(tokens, k) === w) return k;
  return -1;
}

/** Whether the figure at tokens [first, after) stands alone in parentheses ("(52%)"). */
function inParentheses(ctx: ArticleContext, first: number, after: number): boolean {
  return ctx.tokens[first - 1]?.text === '(' && ctx.tokens[after]?.text === ')';
}

/** A figure alone in parentheses after a name ("Đức (6,4%)"): one item of a list, that name's. */
function isListed(ctx: ArticleContext, first: number, after: number): boolean {
  const before = ctx.tokens[first - 2];
  return inParentheses(ctx, first, after) && before?.word === true && before.cap;
}

/**
 * The noun a list of "Name (X%)" items is then called by ("..., Mỹ (12%) là các nhà cung cấp hàng
 * đầu"): read past the list's names, figures and punctuation to "là", or null.
 */
function listNounAfter(ctx: ArticleContext, after: number): string | null {
  const { tokens } = ctx;
  for (let j = after; j < tokens.length && j - after < LIST_REACH; j++) {
    const t = tokens[j]!;
    if (t.text === '.' || t.text === ';' || (j > after && !adjacentTokens(ctx, j - 1, j))) return null;
    if (!t.word || t.cap || t.digits || t.lower === 'và') continue;
    if (t.lower !== 'là') return null;
    const start = NOT_BEFORE_NAME_HOLDER.has(word(tokens, j + 1)) ? j + 2 : j + 1;
    return nounPhraseAt(ctx, start)?.text ?? null;
  }
  return null;
}

/**
 * The noun a list of "Name (X%)" items is the value of when "là" opens the list ("các nhà cung cấp chính của nước này
 * là Trung Quốc (70%), Mỹ (8,9%)"): read leftwards past the list's names, figures and punctuation, or null.
 */
function listNounBefore(ctx: ArticleContext, first: number, sentenceFirst: number): string | null {
  const { tokens } = ctx;
  for (let j = first - 1; j >= sentenceFirst && first - j < LIST_REACH; j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':') return null;
    if (!t.word || t.cap || t.digits || t.lower === 'và') continue;
    if (t.lower !== 'là' || j - 1 < sentenceFirst) return null;
    const { sentenceStart, periods } = readingWindow(ctx, j - 1, sentenceFirst);
    return readMeasuredNounAt(ctx, j - 1, sentenceStart, periods)?.text ?? null;
  }
  return null;
}

/**
 * "lĩnh vực nông nghiệp tăng trưởng mạnh, hơn 4%", "kinh tế Trung Quốc tăng trưởng với tốc độ chậm nhất ... ở mức
 * 6,6%": a rate with no noun of its own, with growth named before it in its clause, is the growth rate.
 */
function growthBefore(ctx: ArticleContext, p: Place, previousEnd: number): string | null {
  const { tokens } = ctx;
  if (p.figure.unit !== 'percent') return null;
  for (let k = p.first - 1; k >= Math.max(p.sentenceFirst, previousEnd, p.first - GROWTH_REACH); k--) {
    const t = tokens[k]!;
    // A year ("kể từ năm 1990") is no figure between.
    if (t.text === ';' || t.text === '(' || (t.digits && !/^(?:19|20)\d\d$/u.test(t.text))) return null;
    if (t.lower !== 'trưởng' || tokens[k - 1]?.lower !== 'tăng') continue;
    const holder = word(tokens, k - 2) === 'tế' && word(tokens, k - 3) === 'kinh' ? ' kinh tế' : word(tokens, k - 2) === 'gdp' ? ' GDP' : '';
    return `tăng trưởng${holder}`;
  }
  return null;
}

/** The period of a stock up to the present, in the form periods.ts reads "lũy kế đến nay" as. */
const UP_TO_PRESENT = 'rel:..';

/** The index of the first period of `list` (in text order, not overlapping) that starts at or after `offset`. */
function firstPeriodFrom(list: readonly PeriodMention[], offset: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A verb of announcing as a whole word (see ANNOUNCING_VERBS). */
const ANNOUNCED = new RegExp(`(?<![\\p{L}\\p{M}])(?:${ANNOUNCING_VERBS.join('|')})(?![\\p{L}\\p{M}])`, 'u');

/** How many words before its figure "hiện", "đến nay" may stand in its clause (see saysNow). */
const NOW_REACH = 10;

/** Whether the figure's clause says "now" before it, since `previousEnd` ("cả nước hiện có hơn 26.500 dự án FDI"). */
function saysNow(ctx: ArticleContext, p: Place, previousEnd: number): boolean {
  const { tokens } = ctx;
  let from = Math.max(p.sentenceFirst, previousEnd, p.first - NOW_REACH);
  for (let k = p.first - 1; k >= from; k--) {
    if (/^[,;:(]$/u.test(tokens[k]!.text)) {
      from = k + 1;
      break;
    }
  }
  for (let k = p.first - 1; k >= from; k--) {
    const start = UP_TO_NOW.endingAt(tokens, k);
    if (start < from || continuesWord(tokens, start) || tokens[k]!.joined === true) continue;
    // "thực hiện", "phát hiện", "hiện đại": "hiện" inside a word is no adverb.
    if (start === k && tokens[k]!.lower === 'hiện' && (HIEN_VERB_FIRSTS.has(word(tokens, k - 1)) || HIEN_WORD_SECONDS.has(word(tokens, k + 1)))) continue;
    return true;
  }
  // "Đến nay, huyện đã hỗ trợ 120 hộ": a sentence opening with "now" and a comma says it of its first figure.
  const opening = UP_TO_NOW.matchAt(tokens, p.sentenceFirst);
  return opening !== -1 && tokens[opening]?.text === ',' && previousEnd <= p.sentenceFirst;
}

/** How many words before a rate growth may be named (see growthBefore). */
const GROWTH_REACH = 16;

/** Whether a holder's name is a news outlet's, with or without its head ("báo Thanh Niên", "Đài BBC", "Reuters"). */
const OUTLET_KEYS = new Set(NEWS_OUTLETS.phrases.map((n) => n.toLowerCase()));
const OUTLET_HEAD_KEYS = OUTLET_HEADS.phrases.map((h) => h.toLowerCase()).sort((a, b) => b.length - a.length);
function isNewsOutlet(name: string): boolean {
  const key = name.toLowerCase().replace(/\s+/gu, ' ').trim();
  if (OUTLET_KEYS.has(key)) return true;
  const head = OUTLET_HEAD_KEYS.find((h) => key.startsWith(`${h} `));
  return head !== undefined && OUTLET_KEYS.has(key.slice(head.length + 1));
}

/** Whether `text` is an acronym ending a name ("HCM" of "TP. HCM"). */
const endsName = (names: ReadonlySet<string>, text: string) => {
  if (!/^[\p{Lu}\d]{2,}$/u.test(text)) return false;
  for (const name of names) if (name.length > text.length && name.endsWith(text) && /[\s.]/u.test(name[name.length - text.length - 1]!)) return true;
  return false;
};

/** A metric that is only a unit or a classifier names nothing measured. */
function cleanMetric(metric: string | null, f: FigureMention, names: ReadonlySet<string>): string | null {
  if (metric === null) return null;
  const trimmed = metric.replace(/[\s,;:]+$/u, '').trim();
  // A place or a body is whose the figure is, not what it measures ("Mỹ", "Trung Quốc", "HCM" of "TP. HCM"); nor is a
  // letter ("S" of "dầu diesel 0.05 S") or a word restating an amount ("tương đương").
  if (names.has(trimmed) || endsName(names, trimmed) || /^\p{L}$/u.test(trimmed) || RESTATEMENTS.phrases.includes(trimmed.toLowerCase())) return null;
  const text = names.has(trimmed.split(' ').slice(0, 2).join(' ')) || names.has(trimmed.split(' ')[0]!) ? trimmed : lowerFirst(trimmed);
  const key = text.toLowerCase();
  // A count of people names them by its unit ("300 đại biểu"): that noun is the metric.
  if (key === '' || (f.unit !== 'people' && key === (f.unitText ?? '').toLowerCase()) || (CLASSIFIERS.has(key) && !key.includes(' '))) return null;
  // "tăng", "nằm", "chọn": a verb or a particle alone measures nothing.
  if (!key.includes(' ') && (NOUN_PHRASE_ENDS.has(key) || LINK_VERBS.has(key) || FUNCTION_WORDS.has(key) || ACTION_VERBS.phrases.includes(key))) return null;
  return text;
}

/**
 * A metric read in the figure's sentence that is only a name's capitalised words ("Hạ Long" of "cao tốc Hải Phòng - Hạ Long
 * 650 tỉ đồng/km", "Nam" of "Bắc - Nam") names nothing measured; one with an acronym ("GDP Việt Nam") or a sentence's
 * first word may.
 */
function unnamed(ctx: ArticleContext, metric: string | null, p: Place): string | null {
  const words = metric?.split(' ') ?? [];
  if (metric === null || !words.every((w) => /^\p{Lu}/u.test(w)) || words.some((w) => /^[\p{Lu}\d]+$/u.test(w))) return metric;
  const at = ctx.plain.lastIndexOf(metric, p.figure.span.start);
  return at !== -1 && at <= (ctx.tokens[p.sentenceFirst]?.start ?? 0) ? metric : null;
}

/** How far from its figure, in characters, a metric is looked for to make it whole. */
const METRIC_REACH_CHARS = 400;

/**
 * A metric read in the figure's sentence, made of whole words where a segmented source says which syllables
 * are one word: a word cut at its end is completed ("việc làm trực" -> "việc làm trực tiếp"), one cut at its
 * start is left out ("cận xe buýt" -> "xe buýt"), and the end of a word alone is no metric.
 */
function wholeWords(ctx: ArticleContext, metric: string | null, p: Place): string | null {
  const { tokens, plain } = ctx;
  if (metric === null || metric.length < 2 || p.sentenceAfter <= p.sentenceFirst || !ctx.joined) return metric;
  // A metric stands within a few dozen words of its figure: only they are searched, however long the sentence.
  const from = Math.max(tokens[p.sentenceFirst]!.start, p.figure.span.start - METRIC_REACH_CHARS);
  const to = Math.min(tokens[p.sentenceAfter - 1]!.end, p.figure.span.end + METRIC_REACH_CHARS);
  const tail = metric.slice(1);
  const window = plain.slice(from, to);
  let at = -1;
  for (let w = window.indexOf(tail, 1); w !== -1; w = window.indexOf(tail, w + 1)) {
    const i = from + w;
    if (plain[i - 1]!.toLowerCase() !== metric[0]!.toLowerCase()) continue;
    if (at === -1 || Math.abs(i - p.figure.span.start) < Math.abs(at - p.figure.span.start)) at = i;
  }
  if (at === -1) return metric;
  let first = tokenIndexAt(ctx, at - 1);
  let last = tokenIndexAt(ctx, at + tail.length) - 1;
  if (tokens[first]?.start !== at - 1 || tokens[last]?.end !== at + tail.length) return metric;
  const cutAtStart = first > 0 && tokens[first - 1]!.joined === true;
  const cutAtEnd = tokens[last]!.joined === true;
  if (!cutAtStart && !cutAtEnd) return metric;
  while (first <= last && tokens[first - 1]?.joined === true) first++;
  while (tokens[last]!.joined === true && last + 1 < p.sentenceAfter) last++;
  // Only the end of a word ("hồi" of "thu_hồi"): nothing measured.
  if (first > last) return null;
  const text = plain.slice(tokens[first]!.start, tokens[last]!.end);
  return /^\p{Ll}/u.test(metric) ? lowerFirst(text) : text;
}

function readMetric(ctx: ArticleContext, p: Place, index: number, figures: readonly FigureMention[], all: readonly FigureMention[], names: ReadonlySet<string>): MetricReading {
  for (const rule of METRIC_RULES) {
    const r = rule.read(ctx, p, index, figures, all);
    // An inherited metric was made whole in its own sentence.
    if (!r) continue;
    if (r.from !== null) return { ...r, metric: cleanMetric(r.metric, p.figure, names), rule: rule.name };
    const purpose = r.metric !== null && SPENDING_VERBS.phrases.includes(r.metric.toLowerCase()) ? spentOn(ctx, p) : null;
    if (purpose !== null) return { ...r, metric: `${r.metric!.toLowerCase()} ${purpose}`, rule: `${rule.name}, with what is spent on` };
    return { ...r, metric: cleanMetric(unnamed(ctx, wholeWords(ctx, r.metric, p), p), p.figure, names), rule: rule.name };
  }
  return { metric: null, rule: 'none', share: false, from: null };
}

/** How many words a spent amount's purpose may run to. */
const PURPOSE_REACH = 10;

/**
 * What an amount a spending verb measures is spent on, read after it up to the clause's end: "chi 14,5 tỉ USD để trả trực tiếp
 * cho nông dân" measures "chi trả trực tiếp cho nông dân", "chi hơn 104 tỉ đồng cho các hoạt động kỷ niệm" "chi cho hoạt động kỷ
 * niệm"; null when no purpose follows.
 */
function spentOn(ctx: ArticleContext, p: Place): string | null {
  const { tokens } = ctx;
  const link = p.after;
  const open = PURPOSE_LINKS.matchAt(tokens, link);
  if (open === -1 || !adjacentTokens(ctx, link - 1, link)) return null;
  let k = open;
  while (k < p.sentenceAfter && tokens[k]!.word && PURPOSE_PLURALS.has(tokens[k]!.lower)) k++;
  const from = k;
  while (k < p.sentenceAfter && k - from < PURPOSE_REACH && tokens[k]!.word && !tokens[k]!.digits && adjacentTokens(ctx, k - 1, k)) k++;
  // A purpose is not cut inside a segmented word, nor ends on a function word ("chi nhập khẩu thịt heo trong ...").
  while (k > from && (tokens[k - 1]!.joined === true || (FUNCTION_WORDS.has(tokens[k - 1]!.lower) && !continuesWord(tokens, k - 1)))) k--;
  // "chi cho Định", "chi cho ông Kiên": whom the money goes to is no purpose.
  if (k === from || tokens[from]!.cap || PERSON_HEADS.matchAt(tokens, from) !== -1) return null;
  const words = ctx.plain.slice(tokens[from]!.start, tokens[k - 1]!.end);
  return tokens[link]!.lower === 'để' ? words : `${tokens[link]!.lower} ${words}`;
}

/** Where the metric stands in the text before the figure, or -1 (its first letter may have been lowercased). */
const metricOffset = (ctx: ArticleContext, metric: string, f: FigureMention) => {
  const at = ctx.plain.lastIndexOf(metric.slice(1), f.span.start);
  return at === -1 ? -1 : at - 1;
};

/** A metric that starts with a holder's name ("Saudi Arabia đứng đầu"): what follows the name; one ending with a place: what precedes it. */
function withoutHolders(ctx: ArticleContext, m: MetricReading, f: FigureMention, holders: readonly Holder[], sentenceStart: number): MetricReading {
  if (m.metric === null || m.from !== null) return m;
  const at = metricOffset(ctx, m.metric, f);
  if (at < sentenceStart) return m;
  const end = at + m.metric.length;
  // "GDP Việt Nam tăng 1,32%": a place closing the metric is whose it is.
  const closing = holders.find((h) => h.span.start > at && h.span.end === end && (h.kind === 'country' || h.kind === 'province'));
  if (closing) return { ...m, metric: ctx.plain.slice(at, closing.span.start).trim(), rule: `${m.rule}, without its holder` };
  const holder = holders.find((h) => h.span.start <= at && h.span.end > at && h.span.end < end && h.kind !== 'self');
  if (!holder) return m;
  const cut = holder.span.end;
  const rest = ctx.plain.slice(cut, end).replace(/^[\s,;:()-]+/u, '');
  return { ...m, metric: rest === '' ? null : lowerFirst(rest), rule: `${m.rule}, without its holder` };
}

/** "30 mặt hàng có kim ngạch xuất khẩu trên 1 tỷ USD": a threshold many items pass, no value of the indicator. */
function isThreshold(ctx: ArticleContext, p: Place): boolean {
  const f = p.figure;
  if (f.qualifier !== 'more_than' && f.qualifier !== 'less_than') return false;
  if (f.noun === null || f.unit === 'count' || f.unit === 'people') return false;
  const at = ctx.plain.lastIndexOf(f.noun, f.span.start);
  if (at < (ctx.sentences[f.sentence]?.start ?? 0)) return false;
  const k = tokenIndexAt(ctx, at);
  return word(ctx.tokens, k - 1) === 'có' || word(ctx.tokens, k - 1) === 'đạt' && word(ctx.tokens, k - 2) === 'có';
}

// ---------------------------------------------------------------- subject

/** How many words before its figure an anaphor may stand. */
const ANAPHOR_REACH = 20;

/** How many words after a figure its owner may be named ("11,5 km đường thuộc dự án X"). */
const BELONGING_REACH = 8;
const ANAPHOR_WORDS = new PhraseList(ANAPHORS.map(([phrase]) => phrase));
const ANAPHOR_KIND = new Map<string, 'province' | 'country' | 'body'>(ANAPHORS.map(([phrase, kind]) => [phrase, kind]));

/** The anaphor at token `k` ("tỉnh" with no name after it, "nước này", "Tập đoàn"): its phrase and kind, or null. */
function anaphorAt(ctx: ArticleContext, k: number): { phrase: string; kind: 'province' | 'country' | 'body'; end: number } | null {
  const { tokens } = ctx;
  const end = ANAPHOR_WORDS.matchAt(tokens, k);
  if (end === -1) return null;
  // "tỉnh Bình Dương", "TP. HCM", "Công ty Vinamilk" name their place or body; "các tỉnh", "nhiều công ty" are many.
  const next = tokens[end];
  if (next && (next.cap || next.text === '.') && adjacentTokens(ctx, end - 1, end)) return null;
  if (NOT_BEFORE_NAME_HOLDER.has(word(tokens, k - 1))) return null;
  const phrase = tokens.slice(k, end).map((t) => t.lower).join(' ');
  return { phrase, kind: ANAPHOR_KIND.get(phrase) ?? 'body', end };
}

interface Holder {
  name: string;
  span: Span;
  first: number;
  after: number;
  /**
   * 'name': a capitalised name or an acronym no extractor knows ("Vicem", "EVN"), a firm or a body most often;
   * 'sector': a sector of the economy ("ngành xi măng", "khu vực ngoài nhà nước").
   */
  kind: EntityMention['kind'] | 'self' | 'name' | 'project' | 'sector';
  /** A body in a person's title ("thứ trưởng Bộ Tài chính Đỗ Hoàng Anh Tuấn"): the speaker's, not what the sentences after are about. */
  affiliation?: boolean;
  /** A larger unit after a local one in an address ("huyện Hương Khê, tỉnh Hà Tĩnh"): the local unit is what is meant. */
  address?: boolean;
  /** A unit below the province ("xã Hương Giang"): like a sector, it holds the figures of its own sentence only. */
  local?: boolean;
  /** The province a local unit's address names ("huyện Hương Khê, tỉnh Hà Tĩnh"). */
  province?: string;
  /** The origin of goods a tariff targets ("thuế 15% đối với 120 mặt hàng của Mỹ"): not the tariff's holder. */
  origin?: boolean;
  /** Police, a court or prosecutors ("Công an huyện Ea Kar thu giữ 20 gam ma tuý"): the case's, not a holder of its figures. */
  justice?: boolean;
  /** Only a body's head and level ("Ban", "UBND huyện", "HĐQT"): names no one, and holds nothing. */
  bare?: boolean;
  /** A named thing or place of use ("tên lửa Scalp", "cầu Thuận Phước"): no actor, so never between a person and what they do. */
  thing?: boolean;
  /** The body a country names ("Mỹ" in "Bộ Nông nghiệp Mỹ"): the body holds what it does; the country what a source body tells. */
  body?: Holder;
}

/**
 * Whether the capitalised run at tokens [i, end) names a holder: not a title ("Thủ tướng"), a
 * unit ("USD") or an indicator's own word ("GDP", "FDI").
 */
function isNameHolder(ctx: ArticleContext, i: number, end: number): boolean {
  const { tokens, plain } = ctx;
  if (TITLES.match(tokens, i, plain) || UNIT_LEXICON.match(tokens, i, plain)) return false;
  if (tokens.slice(i, end).every((t) => !t.word || (t.cap && (DEGREES.has(t.lower) || NOT_HOLDER_ABBREVIATIONS.has(t.lower))))) return false;
  // "XX": a placeholder for a withheld name or number.
  if (end - i === 1 && /^X{2,}$/u.test(tokens[i]!.text)) return false;
  const text = plain.slice(tokens[i]!.start, tokens[end - 1]!.end);
  return classifyIndicator(text, 'money') === null && classifyIndicator(text, 'percent') === null;
}

/**
 * Places, bodies and meetings of a sentence that can hold a figure, with "cả nước", "nước ta" as
 * the home country, and capitalised names no extractor claimed (not the sentence's first word,
 * which is capitalised anyway, nor a person's name).
 */
function holdersOf(ctx: ArticleContext, entities: readonly EntityMention[], first: number, after: number): Holder[] {
  const { tokens, plain } = ctx;
  const holders: Holder[] = [];
  const claimed = new Set<number>();
  const personStarts = new Set<number>();
  for (const e of entities) if (e.kind === 'person') personStarts.add(tokenIndexAt(ctx, e.span.start));
  // "ông Hồ Quang Huy, phó chủ tịch UBND TP Hạ Long, ...": a body in the title written after a person's name is theirs too.
  const titled = entities.filter((e) => e.kind === 'person' && typeof e.attributes?.title === 'string');
  const inTitleAfter = (e: EntityMention) => titled.some((p) => p.span.end <= e.span.start && e.span.start - p.span.end <= TITLE_AFTER_REACH
    && String(p.attributes!.title).toLowerCase().includes(e.name.toLowerCase()));
  for (const e of entities) {
    const a = tokenIndexAt(ctx, e.span.start);
    const b = tokenIndexAt(ctx, e.span.end);
    for (let k = a; k < b; k++) claimed.add(k);
    if (e.kind === 'person') continue;
    holders.push({ name: e.name, span: e.span, first: a, after: b, kind: e.kind, affiliation: e.kind === 'organization' && (personStarts.has(b) || inTitleAfter(e)) });
  }
  for (let k = first; k < after; k++) {
    const end = NATIONAL_SELF.matchAt(tokens, k);
    if (end === -1) continue;
    // "tỉ lệ bao phủ cao nhất cả nước", "lớn nhất trong cả nước": what a superlative ranks among holds nothing.
    const ranked = SUPERLATIVES.has(word(tokens, k - 1)) || (/^(?:trong|của)$/u.test(word(tokens, k - 1)) && SUPERLATIVES.has(word(tokens, k - 2)));
    if (ranked) {
      k = end - 1;
      continue;
    }
    holders.push({ name: HOME_COUNTRY, span: { start: tokens[k]!.start, end: tokens[end - 1]!.end }, first: k, after: end, kind: 'self' });
    k = end - 1;
  }
  // "dự án Thuỷ điện Huội Quảng", "dự án metro tuyến Bến Thành - Suối Tiên": a project named by its head and its name.
  for (let k = first; k < after; k++) {
    const head = PROJECT_HEADS.matchAt(tokens, k);
    if (head === -1) continue;
    let j = head;
    while (j < after && j - head < 4 && tokens[j]!.word && !tokens[j]!.cap && !tokens[j]!.digits && !FUNCTION_WORDS.has(tokens[j]!.lower) && !NOUN_PHRASE_ENDS.has(tokens[j]!.lower) && designationAt(tokens, j) === -1) j++;
    // "tuyến metro số 1 (Bến Thành - Suối Tiên)": a project designated by its number, its route glossed after it.
    const numbered = designationAt(tokens, j);
    if (numbered !== -1) {
      const span = { start: tokens[k]!.start, end: tokens[numbered - 1]!.end };
      const gloss = glossAfter(tokens, numbered);
      for (let c = k; c < gloss; c++) claimed.add(c);
      holders.push({ name: plain.slice(span.start, span.end), span, first: k, after: numbered, kind: 'project' });
      k = gloss - 1;
      continue;
    }
    if (j >= after || !tokens[j]!.cap || !tokens[j]!.word) continue;
    let end = j;
    for (;;) {
      while (end < after && (tokens[end]!.cap || (tokens[end]!.digits && !startsAmount(ctx, end))) && tokens[end]!.word && adjacentTokens(ctx, end - 1, end)) end++;
      // "Thuỷ điện Huội Quảng", "Kết nối khu vực trung tâm ĐBSCL": lowercase syllables between capitalised words are the name's.
      const gap = lowercaseGap(ctx, end, after);
      if (gap > end) {
        end = gap;
        continue;
      }
      // "Bến Thành - Suối Tiên": a hyphen between two capitalised names joins them; "TP. HCM": so does an abbreviation's point.
      const abbreviated = tokens[end]?.text === '.' && tokens[end - 1]!.acronym && tokens[end - 1]!.text.length <= 3 && adjacentTokens(ctx, end - 1, end);
      if (end + 1 < after && (/^[-–]$/u.test(tokens[end]!.text) || abbreviated) && tokens[end + 1]!.cap) end += 1;
      else break;
    }
    const span = { start: tokens[k]!.start, end: tokens[end - 1]!.end };
    for (let c = k; c < end; c++) claimed.add(c);
    for (let h = holders.length - 1; h >= 0; h--) if (holders[h]!.first >= k && holders[h]!.after <= end) holders.splice(h, 1);
    holders.push({ name: plain.slice(span.start, span.end), span, first: k, after: end, kind: 'project' });
    k = end - 1;
  }
  // "huyện Hương Khê có 18 xã ngập", "gần 1.300 hộ dân của xã Hương Giang": a local unit below the province.
  for (let k = first; k < after; k++) {
    const head = LOCAL_UNIT_HEADS.matchAt(tokens, k);
    if (head === -1 || NOT_LOCAL_UNIT_BEFORE.has(word(tokens, k - 1)) || (tokens[k]!.cap && !isSentenceStart(ctx, k)) || head >= after || !tokens[head]!.cap || !tokens[head]!.word || tokens[head]!.acronym || claimed.has(head) || !adjacentTokens(ctx, head - 1, head)) continue;
    const end = capitalRunEnd(ctx, head, head, after, claimed, 4);
    if (end === head) continue;
    const span = { start: tokens[k]!.start, end: tokens[end - 1]!.end };
    for (let c = k; c < end; c++) claimed.add(c);
    holders.push({ name: lowerFirst(plain.slice(span.start, span.end)), span, first: k, after: end, kind: 'name', local: true });
    k = end - 1;
  }
  // "công ty Hoàng Quân hẹn giao nhà": a firm named by a lowercase head and its short name.
  for (let k = first; k < after; k++) {
    // "tên lửa Scalp tầm bắn 400 km", "tàu Castor N nhập 796 thùng": a made thing named the same way.
    const firm = FIRM_HEADS.matchAt(tokens, k);
    const head = firm !== -1 ? firm : PRODUCT_HEADS.matchAt(tokens, k);
    // "vé tàu Tết": a time after the head is no name.
    if (head === -1 || tokens[k]!.cap || continuesWord(tokens, k) || (firm === -1 && NOT_NAME_OPENERS.has(word(tokens, head))) || head >= after || !tokens[head]!.cap || !tokens[head]!.word || claimed.has(head) || !adjacentTokens(ctx, head - 1, head)) continue;
    let end = head;
    // "tàu Hải Hà 18" keeps its numeral; "cách cầu Xáng 500 mét" does not take the amount.
    while (end < after && end - head < 5 && tokens[end]!.word && (tokens[end]!.cap || (tokens[end]!.digits && !startsAmount(ctx, end))) && !claimed.has(end) && adjacentTokens(ctx, end - 1, end)) end++;
    // "công ty TNHH Đầu_tư ...": a capitalised syllable joined to a lowercase one is no part of the name (see below).
    if (startsCommonWord(tokens, end - 1)) end--;
    if (end === head || !isNameHolder(ctx, head, end) || tokens.slice(head, end).every((t) => LEGAL_FORMS.has(t.lower))) continue;
    const span = { start: tokens[k]!.start, end: tokens[end - 1]!.end };
    for (let c = k; c < end; c++) claimed.add(c);
    holders.push({ name: plain.slice(span.start, span.end), span, first: k, after: end, kind: 'name', thing: firm === -1 });
    k = end - 1;
  }
  for (let k = first; k < after; k++) {
    const end = sectorAt(ctx, k, after);
    if (end === -1 || tokensClaimed(claimed, k, end)) continue;
    for (let c = k; c < end; c++) claimed.add(c);
    holders.push({ name: plain.slice(tokens[k]!.start, tokens[end - 1]!.end).replace(/^\p{Lu}/u, (c) => c.toLowerCase()), span: { start: tokens[k]!.start, end: tokens[end - 1]!.end }, first: k, after: end, kind: 'sector' });
    k = end - 1;
  }
  // "Storm Shadow có chiều dài 5,10 m": a sentence opening with two capitalised words that no extractor claimed opens with a
  // name; one capitalised word is only the sentence's first.
  // An acronym ("PVN gặp khó khăn ...") is a name wherever it stands.
  const opener = tokens[first];
  const twoWords = tokens[first + 1]?.word === true && tokens[first + 1]!.cap && !claimed.has(first + 1) && adjacentTokens(ctx, first, first + 1);
  if (opener?.word && opener.cap && !opener.digits && !claimed.has(first) && !FUNCTION_WORDS.has(opener.lower) && !NOT_NAME_OPENERS.has(opener.lower) && PERSON_HEADS.matchAt(tokens, first) === -1
    && (twoWords || opener.acronym)) {
    const end = capitalRunEnd(ctx, first, first + 1, after, claimed, 5);
    if ((end - first >= 2 || opener.acronym) && isNameHolder(ctx, first, end)) {
      holders.push({ name: plain.slice(opener.start, tokens[end - 1]!.end), span: { start: opener.start, end: tokens[end - 1]!.end }, first, after: end, kind: 'name' });
      for (let c = first; c < end; c++) claimed.add(c);
    }
  }
  for (let k = first + 1; k < after; k++) {
    const t = tokens[k]!;
    // After a colon, a quote or a dash a new sentence starts, capitalised; "(FTA)" glosses the words
    // before it, "NN & PTNT" and "ISI / Scopus" are one name; after a noun ("dịch Covid", "các FTA") a name qualifies that noun.
    const before = tokens[k - 1]!;
    // "Tại Amsterdam, ...": a sentence's capitalised first word may be a preposition before a name.
    const opening = before.cap && isSentenceStart(ctx, k - 1) && FUNCTION_WORDS.has(before.lower);
    if (!t.word || !t.cap || t.digits || claimed.has(k) || /^[:"“”'‘’(–—&/-]$/u.test(before.text) || (before.cap && !opening)) continue;
    // "của Tập đoàn tăng", "TP được vay": a body's head or a place's level standing for one named before.
    const anaphor = anaphorAt(ctx, k);
    if (anaphor) {
      k = anaphor.end - 1;
      continue;
    }
    if (before.word && !before.cap && (!FUNCTION_WORDS.has(before.lower) || NOT_BEFORE_NAME_HOLDER.has(before.lower))) continue;
    const end = capitalRunEnd(ctx, k, k + 1, after, claimed, 5);
    if (end > k && isNameHolder(ctx, k, end)) {
      holders.push({ name: plain.slice(t.start, tokens[end - 1]!.end), span: { start: t.start, end: tokens[end - 1]!.end }, first: k, after: end, kind: 'name' });
    }
    k = Math.max(k, end - 1);
  }
  // "xã Lộc Hiệp, huyện Lộc Ninh, tỉnh Bình Phước": after a local unit, the larger units of its address are no topic.
  holders.sort((x, y) => x.first - y.first);
  // "Nguyễn Hữu Ngà, ngụ huyện Hoà Vang, TP Đà Nẵng": a person's home is no topic, though its province still places the story.
  let home: boolean | null = null;
  for (let i = 0; i < holders.length; i++) {
    const h = holders[i]!;
    const prev = holders[i - 1];
    const chained = home !== null && prev !== undefined && tokens[prev.after]?.text === ','
      && (h.first === prev.after + 1 || (h.first === prev.after + 2 && word(tokens, prev.after + 1) === 'tỉnh'));
    if (chained) {
      h.address = h.local === true || !home;
      if (h.kind === 'province') for (let j = i - 1; j >= 0 && holders[j]!.local; j--) holders[j]!.province ??= h.name;
    } else if (h.local) {
      home = RESIDENCE_BEFORE.endingAt(tokens, h.first - 1) !== -1;
      h.address = home;
    } else home = null;
  }
  // "Dự án hồ chứa nước Krông Pách thượng (Đắk Lắk)", "chung cư The Park Residence (xã Phước Kiển, huyện Nhà Bè, TP. HCM)": places
  // in parentheses right after a holder say where it is, and are no topic of their own.
  for (const named of holders) {
    if (named.kind === 'province' || named.kind === 'country') continue;
    // "hồ chứa nước Krông Pách thượng (Đắk Lắk)": a lowercase word or two may end the name before the parenthesis.
    let open = named.after;
    while (open < named.after + 2 && tokens[open]?.word && !tokens[open]!.cap) open++;
    if (tokens[open]?.text !== '(') continue;
    const close = scanTo(tokens, ')', open, after, GLOSS_REACH);
    if (close === -1) continue;
    for (const h of holders) if (h.first > open && h.after <= close && (h.kind === 'province' || h.kind === 'country' || h.local)) h.address = true;
  }
  // "tàu Castor N, quốc tịch Cyprus, nhập 796 thùng": a nationality is what the ship is, not what holds its figures.
  for (const h of holders) if ((h.kind === 'country' || h.kind === 'province') && NATIONALITY_BEFORE.endingAt(tokens, h.first - 1) !== -1) h.address = true;
  // "mức thuế 15% sẽ được áp dụng đối với 120 mặt hàng của Mỹ": the goods' origin is the tariff's target.
  if (TARIFF_WORDS.lastIn(tokens, first, after) !== -1) {
    for (const h of holders) {
      if (h.kind !== 'country' && h.kind !== 'province') continue;
      // Right after the goods: "hàng hoá Mỹ", "mặt hàng của Mỹ", "hàng hoá nhập khẩu từ Trung Quốc".
      let k = h.first - 1;
      if (/^(?:của|từ)$/u.test(word(tokens, k))) k--;
      if (/^(?:nhập|xuất)$/u.test(word(tokens, k - 1)) && word(tokens, k) === 'khẩu') k -= 2;
      if (k >= first && GOODS.endingAt(tokens, k) !== -1) h.origin = true;
    }
  }
  for (const h of holders) {
    if (h.kind !== 'organization' && h.kind !== 'name') continue;
    if (JUSTICE_BODIES.matchAt(tokens, h.first) !== -1) h.justice = true;
    if (!onlyBodyHeads(tokens, h.first, h.after)) continue;
    // "UBND xã Lộc Hiệp": a head before a place or a name is that place's body.
    const owner = holders.findIndex((o) => o.first === h.after && o !== h);
    if (owner !== -1) {
      const o = holders[owner]!;
      h.span = { start: h.span.start, end: o.span.end };
      h.name = plain.slice(h.span.start, h.span.end);
      h.after = o.after;
      h.local = o.local;
      h.province = o.province;
      holders.splice(owner, 1);
      continue;
    }
    // "BQLDA nông nghiệp và phát triển nông thôn", "Ban quản lý đường sắt đô thị": a head with its name in common words after it
    // (a head and a level, "UBND huyện", has its name in capitals, or none).
    const next = tokens[h.after];
    const common = NAMED_BODY_HEADS.matchAt(tokens, h.first) === h.after && next?.word === true && (!next.cap || startsCommonWord(tokens, h.after))
      && !claimed.has(h.after) && adjacentTokens(ctx, h.after - 1, h.after) && ACTION_VERBS.matchAt(tokens, h.after) === -1 && !LINK_VERBS.has(next.lower);
    const named = common ? nounPhraseAt(ctx, h.after, BODY_NAME_REACH) : null;
    if (named) {
      h.span = { start: h.span.start, end: tokens[named.end - 1]!.end };
      h.name = plain.slice(h.span.start, h.span.end);
      h.after = named.end;
    } else h.bare = true;
  }
  // "Bộ Nông nghiệp Mỹ": the country in a body's name (not "các công ty Mỹ": a lowercase head names a kind of body, not one).
  let body: Holder | undefined;
  for (const h of holders) {
    if (h.kind === 'organization' && tokens[h.first]!.cap) body = h;
    else if (h.kind === 'country' && body && body.first <= h.first && h.after <= body.after) h.body = body;
  }
  // "Tập đoàn Điện lực Việt Nam (EVN)": a body glossed by its acronym goes by the acronym, as the article then calls it.
  for (const h of holders) {
    if (h.kind === 'country' || h.kind === 'province' || h.kind === 'self' || h.kind === 'conference') continue;
    const [open, gloss, close] = [tokens[h.after], tokens[h.after + 1], tokens[h.after + 2]];
    if (open?.text === '(' && gloss?.acronym && close?.text === ')') h.name = gloss.text;
  }
  // "Tuổi Trẻ Online", "Báo Tiền Phong", "Theo Reuters": a news outlet reports, and holds nothing.
  return holders.filter((h) => !isNewsOutlet(h.name));
}

/**
 * The first token after `start` whose text is `text` ("(" ... ")", ", SN 1985 ,"), looked for up to `reach` tokens on and
 * before `limit`; -1 when the scan stops elsewhere.
 */
function scanTo(tokens: readonly Token[], text: string, start: number, limit: number, reach: number): number {
  let k = start + 1;
  while (k < limit && k - start <= reach && tokens[k]!.text !== text) k++;
  return tokens[k]?.text === text ? k : -1;
}

/** How many characters after a person's name their title, and a body in it, may start ("Hồ Quang Huy, phó chủ tịch UBND ..."). */
const TITLE_AFTER_REACH = 60;

/** How many tokens a person's verbs listed between commas may run before their figure (see the actor rule). */
const VERB_LIST_REACH = 16;

/** How many tokens an aside in parentheses after a person's name may hold (see the actor rule). */
const ASIDE_REACH = 30;

/** Whether a body named by its head ends at a province's level ("UBND TP", "UBND tỉnh", "UBND thành phố"). */
const atProvinceLevel = (tokens: readonly Token[], h: Holder) => PROVINCE_LEVEL_WORDS.endingAt(tokens, h.after - 1) !== -1;

/** How many lowercase words may name a body after its head ("BQLDA nông nghiệp và phát triển nông thôn"). */
const BODY_NAME_REACH = 6;

/** Whether tokens [first, after) are only the heads and levels of bodies ("UBND huyện", "Ban", "HĐQT"). */
function onlyBodyHeads(tokens: readonly Token[], first: number, after: number): boolean {
  let k = first;
  while (k < after) {
    const end = BODY_HEAD_WORDS.matchAt(tokens, k);
    if (end === -1 || end > after) return !tokens[k]!.word && k > first && k + 1 === after;
    k = end;
  }
  return after > first;
}

/** Whether the number at token `k` starts an amount ("Hạ Long 650 tỉ đồng"), not a name's numeral ("Thái Bình 2"). */
function startsAmount(ctx: ArticleContext, k: number): boolean {
  let j = k + 1;
  // "118.716", "14,8": the rest of the number.
  while (/^[.,]$/u.test(ctx.tokens[j]?.text ?? '') && ctx.tokens[j + 1]?.digits && adjacentTokens(ctx, j - 1, j)) j += 2;
  return SCALES.has(word(ctx.tokens, j)) || UNIT_LEXICON.match(ctx.tokens, j, ctx.plain) !== null;
}

/** Where a number designating a project at token `k` ends ("số 1" of "metro số 1"), or -1. */
function designationAt(tokens: readonly Token[], k: number): number {
  return tokens[k]?.lower === 'số' && tokens[k + 1]?.digits === true && !/^[.,]$/u.test(tokens[k + 2]?.text ?? '') ? k + 2 : -1;
}

/** Where a parenthesised gloss of capitalised names opened at token `k` ends (after its ")"), or `k`. */
function glossAfter(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < tokens.length && j - k <= GLOSS_REACH; j++) {
    const t = tokens[j]!;
    if (t.text === ')') return j > k + 1 ? j + 1 : k;
    if (!(t.word && (t.cap || t.digits)) && !/^[-–]$/u.test(t.text)) return k;
  }
  return k;
}

/** Whether token `k` is a capitalised syllable a segmenter joined to a lowercase one ("Bảo_tàng", "Đầu_tư"). */
const startsCommonWord = (tokens: readonly Token[], k: number) => tokens[k]!.joined === true && tokens[k + 1]?.word === true && !tokens[k + 1]!.cap;

/**
 * Where a name of capitalised words no extractor claimed, starting at token `start`, ends when read on from `from` (at most
 * `max` words, within [.., after)). "Bảo_tàng Louvre", "BQLDA Dân_dụng": a capitalised syllable a segmenter joined to a
 * lowercase one starts a common word, no part of a name.
 */
function capitalRunEnd(ctx: ArticleContext, start: number, from: number, after: number, claimed: ReadonlySet<number>, max: number): number {
  const { tokens } = ctx;
  let end = from;
  while (end < after && end - start < max && tokens[end]!.word && tokens[end]!.cap && !claimed.has(end) && adjacentTokens(ctx, end - 1, end)) end++;
  if (startsCommonWord(tokens, end - 1)) end--;
  return end;
}

/** Whether any of tokens [from, to) is already part of a holder. */
function tokensClaimed(claimed: ReadonlySet<number>, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (claimed.has(c)) return true;
  return false;
}

/**
 * Where a sector's name that starts at `k` ends ("ngành xi măng", "lĩnh vực sản xuất", "khối FDI",
 * "khu vực ngoài nhà nước"), or -1: a sector head and a word of up to two lowercase syllables (or
 * an acronym), not a function word, a verb, a target's cue or what the sector measures.
 */
function sectorAt(ctx: ArticleContext, k: number, after: number): number {
  const { tokens } = ctx;
  if (NOT_BEFORE_SECTOR.has(word(tokens, k - 1))) return -1;
  const whole = SECTORS.matchAt(tokens, k);
  if (whole !== -1) return whole;
  const acronymHead = SECTOR_ACRONYM_HEADS.matchAt(tokens, k);
  if (acronymHead !== -1 && acronymHead < after && tokens[acronymHead]!.acronym && adjacentTokens(ctx, acronymHead - 1, acronymHead)) return acronymHead + 1;
  const head = SECTOR_HEADS.matchAt(tokens, k);
  if (head === -1 || head >= after) return -1;
  let j = head;
  while (j < after && j - head < 2) {
    const t = tokens[j]!;
    if (!t.word || t.cap || t.digits || !adjacentTokens(ctx, j - 1, j)) break;
    if (FUNCTION_WORDS.has(t.lower) || NOUN_PHRASE_ENDS.has(t.lower) || LINK_VERBS.has(t.lower) || ACTION_VERBS.matchAt(tokens, j) !== -1 || TARGET_CUES.matchAt(tokens, j) !== -1) break;
    if (j === head && SECTOR_NAME_STOPS.has(t.lower)) break;
    j++;
  }
  return j > head ? j : -1;
}

/**
 * Where a run of up to five lowercase words at `k` ends when a capitalised word follows it on the
 * same line, or `k`: the inside of a name ("Thuỷ điện Huội Quảng"). A function word or a verb ends it.
 */
function lowercaseGap(ctx: ArticleContext, k: number, after: number): number {
  const { tokens } = ctx;
  let j = k;
  while (j < after && j - k < 5) {
    const t = tokens[j]!;
    if (!t.word || t.cap || t.digits || !adjacentTokens(ctx, j - 1, j)) break;
    if (FUNCTION_WORDS.has(t.lower) || NOUN_PHRASE_ENDS.has(t.lower) || LINK_VERBS.has(t.lower) || ACTION_VERBS.matchAt(tokens, j) !== -1) return k;
    j++;
  }
  return j > k && j < after && tokens[j]!.cap && tokens[j]!.word && adjacentTokens(ctx, j - 1, j) ? j : k;
}

/** A body named as the source ("Theo Tổng cục Thống kê", "Bộ Công Thương cho biết") holds nothing. */
function isSource(ctx: ArticleContext, h: Holder): boolean {
  const { tokens } = ctx;
  for (let k = h.first - 1; k >= Math.max(0, h.first - 3); k--) if (SOURCE_BEFORE.endingAt(tokens, k) !== -1 && SOURCE_BEFORE.endingAt(tokens, k) >= h.first - 3) return true;
  let k = h.after;
  // "Tổng cục Thống kê (GSO) cho biết": past a parenthesis or a comma and a title.
  while (k < tokens.length && k - h.after < 6 && !tokens[k]!.word) k++;
  return REPORTING_VERBS.matchAt(tokens, k) !== -1 || REPORTING_VERBS.matchAt(tokens, k + 1) !== -1;
}

/** "được Bộ Ngoại giao triển khai": the agent of a passive does the work, it does not hold the figures. */
const isAgent = (ctx: ArticleContext, h: Holder) => PASSIVE_AGENT_BEFORE.has(word(ctx.tokens, h.first - 1));

/** "xuất khẩu sang Mỹ", "đầu tư tại Việt Nam": a place after a preposition is a partner or a destination; one opening its sentence ("Tại Indonesia, ...", "Ở Nhật Bản có ...") is its scene. */
const isPartner = (ctx: ArticleContext, h: Holder) => {
  // "tại xã Đức Dũng, huyện Đức Thọ": a unit below the province is a scene, never a trading partner.
  if (h.local) return false;
  const at = word(ctx.tokens, h.first - 1) === 'tỉnh' ? h.first - 2 : h.first - 1;
  return PARTNER_BEFORE.has(word(ctx.tokens, at)) && !(SCENE_BEFORE.has(word(ctx.tokens, at)) && isSentenceStart(ctx, at));
};

interface SubjectInput {
  ctx: ArticleContext;
  p: Place;
  holders: readonly Holder[];
  /** The sectors the sentence names ("ngành nông nghiệp"), which no count is held by. */
  sectors: ReadonlySet<string>;
  metricStart: number;
  /** The token after a metric that follows its figure ("70% tăng trưởng GDP"), else the figure's first token. */
  metricEnd: number;
  indicator: string | null;
  lastConference: string | null;
  /** The figure before this one in the article, its context read. */
  previous: FigureMention | undefined;
  /** Whether that figure's holder is the home country for want of any named. */
  previousDefaulted: boolean;
  /** The holder an anaphor at token `k` refers to: the last one of its kind before it, in this sentence or earlier. */
  referent: (anaphor: { phrase: string; kind: 'province' | 'country' | 'body' }, k: number) => string | null;
  /** The sentence's persons named without an official title ("ông Dũng", "bà Trịnh Thị Nghị"), as tokens [first, after). */
  persons: readonly Holder[];
  /** All the sentence's persons, titled or not. */
  people: readonly Holder[];
}

type SubjectRule = { name: string; read: (s: SubjectInput) => string | null };

/** Indicators of visits, held by the place visited ("khách quốc tế đến Đà Nẵng"). */
const VISITED_INDICATORS: ReadonlySet<string> = new Set(['tourists', 'tourism_revenue']);

/** Indicators of what flows between two places: their figures between a pair are the pair's. */
const FLOW_INDICATORS: ReadonlySet<string> = new Set(['exports', 'imports', 'trade', 'trade_balance', 'fdi', 'fdi_disbursed', 'investment']);

/** How many words from its figure the other place of a flow may be named. */
const FLOW_REACH = 12;

/**
 * The other place of a flow the figure measures, or undefined: the origin of goods a tariff targets ("áp thuế 25% lên 200 tỷ
 * USD hàng hoá Trung Quốc"), or a place after a flow's noun and its direction where the measured noun starts ("nhập siêu từ
 * Trung Quốc giảm 5,3 tỷ USD") or after the figure ("20 tỷ USD hàng nhập khẩu từ Trung Quốc").
 */
function flowPartner(ctx: ArticleContext, p: Place, holders: readonly Holder[], metricStart: number): Holder | undefined {
  const { tokens } = ctx;
  // After the figure, the place must be the figure's own ("20 tỷ USD hàng nhập khẩu từ Trung Quốc"), not a clause's beyond a
  // comma ("Xuất siêu 1,3 tỷ USD, đặc biệt, nhập siêu từ Trung Quốc ...").
  const ownAfter = (h: Holder) => {
    for (let k = p.after; k < h.first; k++) if (!tokens[k]!.word) return false;
    return true;
  };
  return holders.find((h) => {
    if ((h.kind !== 'country' && h.kind !== 'province') || h.first < p.sentenceFirst || Math.abs(h.first - p.first) > FLOW_REACH) return false;
    if (h.first > p.after && !ownAfter(h)) return false;
    if (h.origin) return true;
    if (!FLOW_DIRECTIONS.has(word(tokens, h.first - 1))) return false;
    const flow = FLOW_NOUNS.lastIn(tokens, Math.max(p.sentenceFirst, h.first - 5), h.first - 1);
    return flow !== -1 && (flow >= metricStart || (h.first > p.after && flow <= p.after + 1));
  });
}

/**
 * "Các nhà cung cấp chính của nước này là Trung Quốc (70%), Mỹ (8,9%)": the place that owns the list a glossed place is an
 * item of, named after "của" in the noun before "là" or by a word that stands for it ("nước này"); else null.
 */
function listOwner(ctx: ArticleContext, p: Place, item: Holder, holders: readonly Holder[], referent: SubjectInput['referent']): string | null {
  const { tokens } = ctx;
  const place = (h: Holder) => h.kind === 'country' || h.kind === 'province';
  const copula = place(item) ? lastWordBefore(tokens, 'là', p.sentenceFirst, item.first) : -1;
  for (let k = p.sentenceFirst; k < copula; k++) {
    if (word(tokens, k) !== 'của') continue;
    const named = holders.find((h) => h.first === k + 1 && place(h));
    const anaphor = named ? null : anaphorAt(ctx, k + 1);
    const owner = named?.name ?? (anaphor && anaphor.kind !== 'body' ? referent(anaphor, k + 1) : null);
    return owner !== item.name ? owner : null;
  }
  return null;
}

/** The holder named within tokens [first, after) (no conference), or null. */
const holderWithin = (holders: readonly Holder[], named: { first: number; after: number }) =>
  holders.find((h) => h.first >= named.first && h.after <= named.after && h.kind !== 'conference')?.name ?? null;

/** The holder named within tokens [first, after), or the words themselves ("Phong", a person no extractor knows). */
const nameWithin = (ctx: ArticleContext, holders: readonly Holder[], named: { first: number; after: number }) =>
  holderWithin(holders, named) ?? ctx.plain.slice(ctx.tokens[named.first]!.start, ctx.tokens[named.after - 1]!.end);

const SUBJECT_RULES: readonly SubjectRule[] = [
  {
    name: 'contrast: "..., trong khi Nga chỉ là 37,7 tỷ USD", "còn Thái Lan là 250 tỷ USD" is the holder named after the contrast',
    read: ({ ctx, p, holders, previous }) => {
      const named = previous && previous.sentence === p.figure.sentence && previous.unit === p.figure.unit ? contrastedName(ctx, p, previous) : null;
      return named === null ? null : holderWithin(holders, named);
    },
  },
  {
    name: 'series item: "..., EU 3 tỷ USD", "...; Phong 10 tỷ" is the name opening the item',
    read: ({ ctx, p, holders, previous }) => {
      const named = previous && previous.sentence === p.figure.sentence && previous.unit === p.figure.unit ? seriesName(ctx, p, previous) : null;
      return named === null ? null : nameWithin(ctx, holders, named);
    },
  },
  {
    name: 'pair: "thương mại hai chiều Việt Nam - Nhật Bản", "giữa Việt Nam và Mỹ", "thặng dư của Trung Quốc đối với Mỹ"',
    read: ({ ctx, p, holders, metricStart, indicator }) => {
      const places = holders.filter((h) => (h.kind === 'country' || h.kind === 'province' || h.kind === 'self') && h.first >= metricStart - 1 && h.first < p.after + 6);
      // A flow from one to the other ("đầu tư của Trung Quốc vào Mỹ") is the pair's too, as are goods' worth or weight moving
      // "từ A vào B" ("thép không gỉ từ Việt Nam vào Mỹ"), not people doing so ("4 đàn em từ Hải Phòng vào Đà Nẵng").
      const flow = indicator !== null && FLOW_INDICATORS.has(indicator);
      const goods = p.figure.unit !== 'count' && p.figure.unit !== 'people' && p.figure.unitText !== 'lần';
      for (let i = 0; i + 1 < places.length; i++) {
        const [a, b] = [places[i]!, places[i + 1]!];
        const between = ctx.plain.slice(a.span.end, b.span.start).trim().toLowerCase();
        const moves = (flow && /^(?:vào|sang|từ)$/u.test(between)) || (goods && word(ctx.tokens, a.first - 1) === 'từ' && /^(?:vào|sang)$/u.test(between));
        if ((/^(?:-|–|và|với|đối với)$/u.test(between) || moves) && a.name !== b.name) return `${a.name} - ${b.name}`;
      }
      return null;
    },
  },
  {
    name: 'owner: "của X" between the metric and the figure, or right after a metric that follows it ("70% tăng trưởng GDP của Việt Nam")',
    read: ({ ctx, p, holders, metricStart, metricEnd }) => {
      const owned = (h: Holder) => word(ctx.tokens, h.first - 1) === 'của' && h.kind !== 'conference' && !h.origin;
      const owner = holders.find((h) => h.first >= metricStart && h.first < p.first && owned(h))
        ?? holders.find((h) => metricEnd > p.after && h.first === metricEnd + 1 && owned(h));
      return owner?.name ?? null;
    },
  },
  {
    name: 'destination: "khách quốc tế đến Đà Nẵng đạt 3,5 triệu lượt" is the place visited',
    read: ({ ctx, p, holders, metricStart, indicator }) => {
      if (indicator === null || !VISITED_INDICATORS.has(indicator)) return null;
      const place = holders.find((h) => (h.kind === 'province' || h.kind === 'country') && h.first >= metricStart && h.first < p.first && DESTINATION_BEFORE.has(word(ctx.tokens, h.first - 1)));
      return place?.name ?? null;
    },
  },
  {
    name: 'belonging: "11,5 km đường thuộc dự án X", "800 chủ hộ của dự án X" right after the figure\'s noun',
    read: ({ ctx, p, holders }) => {
      const { tokens } = ctx;
      for (const h of holders) {
        if (h.first <= p.after || h.first > p.after + BELONGING_REACH) continue;
        // "thuộc dự án X", "của Công ty X", "thuộc tỉnh X": the word of belonging, at most a lowercase head before the name.
        let at = h.first - 1;
        while (at > h.first - 3 && at > p.after && !BELONGING.has(word(tokens, at)) && tokens[at]!.word && !tokens[at]!.cap) at--;
        if (!BELONGING.has(word(tokens, at)) || h.kind === 'conference' || h.kind === 'sector' || h.origin) return null;
        // Only the figure's own noun lies between: no verb, no clause, no other figure.
        for (let k = p.after; k < at; k++) if (!tokens[k]!.word || tokens[k]!.digits || NOUN_PHRASE_ENDS.has(tokens[k]!.lower) || FUNCTION_WORDS.has(tokens[k]!.lower)) return null;
        // "thuỷ điện Pak Beng có công suất 912MW của Lào": an amount with no noun of its own after it is not what belongs.
        const counted = p.figure.unit === 'count' || p.figure.unit === 'people';
        return counted || at > p.after ? h.name : null;
      }
      return null;
    },
  },
  {
    name: 'meeting: its participants',
    read: ({ holders, indicator, lastConference }) => {
      if (indicator !== 'delegates') return null;
      return holders.find((h) => h.kind === 'conference')?.name ?? lastConference ?? null;
    },
  },
  {
    name: 'anaphor: "tỉnh đã ký", "nước này", "của Tập đoàn" naming the province, country or body before it',
    read: ({ ctx, p, holders, referent }) => {
      for (let k = p.first - 1; k >= Math.max(p.sentenceFirst, p.first - ANAPHOR_REACH); k--) {
        const anaphor = anaphorAt(ctx, k);
        // "dự án cầu Vĩnh Thịnh" names its project: no anaphor.
        // "dự án metro số 2 được UBND TP phê duyệt": nor does the level in the name of a passive's agent, when the
        // sentence names what the agent acted on (see the topic rule).
        const inAgent = (h: Holder) => h.first < k && k < h.after && isAgent(ctx, h) && holders.some((o) => o.after <= h.first && o.first >= p.sentenceFirst);
        if (!anaphor || holders.some((h) => h.first === k || inAgent(h))) continue;
        const named = referent(anaphor, k);
        if (named) return named;
      }
      return null;
    },
  },
  {
    name: 'actor: a person without an official title who does what the figure is ("ông Dũng đưa ra mức bồi thường là 24 triệu đồng")',
    read: ({ ctx, p, holders, persons }) => {
      const { tokens } = ctx;
      // The last person before the figure in its clause, opening it: no preposition before, a verb after, no holder between.
      const actor = persons.findLast((h) => h.after <= p.first);
      if (!actor) return null;
      // "chiếm đoạt của anh Sơn": past what the person is called by, the clause must open there.
      let opens = actor.first;
      for (let head = PERSON_HEADS.endingAt(tokens, opens - 1); head !== -1 && head < opens; head = PERSON_HEADS.endingAt(tokens, opens - 1)) opens = head;
      if (tokens[opens - 1]?.word && !isSentenceStart(ctx, opens) && ACTOR_BEFORE.endingAt(tokens, opens - 1) === -1) return null;
      // "bà Tuyền (mẹ bé P., tức vợ ông Dũng) đưa ra mức thoả thuận là ...", "Nguyễn Văn A (SN 1990) chiếm đoạt ...": an aside
      // in parentheses after the name is passed over.
      let after = actor.after;
      if (tokens[after]?.text === '(') {
        const close = scanTo(tokens, ')', after, p.first, ASIDE_REACH);
        if (close !== -1 && close < p.first) after = close + 1;
      }
      // "Nguyễn Văn A, SN 1985, trú tại xã X, huyện Y, đã chiếm đoạt ...": so are asides between commas that give a birth year,
      // an age, a former post or a home, and the rest of that home's address.
      for (let home = false, comma = after; tokens[comma]?.text === ','; ) {
        const aside = comma + 1;
        const opens = APPOSITIVE_OPENERS.matchAt(tokens, aside) !== -1 || (tokens[aside]?.digits === true && word(tokens, aside + 1) === 'tuổi')
          || (home && (LOCAL_UNIT_HEADS.matchAt(tokens, aside) !== -1 || PROVINCE_LEVEL_WORDS.matchAt(tokens, aside) !== -1));
        if (!opens) break;
        home ||= RESIDENCE_BEFORE.matchAt(tokens, aside) !== -1;
        comma = scanTo(tokens, ',', aside, p.first, ASIDE_REACH);
        if (comma === -1 || comma >= p.first) break;
        after = comma + 1;
      }
      const verb = tokens[after];
      if (!verb?.word || verb.cap || verb.digits || REPORTING_VERBS.matchAt(tokens, after) !== -1 || SPEAKING_VERBS.matchAt(tokens, after) !== -1) return null;
      // "Võ Quang Huy đã nhận, chiếm đoạt 6,7 tỷ đồng", "bị truy thu thuế, phạt nộp chậm thuế, trốn thuế khoản tiền X": one
      // subject's verbs listed between commas, each opening in lowercase, close by.
      for (let k = after; k < p.first; k++) {
        const t = tokens[k]!.text;
        if (/^[;:(]$/u.test(t)) return null;
        if (t === ',' && (p.first - after > VERB_LIST_REACH || !tokens[k + 1]?.word || tokens[k + 1]!.cap || tokens[k + 1]!.digits || FUNCTION_WORDS.has(tokens[k + 1]!.lower))) return null;
      }
      if (holders.some((h) => h.first >= after && h.first < p.first && !h.thing)) return null;
      return actor.name;
    },
  },
  {
    name: 'same clause: "với tổng mức đầu tư 2.993 tỉ đồng, chiếm 2.300 ha đất, 663 hộ dân phải di dời" is the holder of the figure before it, when no holder is named between',
    read: ({ ctx, p, holders, sectors, people, previous, previousDefaulted }) => {
      if (!previous || previous.sentence !== p.figure.sentence || previous.subject === null || previousDefaulted) return null;
      if (/[;:]/u.test(ctx.plain.slice(previous.span.end, p.figure.span.start))) return null;
      // "3 tên lửa hành trình MdCN, tầm bắn 1.000 km": a holder ending past the figure before is named between.
      const from = tokenIndexAt(ctx, previous.span.end);
      // "ông Dũng đã ký 4 hợp đồng và ông Trần Đăng Linh, Phó Tổng giám đốc ký 2 hợp đồng": so is a person, titled or not.
      if (holders.some((h) => h.after > from) || people.some((h) => h.after > from && h.first < p.first)) return null;
      // A count of places, firms or people is no sector's ("ngành nông nghiệp phải đạt ..., có 70 huyện").
      const counted = p.figure.unit === 'count' || p.figure.unit === 'people';
      return counted && sectors.has(previous.subject) ? null : previous.subject;
    },
  },
  {
    name: 'topic: the place or body the sentence is about, before the figure',
    read: ({ ctx, p, holders, metricStart, indicator }) => {
      // "tại Pendeglang trên đảo Java đã có 92 người thiệt mạng": where something happened holds what no flow is.
      const flow = indicator !== null && FLOW_INDICATORS.has(indicator);
      const scene = (h: Holder) => (h.kind === 'country' || h.kind === 'province' || h.kind === 'name') && EVENT_PLACE_BEFORE.has(word(ctx.tokens, h.first - 1));
      const partner = (h: Holder) => isPartner(ctx, h) && (flow || !scene(h));
      const before = holders.filter((h) => h.after <= Math.max(metricStart, p.sentenceFirst) || (h.first < p.first && h.first >= metricStart && !partner(h)));
      // "Bộ Nông nghiệp Mỹ sẽ chi 14,5 tỉ USD": a body holds its figures, not the country in its name; "Bộ Tài chính Nhật Bản
      // cho biết thâm hụt là 20 tỉ USD": a source's country still holds them.
      // "Bắc Kinh cho biết xuất khẩu tăng 3,3%": a capital speaking is its state, which holds what it tells.
      const holds = (h: Holder) => (h.body ? isSource(ctx, h.body) : !isSource(ctx, h) || stateOfCapital(h.name) !== null);
      const candidates = before.filter((h) => h.kind !== 'conference' && !h.address && !h.origin && holds(h) && !partner(h));
      // "dự án metro số 2 được UBND TP phê duyệt với tổng mức đầu tư ...": the agent of a passive holds only when nothing
      // else does ("chỉ tiêu được EVN đặt ra là ...", "Dự án này được UBND tỉnh Hà Tĩnh chấp thuận").
      const agents = candidates.filter((h) => isAgent(ctx, h));
      // "được UBND tỉnh Quảng Ngãi phê duyệt": so is a place inside the agent's name.
      const acting = (h: Holder) => agents.some((a) => a.first <= h.first && h.after <= a.after);
      return (candidates.findLast((h) => !acting(h)) ?? candidates.at(-1))?.name ?? null;
    },
  },
];

// ---------------------------------------------------------------- status

function readStatus(ctx: ArticleContext, from: number, to: number, period: string | null, publishedAt: string | null, measured: TokenRange | null): FigureStatus {
  const target = cueIn(ctx, TARGET_CUES, from, to, measured);
  // "tổng dân số dự kiến 44.000 người": a forecast's cue stays one inside the measured noun.
  const forecast = cueIn(ctx, FORECAST_CUES, from, to, null);
  if (target !== -1 || forecast !== -1) return target > forecast ? 'target' : 'forecast';
  if (cueIn(ctx, ESTIMATE_CUES, from, to, null) !== -1 && isFuture(period, publishedAt)) return 'forecast';
  return 'actual';
}

/** Tokens [first, after). */
interface TokenRange {
  first: number;
  after: number;
}

/**
 * The start of the last cue of `cues` in tokens [from, to), or -1. A cue capitalised inside a sentence is a name's ("Bộ Kế
 * hoạch và Đầu tư"); one inside the measured noun, after its head, is the measure's ("vốn đầu tư cam kết"), though one heading it
 * names a plan ("mục tiêu 2%", "dự toán chi").
 */
function cueIn(ctx: ArticleContext, cues: PhraseList, from: number, to: number, measured: TokenRange | null): number {
  const { tokens } = ctx;
  for (let k = to - 1; k >= from; k--) {
    const start = cues.endingAt(tokens, k);
    if (start < from || (tokens[start]!.cap && !isSentenceStart(ctx, start))) continue;
    if (measured && start > measured.first && k < measured.after) continue;
    return start;
  }
  return -1;
}

function isFuture(period: string | null, publishedAt: string | null): boolean {
  if (period === null) return false;
  if (/^rel:(?:Y\+|N)/.test(period)) return true;
  const year = publishedAt ? Number(publishedAt.slice(0, 4)) : NaN;
  const start = Number(period.replace(/^\.\./, '').slice(0, 4));
  return Number.isFinite(year) && start > year;
}

// ---------------------------------------------------------------- the article

/** The country an article is about: Vietnam unless another country is named more often than Vietnam and its provinces (twice at least, or once where they are not named). */
export function homeCountry(entities: readonly EntityMention[]): string {
  const counts = new Map<string, number>();
  let home = 0;
  for (const e of entities) {
    if (e.kind === 'province' || (e.kind === 'country' && e.name === HOME_COUNTRY)) home++;
    else if (e.kind === 'country') counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  // An article that never names Vietnam or one of its provinces is about the country it names most, however rarely.
  return best && best[1] > home && (best[1] >= 2 || home === 0) ? best[0] : HOME_COUNTRY;
}

/** `read` of a sentence's index, computed once a sentence: its figures all ask for it. */
function oncePerSentence<T>(read: (n: number) => T): (n: number) => T {
  const known = new Map<number, T>();
  return (n) => {
    if (!known.has(n)) known.set(n, read(n));
    return known.get(n)!;
  };
}

/**
 * The figures with their context: metric, indicator and the cue that decided it, subject,
 * period and comparison period (normal forms, resolved against `publishedAt` when known), status.
 */
export function readFigureContexts(ctx: ArticleContext, figures: readonly FigureMention[], entities: readonly EntityMention[], publishedAt: string | null = null): FigureMention[] {
  const { tokens, sentences, plain } = ctx;
  const periods = oncePerSentence((n) => {
    const sentence = sentences[n];
    return sentence ? findPeriods(plain.slice(sentence.start, sentence.end), sentence.start) : [];
  });
  // A sentence's periods by what they can be to a figure: looked up by position, so that a figure's are found in time that does
  // not grow with how many the sentence names.
  // `announced`: where a verb of announcing follows a day, before the next day (see ANNOUNCING_VERBS).
  const periodRoles = oncePerSentence((n) => {
    const list = periods(n);
    const governing = list.filter((x) => x.role === 'period');
    const days = governing.filter((x) => x.day);
    const announced = new Map<PeriodMention, number>();
    days.forEach((d, i) => {
      const to = days[i + 1]?.span.start ?? sentences[n]!.end;
      const verb = ANNOUNCED.exec(plain.slice(d.span.end, to).toLowerCase());
      if (verb) announced.set(d, d.span.end + verb.index);
    });
    return { others: governing.filter((x) => !x.day), days, comparisons: list.filter((x) => x.role === 'comparison'), announced };
  });
  const home = homeCountry(entities);
  const provinces = new Set(entities.filter((e) => e.kind === 'province').map((e) => e.name));
  const places = new Set(entities.filter((e) => e.kind === 'province' || e.kind === 'country').map((e) => e.name));
  const soleProvince = provinces.size === 1 ? [...provinces][0]! : null;
  // Each sentence's holders are found once: looking through the article's entities for each figure was quadratic.
  const entitiesBySentence = new Map<number, EntityMention[]>();
  for (const e of entities) {
    let list = entitiesBySentence.get(e.sentence);
    if (!list) entitiesBySentence.set(e.sentence, (list = []));
    list.push(e);
  }
  // Persons named without an official title: the actors of the sentences they open (see the actor rule), found once a sentence.
  const personHolders = (n: number, untitled: boolean): Holder[] =>
    (entitiesBySentence.get(n) ?? [])
      .filter((e) => e.kind === 'person' && !(untitled && e.attributes?.title))
      .map((e) => ({ name: e.name, span: e.span, first: tokenIndexAt(ctx, e.span.start), after: tokenIndexAt(ctx, e.span.end), kind: e.kind }));
  const personsIn = oncePerSentence((n) => personHolders(n, true));
  const peopleIn = oncePerSentence((n) => personHolders(n, false));
  const holdersIn = oncePerSentence((n): Holder[] => {
    const sentence = sentences[n];
    return sentence ? holdersOf(ctx, entitiesBySentence.get(n) ?? [], tokenIndexAt(ctx, sentence.start), tokenIndexAt(ctx, sentence.end)) : [];
  });
  const sectorsIn = oncePerSentence((n) => new Set(holdersIn(n).filter((h) => h.kind === 'sector').map((h) => h.name)));
  // Where the first project head of a sentence ("dự án", "nhà máy") ends, Infinity when none.
  const projectNamedBy = oncePerSentence((n) => {
    const sentence = sentences[n];
    if (!sentence) return Infinity;
    for (let k = tokenIndexAt(ctx, sentence.start), after = tokenIndexAt(ctx, sentence.end); k < after; k++) {
      const head = PROJECT_HEADS.matchAt(tokens, k);
      if (head !== -1) return head;
    }
    return Infinity;
  });
  // The holder the sentence before `n` is about (its first place or body that is not a source, a
  // partner or the agent of a passive), looking one sentence further back past a sentence that names none; never
  // across a paragraph break.
  const topicBefore = (n: number): string | null => {
    for (let back = n - 1; back >= 0 && back >= n - 2; back--) {
      const gap = plain.slice(sentences[back]!.end, sentences[back + 1]!.start);
      if (/\n\s*\n/.test(gap)) return null;
      // A sector or a local unit holds only the figures of its own sentence.
      const list = holdersIn(back).filter((h) => h.kind !== 'sector' && !h.local);
      // The province of a local unit's address ("xã X, huyện Y, tỉnh Z") stands for it here; the police or a court is no topic.
      const topic = list.find((h) => h.kind !== 'conference' && !h.justice && !h.bare && !h.affiliation && !isSource(ctx, h) && !isPartner(ctx, h) && !isAgent(ctx, h));
      if (topic || list.length > 0) return topic?.name ?? null;
    }
    return null;
  };
  // Looks back at most this many sentences for what an anaphor refers to.
  const REFERENT_REACH = 30;
  const referentIn = (n: number) => (anaphor: { phrase: string; kind: 'province' | 'country' | 'body' }, k: number): string | null => {
    const fits = (h: Holder) =>
      anaphor.kind === 'body'
        ? (h.kind === 'organization' || h.kind === 'name' || h.kind === 'project') && plain.slice(h.span.start, h.span.end).toLowerCase().startsWith(`${anaphor.phrase.replace(/ này$/u, '')} `)
        : (h.kind === anaphor.kind && !isPartner(ctx, h) && !isSource(ctx, h))
          // "Bắc Kinh cho biết ...; thặng dư của nước này": a capital speaking is its state.
          || (anaphor.kind === 'country' && stateOfCapital(h.name) !== null && !isPartner(ctx, h));
    // "Chủ tịch UBND tỉnh Bình Dương cho hay tỉnh đã ký": in its own sentence, the place's body stands for the place.
    const bodyOfPlace = (h: Holder) => anaphor.kind === 'province' && h.kind === 'organization' && plain.slice(h.span.start, h.span.end).toLowerCase().includes(` ${anaphor.phrase} `);
    for (let back = n; back >= 0 && back >= n - REFERENT_REACH; back--) {
      const found = holdersIn(back).findLast((h) => (fits(h) || (back === n && bodyOfPlace(h))) && (back < n || h.after <= k));
      if (found) return stateOfCapital(found.name) ?? found.name;
    }
    return null;
  };
  // The holder the article's title is about, when the article opens with a title line.
  const titleTopic = (): string | null => {
    if (!opensWithTitle(ctx)) return null;
    return holdersIn(0).find((h) => h.kind !== 'conference' && h.kind !== 'sector' && !h.local && !h.justice && !h.bare && !isSource(ctx, h) && !sources().has(h.name))?.name ?? null;
  };
  // "ADB đề xuất 3 sáng kiến ...", then "Theo ADB, ...": a body (not a place) the article quotes as its source is not what its
  // figures are about.
  let sourceNames: Set<string> | null = null;
  const sources = (): Set<string> => {
    if (sourceNames === null) {
      sourceNames = new Set();
      for (let n = 0; n < sentences.length; n++) for (const h of holdersIn(n)) if ((h.kind === 'organization' || h.kind === 'name') && isSource(ctx, h)) sourceNames.add(h.name);
    }
    return sourceNames;
  };
  let conferenceAt = 0;
  let lastConference: string | null = null;
  const names = new Set(entities.map((e) => e.text));
  const conferences = entities.filter((e) => e.kind === 'conference').sort((a, b) => a.span.start - b.span.start);
  // What a sentence's figures settled, for a sentence that continues it.
  const settled = new Map<number, { period: string | null; subject: string | null; subjectInferred: boolean }>();
  // Where the next figure of the sentence after figure `i` starts, past one restating it in parentheses ("1,72 tỉ peso (34 triệu
  // USD) cho năm tài khoá 2018"); Infinity when none.
  const nextUnglossed = (i: number): number => {
    let j = i + 1;
    if (figures[j]?.sentence === figures[i]!.sentence && plain.slice(figures[i]!.span.end, figures[j]!.span.start).trim() === '(') j++;
    return figures[j]?.sentence === figures[i]!.sentence ? figures[j]!.span.start : Infinity;
  };
  const out: FigureMention[] = [];
  // Figures that are an effect on a measure, not its value (see IMPACT_CUES).
  const effects = new Set<number>();
  // Figures whose holder is the home country for want of any named.
  const defaulted = new Set<number>();
  for (let index = 0; index < figures.length; index++) {
    const f = figures[index]!;
    const s = sentences[f.sentence];
    const sentenceFirst = s ? tokenIndexAt(ctx, s.start) : 0;
    const sentenceAfter = s ? tokenIndexAt(ctx, s.end) : tokens.length;
    const p: Place = { figure: f, first: tokenIndexAt(ctx, f.span.start), after: tokenIndexAt(ctx, f.span.end), sentenceFirst, sentenceAfter };
    const continues = CONTINUATIONS.matchAt(tokens, sentenceFirst) !== -1;
    const previous = continues ? settled.get(f.sentence - 1) : undefined;

    // What it measures: never whose it is ("dự án Thuỷ điện Huội Quảng điều chỉnh" measures "điều chỉnh").
    const m = withoutHolders(ctx, readMetric(ctx, p, index, out, figures, names), f, holdersIn(f.sentence), s?.start ?? 0);
    const inherited = m.from !== null ? out[m.from]! : null;
    const threshold = isThreshold(ctx, p);
    // "áp thuế lên 200 tỉ USD hàng hoá nhập khẩu từ Trung Quốc": goods a tariff falls on are no value of trade.
    const tariffed = m.metric !== null && isGoods(m.metric) && TARIFF_WORDS.lastIn(tokens, sentenceFirst, p.first) !== -1;
    let match: IndicatorMatch | null = inherited
      ? inherited.indicator === null ? null : { id: inherited.indicator, cue: inherited.indicatorCue ?? '' }
      : m.share || threshold || tariffed || m.metric === null ? null : classifyIndicator(m.metric, unitKind(f.unit, f.unitText));

    // "Riêng vốn đầu tư trực tiếp nước ngoài tăng kỷ lục khi vốn đăng ký đạt 21,3 tỉ USD": capital named without its kind
    // in a sentence about FDI is FDI.
    const capitalKey = m.metric === null ? '' : indicatorKey(m.metric);
    if (!inherited && m.metric !== null && (match === null || match.id === 'investment') && FDI_SCOPED_KEYS.has(capitalKey) && FDI_SCOPE.lastIn(tokens, sentenceFirst, p.first) !== -1) {
      match = { id: FDI_DISBURSED_KEYS.some((w) => capitalKey.includes(w)) ? 'fdi_disbursed' : 'fdi', cue: m.metric };
    }
    // "vịnh này đón tới 5.000 khách mỗi ngày": guests in a sentence about tourism are tourists.
    if (!inherited && match === null && (f.unit === 'people' || f.unit === 'count') && TOURISM_SCOPED_KEYS.has(capitalKey) && TOURISM_SCOPE.lastIn(tokens, sentenceFirst, p.sentenceAfter) !== -1) {
      match = { id: 'tourists', cue: m.metric! };
    }

    // The figure before this one in its sentence, and where this figure's clause starts: after it, or at the sentence start.
    const prevInSentence = out[index - 1]?.sentence === f.sentence ? out[index - 1]! : null;
    const clauseFrom = prevInSentence ? tokenIndexAt(ctx, prevInSentence.span.end) : sentenceFirst;

    // When.
    const list = periods(f.sentence);
    const roles = periodRoles(f.sentence);
    const governs = (day: boolean): PeriodMention | undefined => {
      const candidates = day ? roles.days : roles.others;
      // "từ 3,63% của năm trước xuống còn 2,57% của năm nay": a period joined right after the figure is its own.
      const right = candidates[firstPeriodFrom(candidates, f.span.end)];
      if (right && /^\s*(?:của|trong)\s+$/u.test(plain.slice(f.span.end, right.span.start).toLowerCase())) return right;
      // The last before the figure (past one that runs into it).
      let before = firstPeriodFrom(candidates, f.span.start) - 1;
      while (before >= 0 && candidates[before]!.span.end > f.span.start) before--;
      if (before >= 0) return candidates[before];
      // "422 thỏa thuận ... ký với đối tác trong ba năm qua": a period later in the figure's clause, before the next figure.
      const later = candidates[firstPeriodFrom(candidates, f.span.end)];
      return later && later.span.start < nextUnglossed(index) && !/[;,:]/.test(plain.slice(f.span.end, later.span.start)) ? later : undefined;
    };
    // "cả nước hiện có hơn 26.500 dự án FDI đến từ 129 quốc gia": now, and the figures after it in its clause, up to the present.
    const nowBefore = saysNow(ctx, p, clauseFrom)
      || (prevInSentence !== null && prevInSentence.period === UP_TO_PRESENT && prevInSentence.periodText === null && !/[;:]/u.test(plain.slice(prevInSentence.span.end, f.span.start)));
    // "Theo số liệu công bố sáng 12-7, thương mại giảm 14% sau nửa đầu năm 2019": the day of an event only when no other
    // period governs; "Ngày 5-12, Bộ Thương mại Mỹ tuyên bố áp dụng mức thuế 265%": not the day a figure was announced; "tàu
    // chìm lúc 10h ngày 2-9 ..., hiện còn 3 người mất tích": nor a day before what stands now.
    const day = governs(true);
    const announcedOn = day !== undefined && (roles.announced.get(day) ?? Infinity) < f.span.start;
    const governing = governs(false) ?? (announcedOn || nowBefore ? undefined : day);
    const stated = governing ? resolvePeriod(governing.normal, publishedAt) : (previous?.period ?? (nowBefore ? UP_TO_PRESENT : null));
    // "(cùng kỳ tăng 12,8%)": the same months a year before.
    // "so với 30% năm 2017", "so với 6,4% của quý trước đó": a value compared with is of the period after it, or of its
    // figure's comparison period.
    const after = list[firstPeriodFrom(list, f.span.end)];
    const own = m.compared && after && /^\s*(?:của|trong|vào)?\s*$/u.test(plain.slice(f.span.end, after.span.start)) ? after : undefined;
    let period = m.yearBefore ? yearBefore(stated) : m.compared && inherited ? (own ? resolvePeriod(own.normal, publishedAt) : inherited.comparedTo) : stated;
    const next = figures[index + 1]?.sentence === f.sentence ? figures[index + 1]!.span.start : Infinity;
    const comparedAfter = roles.comparisons[firstPeriodFrom(roles.comparisons, f.span.end)];
    const comparison = comparedAfter && comparedAfter.span.start < next ? comparedAfter : undefined;
    const comparedTo = comparison ? resolvePeriod(comparison.normal, publishedAt) : null;

    // Whose.
    const metricAt = m.metric === null ? -1 : metricOffset(ctx, m.metric, f);
    const metricStart = metricAt >= (s?.start ?? 0) - 1 && metricAt !== -1 ? tokenIndexAt(ctx, metricAt) : p.first;
    // "việc tăng giá điện sẽ tác động đến tăng trưởng GDP là 0,166%": an effect on an indicator is no value of it.
    // "... là 0,1% và tăng trưởng GDP là 0,166%": the effect goes on to the figures joined to it.
    const joinedToEffect = effects.has(index - 1) && /^\s*(?:,\s*)?(?:và|,)\s/u.test(plain.slice(figures[index - 1]!.span.end, f.span.start));
    if (!inherited && (joinedToEffect || IMPACT_CUES.lastIn(tokens, clauseFrom, p.first) !== -1)) {
      effects.add(index);
      match = null;
    }
    // "70% tăng trưởng GDP của Việt Nam": a metric after its figure ends where its owner may start.
    const metricAfter = m.metric !== null && metricStart >= p.first ? ctx.plain.indexOf(m.metric.slice(1), f.span.start) : -1;
    const metricEnd = metricAfter === -1 ? p.first : tokenIndexAt(ctx, metricAfter + m.metric!.length - 1);
    // A count of places, firms or people is a country's or a body's, not a sector's ("63 tỉnh thành").
    const counted = f.unit === 'count' || f.unit === 'people';
    const near = holdersIn(f.sentence).filter((h) => h.first < p.after + 8 && !(counted && h.kind === 'sector'));
    const holders = near.filter((h) => !h.justice);
    while (conferenceAt < conferences.length && conferences[conferenceAt]!.span.start < f.span.start) lastConference = conferences[conferenceAt++]!.name;
    let subject: string | null = null;
    let subjectInferred = false;
    // "Đức (6,4%)", "Pháp (chiếm 6,8% ...)": a figure in parentheses after a name is that name's.
    const open = tokens[p.first - 1]?.text === '(' ? p.first - 1 : word(tokens, p.first - 1) === 'chiếm' && tokens[p.first - 2]?.text === '(' ? p.first - 2 : -1;
    const glossed = open === -1 ? undefined : holdersIn(f.sentence).find((h) => h.after === open && h.kind !== 'conference');
    // "Các nhà cung cấp chính của nước này là Trung Quốc (70%)": an item of a place's list is the pair's.
    const owner = glossed ? listOwner(ctx, p, glossed, holdersIn(f.sentence), referentIn(f.sentence)) : null;
    // "Thái Lan và Maldives (lần lượt là 125% và 58%)": each value of a series given in turn is its name's.
    const respective = glossed ? null : respectiveNames(ctx, p, figures, index)?.[index - seriesAround(ctx, figures, index).first];
    if (glossed) subject = owner === null ? glossed.name : `${owner} - ${glossed.name}`;
    else if (respective) subject = nameWithin(ctx, holdersIn(f.sentence), respective);
    else if (inherited) ({ subject, subjectInferred = false } = inherited);
    else if (!threshold) {
      const input: SubjectInput = { ctx, p, holders, sectors: sectorsIn(f.sentence), metricStart, metricEnd, indicator: match?.id ?? null, lastConference, previous: out[index - 1], previousDefaulted: defaulted.has(index - 1), referent: referentIn(f.sentence), persons: personsIn(f.sentence), people: peopleIn(f.sentence) };
      for (const rule of SUBJECT_RULES) if ((subject = rule.read(input)) !== null) break;
      // "UBND xã vẫn không hoàn trả số tiền": a body named by its head alone stands for the body of that head named last ("UBND
      // xã Lộc Hiệp"); "UBND TP", "UBND tỉnh" in an article about one province for that province's; otherwise ("Ban", "HĐQT")
      // it holds the figure unnamed, and no guess stands in for it.
      const bare = subject === null ? undefined : holders.find((h) => h.bare && h.name === subject);
      if (bare) subject = input.referent({ phrase: bare.name.toLowerCase(), kind: 'body' }, bare.first) ?? (atProvinceLevel(tokens, bare) ? soleProvince : null);
      const unnamedBody = bare !== undefined && subject === null;
      // The home country holds national indicators and counts no other holder claims; a company's
      // revenue or a project's cost with no holder named has no subject.
      const national = match !== null || f.unit === 'count' || f.unit === 'people';
      // "Sản lượng container thông qua đạt trên 80 triệu tấn": a sentence with no holder of its own
      // before the figure (a body it quotes, "Theo AFP,", is none; a place reporting its own figures is) continues the one
      // before it, and its figure is that sentence's topic's.
      const elided = !near.some((h) => h.first < p.first && (!isSource(ctx, h) || h.kind === 'province' || h.kind === 'country'));
      if (subject === null && previous && !unnamedBody) ({ subject, subjectInferred } = previous);
      subject ??= elided && !unnamedBody ? topicBefore(f.sentence) : null;
      // "Hoàng Quân chậm bàn giao căn hộ" over the article: a figure no sentence gives a holder is
      // most likely the title's, a guess like the home country's.
      if (subject === null && !unnamedBody && (subject = titleTopic()) !== null) subjectInferred = true;
      // Two-way trade ("thương mại hai chiều") is a pair's: no one country holds it.
      const bilateral = BILATERAL.lastIn(tokens, metricStart, p.first) !== -1;
      if (bilateral && subject !== null && !subject.includes(' - ')) subject = null;
      // A case the police or a court handles is no national statistic.
      const policed = near.some((h) => h.justice && h.first < p.first);
      if (subject === null && m.metric !== null && national && !bilateral && !policed && !unnamedBody) {
        subject = home;
        defaulted.add(index);
        // A national statistic's holder goes without saying; a count's or an investment's is a guess.
        const core = match === null ? null : coreIndicator(match.id, unitKind(f.unit, f.unitText));
        subjectInferred = core === null || !NATIONAL_INDICATOR_IDS.has(core);
      }
    }

    // "nhập siêu từ Trung Quốc giảm 5,3 tỷ USD", "Mỹ áp thuế lên 200 tỷ USD hàng hoá Trung Quốc": a flow between two places is
    // the pair's, the other place never its only holder.
    const partner = m.metric === null || subject?.includes(' - ') ? undefined : flowPartner(ctx, p, holders, metricStart);
    if (partner) {
      // "Mỹ và Trung Quốc leo thang ... Đây là kế hoạch áp thuế lên 300 tỉ USD hàng hoá Trung Quốc": the holder carried from a
      // sentence before is a place too.
      const place = (name: string) => name === home || places.has(name) || holders.some((h) => h.name === name && h.kind === 'self');
      const holder = subject === null || subject === partner.name ? (partner.name === home ? null : home) : subject;
      if (holder !== null && holder !== partner.name && place(holder)) subject = `${holder} - ${partner.name}`;
    }

    // "Chính phủ đặt mục tiêu GDP tăng 6,5-6,7%": the nation's government or assembly, unnamed, sets the nation's
    // figures; it holds only its own counts ("25 thành viên Chính phủ").
    if (subject !== null && !counted && NATIONAL_BODIES.has(subject)) subject = home;
    // "Bắc Kinh trả đũa bằng thuế 25% với 60 tỷ USD hàng nhập khẩu": the capital stands for its state.
    if (subject !== null) subject = stateOfCapital(subject) ?? subject;
    // "xã An Phú" is in many provinces: a local unit is named with its province, from its address or the article's only one.
    const local = subject === null ? undefined : holdersIn(f.sentence).find((h) => h.local && h.name === subject);
    const province = local?.province ?? soleProvince;
    if (local && province) subject = `${subject} (${province})`;

    // "Dự án Thuỷ điện Huội Quảng ... tăng vốn 5.768 tỉ đồng": the capital of a project is investment.
    // "Dự án này ... do TISCO làm chủ đầu tư với tổng vốn hơn 3.800 tỷ đồng": so is capital in a sentence about a project.
    const aboutProject = projectNamedBy(f.sentence) <= p.first;
    if (match === null && !m.share && m.metric !== null && (subject !== null || aboutProject) && isProjectCapital(m.metric, subject ?? '', unitKind(f.unit, f.unitText), aboutProject)) {
      match = { id: 'investment', cue: m.metric };
    }

    // Planned, forecast or reported: cues since the figure before it in the sentence.
    // "vốn đầu tư cam kết đạt 334 tỉ USD": a cue inside what the figure measures names the measure, no plan.
    const measured = metricAt === -1 || metricAt < (s?.start ?? 0) ? null : { first: tokenIndexAt(ctx, metricAt), after: tokenIndexAt(ctx, metricAt + m.metric!.length - 1) + 1 };
    let status = readStatus(ctx, clauseFrom, p.first, period, publishedAt, measured);
    if (status === 'actual' && prevInSentence && prevInSentence.status !== 'actual' && !plain.slice(prevInSentence.span.end, f.span.start).includes(';')) status = prevInSentence.status;
    // "Hiện chúng ta xuất nhập khẩu trên 400 tỉ USD/năm, cần hướng tới ... 100%": a target is no stock up to now.
    if (status !== 'actual' && !governing && !previous && period === UP_TO_PRESENT) period = null;

    // "giảm 2% và 8,3%", "tăng 5%, 7% và 9%": the figures of a series after a change share it.
    const series = seriesAround(ctx, figures, index);
    const head = series.first < index ? out[series.first]! : null;
    // "tăng 6.812 tỉ đồng, tương đương 275,61 %": a figure restating a change states the same change.
    const restated = inherited !== null && /^[,(]?\s*(?:tương đương|tức)/u.test(plain.slice(inherited.span.end, f.span.start).trim().toLowerCase()) ? inherited : null;
    // "tăng cao nhất (153%), theo sau là Thái Lan và Maldives (lần lượt là 125% và 58%)": so do the values given in turn after it.
    const changed = [head, restated, respective ? inherited : null].find((x) => x && (x.change === 'increase' || x.change === 'decrease'));
    const change = f.change === 'level' && changed ? changed.change : f.change;

    out.push({
      ...f,
      change,
      metric: m.metric,
      indicator: match?.id ?? null,
      indicatorCue: match?.cue ?? null,
      subject,
      subjectInferred,
      period,
      periodText: governing?.text ?? null,
      comparedTo,
      status,
    });
    // A sector holds its own clause only: a sentence continuing this one ("Riêng ...") takes the
    // subject the sentence had before it.
    const sectorHeld = subject !== null && holdersIn(f.sentence).some((h) => (h.kind === 'sector' || h.local === true) && h.name === subject);
    const carried = sectorHeld ? (settled.get(f.sentence) ?? previous ?? { subject: null, subjectInferred: false }) : { subject, subjectInferred };
    settled.set(f.sentence, { period, subject: carried.subject, subjectInferred: carried.subjectInferred });
  }
  return withTitleRestatements(ctx, out, defaulted);
}

/** Whether a metric names goods ("hàng hoá nhập khẩu", "mặt hàng"). */
function isGoods(metric: string): boolean {
  const lower = metric.toLowerCase();
  return GOODS.phrases.some((g) => lower === g || lower.startsWith(`${g} `));
}

/** Whether the article's first sentence is a title line (a line break ends it). */
function opensWithTitle(ctx: ArticleContext): boolean {
  const first = ctx.sentences[0];
  return first !== undefined && /\n/u.test(ctx.plain.slice(first.end, first.end + 2));
}

/**
 * "Vướng giải toả 11,5 km đường, trả lãi vay 66 triệu USD mỗi năm": a title states its figures bare, and the body
 * restates them with their holder and period. A title figure takes what it lacks from its first restatement (the
 * same value and unit later in the article), and the holder it names over the home country given for want of one.
 */
function withTitleRestatements(ctx: ArticleContext, figures: FigureMention[], defaulted: ReadonlySet<number>): FigureMention[] {
  if (!opensWithTitle(ctx)) return figures;
  return figures.map((f, index) => {
    if (f.sentence !== 0) return f;
    const again = figures.find((g) => g.sentence > 0 && g.unit === f.unit && g.value === f.value && g.valueMax === f.valueMax);
    if (!again) return f;
    const measured = f.metric === null ? { metric: again.metric, indicator: again.indicator, indicatorCue: again.indicatorCue } : {};
    // A holder the body only guessed (the home country of a count) is no better than none.
    const unheld = f.subject === null || (defaulted.has(index) && again.subject !== null);
    const held = unheld && !again.subjectInferred ? { subject: again.subject, subjectInferred: false } : {};
    const dated = f.period === null ? { period: again.period, periodText: again.periodText } : {};
    return { ...f, ...measured, ...held, ...dated };
  });
}

const PROJECT_CAPITAL_KEYS: ReadonlySet<string> = new Set(PROJECT_CAPITAL_METRICS.map(indicatorKey));
const FDI_SCOPED_KEYS: ReadonlySet<string> = new Set(FDI_SCOPED_CAPITAL.map(indicatorKey));
const FDI_DISBURSED_KEYS = FDI_DISBURSED_WORDS.map(indicatorKey);
const FDI_SCOPE = new PhraseList(FDI_SCOPE_CUES);
const TOURISM_SCOPED_KEYS: ReadonlySet<string> = new Set(TOURISM_SCOPED_GUESTS.map(indicatorKey));
const TOURISM_SCOPE = new PhraseList(TOURISM_SCOPE_CUES);
const PROJECT_HEAD_KEYS = PROJECT_HEADS.phrases.map(indicatorKey);

/** Whether a money metric is the bare capital ("vốn", "tổng vốn") of a project holder ("dự án metro tuyến ..."), or in a sentence about a project. */
function isProjectCapital(metric: string, subject: string, kind: UnitKind, aboutProject: boolean): boolean {
  const holder = indicatorKey(subject);
  return kind === 'money' && PROJECT_CAPITAL_KEYS.has(indicatorKey(metric)) && (aboutProject || PROJECT_HEAD_KEYS.some((head) => holder.startsWith(`${head} `)));
}

/** A normalised period a year earlier ("2018-Q1" -> "2017-Q1", "rel:Y:Q1" -> "rel:Y-1:Q1"); null when it has no year. */
export function yearBefore(period: string | null): string | null {
  if (period === null) return null;
  if (/^rel:Y(?=$|:)/u.test(period)) return period.replace(/^rel:Y/u, 'rel:Y-1');
  if (!/^\d{4}/u.test(period) || period.includes('..')) return null;
  return period.replace(/\d{4}/gu, (y) => String(Number(y) - 1));
}

/** The core catalogue id of a figure's indicator for the gold-annotation shape. */
export function goldIndicator(f: Pick<FigureMention, 'indicator' | 'unit' | 'unitText'>): string | null {
  return f.indicator === null ? null : coreIndicator(f.indicator, unitKind(f.unit, f.unitText));
}
