import { describe, expect, it } from 'vitest';
import { bothForms, extract } from './helpers.js';

const meetings = (text: string) => {
  const byKey = new Map<string, { name: string; edition: unknown }>();
  for (const e of extract(text).entities.filter((x) => x.kind === 'conference')) byKey.set(e.key, { name: e.name, edition: e.attributes?.['edition'] });
  return [...byKey.values()];
};

describe('conferences', () => {
  const cases: [string, { name: string; edition: number | null }[]][] = [
    ['Tại Kỳ_họp thứ 8 Quốc_hội khóa XV , các đại_biểu thảo_luận về ngân_sách .', [{ name: 'Kỳ họp thứ 8 Quốc hội khóa XV', edition: 8 }]],
    ['Đại_hội đại_biểu toàn_quốc lần thứ XIII của Đảng đã thành_công tốt_đẹp .', [{ name: 'Đại hội đại biểu toàn quốc lần thứ XIII', edition: 13 }]],
    ['Diễn_đàn Kinh_tế Việt_Nam lần thứ bảy thu_hút nhiều chuyên_gia .', [{ name: 'Diễn đàn Kinh tế Việt Nam lần thứ bảy', edition: 7 }]],
    ['Hội_nghị Cấp_cao ASEAN lần thứ 43 khai_mạc hôm_nay . Tại hội_nghị , các nhà lãnh_đạo thông_qua tuyên_bố chung .', [{ name: 'Hội nghị Cấp cao ASEAN lần thứ 43', edition: 43 }]],
    ['Hội_nghị Xúc_tiến đầu_tư tỉnh Long_An lần 3 diễn ra sáng nay . Hội_nghị Xúc_tiến đầu_tư thu_hút nhiều nhà đầu_tư .', [{ name: 'Hội nghị Xúc tiến đầu tư tỉnh Long An lần 3', edition: 3 }]],
    ['Hội_nghị Trung_ương lần thứ 8 và Hội_nghị Trung_ương lần thứ 9 đã bàn về kinh_tế .', [{ name: 'Hội nghị Trung ương lần thứ 8', edition: 8 }, { name: 'Hội nghị Trung ương lần thứ 9', edition: 9 }]],
    ['Việt_Nam đã cam_kết mạnh_mẽ tại COP 26 về giảm phát_thải .', [{ name: 'COP 26', edition: null }]], // the number names the meeting: no "lần thứ" edition
    ['Cuộc cách_mạng công_nghiệp lần thứ tư mở ra nhiều cơ_hội .', []],
    ['Các doanh_nghiệp tổ_chức nhiều diễn_đàn , hội_thảo để quảng_bá sản_phẩm .', []],
  ];
  for (const [segmented, expected] of cases) {
    for (const [form, text] of bothForms(segmented)) {
      it(`${expected.map((e) => e.name).join(' + ') || 'none'} (${form})`, () => {
        expect(meetings(text)).toEqual(expected);
      });
    }
  }
});
