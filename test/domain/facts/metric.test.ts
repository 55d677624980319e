import { describe, expect, it } from 'vitest';
import { metricKey, metricSearchKey } from '../../../src/domain/facts/metric.js';

// Each row: the key, then wordings of that one measure as articles write them.
const SAME_MEASURE: readonly (readonly [string, ...string[]])[] = [
  ['xuất nhập khẩu', 'xuất nhập khẩu', 'Xuất nhập khẩu', 'xuất_nhập_khẩu', 'XUẤT NHẬP KHẨU', 'xuất, nhập khẩu', 'xuất - nhập khẩu',
    'kim ngạch xuất nhập khẩu', 'tổng kim ngạch xuất nhập khẩu', 'giá trị xuất nhập khẩu', 'kim ngạch xuất nhập khẩu hàng hóa',
    'thương mại hai chiều', 'kim ngạch thương mại hai chiều', 'thương mại song phương', 'kim ngạch thương mại',
    'tổng kim ngạch thương mại', 'trao đổi thương mại', 'kim ngạch trao đổi thương mại', 'kim ngạch trao đổi', 'kim ngạch hai chiều', 'kim ngạch buôn bán',
    'kim ngạch mậu dịch', 'thương mại'],
  ['xuất khẩu', 'xuất khẩu', 'Xuất khẩu', 'kim ngạch xuất khẩu', 'tổng kim ngạch xuất khẩu', 'giá trị xuất khẩu', 'xuất khẩu hàng hoá',
    'kim ngạch xuất khẩu hàng hóa'],
  ['nhập khẩu', 'nhập khẩu', 'kim ngạch nhập khẩu', 'giá trị nhập khẩu', 'nhập khẩu hàng hóa'],
  ['xuất siêu', 'xuất siêu', 'thặng dư thương mại'],
  ['nhập siêu', 'nhập siêu', 'thâm hụt thương mại'],
  ['fdi', 'FDI', 'vốn FDI', 'đầu tư FDI', 'vốn đầu tư FDI', 'dòng vốn FDI', 'tổng vốn FDI', 'vốn đầu tư trực tiếp nước ngoài',
    'đầu tư trực tiếp nước ngoài', 'tổng vốn đầu tư trực tiếp nước ngoài', 'vốn đầu tư nước ngoài', 'Đầu_tư trực_tiếp nước_ngoài'],
  ['fdi đăng ký', 'vốn FDI đăng ký', 'FDI đăng ký', 'vốn đầu tư trực tiếp nước ngoài đăng ký'],
  ['fdi giải ngân', 'vốn FDI giải ngân', 'FDI giải ngân'],
  ['gdp', 'GDP', 'tổng sản phẩm trong nước', 'tổng sản phẩm quốc nội', 'quy mô GDP', 'tổng GDP', 'tổng sản phẩm'],
  ['tăng trưởng gdp', 'tăng trưởng GDP', 'tốc độ tăng trưởng GDP', 'tăng trưởng kinh tế', 'tốc độ tăng trưởng kinh tế', 'mức tăng trưởng kinh tế'],
  ['gdp bình quân đầu người', 'GDP bình quân đầu người', 'GDP đầu người'],
  ['oda', 'ODA', 'vốn ODA', 'nguồn vốn ODA', 'vốn vay ODA', 'hỗ trợ phát triển chính thức', 'vốn hỗ trợ phát triển chính thức'],
  ['cpi', 'CPI', 'chỉ số giá tiêu dùng'],
  ['vốn đăng ký', 'vốn đăng ký', 'tổng vốn đăng ký', 'số vốn đăng ký', 'tổng số vốn đăng ký', 'vốn đầu tư đăng ký'],
  ['vốn thực hiện', 'vốn thực hiện', 'vốn đầu tư thực hiện'],
  ['vốn đầu tư', 'vốn đầu tư', 'tổng vốn đầu tư', 'tổng mức đầu tư', 'mức đầu tư', 'đầu tư', 'Đầu tư', 'số vốn đầu tư',
    'tổng số vốn đầu tư', 'tổng đầu tư', 'tổng giá trị đầu tư', 'khoản đầu tư', 'tổng mức đầu tư dự án'],
  ['dự án', 'dự án', 'số dự án', 'tổng số dự án', 'dự án đầu tư'],
  ['dự án fdi', 'dự án FDI', 'dự án đầu tư trực tiếp nước ngoài', 'dự án có vốn đầu tư nước ngoài'],
  ['doanh nghiệp', 'doanh nghiệp', 'số doanh nghiệp', 'tổng số doanh nghiệp', 'số lượng doanh nghiệp'],
  ['doanh nghiệp fdi', 'doanh nghiệp FDI', 'doanh nghiệp có vốn đầu tư nước ngoài'],
  ['khách quốc tế', 'khách quốc tế', 'lượt khách quốc tế', 'du khách quốc tế', 'khách du lịch quốc tế', 'du khách nước ngoài',
    'lượt du khách quốc tế', 'số lượt khách quốc tế', 'khách nước ngoài'],
  ['khách du lịch', 'khách du lịch', 'du khách', 'lượt du khách', 'lượt khách du lịch'],
  ['khách nội địa', 'khách nội địa', 'du khách nội địa', 'khách du lịch nội địa'],
  ['doanh thu', 'doanh thu', 'tổng doanh thu'],
  ['thu ngân sách', 'thu ngân sách', 'tổng thu ngân sách', 'thu ngân sách nhà nước', 'thu ngân sách Nhà nước'],
  ['kiều hối', 'kiều hối', 'lượng kiều hối'],
  ['thoả thuận hợp tác', 'thỏa thuận hợp tác', 'thoả thuận hợp tác', 'Thỏa_thuận hợp_tác', 'số thỏa thuận hợp tác'],
  ['thoả thuận', 'thỏa thuận trị giá', 'thoả thuận'],
  ['văn kiện hợp tác', 'văn kiện hợp tác', 'văn bản hợp tác'],
  ['phiếu tán thành', 'phiếu tán thành', 'phiếu thuận'],
  ['phiếu chống', 'phiếu chống', 'phiếu không tán thành'],
  ['người chết', 'người chết', 'người thiệt mạng', 'người tử vong'],
  ['hộ', 'hộ', 'hộ dân', 'hộ gia đình'],
  ['lao động', 'lao động', 'người lao động', 'số lao động'],
  ['tiền', 'số tiền', 'Số tiền', 'tổng số tiền', 'khoản tiền'],
  ['giá', 'giá', 'mức giá'],
  ['lương', 'mức lương', 'tiền lương'],
  ['diện tích', 'diện tích', 'tổng diện tích'],
  ['tỷ lệ', 'tỉ lệ', 'tỷ lệ'],
  ['thất nghiệp', 'tỉ lệ thất nghiệp', 'tỷ lệ thất nghiệp'],
  ['chiến sĩ', 'chiến sĩ', 'chiến sỹ'],
  ['kỹ sư', 'kỹ sư', 'kĩ sư'],
  ['ô tô', 'ô tô', 'ôtô'],
];

describe('metricKey: wordings of one measure meet', () => {
  it.each(SAME_MEASURE.flatMap(([key, ...wordings]) => wordings.map((w) => [w, key] as const)))('%s -> %s', (noun, key) => {
    expect(metricKey(noun)).toBe(key);
  });
});

describe('metricKey: a head that is part of a word stays', () => {
  it.each([
    ['tổng công ty', 'tổng công ty'],
    ['Tổng cục Thống kê', 'tổng cục thống kê'],
    ['số liệu', 'số liệu'],
    ['số hóa', 'số hoá'],
    ['mức độ', 'mức độ'],
    ['giá trị gia tăng', 'giá trị gia tăng'],
    ['tổng giá trị gia tăng', 'tổng giá trị gia tăng'],
    ['giá trị sản xuất', 'giá trị sản xuất'],
  ])('%s -> %s', (noun, key) => {
    expect(metricKey(noun)).toBe(key);
  });
});

describe('metricKey: no measure named', () => {
  it.each([
    [null],
    [''],
    ['  '],
    ['_'],
    ['con số'],
    ['Con số'],
    ['giá trị'],
    ['tổng giá trị'],
    ['trị giá'],
    ['tổng trị giá'],
    ['tổng'],
    ['tổng cộng'],
    ['tổng số'],
    ['số'],
    ['số lượng'],
    ['tổng số lượng'],
    ['kim ngạch'],
    ['tổng kim ngạch'],
    ['mức'],
    ['quy mô'],
    ['tương đương'],
    ['giá trị tương đương'],
  ])('%s -> null', (noun) => {
    expect(metricKey(noun)).toBeNull();
  });
});

describe('metricKey: distinct measures stay apart', () => {
  it.each([
    ['xuất khẩu', 'nhập khẩu'],
    ['xuất khẩu', 'xuất nhập khẩu'],
    ['nhập khẩu', 'xuất nhập khẩu'],
    ['kim ngạch xuất khẩu', 'kim ngạch nhập khẩu'],
    ['kim ngạch xuất khẩu', 'kim ngạch xuất nhập khẩu'],
    ['xuất khẩu gạo', 'xuất khẩu'],
    ['xuất siêu', 'nhập siêu'],
    ['thỏa thuận hợp tác', 'thỏa thuận quốc tế'],
    ['thỏa thuận hợp tác', 'biên bản ghi nhớ'],
    ['vốn đăng ký', 'vốn thực hiện'],
    ['vốn đăng ký', 'vốn đầu tư'],
    ['vốn FDI đăng ký', 'vốn FDI thực hiện'],
    ['vốn FDI đăng ký', 'vốn FDI'],
    ['vốn điều lệ', 'vốn đầu tư'],
    ['FDI', 'ODA'],
    ['GDP', 'tăng trưởng GDP'],
    ['GDP', 'GNP'],
    ['GDP', 'GRDP'],
    ['thương mại điện tử', 'thương mại'],
    ['đầu tư công', 'đầu tư'],
    ['đầu tư ra nước ngoài', 'đầu tư nước ngoài'],
    ['nhà đầu tư nước ngoài', 'đầu tư nước ngoài'],
    ['dự án', 'dự án FDI'],
    ['doanh nghiệp', 'doanh nghiệp FDI'],
    ['khách quốc tế', 'khách nội địa'],
    ['khách quốc tế', 'khách du lịch'],
    ['khách', 'khách du lịch'],
    ['lượt xem', 'xem'],
    ['người chết', 'người bị thương'],
    ['người chết', 'người'],
    ['hộ', 'hộ nghèo'],
    ['phiếu tán thành', 'phiếu chống'],
    ['thu ngân sách', 'chi ngân sách'],
    ['lạm phát', 'CPI'],
  ])('%s != %s', (a, b) => {
    expect(metricKey(a)).not.toBe(metricKey(b));
  });
});

describe('metricSearchKey: accent-free form of a key', () => {
  it.each([
    ['xuất nhập khẩu', 'xuat nhap khau'],
    ['thoả thuận hợp tác', 'thoa thuan hop tac'],
    ['đầu tư', 'dau tu'],
    ['fdi', 'fdi'],
  ])('%s -> %s', (metric, key) => {
    expect(metricSearchKey(metric)).toBe(key);
  });

  it('lets an unaccented query find a key', () => {
    expect(metricSearchKey(metricKey('Tổng vốn đầu tư')!)).toBe('von dau tu');
  });
});
