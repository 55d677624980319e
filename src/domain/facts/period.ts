// The time a figure covers, as a key that lets articles meet on one period.
//
// "năm 2023", "Năm 2023" and "cả năm 2023" are one period; so are "quý I/2023" and "quý 1 năm 2023",
// "ba năm qua" and "3 năm qua". Relative periods ("năm nay", "3 năm qua", "quý I") are anchored on
// the publication date when it is known, so that "năm nay" in a 2023 article meets "năm 2023".
// Key shapes: "2023", "2021..2023", "2023-Q1", "2023-H1", "2023-M10", "2023-M01..09"; a period that
// runs up to the publication date is anchored on its month ("2023-YTD@2023-09", "3 tháng qua@2023-02")
// so that two such periods meet only when written in the same month. Without a publication date a
// relative period keeps a canonical wording ("3 năm qua", "từ đầu năm đến nay") or a yearless shape
// ("Q1", "H2", "M01..09"), with no years.
import { toneKey } from '../text/keys.js';
import { UNIT_WORDS } from '../extract/lexicon/numbers.js';

export interface PeriodKey {
  /** Canonical comparison key: equal keys = same period ("2023", "2021..2023", "2023-Q1", "2023-H1", "2023-M01..09", or for relative periods that cannot be anchored, a canonical relative text such as "3 năm qua"). */
  key: string;
  /** First and last calendar year the period covers, when known. */
  yearFrom: number | null;
  yearTo: number | null;
}

/** The publication date as written: the calendar date of the article, no time zone arithmetic. */
interface Published {
  year: number;
  month: number | null;
  day: number | null;
}

function parsePublished(publishedAt: string | null): Published | null {
  const m = publishedAt ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedAt.trim()) : null;
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  return {
    year: Number(m[1]),
    month: month !== null && month >= 1 && month <= 12 ? month : null,
    day: day !== null && day >= 1 && day <= 31 ? day : null,
  };
}

// Number words: units from the extractor's lexicon, with the tens and hundreds that periods use
// ("mười hai tháng", "hai mươi năm qua", "một trăm năm").
const TEN = 'mười';
const TENS = 'mươi';
const HUNDRED = 'trăm';
const TIME_UNITS: ReadonlySet<string> = new Set(['năm', 'tháng', 'quý', 'tuần', 'ngày', 'thập']);

interface NumberReading {
  value: number;
  next: number;
}

/**
 * The readings of number words from `at`, longest first: "mười năm" is 15 or 10 (then "năm" is
 * the year word), so the caller takes the longest one that a time unit follows.
 */
function readUnder100(words: readonly string[], at: number): NumberReading[] {
  const digit = (w: string | undefined) => (w === undefined || w === TEN ? undefined : UNIT_WORDS.get(w));
  const first = words[at];
  const lead = digit(first);
  let tens: NumberReading;
  if (first === TEN) tens = { value: 10, next: at + 1 };
  else if (lead !== undefined && words[at + 1] === TENS) tens = { value: lead * 10, next: at + 2 };
  else return lead === undefined ? [] : [{ value: lead, next: at + 1 }];
  const ones = digit(words[tens.next]);
  return ones === undefined ? [tens] : [{ value: tens.value + ones, next: tens.next + 1 }, tens];
}

function readNumberWords(words: readonly string[], at: number): NumberReading[] {
  const heads = readUnder100(words, at);
  const head = heads[heads.length - 1];
  if (!head || head.value >= 10 || words[head.next] !== HUNDRED) return heads;
  const hundreds = { value: head.value * 100, next: head.next + 1 };
  const skip = words[hundreds.next] === 'linh' || words[hundreds.next] === 'lẻ' ? 1 : 0;
  const rests = readUnder100(words, hundreds.next + skip).map((r) => ({ value: hundreds.value + r.value, next: r.next }));
  return [...rests, hundreds, ...heads];
}

/** Number words before a time unit as digits: "ba năm qua" -> "3 năm qua", "năm năm tới" -> "5 năm tới". */
function numberWordsToDigits(text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let k = 0; k < words.length; ) {
    // "năm qua": "năm" is the year itself, not five, unless a time unit follows it.
    const n = readNumberWords(words, k).find((r) => TIME_UNITS.has(words[r.next] ?? ''));
    if (n) {
      out.push(String(n.value));
      k = n.next;
    } else {
      out.push(words[k]!);
      k++;
    }
  }
  return out.join(' ');
}

const QUARTER_WORDS: ReadonlyMap<string, string> = new Map([['một', '1'], ['nhất', '1'], ['hai', '2'], ['ba', '3'], ['bốn', '4'], ['tư', '4']]);

/** toneKey form with one spelling of dashes, digits for number words and no leading zeros. */
function canonicalText(period: string): string {
  let text = toneKey(period)
    .replace(/[.,;:!?"“”()]+$/u, '')
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/(?<![\p{L}\p{M}])quí(?![\p{L}\p{M}])/gu, 'quý')
    .trim();
  text = numberWordsToDigits(text)
    .replace(/(?<![\p{L}\p{M}\p{N}])0+(\d)/gu, '$1')
    .replace(/quý (một|nhất|hai|ba|bốn|tư)(?![\p{L}\p{M}])/u, (_, w: string) => `quý ${QUARTER_WORDS.get(w)}`)
    // "một thập kỷ qua" is "10 năm qua".
    .replace(/(?:(\d+) )?thập (?:kỷ|kỉ|niên)/u, (_, n: string | undefined) => `${Number(n ?? 1) * 10} năm`)
    .replace(/^(?:trong suốt|trong|vào|suốt|tính) /u, '')
    .replace(/^cả (năm \d{4})$/u, '$1');
  return text;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ROMAN_QUARTERS: ReadonlyMap<string, number> = new Map([['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4]]);
const isYear = (y: number) => y >= 1000 && y <= 2999;

const yearOnly = (year: number): PeriodKey => ({ key: String(year), yearFrom: year, yearTo: year });
const years = (from: number, to: number): PeriodKey =>
  from === to ? yearOnly(from) : { key: `${from}..${to}`, yearFrom: from, yearTo: to };
const unanchored = (key: string): PeriodKey => ({ key, yearFrom: null, yearTo: null });

/** Months m1..m2 of one year in the shortest shape: the year, a quarter, a half, a month or a month range. */
function monthsShape(m1: number, m2: number, wholeYear: string): string {
  if (m1 === 1 && m2 === 12) return wholeYear;
  if (m1 === m2) return `M${pad(m1)}`;
  if (m2 - m1 === 2 && m1 % 3 === 1) return `Q${(m1 + 2) / 3}`;
  if (m1 === 1 && m2 === 6) return 'H1';
  if (m1 === 7 && m2 === 12) return 'H2';
  return `M${pad(m1)}..${pad(m2)}`;
}

/**
 * The year of a part of a year written without one ("quý IV", "6 tháng cuối năm"): of the
 * publication year and the year before, the one whose months lie nearest the publication month,
 * the publication year on a tie. A year-end review in January speaks of last year's fourth quarter.
 */
function nearestYear(m1: number, m2: number, published: Published): number {
  if (published.month === null) return published.year;
  const at = published.year * 12 + published.month;
  const distance = (year: number) => {
    const start = year * 12 + m1;
    const end = year * 12 + m2;
    return at < start ? start - at : at > end ? at - end : 0;
  };
  return distance(published.year - 1) < distance(published.year) ? published.year - 1 : published.year;
}

function monthRange(m1: number, m2: number, year: number | null, published: Published | null): PeriodKey {
  if (year === null && published === null) return unanchored(monthsShape(m1, m2, 'M01..12'));
  const y = year ?? nearestYear(m1, m2, published!);
  const shape = monthsShape(m1, m2, '');
  return { key: shape ? `${y}-${shape}` : String(y), yearFrom: y, yearTo: y };
}

/**
 * The year "năm qua" and "N năm qua" end with: the publication year, except in January and
 * February, when articles look back on the year just ended.
 */
const lastYear = (p: Published) => (p.month !== null && p.month <= 2 ? p.year - 1 : p.year);

const monthStamp = (p: Published) => `${p.year}-${pad(p.month!)}`;

/** Calendar years of a span of `count` units before (or after) the publication date. */
function spanYears(p: Published, unit: string, count: number, back: boolean): [number, number] {
  const sign = back ? -1 : 1;
  let other: number;
  if (unit === 'tháng') {
    other = Math.floor((p.year * 12 + (p.month! - 1) + sign * count) / 12);
  } else {
    const days = (unit === 'tuần' ? 7 : 1) * count * sign;
    other = new Date(Date.UTC(p.year, p.month! - 1, p.day ?? 1) + days * 86_400_000).getUTCFullYear();
  }
  return back ? [other, p.year] : [p.year, other];
}

const Y = String.raw`(\d{4})`;
const BACK = 'qua|vừa qua|gần đây|trở lại đây|gần nhất';
const AHEAD = 'tới|sắp tới|tiếp theo';

type Rule = readonly [RegExp, (m: RegExpExecArray, p: Published | null) => PeriodKey | null];

/** Readings of a canonical period text, tried in order; a reading that returns null passes. */
const RULES: readonly Rule[] = [
  // "năm 2023", "2023"
  [new RegExp(`^(?:năm )?${Y}$`), (m) => (isYear(Number(m[1])) ? yearOnly(Number(m[1])) : null)],
  // "giai đoạn 2021-2025", "từ năm 2020 đến 2023"
  [
    new RegExp(`^(?:giai đoạn |thời kỳ |từ )?(?:năm )?${Y}(?:-| đến | tới )(?:năm )?${Y}$`),
    (m) => {
      const [from, to] = [Number(m[1]), Number(m[2])];
      return isYear(from) && isYear(to) && from <= to ? years(from, to) : null;
    },
  ],
  // "quý I/2023", "quý 1 năm 2023", "quý IV"
  [
    new RegExp(`^quý (i|ii|iii|iv|1|2|3|4)(?:(?:/|-| năm | )${Y})?$`),
    (m, p) => {
      const q = ROMAN_QUARTERS.get(m[1]!)!;
      return monthRange(q * 3 - 2, q * 3, m[2] ? Number(m[2]) : null, p);
    },
  ],
  // "nửa đầu năm 2019", "nửa cuối năm"
  [
    new RegExp(`^nửa (đầu|cuối|sau)(?: năm)?(?: (nay|${Y}))?$`),
    (m, p) => {
      const [m1, m2] = m[1] === 'đầu' ? [1, 6] : [7, 12];
      if (m[2] === 'nay') return p ? monthRange(m1, m2, p.year, p) : unanchored(monthsShape(m1, m2, ''));
      return monthRange(m1, m2, m[3] ? Number(m[3]) : null, p);
    },
  ],
  // "9 tháng đầu năm 2023", "6 tháng cuối năm", "10 tháng năm 2018" (the first ten months)
  [
    new RegExp(`^(\\d{1,2}) tháng(?: (đầu|cuối))?(?: năm)?(?: (nay|${Y}))?$`),
    (m, p) => {
      const n = Number(m[1]);
      if (n < 1 || n > 12 || (!m[2] && !m[3])) return null;
      const [m1, m2] = m[2] === 'cuối' ? [13 - n, 12] : [1, n];
      if (m[3] === 'nay') return p ? monthRange(m1, m2, p.year, p) : unanchored(monthsShape(m1, m2, 'M01..12'));
      return monthRange(m1, m2, m[4] ? Number(m[4]) : null, p);
    },
  ],
  // "tháng 10/2023", "tháng 10 năm 2023", "10/2023"
  [
    new RegExp(`^(?:tháng (\\d{1,2})(?:(?:/|-| năm )${Y})?|(\\d{1,2})/${Y})$`),
    (m, p) => {
      const month = Number(m[1] ?? m[3]);
      const year = m[2] ?? m[4];
      return month >= 1 && month <= 12 ? monthRange(month, month, year ? Number(year) : null, p) : null;
    },
  ],
  // "từ đầu năm (2023) đến nay": up to the publication month.
  [
    new RegExp(`^(?:từ )?đầu năm(?: nay| ${Y})? (?:đến|tới) (?:nay|hiện nay|hiện tại)$`),
    (m, p) => {
      const stated = m[1] ? Number(m[1]) : null;
      // A publication date before the stated year cannot be the "nay" of the text.
      const now = p && (stated === null || stated <= p.year) ? p : null;
      const from = stated ?? now?.year;
      if (from === undefined) return unanchored('từ đầu năm đến nay');
      const key = now?.month ? `${from}-YTD@${monthStamp(now)}` : `${from}-YTD`;
      return { key, yearFrom: from, yearTo: now ? now.year : null };
    },
  ],
  // "năm nay", "năm ngoái", "năm qua", "năm tới"
  [
    /^(?:năm nay|cả năm|cả năm nay)$/u,
    (_, p) => (p ? yearOnly(p.year) : unanchored('năm nay')),
  ],
  [/^(?:năm ngoái|năm trước|năm rồi)$/u, (_, p) => (p ? yearOnly(p.year - 1) : unanchored('năm ngoái'))],
  [/^(?:năm qua|năm vừa qua)$/u, (_, p) => (p ? yearOnly(lastYear(p)) : unanchored('năm qua'))],
  [/^(?:năm tới|năm sau|năm kế tiếp)$/u, (_, p) => (p ? yearOnly(p.year + 1) : unanchored('năm tới'))],
  // "3 năm qua": the last three calendar years up to and including the year it ends with
  // (see lastYear), so that a 2023 article's "3 năm qua" meets "giai đoạn 2021-2023".
  [
    new RegExp(`^(\\d+) năm (?:${BACK})$`),
    (m, p) => {
      const n = Number(m[1]);
      if (n < 1) return null;
      if (!p) return unanchored(n === 1 ? 'năm qua' : `${n} năm qua`);
      const to = lastYear(p);
      return years(to - n + 1, to);
    },
  ],
  // "5 năm tới": the next five calendar years after the publication year.
  [
    new RegExp(`^(\\d+) năm (?:${AHEAD})$`),
    (m, p) => {
      const n = Number(m[1]);
      if (n < 1) return null;
      if (!p) return unanchored(n === 1 ? 'năm tới' : `${n} năm tới`);
      return years(p.year + 1, p.year + n);
    },
  ],
  // "3 tháng qua", "2 tuần tới": not calendar periods; anchored on the publication month.
  [
    new RegExp(`^(\\d+) (tháng|tuần|ngày) (${BACK}|${AHEAD})$`),
    (m, p) => {
      const [n, unit] = [Number(m[1]), m[2]!];
      if (n < 1) return null;
      const back = new RegExp(`^(?:${BACK})$`).test(m[3]!);
      const text = `${n} ${unit} ${back ? 'qua' : 'tới'}`;
      if (!p || p.month === null) return unanchored(text);
      const [from, to] = spanYears(p, unit, n, back);
      return { key: `${text}@${monthStamp(p)}`, yearFrom: from, yearTo: to };
    },
  ],
  // "tháng này", "tháng trước", "tháng tới"
  [
    /^tháng (này|trước|tới|sau)$/u,
    (m, p) => {
      if (!p || p.month === null) return unanchored(`tháng ${m[1] === 'sau' ? 'tới' : m[1]}`);
      const at = p.year * 12 + (p.month - 1) + (m[1] === 'này' ? 0 : m[1] === 'trước' ? -1 : 1);
      const year = Math.floor(at / 12);
      return { key: `${year}-M${pad((at % 12) + 1)}`, yearFrom: year, yearTo: year };
    },
  ],
];

/**
 * Comparable key of a figure's period, anchored on `publishedAt` (ISO date or datetime) when the
 * period is relative. Null for a missing period. A text no rule reads keeps its canonical wording
 * as key, with the years it names.
 */
export function periodKey(period: string | null, publishedAt: string | null): PeriodKey | null {
  if (period === null) return null;
  const text = canonicalText(period);
  if (text === '') return null;
  const published = parsePublished(publishedAt);
  for (const [pattern, read] of RULES) {
    const m = pattern.exec(text);
    const key = m ? read(m, published) : null;
    if (key) return key;
  }
  // A duration ("6 tháng", "18 tháng" of a sentence) or an unusual wording: equal texts meet.
  const named = [...text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return named.length
    ? { key: text, yearFrom: Math.min(...named), yearTo: Math.max(...named) }
    : unanchored(text);
}
