import { describe, expect, it } from 'vitest';
import type { FigureMention } from '../../../src/domain/types.js';
import { bothForms, extract } from './helpers.js';

const figures = (text: string) => extract(text).figures;

describe('figures', () => {
  const cases: [string, Partial<FigureMention>][] = [
    ['Kim_ngạch xuất_khẩu hàng_hóa năm 2022 đạt gần 371 tỷ USD .', { value: 371e9, unit: 'USD', qualifier: 'approx', change: 'level', noun: 'Kim ngạch xuất khẩu hàng hóa', period: '2022' }],
    ['Tổng vốn đầu_tư của dự_án là 1 tỷ 250 triệu đồng .', { value: 1.25e9, unit: 'VND', unitText: 'đồng', qualifier: 'exact' }],
    ['Thu_nhập bình_quân đầu_người tăng 7,5 % so với cùng kỳ .', { value: 7.5, unit: 'percent', change: 'increase', qualifier: 'exact' }],
    ['GDP quý II tăng 6,5-7 % , cao hơn dự_báo của các tổ_chức .', { value: 6.5, valueMax: 7, unit: 'percent', qualifier: 'range', change: 'increase' }],
    ['Lãi_suất cho vay giảm từ 1 đến 2 % trong năm nay .', { value: 1, valueMax: 2, unit: 'percent', qualifier: 'range', change: 'decrease' }],
    ['Doanh_thu du_lịch ước đạt 23.885 tỷ đồng .', { value: 23885e9, unit: 'VND', qualifier: 'approx' }],
    ['Lạm_phát được kiểm_soát ở mức 3.5 % trong năm_ngoái .', { value: 3.5, unit: 'percent' }],
    ['Hội_nghị có sự tham_dự của hơn 1.200 đại_biểu trong và ngoài nước .', { value: 1200, unit: 'people', unitText: 'đại biểu', qualifier: 'more_than' }],
    ['Tỷ_lệ hộ nghèo của toàn tỉnh còn dưới 3 % , theo báo_cáo .', { value: 3, unit: 'percent', qualifier: 'less_than' }],
    ['Năng_suất lao_động tăng gấp 2,5 lần so với năm 2015 .', { value: 2.5, unit: 'other', unitText: 'lần', change: 'multiplier' }],
    // Lengths and weights in small units are quantities, not counted nouns.
    ['Đường_kính thân cây gỗ đứng khoảng 30-40 cm .', { value: 30, valueMax: 40, unit: 'other', unitText: 'cm', noun: 'Đường kính thân cây gỗ đứng' }],
    ['Đối_tượng tàng_trữ 20 gam ma_tuý tổng_hợp trong nhà .', { value: 20, unit: 'other', unitText: 'gam' }],
    ['Lượng mưa tại Huế đạt 250mm trong đêm qua .', { value: 250, unit: 'other', unitText: 'mm', noun: 'Lượng mưa' }],
    // A range whose ends each carry their unit is one figure; a bound may follow the amount.
    ['Người vi_phạm có_thể bị phạt tiền từ 30 triệu đồng đến 300 triệu đồng .', { value: 30e6, valueMax: 300e6, unit: 'VND', qualifier: 'range' }],
    ['Thiệt_hại tài_sản từ 100.000.000 đồng đến dưới 500.000.000 đồng .', { value: 1e8, valueMax: 5e8, unit: 'VND', qualifier: 'range' }],
    ['Tỷ_lệ tổn_thương cơ_thể từ 31 % đến 60 % .', { value: 31, valueMax: 60, unit: 'percent', qualifier: 'range' }],
    ['Gây tổn_hại sức_khoẻ với tỷ_lệ tổn_thương cơ_thể 61 % trở lên .', { value: 61, unit: 'percent', qualifier: 'more_than' }],
    // A bound or "now" after a counted noun ends it; "hiện đại" is no "now".
    ['Gây thương_tích cho 03 người trở lên .', { value: 3, unit: 'people', noun: 'người' }],
    ['Đội cứu_hộ xác_định có 5 toà nhà hiện không còn ai bị kẹt lại .', { value: 5, noun: 'toà nhà' }],
    ['Thành_phố có 5 toà nhà hiện_đại được xây năm nay .', { value: 5, noun: 'toà nhà hiện đại' }],
    // A move to a level states the level reached, and the level it starts from.
    ['Tăng_trưởng kinh_tế của Ấn_Độ giảm còn 5,8 % trong quý 1 .', { value: 5.8, unit: 'percent', change: 'level' }],
    ['Số du_khách giảm xuống còn 19.000 người mỗi ngày .', { value: 19000, unit: 'people', change: 'level' }],
    ['Năm qua , tỉnh đón khoảng 2,3 triệu lượt khách quốc_tế .', { value: 2.3e6, unit: 'people', qualifier: 'approx' }],
    ['Dự_án có diện_tích 350 ha , nằm ven sông Đồng_Nai .', { value: 350, unit: 'other', unitText: 'ha' }],
    ['Tỉnh đã trao quyết_định đầu_tư cho 18 dự_án mới .', { value: 18, unit: 'count', noun: 'dự án' }],
    ['Nhiều mặt_hàng có kim_ngạch trên hai tỷ USD .', { value: 2e9, unit: 'USD', qualifier: 'more_than' }],
    ['Ngân_hàng châu_Âu cam_kết tài_trợ 15 triệu EUR cho chương_trình .', { value: 15e6, unit: 'other', unitText: 'EUR' }],
    ['Số tiền xử_phạt vi_phạm hành_chính lên tới 8.500.000 đ .', { value: 8.5e6, unit: 'VND' }],
    ['Sản_lượng lúa cả_năm đạt xấp_xỉ 1,5 triệu tấn .', { value: 1.5e6, unit: 'other', unitText: 'tấn', qualifier: 'approx' }],
    // A metre is a metre with a word after it, never a counted "m".
    ['Nghi_phạm cao khoảng 1,65 m và mặc áo đen .', { value: 1.65, unit: 'other', unitText: 'm', qualifier: 'approx' }],
    ['Tên cướp chạy được khoảng 300 m thì bị bắt .', { value: 300, unit: 'other', unitText: 'm' }],
    // The full stop after a unit ends the sentence: it is not the unit's.
    ['Năm 2017 , vốn đăng_ký đạt 21,3 tỷ USD . Năm 2018 vốn tăng .', { value: 21.3e9, unit: 'USD', text: '21,3 tỷ USD' }],
  ];
  for (const [segmented, expected] of cases) {
    for (const [form, text] of bothForms(segmented)) {
      it(`${expected.value} ${expected.unit} (${form}): ${text.slice(0, 50)}`, () => {
        const found = figures(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject(expected);
        const x = extract(text);
        expect(x.plain.slice(found[0]!.span.start, found[0]!.span.end)).toBe(found[0]!.text);
      });
    }
  }

  const notFigures = [
    'Sáng 15/8 , lúc 9h30 , đoàn đã tới tỉnh .',
    'Thực_hiện Nghị_quyết số 57-NQ/TW của Bộ Chính_trị .',
    'Triển_khai Chỉ_thị 24 của Thủ_tướng về xuất_khẩu .',
    'Hội_nghị lần thứ 15 diễn ra tại Hà_Nội .',
    'Các nước G20 và nhóm G7 đã họp bàn .',
    'Dịch Covid-19 ảnh_hưởng nặng_nề đến du_lịch .',
    'Ông năm nay 57 tuổi và có nhiều kinh_nghiệm .',
    'Trong 3 năm qua , kinh_tế phục_hồi tốt .',
    'Việt_Nam đứng thứ 2 trong khu_vực về xuất_khẩu gạo .',
    'Doanh_nghiệp lọt top 10 thương_hiệu mạnh .',
    'Tỉnh có ba dự_án lớn đang triển_khai .',
    'Kế_hoạch giai_đoạn 2021-2025 được thông_qua vào năm 2021 .',
    'Cách_mạng công_nghiệp 4.0 mở ra cơ_hội mới .',
  ];
  for (const segmented of notFigures) {
    for (const [form, text] of bothForms(segmented)) {
      it(`no figure (${form}): ${text}`, () => {
        expect(figures(text)).toEqual([]);
      });
    }
  }

  it('reads subject and period from the sentence', () => {
    const [f] = figures('Xuất khẩu của Việt Nam trong 10 tháng đầu năm đạt 300 tỷ USD.');
    expect(f).toMatchObject({ value: 300e9, unit: 'USD', subject: 'Việt Nam', period: 'rel:Y:01..10', noun: 'Xuất khẩu' });
  });

  it('keeps every mention of a repeated value', () => {
    expect(figures('Năm 2023 đạt 5 tỷ USD. Con số 5 tỷ USD là kỷ lục.')).toHaveLength(2);
  });

  it('reads a speed as one unit ("km/h", "km / giờ") and its noun before it, not the clause after', () => {
    const found = figures('Xe_tải chạy với tốc_độ 70-80 km/h bấm còi inh_ỏi , còn xe khách 60 km / giờ .');
    expect(found.map((f) => [f.text, f.unitText, f.metric])).toEqual([['70-80 km/h', 'km/h', 'tốc độ'], ['60 km / giờ', 'km/h', 'xe khách']]);
  });

  it('scales a decimal exactly: "4,1 tỉ" is 4 100 000 000, not its binary rounding', () => {
    const found = figures('Xuất khẩu tôm đạt từ 4,1 đến 4,2 tỉ USD, cá tra 0,3 tỷ USD và gạo 1 tỷ 850 triệu USD.');
    expect(found.map((f) => [f.value, f.valueMax])).toEqual([[4_100_000_000, 4_200_000_000], [300_000_000, null], [1_850_000_000, null]]);
  });
});

describe('figures of a segmented source never end inside a word', () => {
  it('completes a metric and a figure text cut at a joined word ("việc_làm trực_tiếp")', () => {
    const [direct, indirect] = figures('Khu_vực FDI tạo ra khoảng 4 triệu việc_làm trực_tiếp và 5-6 triệu việc_làm gián_tiếp cho người lao_động .');
    expect(direct).toMatchObject({ text: 'khoảng 4 triệu việc làm trực tiếp', metric: 'việc làm trực tiếp' });
    expect(indirect).toMatchObject({ text: '5-6 triệu việc làm gián tiếp', metric: 'việc làm gián tiếp' });
  });

  it('leaves out a word cut at its start ("tiếp_cận" before the noun)', () => {
    const [f] = figures('Khoảng_cách để người dân tiếp_cận xe_buýt từ 600 m đến 1.000 m , theo Sở Giao_thông_vận_tải .');
    expect(f!.metric).toBe('xe buýt');
  });

  it('keeps a word the source joined though its syllables are function words apart ("Như_vậy")', () => {
    const [f] = figures('Như_vậy , thặng_dư tiền của dự_án Cầu_Giấy còn khoảng 70 tỉ đồng .');
    expect(f!.metric).toBe('thặng dư tiền');
  });
});

describe('a segmented word is one word whatever its syllables', () => {
  it('reads "gián_tiếp" whole though "tiếp" alone is a function word', () => {
    const [f] = figures('Hợp_đồng ấn_định khoản chi_phí gián_tiếp là 29 % cho các hạng_mục phát_sinh .');
    expect(f!.metric).toBe('khoản chi phí gián tiếp');
  });
});
