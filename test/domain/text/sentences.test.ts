import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, sentenceAt, splitSentences } from '../../../src/domain/text/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Hội nghị diễn ra tại TP. Hồ Chí Minh sáng nay. Đại biểu đã thảo luận.', ['Hội nghị diễn ra tại TP. Hồ Chí Minh sáng nay.', 'Đại biểu đã thảo luận.']],
    ['Buổi lễ diễn ra sáng 18/12. Ảnh: Thông tấn xã', ['Buổi lễ diễn ra sáng 18/12.', 'Ảnh: Thông tấn xã']],
    ['Tăng trưởng đạt 6,5 %. Lạm phát được kiểm soát.', ['Tăng trưởng đạt 6,5 %.', 'Lạm phát được kiểm soát.']],
    ['Ông nói: "Chúng tôi sẽ làm tốt hơn." Sau đó ông rời đi.', ['Ông nói: "Chúng tôi sẽ làm tốt hơn."', 'Sau đó ông rời đi.']],
    ['PGS. TS. Nguyễn Văn Bình phát biểu. Ông cảm ơn.', ['PGS. TS. Nguyễn Văn Bình phát biểu.', 'Ông cảm ơn.']],
    ['Tổng thống J. Smith đến Hà Nội. Chuyến thăm kéo dài hai ngày.', ['Tổng thống J. Smith đến Hà Nội.', 'Chuyến thăm kéo dài hai ngày.']],
    ['Xuất khẩu đạt 14.8 tỷ USD, tăng mạnh', ['Xuất khẩu đạt 14.8 tỷ USD, tăng mạnh']],
    ['Dòng một\nDòng hai không có dấu chấm\n\nDòng ba.', ['Dòng một', 'Dòng hai không có dấu chấm', 'Dòng ba.']],
  ])('%#', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('indexes sentences in order and finds the one holding an offset', () => {
    const text = 'Câu một. Câu hai. Câu ba.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(sentenceAt(sentences, text.indexOf('hai'))).toBe(1);
    expect(sentenceAt(sentences, text.indexOf('ba'))).toBe(2);
  });
});

describe('splitSentences on runs without a full stop', () => {
  it('cuts a sentence longer than MAX_SENTENCE_LENGTH after a clause mark, losing no text', () => {
    const text = `${'xuất khẩu năm 2023 đạt 5 tỷ USD, '.repeat(400)}kết thúc.`;
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(text.slice(s.start, s.end)).toMatch(/(?:,|\.)$/);
    }
    // Only the spaces between pieces are left out.
    expect(sentences.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('cuts at the bound when there is no clause mark, never inside a surrogate pair', () => {
    const text = `a${'😀'.repeat(3000)}`;
    const sentences = splitSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(text.slice(s.start, s.end)).not.toMatch(/[\ud800-\udfff]/u);
    }
  });

  it('leaves real sentences whole', () => {
    const sentence = `Theo báo cáo, ${'kim ngạch xuất khẩu tăng mạnh, '.repeat(40)}đạt kỷ lục.`;
    expect(sentence.length).toBeLessThan(MAX_SENTENCE_LENGTH);
    expect(texts(sentence)).toEqual([sentence]);
  });
});
