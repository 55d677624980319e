import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvHeader, csvRow, type CsvValue } from '../../src/http/formats/csv.js';
import { ndjsonLine } from '../../src/http/formats/ndjson.js';

/** A strict RFC 4180 reader: records end in CRLF, quoted fields double their quotes. */
function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < input.length) {
    if (input[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += input[i++];
      }
      if (i < input.length && input[i] !== ',' && input[i] !== '\r') throw new Error(`stray character after quote at ${i}`);
      continue;
    }
    const c = input[i]!;
    if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r') {
      if (input[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '"') {
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record does not end in CRLF');
  return records;
}

describe('csvRow', () => {
  it.each<[CsvValue[], string]>([
    [['a', 'b', 'c'], 'a,b,c\r\n'],
    [['Hà Nội', 'Đà Nẵng'], 'Hà Nội,Đà Nẵng\r\n'],
    [['1,5 tỷ đồng', 'nói "không"'], '"1,5 tỷ đồng","nói ""không"""\r\n'],
    [['dòng một\ndòng hai', 'a\r\nb'], '"dòng một\ndòng hai","a\r\nb"\r\n'],
    [[null, undefined, ''], ',,\r\n'],
    [[true, false], 'true,false\r\n'],
    [[683000000000, 6.5, -12, 0, -0], '683000000000,6.5,-12,0,0\r\n'],
    [[1e21, 1.5e-7, -2.5e22], '1000000000000000000000,0.00000015,-25000000000000000000000\r\n'],
    [[Number.NaN, Number.POSITIVE_INFINITY], ',\r\n'],
    [[], '\r\n'],
  ])('%j', (values, expected) => {
    expect(csvRow(values)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://example.com")', `"'=HYPERLINK(""http://example.com"")"`],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-5%', "'-5%"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
  ])('defuses a formula-like text cell %j', (value, field) => {
    expect(csvRow([value])).toBe(`${field}\r\n`);
  });

  it('writes negative numbers as numbers, not as defused text', () => {
    expect(csvRow([-5, '-5'])).toBe("-5,'-5\r\n");
  });

  it('round-trips through an RFC 4180 reader', () => {
    const rows: CsvValue[][] = [
      ['id', 'tiêu đề', 'giá trị', 'ghi chú'],
      [1, 'Xuất khẩu đạt 14,8 tỷ USD', 14.8e9, 'trích "nguồn"\r\nTTXVN'],
      [2, '', null, ',,,'],
      [3, 'Thừa Thiên - Huế', -0.000001, '"'],
      [4, '😀 Đồng', 1e-7, '\n'],
    ];
    // A small deterministic generator adds rows of awkward characters.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = ['a', 'ư', 'Đ', ',', '"', '\r', '\n', ' ', "'", '1', '.', 'ỗ', '😀', '=', '-', '+', '@', '\t'];
    for (let r = 0; r < 200; r++) {
      const text = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      const number = ((next() % 2_000_001) - 1_000_000) * 10 ** ((next() % 40) - 20);
      rows.push([r, text, number]);
    }
    const csv = rows.map(csvRow).join('');
    const parsed = parseCsv(csv);
    expect(parsed).toHaveLength(rows.length);
    parsed.forEach((cells, r) => {
      const row = rows[r]!;
      expect(cells).toHaveLength(row.length);
      cells.forEach((cell, c) => {
        const value = row[c];
        if (typeof value === 'number') expect(Number(cell)).toBe(value === 0 ? 0 : value);
        else if (typeof value === 'string') expect(cell).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
        else expect(cell).toBe('');
      });
    });
  });

  it('never writes a number in exponent form', () => {
    for (const n of [1e21, 1.7976931348623157e308, 5e-324, 123456789e-15, 2 ** 70]) {
      const field = csvRow([n]).trimEnd();
      expect(field).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(field)).toBe(n);
    }
  });
});

describe('csvHeader', () => {
  it('starts with a byte order mark unless told otherwise', () => {
    expect(csvHeader(['id', 'tên'])).toBe(`${CSV_BOM}id,tên\r\n`);
    expect(csvHeader(['id', 'tên'], { bom: false })).toBe('id,tên\r\n');
    expect(Buffer.from(csvHeader([])).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('ndjsonLine', () => {
  it.each<[unknown, string]>([
    [{ a: 1, b: 'Hà Nội' }, '{"a":1,"b":"Hà Nội"}\n'],
    [{ text: 'dòng một\ndòng hai\r\n' }, '{"text":"dòng một\\ndòng hai\\r\\n"}\n'],
    [['\u2028', '\u2029', '\u0085'], '["\\u2028","\\u2029","\\u0085"]\n'],
    [null, 'null\n'],
    [[1, undefined], '[1,null]\n'],
  ])('%j', (value, line) => {
    expect(ndjsonLine(value)).toBe(line);
  });

  it('keeps every record on one line and reads back to the same value', () => {
    const values = [{ s: 'a\nb\rc\u2028d\u0085e\u000bf' }, { n: [1.5, -2, null], nested: { đ: 'Đ' } }, 'x'];
    const stream = values.map(ndjsonLine).join('');
    const lines = stream.split(/\r\n|[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/);
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(values);
  });

  it('refuses a value without JSON form', () => {
    expect(() => ndjsonLine(undefined)).toThrow(TypeError);
    expect(() => ndjsonLine(() => 1)).toThrow(TypeError);
  });
});
