import { describe, expect, it } from 'vitest';
import { bothForms, extract } from './helpers.js';

const provinces = (text: string) => [...new Set(extract(text).entities.filter((e) => e.kind === 'province').map((e) => e.name))];

describe('provinces in text', () => {
  const cases: [string, string[]][] = [
    ['Lãnh_đạo các tỉnh Long_An , Tiền_Giang và TP. Cần_Thơ đã ký biên_bản hợp_tác .', ['Long An', 'Tiền Giang', 'Cần Thơ']],
    ['Kim_ngạch xuất_khẩu của TP.HCM , Đồng_Nai và BR-VT tăng mạnh .', ['Hồ Chí Minh', 'Đồng Nai', 'Bà Rịa - Vũng Tàu']],
    ['Đoàn công_tác của tỉnh TT-Huế làm_việc tại Đắc_Lắc .', ['Thừa Thiên Huế', 'Đắk Lắk']],
    ['Giám_đốc Sở Ngoại_vụ Quảng_Ninh tiếp đoàn doanh_nghiệp .', ['Quảng Ninh']],
    ['UBND tỉnh Thanh_Hoá và UBND tỉnh Khánh_Hòa ký kết thỏa_thuận .', ['Thanh Hóa', 'Khánh Hòa']],
    ['Dự_án đi qua xã Bình_Dương , huyện Phù_Mỹ .', []],
    ['Công_an TP. Thái_Nguyên phối_hợp với phường Tân_Bình .', []],
    ['Các nước ven Thái_Bình_Dương tham_gia hiệp_định .', []],
    ['Ông Nguyễn_Thái_Bình phát_biểu tại hội_nghị .', []],
    ['Các tỉnh Tây_Nguyên và ĐBSCL đẩy_mạnh xuất_khẩu nông_sản .', []],
    ['Công_an thị_xã Quảng_Trị và Công_an tỉnh Quảng_Trị phối_hợp điều_tra .', ['Quảng Trị']],
  ];
  for (const [segmented, expected] of cases) {
    for (const [form, text] of bothForms(segmented)) {
      it(`${expected.join(', ') || 'none'} (${form}): ${text.slice(0, 40)}`, () => {
        expect(provinces(text)).toEqual(expected);
      });
    }
  }

  it('keys a province by scheme and code, with its successor', () => {
    const e = extract('Đoàn công tác làm việc tại tỉnh Bình Dương.').entities.find((x) => x.kind === 'province')!;
    expect(e).toMatchObject({ key: 'vn2008:74', name: 'Bình Dương', text: 'tỉnh Bình Dương' });
    expect(e.attributes).toMatchObject({ scheme: 'vn2008', code: '74', successors: [{ key: 'vn2025:79', name: 'Hồ Chí Minh' }] });
  });
});
