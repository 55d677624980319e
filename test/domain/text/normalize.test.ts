import { describe, expect, it } from 'vitest';
import { isSegmented, normalizeText, toOriginalSpan } from '../../../src/domain/text/normalize.js';

const SEGMENTED =
  'Phát_biểu khai_mạc Hội_nghị Ngoại_vụ toàn_quốc lần thứ 12 tại Đà_Nẵng sáng 5/3 , Thứ_trưởng Ngoại_giao Lê_Văn_An cho biết " kết_quả rất đáng khích_lệ " , kim_ngạch tăng 12,5 % .';
const PLAIN =
  'Phát biểu khai mạc Hội nghị Ngoại vụ toàn quốc lần thứ 12 tại Đà Nẵng sáng 5/3, Thứ trưởng Ngoại giao Lê Văn An cho biết "kết quả rất đáng khích lệ", kim ngạch tăng 12,5%.';

describe('isSegmented', () => {
  it.each([
    [SEGMENTED, true],
    [PLAIN, false],
    ['Xem thêm tại https://example.vn/bai_viet_moi và trang chủ của báo điện tử hôm nay.', false],
    ['', false],
  ])('%#: %s', (text, expected) => {
    expect(isSegmented(text)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('undoes word segmentation and tokenizer spacing', () => {
    const result = normalizeText(SEGMENTED);
    expect(result.segmented).toBe(true);
    expect(result.plain).toBe(PLAIN);
  });

  it('leaves plain text as it is', () => {
    expect(normalizeText(PLAIN).plain).toBe(PLAIN);
  });

  it('composes NFD into NFC and maps spans back into the NFD original', () => {
    const nfd = PLAIN.normalize('NFD');
    const result = normalizeText(nfd);
    expect(result.plain).toBe(PLAIN);
    const start = result.plain.indexOf('Đà Nẵng');
    const original = toOriginalSpan(result, start, start + 'Đà Nẵng'.length);
    expect(nfd.slice(original.start, original.end)).toBe('Đà Nẵng'.normalize('NFD'));
  });

  it('maps every span of a segmented text back to the same words', () => {
    const result = normalizeText(SEGMENTED);
    for (const phrase of ['Lê Văn An', 'Hội nghị Ngoại vụ toàn quốc lần thứ 12', '12,5%', 'kết quả rất đáng khích lệ']) {
      const start = result.plain.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      const original = toOriginalSpan(result, start, start + phrase.length);
      const back = SEGMENTED.slice(original.start, original.end);
      expect(back.replace(/_/g, ' ').replace(/ %/g, '%')).toBe(phrase);
    }
  });

  it('turns CRLF and CR line ends into LF and drops a BOM and trailing spaces', () => {
    const result = normalizeText('\ufeffTiêu đề  \r\nDòng một\rDòng hai\r\n');
    expect(result.plain).toBe('Tiêu đề\nDòng một\nDòng hai');
    expect(result.starts.length).toBe(result.plain.length + 1);
  });

  it('is idempotent', () => {
    const once = normalizeText(SEGMENTED).plain;
    expect(normalizeText(once).plain).toBe(once);
  });
});

describe('normalizeText joins', () => {
  it('records where a segmenter joined syllables into one word, and nothing in plain text', () => {
    const text = normalizeText(SEGMENTED);
    const joined = text.joins.map((at) => `${text.plain.slice(text.plain.lastIndexOf(' ', at - 1) + 1, at)}_${text.plain.slice(at + 1).split(/[ ,."]/)[0]}`);
    expect(joined).toEqual(expect.arrayContaining(['Phát_biểu', 'Hội_nghị', 'Đà_Nẵng', 'Lê_Văn', 'Văn_An', 'khích_lệ']));
    for (const at of text.joins) expect(text.plain[at]).toBe(' ');
    expect(normalizeText(PLAIN).joins).toEqual([]);
  });
});
