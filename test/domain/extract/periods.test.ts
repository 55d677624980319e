// Periods in the normal forms of the gold conventions, their roles, and their resolution against
// the publication date. Phrasings after constructions common in economic news.
import { describe, expect, it } from 'vitest';
import { findPeriods, periodYears, resolvePeriod } from '../../../src/domain/extract/periods.js';

const read = (sentence: string) => findPeriods(sentence, 0).map((p) => [p.text, p.normal, p.role]);

describe('findPeriods', () => {
  it.each([
    ['Năm 2017, xuất khẩu đạt 214 tỷ USD', [['Năm 2017', '2017', 'period']]],
    ['Trong cả năm 2018 kim ngạch tăng', [['năm 2018', '2018', 'period']]],
    ['quý I/2018 GDP tăng 7,38%', [['quý I/2018', '2018-Q1', 'period']]],
    ['GDP quý 3 năm 2018 tăng 6,88%', [['quý 3 năm 2018', '2018-Q3', 'period']]],
    ['GDP quý IV tăng mạnh', [['quý IV', 'rel:Y:Q4', 'period']]],
    ['6 tháng đầu năm 2018, FDI đạt 20 tỷ USD', [['6 tháng đầu năm 2018', '2018-01..2018-06', 'period']]],
    ['10 tháng đầu năm, xuất khẩu tăng', [['10 tháng đầu năm', 'rel:Y:01..10', 'period']]],
    ['sáu tháng cuối năm nay', [['sáu tháng cuối năm nay', 'rel:Y:07..12', 'period']]],
    ['9 tháng năm 2017 thu ngân sách đạt', [['9 tháng năm 2017', '2017-01..2017-09', 'period']]],
    ['Từ đầu năm 2018 đến hết tháng 10, vốn giải ngân', [['Từ đầu năm 2018 đến hết tháng 10', '2018-01..2018-10', 'period']]],
    ['từ đầu năm đến nay đã thu hút', [['từ đầu năm đến nay', 'rel:Y:01..', 'period']]],
    ['từ đầu năm 2023 đến nay có 60 hoạt động', [['từ đầu năm 2023 đến nay', '2023-01..', 'period']]],
    ['trong tháng 3/2018 nhập siêu', [['tháng 3/2018', '2018-03', 'period']]],
    ['tháng 10 năm 2017, CPI tăng', [['tháng 10 năm 2017', '2017-10', 'period']]],
    ['riêng tháng 7 xuất khẩu', [['tháng 7', 'rel:Y:07', 'period']]],
    ['giai đoạn 2016-2020 cần 480 tỷ USD', [['giai đoạn 2016-2020', '2016..2020', 'period']]],
    ['từ năm 2012 tới 2017 vốn tăng', [['từ năm 2012 tới 2017', '2012..2017', 'period']]],
    ['tính đến hết năm 2017, lũy kế có 24.800 dự án', [['tính đến hết năm 2017', '..2017', 'period'], ['lũy kế', 'rel:..', 'period']]],
    ['lũy kế đến nay có 26.000 dự án', [['lũy kế đến nay', 'rel:..', 'period']]],
    ['tính đến 20-3, vốn đăng ký', [['tính đến 20-3', 'rel:Y:..03-20', 'period']]],
    ['tính đến ngày 20/10/2018 tổng vốn', [['tính đến ngày 20/10/2018', '..2018-10-20', 'period']]],
    ['đến năm 2020 đạt 300 tỷ USD', [['đến năm 2020', '2020', 'period']]],
    ['năm nay dự kiến tăng 6,7%', [['năm nay', 'rel:Y', 'period']]],
    ['năm ngoái đạt 10 tỷ USD', [['năm ngoái', 'rel:Y-1', 'period']]],
    ['năm tới phấn đấu đạt', [['năm tới', 'rel:Y+1', 'period']]],
    ['Trong năm qua, Việt Nam đã tổ chức', [['năm qua', 'rel:P1Y', 'period']]],
    ['3 năm qua đã ký 422 thỏa thuận', [['3 năm qua', 'rel:P3Y', 'period']]],
    ['ba năm qua', [['ba năm qua', 'rel:P3Y', 'period']]],
    ['trong ba năm, tổng vốn', [['trong ba năm', 'rel:P3Y', 'period']]],
    ['trong 2 tháng liền khoảng 600 triệu đồng', [['trong 2 tháng liền', 'rel:P2M', 'period']]],
    ['10 tháng qua, khách quốc tế', [['10 tháng qua', 'rel:P10M', 'period']]],
    ['5 năm tới cần 100 tỷ USD', [['5 năm tới', 'rel:N5Y', 'period']]],
    ['nửa đầu năm 2019 GDP tăng', [['nửa đầu năm 2019', '2019-01..2019-06', 'period']]],
    ['trong quý từ tháng 4 đến tháng 6', [['từ tháng 4 đến tháng 6', 'rel:Y:04..06', 'period']]],
    ['Ngày 23-8, Công ty khai thác 3,27 ha', [['Ngày 23-8', 'rel:Y:08-23', 'period']]],
    ['Khoảng 11h ngày 25/7/2018, Quang mua 400 viên', [['ngày 25/7/2018', '2018-07-25', 'period']]],
    ['bão đổ bộ sáng 4-11 với sức gió 135 km/h', [['sáng 4-11', 'rel:Y:11-04', 'period']]],
    ['tên lửa phóng xuống Syria rạng sáng 14-4', [['rạng sáng 14-4', 'rel:Y:04-14', 'period']]],
    ['phà chìm ngày 16 tháng 4 năm 2014', [['ngày 16 tháng 4 năm 2014', '2014-04-16', 'period']]],
    ['từ ngày 17-7 đến 24-7, công ty khai thác 91 m3', [['từ ngày 17-7 đến 24-7', 'rel:Y:07-17..07-24', 'period']]],
    ['nghiệm thu trong 4 đợt từ ngày 30-6-2017 đến ngày 13-11-2017', [['từ ngày 30-6-2017 đến ngày 13-11-2017', '2017-06-30..2017-11-13', 'period']]],
    ['nghiệm thu từ ngày 30-6-2017 đến ngày 13-11', [['từ ngày 30-6-2017 đến ngày 13-11', '2017-06-30..2017-11-13', 'period']]],
    ['từ ngày 15 đến 26-2, đã tiếp nhận 1.497 con heo', [['từ ngày 15 đến 26-2', 'rel:Y:02-15..02-26', 'period']]],
    ['áp dụng từ ngày 1-7-2018 đối với khách hàng', [['từ ngày 1-7-2018', '2018-07-01..', 'period']]],
    ['từ tháng 10-2015 đến ngày 29-1-2016, bị cáo buôn lậu', [['từ tháng 10-2015 đến ngày 29-1-2016', '2015-10..2016-01-29', 'period']]],
    ['Bắt đầu từ 1/6, người rời Malaysia phải nộp 4,8 USD', [['Bắt đầu từ 1/6', 'rel:Y:06-01..', 'period']]],
    ['Tính từ đầu tháng 5 đến giờ đã hơn 200 người thiệt mạng', [['từ đầu tháng 5 đến giờ', 'rel:Y:05..', 'period']]],
    ['trong khoảng thời gian từ tháng 1-5/2018, tổng giá trị đầu tư', [['tháng 1-5/2018', '2018-01..2018-05', 'period']]],
    ['tới ngày 30-9, TP có 2.205.000 người tham gia', [['tới ngày 30-9', 'rel:Y:..09-30', 'period']]],
    ['số liệu cập nhật tới 17h45 chiều 23-12', [['cập nhật tới 17h45 chiều 23-12', 'rel:Y:..12-23', 'period']]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ['tăng 10% so với cùng kỳ năm 2016', [['năm 2016', '2016', 'comparison']]],
    ['tăng 21% so với năm 2017', [['năm 2017', '2017', 'comparison']]],
    ['tăng 5,2% so với cùng kỳ', [['cùng kỳ', 'rel:Y-1', 'comparison']]],
    ['tăng 9% so với cùng kỳ năm trước', [['cùng kỳ năm trước', 'rel:Y-1', 'comparison']]],
    ['giảm 3% so với tháng 9', [['tháng 9', 'rel:Y:09', 'comparison']]],
    ['cao nhất kể từ năm 2008', [['năm 2008', '2008', 'since']]],
    ['Năm 2018, GDP tăng 7,08%, cao nhất kể từ năm 2008', [['Năm 2018', '2018', 'period'], ['năm 2008', '2008', 'since']]],
    ['từ năm 1988 đến nay, thu hút 340 tỷ USD', [['từ năm 1988 đến nay', '1988..', 'period']]],
    ['áp dụng từ năm 2011 với mức 25 USD', [['từ năm 2011', '2011..', 'period']]],
    ['thu phí từ tháng 4/2015', [['từ tháng 4/2015', '2015-04..', 'period']]],
    ['thuế mới áp dụng từ tháng 9', [['từ tháng 9', 'rel:Y:09..', 'period']]],
    ['đơn giá được thống nhất trước ngày 30-10', [['ngày 30-10', 'rel:Y:10-30', 'bound']]],
    ['vốn vay đã hết hạn giải ngân vào ngày 28-9-2018', [['ngày 28-9-2018', '2018-09-28', 'bound']]],
    ['trong thông báo ngày 15-4, ông nói', [['ngày 15-4', 'rel:Y:04-15', 'reported']]],
    ['khảo sát của Reuters công bố ngày 30-11 cho thấy 49%', [['ngày 30-11', 'rel:Y:11-30', 'reported']]],
    ['thời gian thu phí kể từ ngày 6-10-2015', [['ngày 6-10-2015', '2015-10-06', 'since']]],
  ])('comparison and starting points: %s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it('keeps offsets of the article: a sentence read from its offset', () => {
    const [p] = findPeriods('Năm 2017, GDP tăng', 100);
    expect(p!.span).toEqual({ start: 100, end: 108 });
  });

  it.each([['uống ngày 2-3 lần'], ['ngày 35-13 không có'], ['APEC 2017 diễn ra'], ['Covid-19'], ['lần thứ 21']])('no period in "%s"', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('resolvePeriod', () => {
  it.each([
    ['rel:Y', '2018-11-02', '2018'],
    ['rel:Y-1', '2018-11-02', '2017'],
    ['rel:Y+1', '2018-11-02', '2019'],
    ['rel:P1Y', '2018-12-20', '2018'],
    ['rel:P3Y', '2018-12-20', '2016..2018'],
    ['rel:N5Y', '2018-12-20', '2019..2023'],
    ['rel:P10M', '2018-10-31', '2018-01..2018-10'],
    ['rel:Y:01..10', '2018-11-02', '2018-01..2018-10'],
    ['rel:Y:Q1', '2018-04-02', '2018-Q1'],
    ['rel:Y:07', '2018-08-02', '2018-07'],
    ['rel:Y:01..', '2023-12-18', '2023-01..'],
    ['rel:Y:..03-20', '2018-03-25', '..2018-03-20'],
    ['rel:Y:08-23', '2018-09-02', '2018-08-23'],
    ['rel:Y:07-17..07-24', '2018-09-02', '2018-07-17..2018-07-24'],
    ['rel:Y:09-01..', '2018-09-02', '2018-09-01..'],
    ['rel:..', '2018-03-25', '..2018'],
    ['2017', '2018-03-25', '2017'],
    ['rel:P3Y', null, 'rel:P3Y'],
  ])('%s published %s is %s', (normal, published, expected) => {
    expect(resolvePeriod(normal, published)).toBe(expected);
  });
});

describe('periodYears', () => {
  it.each([
    ['2017', 2017, 2017],
    ['2016..2020', 2016, 2020],
    ['2018-01..2018-10', 2018, 2018],
    ['..2017', null, 2017],
    ['2023-01..', 2023, null],
    ['rel:Y', null, null],
  ])('%s', (normal, from, to) => {
    expect(periodYears(normal)).toEqual({ yearFrom: from, yearTo: to });
  });
});
