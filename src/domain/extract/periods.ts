// The periods a sentence names, normalised, and the role each plays.
//
// Normal forms (the gold conventions): "2017", "2018-Q1", "2018-03", "2018-01..2018-10",
// "2016..2020", "..2017" (up to the end of 2017), "2023-01.." (from January 2023 on). A period
// the text gives without its year is relative to the article's date: "rel:Y" (this year),
// "rel:Y-1", "rel:Y+1", "rel:P3Y" (the last three years), "rel:P10M", "rel:Y:01..10",
// "rel:Y:Q1", "rel:Y:03", "rel:Y:..03-20", "rel:.." (up to now); a day "2018-07-25", "rel:Y:08-23", a range of days
// "rel:Y:07-17..07-24", from a day on "2018-07-01..". resolvePeriod turns a relative
// form into an absolute one when the publication date is known.
//
// Each rule reads the lowercased sentence; a period after "so với" or "cùng kỳ" is a comparison,
// after "kể từ" a starting point ("cao nhất kể từ năm 2008"): neither is the figure's period. A day is the
// period of what happened on it ("Ngày 23-8, Công ty khai thác 3,27 ha"), not a deadline ("trước ngày 30-10") nor the day a
// report came out ("thông báo ngày 15-4").
import type { Span } from '../types.js';
import {
  COMPARISON_BEFORE, COUNT_WORDS, CUMULATIVE_BEFORE, DAY_BOUND_BEFORE, DAY_REPORTED_BEFORE, PARTS_OF_DAY, PER_DAY_COUNTS, ROMAN_QUARTERS, SINCE_BEFORE,
} from './lexicon/periods.js';

/** A day is also a deadline ("trước ngày 30-10") or the day a report came out ("công bố ngày 12-7"): no period of a figure. */
export type PeriodRole = 'period' | 'comparison' | 'since' | 'bound' | 'reported';

export interface PeriodMention {
  span: Span;
  text: string;
  /** Normal form; relative ("rel:...") when the text gives no year. */
  normal: string;
  role: PeriodRole;
  /** The single day of an event ("sáng 4-11"): a figure's period only when no other period of its sentence governs it. */
  day: boolean;
}

const Y = String.raw`((?:19|20)\d\d)`;
/** Count words ("ba", "mười"), as alternatives; also in a lookbehind: "ba năm trước" is no last year. */
const COUNTS = [...COUNT_WORDS.keys()].join('|');
const N = String.raw`(\d{1,2}|${COUNTS})`;
const END = String.raw`(?![\p{L}\p{M}\p{N}])`;
const pad = (n: number) => String(n).padStart(2, '0');
const count = (word: string) => (/^\d+$/.test(word) ? Number(word) : (COUNT_WORDS.get(word) ?? NaN));
const month = (m: string | undefined) => {
  const n = Number(m);
  return n >= 1 && n <= 12 ? n : null;
};

/** Month `m` and day `d` as "MM-DD"; null when they name no day of the calendar. */
function monthDay(d: string | undefined, m: string | undefined): string | null {
  const [day, mo] = [Number(d), month(m)];
  return mo === null || !(day >= 1 && day <= 31) ? null : `${pad(mo)}-${pad(day)}`;
}

/** A day of a year, or of the article's year when `year` is undefined. */
const dayOf = (md: string, year: string | undefined) => (year === undefined ? `rel:Y:${md}` : `${year}-${md}`);

/** "23-8", "25/7/2018", "16 tháng 4 năm 2014": a day (groups: day, month, year). */
const DAY = String.raw`(\d{1,2})[/-](\d{1,2})(?:[/-]${Y})?`;
const PART = String.raw`(?:(?:${PARTS_OF_DAY.join('|')}) )?`;

/** Months m1..m2 of a year (or of the article's year when `year` is undefined). */
function months(m1: number, m2: number, year: string | undefined): string {
  if (year === undefined) return m1 === 1 && m2 === 12 ? 'rel:Y' : `rel:Y:${pad(m1)}..${pad(m2)}`;
  if (m1 === 1 && m2 === 12) return year;
  return m1 === m2 ? `${year}-${pad(m1)}` : `${year}-${pad(m1)}..${year}-${pad(m2)}`;
}

interface PeriodRule {
  name: string;
  pattern: RegExp;
  /** The normal form of a match; null when the match is no period after all. */
  read: (m: RegExpExecArray) => string | null;
  /** The match is the single day of an event (see PeriodMention.day). */
  day?: true;
}

/** The rules, most specific first: where two match at one place, the longer match wins. */
const RULES: readonly PeriodRule[] = [
  {
    name: 'day range ("từ ngày 17-7 đến 24-7", "từ ngày 30-6-2017 đến ngày 13-11-2017", "từ ngày 15 đến 26-2")',
    pattern: new RegExp(String.raw`từ ${PART}ngày (\d{1,2})(?:[/-](\d{1,2})(?:[/-]${Y})?)? (?:đến|tới)(?: hết)? ${PART}(?:ngày )?${DAY}${END}`, 'gu'),
    read: (m) => {
      const [from, to] = [monthDay(m[1], m[2] ?? m[5]), monthDay(m[4], m[5])];
      if (from === null || to === null) return null;
      // A year written once, after either day, is both days' ("từ ngày 30-6-2017 đến ngày 13-11").
      const [y1, y2] = [m[3] ?? m[6], m[6] ?? m[3]];
      if (y2 === undefined) return from < to ? `rel:Y:${from}..${to}` : null;
      return `${y1}-${from}` < `${y2}-${to}` ? `${y1}-${from}..${y2}-${to}` : null;
    },
  },
  {
    name: 'from a month to a day ("từ tháng 10-2015 đến ngày 29-1-2016")',
    pattern: new RegExp(String.raw`từ tháng (\d{1,2})(?: ?(?:/|-|năm) ?${Y})? (?:đến|tới)(?: hết)? ${PART}ngày ${DAY}${END}`, 'gu'),
    read: (m) => {
      const [from, to] = [month(m[1]), monthDay(m[3], m[4])];
      if (from === null || to === null) return null;
      if (m[5] === undefined) return m[2] === undefined ? `rel:Y:${pad(from)}..${to}` : null;
      return `${m[2] ?? m[5]}-${pad(from)}..${m[5]}-${to}`;
    },
  },
  {
    name: 'from a day on ("áp dụng từ ngày 1-7-2018", "từ ngày 1-9", "bắt đầu từ 1/6")',
    pattern: new RegExp(String.raw`(?:(?<!kể )từ ${PART}ngày |bắt đầu từ (?:${PART}ngày )?)${DAY}${END}`, 'gu'),
    read: (m) => {
      const md = monthDay(m[1], m[2]);
      return md === null ? null : `${dayOf(md, m[3])}..`;
    },
  },
  {
    name: 'year range ("giai đoạn 2016-2020", "từ năm 2012 tới 2017")',
    pattern: new RegExp(String.raw`(?:(?:giai đoạn|thời kỳ|niên khóa|niên khoá) |từ )(?:năm )?${Y} ?(?:-|–|đến|tới|đến năm|tới năm) ?${Y}${END}`, 'gu'),
    read: (m) => (Number(m[1]) < Number(m[2]) ? `${m[1]}..${m[2]}` : null),
  },
  {
    name: 'year to date ("từ đầu năm 2018 đến hết tháng 10", "từ đầu năm đến nay")',
    pattern: new RegExp(String.raw`từ đầu năm(?: (?:nay|${Y}))? (?:đến|tới)(?: hết| cuối)? (?:tháng (\d{1,2})|nay|hiện nay|hiện tại|thời điểm này)${END}`, 'gu'),
    read: (m) => {
      const to = month(m[2]);
      if (m[2] !== undefined && to === null) return null;
      if (to !== null) return months(1, to, m[1]);
      return m[1] ? `${m[1]}-01..` : 'rel:Y:01..';
    },
  },
  {
    name: 'since a year until now ("từ năm 2008 đến nay")',
    pattern: new RegExp(String.raw`(?:kể )?từ (?:năm )?${Y} (?:đến|tới) (?:nay|hiện nay|hiện tại)${END}`, 'gu'),
    read: (m) => `${m[1]}..`,
  },
  {
    name: 'from a year or a month on ("áp dụng từ năm 2011", "từ tháng 4-2015", "từ tháng 9"; "kể từ" is a starting point, below)',
    pattern: new RegExp(String.raw`(?<!kể )từ (?:năm ${Y}|tháng (\d{1,2})(?: ?(?:/|-|năm) ?${Y})?)${END}`, 'gu'),
    read: (m) => {
      if (m[1] !== undefined) return `${m[1]}..`;
      const mo = month(m[2]);
      if (mo === null) return null;
      return m[3] ? `${m[3]}-${pad(mo)}..` : `rel:Y:${pad(mo)}..`;
    },
  },
  {
    name: 'from a month until now ("tính từ đầu tháng 5 đến giờ", "từ tháng 3 đến nay", "từ cuối tháng 7/2018 đến nay")',
    pattern: new RegExp(String.raw`từ (?:đầu |cuối |giữa |khoảng )?tháng (\d{1,2})(?: ?(?:/|-|năm) ?${Y})? (?:đến|tới) (?:nay|giờ|bây giờ|hiện nay|hiện tại)${END}`, 'gu'),
    read: (m) => {
      const mo = month(m[1]);
      if (mo === null) return null;
      return m[2] ? `${m[2]}-${pad(mo)}..` : `rel:Y:${pad(mo)}..`;
    },
  },
  {
    name: 'months of a year written as a range ("từ tháng 1-5/2018")',
    pattern: new RegExp(String.raw`tháng (\d{1,2}) ?[-–] ?(\d{1,2}) ?/ ?${Y}${END}`, 'gu'),
    read: (m) => {
      const [a, b] = [month(m[1]), month(m[2])];
      return a !== null && b !== null && a < b ? months(a, b, m[3]) : null;
    },
  },
  {
    name: 'month range ("từ tháng 4 đến tháng 6 năm 2018", "từ tháng 5-2018 đến tháng 4-2019")',
    pattern: new RegExp(String.raw`từ tháng (\d{1,2})(?:(?:/|-| năm )${Y})? (?:đến|tới)(?: hết)? tháng (\d{1,2})(?:(?:/|-| năm )${Y})?${END}`, 'gu'),
    read: (m) => {
      const [a, b] = [month(m[1]), month(m[3])];
      if (a === null || b === null) return null;
      // A year written once, after either month, is both months'.
      const [y1, y2] = [m[2] ?? m[4], m[4] ?? m[2]];
      if (y1 === y2) return a <= b ? months(a, b, y1) : null;
      return `${y1}-${pad(a)}` < `${y2}-${pad(b)}` ? `${y1}-${pad(a)}..${y2}-${pad(b)}` : null;
    },
  },
  {
    name: 'two months in a row ("trong tháng 5 và tháng 6-2007")',
    pattern: new RegExp(String.raw`tháng (\d{1,2}) (?:và|,) tháng (\d{1,2})(?:(?:/|-| năm )${Y})?${END}`, 'gu'),
    read: (m) => {
      const [a, b] = [month(m[1]), month(m[2])];
      return a !== null && b === a + 1 ? months(a, b, m[3]) : null;
    },
  },
  {
    name: 'first or last months ("10 tháng đầu năm 2018", "6 tháng cuối năm", "9 tháng năm 2017")',
    pattern: new RegExp(String.raw`${N} tháng(?: (đầu|cuối))?(?: năm)?(?: (nay|${Y}))?${END}`, 'gu'),
    read: (m) => {
      const n = count(m[1]!);
      if (!(n >= 1 && n <= 12) || (!m[2] && !m[3])) return null;
      const [m1, m2] = m[2] === 'cuối' ? [13 - n, 12] : [1, n];
      return months(m1, m2, m[4]);
    },
  },
  {
    name: 'half year ("nửa đầu năm 2019")',
    pattern: new RegExp(String.raw`nửa (đầu|cuối|sau) năm(?: (nay|${Y}))?${END}`, 'gu'),
    read: (m) => (m[1] === 'đầu' ? months(1, 6, m[3]) : months(7, 12, m[3])),
  },
  {
    name: 'quarter ("quý I/2018", "quý 3 năm 2018", "quý IV")',
    pattern: new RegExp(String.raw`quý (iv|iii|ii|i|1|2|3|4)(?: ?(?:/|-|năm) ?${Y})?${END}`, 'gu'),
    read: (m) => {
      const q = ROMAN_QUARTERS.get(m[1]!)!;
      return m[2] ? `${m[2]}-Q${q}` : `rel:Y:Q${q}`;
    },
  },
  {
    name: 'cumulative up to a date ("tính đến 20-3", "tính đến ngày 20/3/2018", "tới ngày 30-9", "số liệu cập nhật tới 17h45 chiều 23-12")',
    pattern: new RegExp(String.raw`(?:(?:tính|lũy kế|luỹ kế|cập nhật) (?:đến|tới)(?: hết)?(?: \d{1,2}h\d{0,2})? ${PART}(?:ngày )?|(?<![\p{L}\p{M}])(?:đến|tới)(?: hết)? ngày )${DAY}${END}`, 'gu'),
    read: (m) => {
      const [d, mo] = [Number(m[1]), month(m[2])];
      if (mo === null || d < 1 || d > 31) return null;
      return m[3] ? `..${m[3]}-${pad(mo)}-${pad(d)}` : `rel:Y:..${pad(mo)}-${pad(d)}`;
    },
  },
  {
    name: 'up to a month or year ("tính đến hết năm 2017", "lũy kế đến cuối tháng 10/2018", "đến năm 2020")',
    pattern: new RegExp(String.raw`(tính |lũy kế |luỹ kế |cộng dồn )?(?:đến|tới) (hết |cuối )?(?:năm |tháng (\d{1,2}) ?(?:/|-|năm) ?)?${Y}${END}`, 'gu'),
    read: (m) => {
      // "đến năm 2020 đạt 300 tỷ USD" is the value of that year; "tính đến", "lũy kế", "hết" sum up to it.
      const upTo = m[1] !== undefined || m[2] !== undefined ? '..' : '';
      if (m[3] === undefined) return `${upTo}${m[4]}`;
      const mo = month(m[3]);
      return mo === null ? null : `${upTo}${m[4]}-${pad(mo)}`;
    },
  },
  {
    name: 'cumulative up to now ("lũy kế đến nay", "từ trước đến nay")',
    pattern: /(?:lũy kế|luỹ kế|cộng dồn)(?: (?:đến|tới) (?:nay|hiện nay|thời điểm này))?(?![\p{L}\p{M}])|từ trước (?:đến|tới) nay(?![\p{L}\p{M}])/gu,
    read: () => 'rel:..',
  },
  {
    name: 'a day ("Ngày 23-8", "sáng 4-11", "hôm 3-11", "khoảng 11h ngày 25/7/2018", "ngày 16 tháng 4 năm 2014")',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${PARTS_OF_DAY.join('|')}|hôm|ngày)(?: ngày| hôm)? (?:${DAY}|(\d{1,2}) tháng (\d{1,2})(?: năm ${Y})?)${END}(?! (?:${PER_DAY_COUNTS.join('|')})${END})`, 'gu'),
    read: (m) => {
      const md = monthDay(m[1] ?? m[4], m[2] ?? m[5]);
      return md === null ? null : dayOf(md, m[3] ?? m[6]);
    },
    day: true,
  },
  {
    name: 'month ("tháng 3/2018", "tháng 10 năm 2017", "tháng 10")',
    pattern: new RegExp(String.raw`(?<!ngày \d{1,2} )tháng (\d{1,2})(?: ?(?:/|-|năm) ?${Y})?${END}`, 'gu'),
    read: (m) => {
      const mo = month(m[1]);
      if (mo === null) return null;
      return m[2] ? `${m[2]}-${pad(mo)}` : `rel:Y:${pad(mo)}`;
    },
  },
  {
    name: 'year ("năm 2017", "cả năm 2017", "năm tài khóa 2018", "năm tài chính 2018")',
    pattern: new RegExp(String.raw`năm(?: tài khóa| tài khoá| tài chính| ngân sách)? ${Y}${END}`, 'gu'),
    read: (m) => m[1]!,
  },
  {
    name: 'the last N years or months ("3 năm qua", "10 tháng qua", "trong ba năm", "trong 2 tháng liền")',
    pattern: new RegExp(String.raw`(?:${N} (năm|tháng) (?:qua|vừa qua|gần đây|trở lại đây|gần nhất)|trong ${N} (năm|tháng)(?! (?:tới|sau|đầu|cuối|nay|qua|ngoái|trước))(?: liền| liên tiếp)?)${END}`, 'gu'),
    read: (m) => {
      const n = count((m[1] ?? m[3])!);
      if (!(n >= 1)) return null;
      return `rel:P${n}${(m[2] ?? m[4]) === 'năm' ? 'Y' : 'M'}`;
    },
  },
  {
    name: 'the next N years ("5 năm tới")',
    pattern: new RegExp(String.raw`${N} năm (?:tới|sắp tới|tiếp theo)${END}`, 'gu'),
    read: (m) => {
      const n = count(m[1]!);
      return n >= 1 ? `rel:N${n}Y` : null;
    },
  },
  {
    name: 'a month of this or last year ("tháng 6 năm ngoái", "tháng 3 năm nay")',
    pattern: /tháng (\d{1,2}) năm (nay|ngoái|trước)(?![\p{L}\p{M}])/gu,
    read: (m) => {
      const mo = month(m[1]);
      return mo === null ? null : `rel:Y${m[2] === 'nay' ? '' : '-1'}:${pad(mo)}`;
    },
  },
  {
    name: 'up to now, opening a clause or counted ("Đến nay, ...", "tính đến nay", "cho tới nay"; not "từ khi nhập viện đến nay")',
    pattern: /(?:(?<=^|, )|(?:tính|cho) )(?:đến|tới) (?:nay|hiện nay)(?![\p{L}\p{M}])/gu,
    read: () => 'rel:..',
  },
  {
    name: 'this, last and next year ("năm nay", "năm ngoái", "năm qua", "năm tới"; not "5 năm trước", "nhiều năm qua")',
    pattern: new RegExp(String.raw`(?<!(?:\d|${COUNTS}|nhiều|mấy|những|các) )năm (nay|này|ngoái|trước|rồi|qua|vừa qua|tới|sau|kế tiếp)(?![\p{L}\p{M}])`, 'gu'),
    read: (m) => {
      switch (m[1]) {
        case 'nay':
        case 'này':
          return 'rel:Y';
        case 'ngoái':
        case 'trước':
        case 'rồi':
          return 'rel:Y-1';
        case 'qua':
        case 'vừa qua':
          return 'rel:P1Y';
        default:
          return 'rel:Y+1';
      }
    },
  },
  {
    name: 'the same period of the year before ("cùng kỳ", "cùng kỳ năm trước")',
    pattern: /cùng kỳ(?: năm (?:trước|ngoái))?(?![\p{L}\p{M}\p{N}])(?! năm \d)/gu,
    read: () => 'rel:Y-1',
  },
];

/** Lowercase without changing offsets (Vietnamese letters lowercase one unit to one unit). */
function lowerInPlace(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/** What the words before a period make of it. */
function roleOf(before: string, text: string, day: boolean): PeriodRole {
  if (text.startsWith('cùng kỳ') || COMPARISON_BEFORE.test(before)) return 'comparison';
  if (SINCE_BEFORE.test(before)) return 'since';
  if (day && DAY_BOUND_BEFORE.test(before)) return 'bound';
  if (day && DAY_REPORTED_BEFORE.test(before)) return 'reported';
  return 'period';
}

/** The periods of one sentence (`text` from offset `offset` of the article), in text order, not overlapping. */
export function findPeriods(text: string, offset: number): PeriodMention[] {
  const lower = lowerInPlace(text);
  if (lower === null) return [];
  const found: { start: number; end: number; normal: string; day: boolean }[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of lower.matchAll(rule.pattern)) {
      // A match that begins with a space (an optional word left out) starts at its first word.
      const lead = m[0].length - m[0].trimStart().length;
      const normal = rule.read(m);
      if (normal !== null) found.push({ start: m.index + lead, end: m.index + m[0].length, normal, day: rule.day === true });
    }
  }
  // Longest first, then leftmost: a range beats the years inside it.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: PeriodMention[] = [];
  for (const f of found) {
    let free = true;
    for (let k = f.start; k < f.end && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    const before = lower.slice(Math.max(0, f.start - 24), f.start);
    const mentionText = text.slice(f.start, f.end);
    kept.push({
      span: { start: offset + f.start, end: offset + f.end },
      text: mentionText,
      normal: CUMULATIVE_BEFORE.test(before) && /^\d{4}$/.test(f.normal) ? `..${f.normal}` : f.normal,
      role: roleOf(before, lower.slice(f.start, f.end), f.day),
      day: f.day,
    });
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/** The publication date's year and month, when it is given ("2018-11-02", "2018-11"). */
function published(publishedAt: string | null | undefined): { year: number; month: number | null } | null {
  const m = publishedAt ? /^(\d{4})(?:-(\d{2}))?/.exec(publishedAt.trim()) : null;
  if (!m) return null;
  const mo = m[2] ? Number(m[2]) : null;
  return { year: Number(m[1]), month: mo !== null && mo >= 1 && mo <= 12 ? mo : null };
}

/**
 * A normal form made absolute by the publication date ("rel:Y" in a 2018 article is "2018");
 * unchanged when it is absolute already or the date is unknown.
 */
export function resolvePeriod(normal: string, publishedAt: string | null | undefined): string {
  const p = published(publishedAt);
  if (!p || !normal.startsWith('rel:')) return normal;
  const y = p.year;
  const rel = normal.slice(4);
  let m: RegExpExecArray | null;
  if (rel === 'Y') return String(y);
  if ((m = /^Y([+-]\d+)$/.exec(rel))) return String(y + Number(m[1]));
  if ((m = /^P(\d+)Y$/.exec(rel))) return Number(m[1]) === 1 ? String(y) : `${y - Number(m[1]) + 1}..${y}`;
  if ((m = /^N(\d+)Y$/.exec(rel))) return `${y + 1}..${y + Number(m[1])}`;
  if ((m = /^P(\d+)M$/.exec(rel)) && p.month !== null) {
    const end = y * 12 + p.month - 1;
    const start = end - Number(m[1]) + 1;
    return `${Math.floor(start / 12)}-${pad((start % 12) + 1)}..${y}-${pad(p.month)}`;
  }
  if (rel === '..') return `..${y}`;
  if ((m = /^Y:(.*)$/.exec(rel))) {
    const part = m[1]!;
    if (part.startsWith('..')) return `..${y}-${part.slice(2)}`;
    if (/^Q[1-4]$/.test(part)) return `${y}-${part}`;
    // Months or days, a range of them, or from one on: "07", "01..10", "08-23", "07-17..07-24", "09-01..".
    const range = /^(\d\d(?:-\d\d)?)(?:\.\.(\d\d(?:-\d\d)?)?)?$/.exec(part);
    if (range) return range[2] ? `${y}-${range[1]}..${y}-${range[2]}` : part.endsWith('..') ? `${y}-${range[1]}..` : `${y}-${range[1]}`;
  }
  return normal;
}

/** First and last calendar year a normal form covers, when it names them. */
export function periodYears(normal: string | null): { yearFrom: number | null; yearTo: number | null } {
  if (normal === null || normal.startsWith('rel:')) return { yearFrom: null, yearTo: null };
  const [from, to] = normal.includes('..') ? normal.split('..') : [normal, normal];
  const year = (s: string | undefined) => (s ? Number(s.slice(0, 4)) : null);
  return { yearFrom: year(from), yearTo: year(to) };
}
