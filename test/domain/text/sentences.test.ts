import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../../src/domain/text/sentences.js';

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
