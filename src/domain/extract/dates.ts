// Dates an article mentions ("sáng 18/12", "ngày 2/4/2024", "ngày 30-3", "tháng 11-2018"), resolved
// against the publication date when one is known. A date without a year is resolved to the year
// that puts it nearest the publication date; without a publication date it stays partial.
import type { DateMention, Sentence } from '../types.js';
import { isDigitAt, isSpaceAt } from '../text/chars.js';
import { isSurrogateAt, matchesAt } from '../text/matches-at.js';
import { sentenceAt } from '../text/sentences.js';

const PART_OF_DAY = String.raw`(?:(sáng|trưa|chiều|tối|đêm|rạng sáng)\s+(?:nay\s+|qua\s+)?)?`;
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])` +
    String.raw`(?:${PART_OF_DAY}(?:ngày|hôm)\s+|${PART_OF_DAY.slice(0, -1)}(?=\S))?` +
    String.raw`(\d{1,2})\s?([/-])\s?(\d{1,2})(?:\4((?:19|20)\d\d))?(?![\p{L}\p{N}/-])`,
  // Sticky: tried only where a match can begin (see dayMonthStarts and matches-at.ts).
  'iuy',
);
const MAX_LEAD_WORDS = 4; // "rạng sáng nay ngày"

/**
 * Offsets where a DAY_MONTH match can begin, ascending: every match holds "d/m" or "d-m" and
 * begins at its first digit or in the MAX_LEAD_WORDS words before it.
 */
function dayMonthStarts(plain: string): number[] {
  const starts: number[] = [];
  for (let k = 1; k < plain.length; k++) {
    const c = plain.charCodeAt(k);
    if (c !== 0x2f && c !== 0x2d) continue; // "/", "-"
    // (\d{1,2})\s?[/-]: the day's last digit is before the separator, maybe with a space between.
    const last = isSpaceAt(plain, k - 1) ? k - 2 : k - 1;
    if (!isDigitAt(plain, last)) continue;
    const first = isDigitAt(plain, last - 1) ? last - 1 : last;
    // Lead words end in a space before the day; the match may begin anywhere in them (after "(").
    let leadStart = first;
    for (let words = 0; words < MAX_LEAD_WORDS && isSpaceAt(plain, leadStart - 1); words++) {
      while (isSpaceAt(plain, leadStart - 1)) leadStart--;
      while (leadStart > 0 && !isSpaceAt(plain, leadStart - 1)) leadStart--;
    }
    for (let p = leadStart; p <= last; p++) {
      if (!isSurrogateAt(plain, p)) starts.push(p);
    }
  }
  return starts.sort((a, b) => a - b);
}

const WORDED = /(?<![\p{L}\p{N}])(?:ngày\s+)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d\d))?(?![\p{L}\p{N}])/giu;
const MONTH_YEAR = /(?<![\p{L}\p{N}])tháng\s+(\d{1,2})\s?[/-]\s?((?:19|20)\d\d)(?![\p{L}\p{N}])/giu;

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The year that puts day/month nearest the publication date (an article reports the recent past or near future). */
function nearestYear(month: number, day: number, published: Date): number | null {
  const year = published.getUTCFullYear();
  let best: number | null = null;
  let distance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    if (!validDay(y, month, day)) continue;
    const d = Math.abs(Date.UTC(y, month - 1, day) - published.getTime());
    if (d < distance) {
      distance = d;
      best = y;
    }
  }
  return best;
}

function parsePublished(publishedAt: string | null | undefined): Date | null {
  if (!publishedAt) return null;
  const d = new Date(publishedAt);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function extractDates(plain: string, sentences: readonly Sentence[], publishedAt?: string | null): DateMention[] {
  const published = parsePublished(publishedAt);
  const out: DateMention[] = [];
  // Characters already part of a date: a match is short, so checking its own characters keeps the
  // whole pass linear (a list of the dates taken grows with the text and made it quadratic).
  const taken = new Uint8Array(plain.length);
  const isFree = (start: number, end: number) => {
    for (let k = start; k < end; k++) if (taken[k] === 1) return false;
    return true;
  };
  const add = (start: number, end: number, day: number | null, month: number, year: number | null, partOfDay: string | null) => {
    if (month < 1 || month > 12 || !isFree(start, end)) return;
    if (day !== null && !validDay(year ?? 2000, month, day)) return;
    let resolvedYear = year;
    if (resolvedYear === null && published && day !== null) resolvedYear = nearestYear(month, day, published);
    if (resolvedYear === null && published && day === null) resolvedYear = published.getUTCFullYear();
    const date = resolvedYear === null ? null : day === null ? `${resolvedYear}-${pad(month)}` : `${resolvedYear}-${pad(month)}-${pad(day)}`;
    taken.fill(1, start, end);
    out.push({
      text: plain.slice(start, end),
      span: { start, end },
      sentence: sentenceAt(sentences, start),
      day,
      month,
      year,
      partOfDay,
      date,
      partial: date === null || day === null,
      yearInferred: year === null && resolvedYear !== null,
    });
  };

  for (const m of plain.matchAll(WORDED)) add(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null, null);
  for (const m of matchesAt(DAY_MONTH, plain, dayMonthStarts(plain))) {
    const partOfDay = (m[1] ?? m[2] ?? null)?.toLowerCase() ?? null;
    const [day, month] = [Number(m[3]), Number(m[5])];
    // "6-7" without "ngày" or a year is as likely a range of numbers as a date.
    const hasMarker = /^(?:sáng|trưa|chiều|tối|đêm|rạng|ngày|hôm)/iu.test(m[0]) || m[6] !== undefined || m[4] === '/';
    if (!hasMarker) continue;
    add(m.index, m.index + m[0].length, day, month, m[6] ? Number(m[6]) : null, partOfDay);
  }
  for (const m of plain.matchAll(MONTH_YEAR)) add(m.index, m.index + m[0].length, null, Number(m[1]), Number(m[2]), null);
  return out.sort((a, b) => a.span.start - b.span.start);
}
