import type { Span } from '../types.js';

// Where the title and the author's byline sit in an article's plain text.
//
// Most articles put the title on the first line and may end with the author's name on a line of
// its own, sometimes followed by page furniture ("Xem nhiều nhất"). Some sources deliver the whole
// article as one line; there the title runs into the first sentence, which usually opens with a
// title of office, a time or a place word.

export interface ArticleLayout {
  title: Span | null;
  byline: Span | null;
}

const MAX_TITLE = 300;
// Words that typically open an article's first sentence and seldom end a headline.
const LEAD_OPENERS =
  /^(Bộ trưởng|Thủ tướng|Phó Thủ tướng|Chủ tịch|Phó Chủ tịch|Tổng Bí thư|Tổng thống|Bí thư|Thứ trưởng|Đại sứ|Giám đốc|Theo|Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Hôm qua|Tại|Trong|Năm|Tuần|Sau|Chiều tối|Đêm|Vừa qua|Mới đây|Ông|Bà|Đồng chí|Ngoại giao kinh tế|Phát biểu)\b/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(start, end).trim()) out.push({ start, end });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** A short run of capitalised words with no punctuation: how a byline looks ("Thanh Tâm"). */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w));
}

function findSingleLineTitle(text: string, line: Span): Span | null {
  const words = [...text.slice(line.start, line.end).matchAll(/\S+/g)];
  for (let i = 3; i < Math.min(words.length, 40); i++) {
    const word = words[i]!;
    const prev = words[i - 1]![0];
    if (/[.!?:;,"]$/.test(prev)) return null; // the first sentence has begun without a break
    const rest = text.slice(line.start + word.index, line.end);
    if (LEAD_OPENERS.test(rest)) return { start: line.start, end: line.start + word.index - 1 };
  }
  return null;
}

export function findLayout(text: string): ArticleLayout {
  const all = lines(text);
  if (all.length === 0) return { title: null, byline: null };
  let title: Span | null = null;
  let byline: Span | null = null;

  if (all.length === 1) {
    const only = all[0]!;
    title = findSingleLineTitle(text, only);
    // The byline of a one-line article is its last "sentence": a bare name after the final period.
    const tail = /[.!?…"”]\s+([^.!?…"”]{2,40})$/u.exec(text.slice(only.start, only.end));
    if (tail && looksLikeName(tail[1]!)) {
      const end = only.end;
      byline = { start: end - tail[1]!.length, end };
    }
    return { title, byline };
  }

  // A first line of one or two words followed by a longer one is a section label ("Chính sách").
  let first = all[0]!;
  const firstWords = text.slice(first.start, first.end).trim().split(/\s+/).length;
  if (firstWords <= 2 && all[1] && all[1].end - all[1].start > first.end - first.start) first = all[1];
  if (first.end - first.start <= MAX_TITLE) title = first;

  // The byline is the last name-shaped line among the last few, past the middle of the article.
  for (let i = all.length - 1; i >= Math.max(1, all.length - 8); i--) {
    const line = all[i]!;
    if (line.start < text.length / 2) break;
    if (looksLikeName(text.slice(line.start, line.end))) {
      byline = line;
      break;
    }
  }
  return { title, byline };
}
