import { describe, expect, it } from 'vitest';
import { findMatches, snippet, type Match } from '../../../src/domain/text/search.js';

const found = (text: string, query: string) =>
  findMatches(text, query).map((m) => ({ words: text.slice(m.start, m.end), exact: m.exact }));

describe('findMatches: accent-insensitive, exact when the accents agree', () => {
  const text = 'Sáng nay, Hà Nội đón đoàn đại biểu.';

  it.each([
    ['Hà Nội', true],
    ['hà nội', true],
    ['HÀ NỘI', true],
    ['Hà_Nội', true],
    ['Hà Nội'.normalize('NFD'), true],
    ['  hà   nội ', true],
    ['ha noi', false],
    ['HA NOI', false],
    ['Ha_Noi', false],
    ['hạ nội', false],
  ])('%j finds "Hà Nội" (exact: %s)', (query, exact) => {
    expect(found(text, query)).toEqual([{ words: 'Hà Nội', exact }]);
  });

  it.each([
    ['Người dân Đà Nẵng đi bầu cử.', 'da nang', 'Đà Nẵng', false],
    ['Người dân Đà Nẵng đi bầu cử.', 'Đà_Nẵng', 'Đà Nẵng', true],
    ['ĐÀ NẴNG chuẩn bị lễ hội pháo hoa.', 'đà nẵng', 'ĐÀ NẴNG', true],
    ['Hai bên ký thỏa thuận hợp tác.', 'thoả thuận', 'thỏa thuận', true],
    ['Hai bên ký thoả thuận hợp tác.', 'thỏa_thuận', 'thoả thuận', true],
    ['Ủy ban nhân dân tỉnh họp.', 'uỷ ban', 'Ủy ban', true],
    ['Tỉnh Thừa Thiên - Huế có mưa lớn.', 'thua thien hue', 'Thừa Thiên - Huế', false],
    ['Giá đất ở TP.HCM tăng.', 'tp hcm', 'TP.HCM', true],
    ['Năm nay miền Nam mưa nhiều.', 'nam', 'Năm', false],
    ['Kim ngạch đạt 683 tỷ USD.', '683 tỷ', '683 tỷ', true],
  ])('%s / %j -> %s (exact: %s)', (text, query, words, exact) => {
    expect(found(text, query)[0]).toEqual({ words, exact });
  });

  it('tells the accented word apart from its folded neighbours', () => {
    expect(found('Năm nay miền Nam mưa nhiều.', 'Nam')).toEqual([
      { words: 'Năm', exact: false },
      { words: 'Nam', exact: true },
    ]);
  });

  it.each([
    ['Hà Nộii', 'hà nội'],
    ['Hà Nội', 'hà nộ'],
    ['Xuất khẩu Hà Nội', 'uất khẩu'],
    ['thành phố Hà\nNội', 'hà nội'],
    ['Hà Nội', 'nội hà'],
    ['Hà Nội', ''],
    ['Hà Nội', ' _ - '],
  ])('whole words only: %j has no %j', (text, query) => {
    expect(findMatches(text, query)).toEqual([]);
  });

  it('finds every occurrence, in order and without overlap', () => {
    const text = 'Hà Nội, ha noi và HÀ NỘI; hà nội hà nội.';
    const matches = findMatches(text, 'hà nội');
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Hà Nội', 'ha noi', 'HÀ NỘI', 'hà nội', 'hà nội']);
    expect(matches.map((m) => m.exact)).toEqual([true, false, true, true, true]);
    expect(findMatches('a a a a a', 'a a')).toHaveLength(2);
  });

  it('gives UTF-16 offsets into the text as given', () => {
    const text = 'Ông Nguyễn Văn An (Đà Nẵng) 😀 nói về Đà Nẵng.';
    const matches = findMatches(text, 'da nang');
    expect(matches.map((m) => [m.start, m.end])).toEqual([
      [text.indexOf('Đà Nẵng'), text.indexOf('Đà Nẵng') + 'Đà Nẵng'.length],
      [text.lastIndexOf('Đà Nẵng'), text.lastIndexOf('Đà Nẵng') + 'Đà Nẵng'.length],
    ]);
  });

  it('is fast on a long article', () => {
    const sentence = 'Thành phố Hà Nội và tỉnh Quảng Ninh ký thỏa thuận hợp tác phát triển du lịch năm 2024. ';
    const text = sentence.repeat(Math.ceil(20_000 / sentence.length));
    const t0 = performance.now();
    const matches = findMatches(text, 'thoả thuận hợp tác');
    const elapsed = performance.now() - t0;
    expect(matches).toHaveLength(Math.ceil(20_000 / sentence.length));
    expect(matches.every((m) => m.exact)).toBe(true);
    expect(elapsed).toBeLessThan(200);
  });
});

describe('snippet', () => {
  const filler = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
  const long = `${filler(60, 'mở đầu')}. Chính phủ đã ký thỏa thuận với Hà Nội về giao thông. ${filler(60, 'kết thúc')}.`;
  const marked = (s: { text: string; highlights: { start: number; end: number }[] }) =>
    s.highlights.map((h) => s.text.slice(h.start, h.end));

  it('shows a short text whole, with every match highlighted', () => {
    const text = 'Hà Nội và ha noi.';
    const s = snippet(text, findMatches(text, 'Hà Nội'));
    expect(s.text).toBe(text);
    expect(marked(s)).toEqual(['Hà Nội', 'ha noi']);
  });

  it.each([
    ['start', `Hà Nội ${filler(80, 'tin tức')}.`, 'Hà Nội', false, true],
    ['middle', long, 'Hà Nội', true, true],
    ['end', `${filler(80, 'tin tức')} tại Hà Nội.`, 'Hà Nội', true, false],
  ])('cuts a long text around a match at the %s, between words', (_where, text, query, cutBefore, cutAfter) => {
    const s = snippet(text, findMatches(text, query), 120);
    expect(s.text.length).toBeLessThanOrEqual(120);
    expect(s.text.startsWith('…')).toBe(cutBefore);
    expect(s.text.endsWith('…')).toBe(cutAfter);
    expect(marked(s)).toEqual(['Hà Nội']);
    // Every word of the snippet is a whole word of the text.
    const words = new Set(text.match(/[\p{L}\p{N}]+/gu));
    for (const word of s.text.match(/[\p{L}\p{N}]+/gu) ?? []) expect(words.has(word)).toBe(true);
    expect(text.replace(/\s+/g, ' ')).toContain(s.text.replace(/^…|…$/g, ''));
  });

  it('prefers an exact match over an earlier folded one', () => {
    const text = `Ha Noi ${filler(80, 'tin tức')} Hà Nội ${filler(80, 'tin tức')}`;
    const s = snippet(text, findMatches(text, 'Hà Nội'), 100);
    expect(marked(s)).toEqual(['Hà Nội']);
    expect(s.text.startsWith('…')).toBe(true);
  });

  it('holds as many matches as fit', () => {
    const text = `${filler(40, 'tin tức')} Hà Nội mưa, Hà Nội lạnh, Hà Nội đẹp. ${filler(40, 'tin tức')}`;
    const matches = findMatches(text, 'ha noi');
    expect(marked(snippet(text, matches, 80))).toEqual(['Hà Nội', 'Hà Nội', 'Hà Nội']);
    expect(snippet(text, matches, 20)).toEqual({ text: '…Hà Nội mưa, Hà Nội…', highlights: [{ start: 1, end: 7 }, { start: 13, end: 19 }] });
    expect(marked(snippet(text, matches, 16))).toEqual(['Hà Nội']);
  });

  it('is the start of the text without matches', () => {
    const s = snippet(long, [], 50);
    expect(s.highlights).toEqual([]);
    expect(s.text.startsWith('mở đầu')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(50);
  });

  it('collapses line ends and keeps highlights aligned', () => {
    const text = `Tin chính.\n\nThủ tướng đến Hà Nội.\n${filler(50, 'tiếp theo')}`;
    const s = snippet(text, findMatches(text, 'ha noi'), 60);
    expect(s.text).not.toContain('\n');
    expect(marked(s)).toEqual(['Hà Nội']);
  });

  it('clips a match longer than the window', () => {
    const text = `${filler(30, 'xa')} ${filler(40, 'Hà Nội')} ${filler(30, 'xa')}`;
    const match: Match = { start: text.indexOf('Hà'), end: text.lastIndexOf('Nội') + 3, exact: true };
    const s = snippet(text, [match], 50);
    expect(s.text.length).toBeLessThanOrEqual(50);
    expect(s.highlights).toHaveLength(1);
    expect(s.text.startsWith('…Hà Nội')).toBe(true);
  });
});
