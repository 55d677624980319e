import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/domain/extract/dates.js';
import { splitSentences } from '../../../src/domain/text/sentences.js';
import { normalizeText } from '../../../src/domain/text/normalize.js';
import { bothForms } from './helpers.js';

function dates(text: string, publishedAt?: string) {
  const { plain } = normalizeText(text);
  return extractDates(plain, splitSentences(plain), publishedAt).map(({ text: t, date, partial, yearInferred, partOfDay }) => ({ t, date, partial, yearInferred, partOfDay }));
}

describe('dates mentioned', () => {
  const text = 'Sáng 18/12 , tại Hà_Nội , Bộ Ngoại_giao tổ_chức hội_nghị . Ngày 2/4/2024 , Thủ_tướng chủ_trì phiên họp . Từ tháng 7-2016 , quan_hệ căng_thẳng .';
  for (const [form, t] of bothForms(text)) {
    it(`resolves a day without a year against the publication date (${form})`, () => {
      expect(dates(t, '2024-01-05')).toEqual([
        { t: 'Sáng 18/12', date: '2023-12-18', partial: false, yearInferred: true, partOfDay: 'sáng' },
        { t: 'Ngày 2/4/2024', date: '2024-04-02', partial: false, yearInferred: false, partOfDay: null },
        { t: 'tháng 7-2016', date: '2016-07', partial: true, yearInferred: false, partOfDay: null },
      ]);
    });
    it(`keeps a day without a year partial when the publication date is unknown (${form})`, () => {
      expect(dates(t)[0]).toEqual({ t: 'Sáng 18/12', date: null, partial: true, yearInferred: false, partOfDay: 'sáng' });
    });
  }

  it('reads "ngày 30-3", "ngày 2 tháng 9 năm 1945" and refuses impossible days and bare ranges', () => {
    expect(dates('Ngày 30-3 , đoàn tới . Ngày 2 tháng 9 năm 1945 là ngày Quốc_khánh . Ngày 31/2 không có . Lãi_suất 6-7 % .', '2019-04-01')).toEqual([
      { t: 'Ngày 30-3', date: '2019-03-30', partial: false, yearInferred: true, partOfDay: null },
      { t: 'Ngày 2 tháng 9 năm 1945', date: '1945-09-02', partial: false, yearInferred: false, partOfDay: null },
    ]);
  });
});
