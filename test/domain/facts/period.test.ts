import { describe, expect, it } from 'vitest';
import { periodKey } from '../../../src/domain/facts/period.js';

type Row = readonly [period: string, publishedAt: string | null, key: string, yearFrom: number | null, yearTo: number | null];

const PUBLISHED = '2023-10-05';

function check([period, publishedAt, key, yearFrom, yearTo]: Row) {
  expect(periodKey(period, publishedAt)).toEqual({ key, yearFrom, yearTo });
}

describe('periodKey: periods the text dates itself', () => {
  // The publication date does not change these.
  const rows: Row[] = [
    ['năm 2023', null, '2023', 2023, 2023],
    ['Năm 2023', null, '2023', 2023, 2023],
    ['năm_2023', null, '2023', 2023, 2023],
    ['2023', null, '2023', 2023, 2023],
    ['cả năm 2023', null, '2023', 2023, 2023],
    ['trong năm 2023', null, '2023', 2023, 2023],
    ['giai đoạn 2021-2025', null, '2021..2025', 2021, 2025],
    ['giai đoạn 2021 - 2025', null, '2021..2025', 2021, 2025],
    ['Giai đoạn 2021 -2025', null, '2021..2025', 2021, 2025],
    ['2021 – 2025', null, '2021..2025', 2021, 2025],
    ['từ năm 2020 đến 2023', null, '2020..2023', 2020, 2023],
    ['từ 2020 đến năm 2023', null, '2020..2023', 2020, 2023],
    ['giai đoạn 2023-2023', null, '2023', 2023, 2023],
    ['quý I/2023', null, '2023-Q1', 2023, 2023],
    ['quý 1 năm 2023', null, '2023-Q1', 2023, 2023],
    ['Quý I năm 2023', null, '2023-Q1', 2023, 2023],
    ['quý 1/2023', null, '2023-Q1', 2023, 2023],
    ['quí I/2023', null, '2023-Q1', 2023, 2023],
    ['quý một năm 2023', null, '2023-Q1', 2023, 2023],
    ['3 tháng đầu năm 2023', null, '2023-Q1', 2023, 2023],
    ['quý IV/2018', PUBLISHED, '2018-Q4', 2018, 2018],
    ['6 tháng đầu năm 2023', null, '2023-H1', 2023, 2023],
    ['sáu tháng đầu năm 2023', null, '2023-H1', 2023, 2023],
    ['06 tháng đầu năm 2023', null, '2023-H1', 2023, 2023],
    ['nửa đầu năm 2023', null, '2023-H1', 2023, 2023],
    ['6 tháng cuối năm 2018', null, '2018-H2', 2018, 2018],
    ['nửa cuối năm 2018', null, '2018-H2', 2018, 2018],
    ['9 tháng đầu năm 2023', null, '2023-M01..09', 2023, 2023],
    ['Chín tháng đầu năm 2023', null, '2023-M01..09', 2023, 2023],
    ['9 tháng năm 2023', null, '2023-M01..09', 2023, 2023],
    ['10 tháng cuối năm 2013', null, '2013-M03..12', 2013, 2013],
    ['12 tháng năm 2023', null, '2023', 2023, 2023],
    ['tháng 10/2023', null, '2023-M10', 2023, 2023],
    ['Tháng 10/2023', null, '2023-M10', 2023, 2023],
    ['tháng 10 năm 2023', null, '2023-M10', 2023, 2023],
    ['tháng 10-2023', null, '2023-M10', 2023, 2023],
    ['tháng 01/2018', PUBLISHED, '2018-M01', 2018, 2018],
  ];
  it.each(rows)('%s (published %s) -> %s', (...row) => check(row));
});

describe('periodKey: relative periods anchored on the publication date', () => {
  const rows: Row[] = [
    ['năm nay', PUBLISHED, '2023', 2023, 2023],
    ['Năm nay', PUBLISHED, '2023', 2023, 2023],
    ['cả năm', PUBLISHED, '2023', 2023, 2023],
    ['năm ngoái', PUBLISHED, '2022', 2022, 2022],
    ['năm trước', PUBLISHED, '2022', 2022, 2022],
    ['năm tới', PUBLISHED, '2024', 2024, 2024],
    ['năm qua', PUBLISHED, '2023', 2023, 2023],
    ['năm vừa qua', PUBLISHED, '2023', 2023, 2023],
    ['3 năm qua', PUBLISHED, '2021..2023', 2021, 2023],
    ['ba năm qua', PUBLISHED, '2021..2023', 2021, 2023],
    ['03 năm qua', PUBLISHED, '2021..2023', 2021, 2023],
    ['3 năm gần đây', PUBLISHED, '2021..2023', 2021, 2023],
    ['ba năm vừa qua', PUBLISHED, '2021..2023', 2021, 2023],
    ['một năm qua', PUBLISHED, '2023', 2023, 2023],
    ['mười năm qua', PUBLISHED, '2014..2023', 2014, 2023],
    ['một thập kỷ qua', PUBLISHED, '2014..2023', 2014, 2023],
    ['hai mươi lăm năm qua', PUBLISHED, '1999..2023', 1999, 2023],
    ['hai mươi năm qua', PUBLISHED, '2004..2023', 2004, 2023],
    ['mười lăm năm qua', PUBLISHED, '2009..2023', 2009, 2023],
    ['một trăm năm qua', PUBLISHED, '1924..2023', 1924, 2023],
    ['5 năm tới', PUBLISHED, '2024..2028', 2024, 2028],
    ['năm năm tới', PUBLISHED, '2024..2028', 2024, 2028],
    ['quý I', PUBLISHED, '2023-Q1', 2023, 2023],
    ['quý 1', PUBLISHED, '2023-Q1', 2023, 2023],
    ['nửa đầu năm', PUBLISHED, '2023-H1', 2023, 2023],
    ['6 tháng đầu năm', PUBLISHED, '2023-H1', 2023, 2023],
    ['6 tháng đầu năm nay', PUBLISHED, '2023-H1', 2023, 2023],
    ['9 tháng đầu năm', PUBLISHED, '2023-M01..09', 2023, 2023],
    ['chín tháng đầu năm', PUBLISHED, '2023-M01..09', 2023, 2023],
    ['tháng 10', PUBLISHED, '2023-M10', 2023, 2023],
    ['tháng trước', PUBLISHED, '2023-M09', 2023, 2023],
    ['từ đầu năm đến nay', PUBLISHED, '2023-YTD@2023-10', 2023, 2023],
    ['Từ đầu năm đến nay', PUBLISHED, '2023-YTD@2023-10', 2023, 2023],
    ['đầu năm đến nay', PUBLISHED, '2023-YTD@2023-10', 2023, 2023],
    ['từ đầu năm tới nay', PUBLISHED, '2023-YTD@2023-10', 2023, 2023],
    ['từ đầu năm 2023 đến nay', PUBLISHED, '2023-YTD@2023-10', 2023, 2023],
    ['từ đầu năm 2022 đến nay', PUBLISHED, '2022-YTD@2023-10', 2022, 2023],
    ['3 tháng qua', PUBLISHED, '3 tháng qua@2023-10', 2023, 2023],
    ['ba tháng gần đây', PUBLISHED, '3 tháng qua@2023-10', 2023, 2023],
    ['10 tháng qua', PUBLISHED, '10 tháng qua@2023-10', 2022, 2023],
    ['6 tháng tới', PUBLISHED, '6 tháng tới@2023-10', 2023, 2024],
    ['2 tuần qua', '2023-01-05', '2 tuần qua@2023-01', 2022, 2023],
    // A datetime is read as its calendar date.
    ['năm nay', '2023-10-05T08:30:00+07:00', '2023', 2023, 2023],
    ['từ đầu năm đến nay', '2023-10-05T08:30:00Z', '2023-YTD@2023-10', 2023, 2023],
  ];
  it.each(rows)('%s (published %s) -> %s', (...row) => check(row));
});

describe('periodKey: early in a year, "năm qua" and a late part of a year look back', () => {
  const rows: Row[] = [
    ['năm qua', '2024-01-10', '2023', 2023, 2023],
    ['năm qua', '2024-02-20', '2023', 2023, 2023],
    ['năm qua', '2024-03-01', '2024', 2024, 2024],
    ['3 năm qua', '2024-01-10', '2021..2023', 2021, 2023],
    ['năm nay', '2024-01-10', '2024', 2024, 2024],
    ['quý IV', '2024-01-15', '2023-Q4', 2023, 2023],
    ['6 tháng cuối năm', '2024-01-15', '2023-H2', 2023, 2023],
    ['tháng 12', '2024-01-15', '2023-M12', 2023, 2023],
    ['quý I', '2024-01-15', '2024-Q1', 2024, 2024],
    ['quý IV', '2023-06-01', '2023-Q4', 2023, 2023],
  ];
  it.each(rows)('%s (published %s) -> %s', (...row) => check(row));
});

describe('periodKey: relative periods without a publication date', () => {
  const rows: Row[] = [
    ['năm nay', null, 'năm nay', null, null],
    ['năm ngoái', null, 'năm ngoái', null, null],
    ['năm trước', null, 'năm ngoái', null, null],
    ['năm qua', null, 'năm qua', null, null],
    ['một năm qua', null, 'năm qua', null, null],
    ['3 năm qua', null, '3 năm qua', null, null],
    ['ba năm qua', null, '3 năm qua', null, null],
    ['3 năm gần đây', null, '3 năm qua', null, null],
    ['Ba năm vừa qua', null, '3 năm qua', null, null],
    ['năm năm tới', null, '5 năm tới', null, null],
    ['quý I', null, 'Q1', null, null],
    ['Quý 1', null, 'Q1', null, null],
    ['6 tháng đầu năm', null, 'H1', null, null],
    ['nửa đầu năm', null, 'H1', null, null],
    ['9 tháng đầu năm', null, 'M01..09', null, null],
    ['tháng 10', null, 'M10', null, null],
    ['từ đầu năm đến nay', null, 'từ đầu năm đến nay', null, null],
    ['đầu năm đến nay', null, 'từ đầu năm đến nay', null, null],
    ['3 tháng qua', null, '3 tháng qua', null, null],
    ['ba tháng gần đây', null, '3 tháng qua', null, null],
    ['từ đầu năm 2023 đến nay', null, '2023-YTD', 2023, null],
    // A publication date that is not a date counts as none.
    ['năm nay', 'hôm qua', 'năm nay', null, null],
    // Only the year known: year-relative periods anchor, month-relative ones do not.
    ['năm nay', '2023', '2023', 2023, 2023],
    ['từ đầu năm đến nay', '2023', '2023-YTD', 2023, 2023],
    ['3 tháng qua', '2023', '3 tháng qua', null, null],
  ];
  it.each(rows)('%s (published %s) -> %s', (...row) => check(row));
});

describe('periodKey: durations and other wordings keep a canonical text', () => {
  const rows: Row[] = [
    // "6 tháng" alone is a length of time ("tù 6 tháng", "trong vòng 6 tháng"), not the first half.
    ['6 tháng', PUBLISHED, '6 tháng', null, null],
    ['sáu tháng', null, '6 tháng', null, null],
    ['06 tháng', null, '6 tháng', null, null],
    ['18 tháng', PUBLISHED, '18 tháng', null, null],
    ['2 tuần đầu năm', PUBLISHED, '2 tuần đầu năm', null, null],
    ['hai tuần đầu năm', PUBLISHED, '2 tuần đầu năm', null, null],
    ['cuối năm 2023', null, 'cuối năm 2023', 2023, 2023],
    ['Cuối_năm 2023', null, 'cuối năm 2023', 2023, 2023],
  ];
  it.each(rows)('%s (published %s) -> %s', (...row) => check(row));

  it.each([[null], ['']])('%j -> null', (period) => {
    expect(periodKey(period, PUBLISHED)).toBeNull();
  });
});

describe('periodKey: different periods stay apart', () => {
  it.each([
    ['quý I/2023', PUBLISHED, 'quý II/2023', PUBLISHED],
    ['năm 2023', PUBLISHED, 'năm 2022', PUBLISHED],
    ['9 tháng đầu năm 2023', PUBLISHED, 'năm 2023', PUBLISHED],
    ['6 tháng đầu năm 2023', PUBLISHED, '6 tháng cuối năm 2023', PUBLISHED],
    ['tháng 10/2023', PUBLISHED, '10 tháng đầu năm 2023', PUBLISHED],
    ['3 năm qua', PUBLISHED, '5 năm qua', PUBLISHED],
    ['năm nay', PUBLISHED, 'năm ngoái', PUBLISHED],
    ['năm qua', null, '3 năm qua', null],
    ['3 năm qua', null, '3 tháng qua', null],
    ['6 tháng', PUBLISHED, '6 tháng đầu năm', PUBLISHED],
    ['quý I', null, 'quý I/2023', null],
    ['năm nay', '2023-10-05', 'năm nay', '2022-10-05'],
    ['từ đầu năm đến nay', '2023-03-20', 'từ đầu năm đến nay', '2023-10-05'],
    ['từ đầu năm đến nay', '2023-09-28', '9 tháng đầu năm', '2023-09-28'],
    ['từ đầu năm đến nay', '2023-12-20', 'năm 2023', '2023-12-20'],
    ['3 tháng qua', '2023-03-20', '3 tháng qua', '2023-10-05'],
  ])('%s (%s) != %s (%s)', (a, aAt, b, bAt) => {
    expect(periodKey(a, aAt)!.key).not.toBe(periodKey(b, bAt)!.key);
  });

  it.each([
    ['3 năm qua', 'giai đoạn 2021-2023'],
    ['năm nay', 'năm 2023'],
    ['năm ngoái', 'năm 2022'],
    ['quý I', 'quý 1/2023'],
    ['6 tháng đầu năm', 'nửa đầu năm 2023'],
    ['3 tháng đầu năm', 'quý I năm 2023'],
  ])('with a 2023 publication date, %s = %s', (a, b) => {
    expect(periodKey(a, PUBLISHED)!.key).toBe(periodKey(b, PUBLISHED)!.key);
  });
});
