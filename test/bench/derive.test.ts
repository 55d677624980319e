// Derived copies for the scale benchmark: new ids, perturbed numbers and names, dates kept, and
// after extraction new figures and people where the original had them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveArticle, deriveCopies } from '../../src/bench/derive.js';
import { seededRandom } from '../../src/bench/random.js';
import { prepareArticle } from '../../src/ingest/prepare-article.js';
import type { RawArticle } from '../../src/ingest/raw-article.js';

const PLAIN: RawArticle = {
  id: 'mau-01',
  url: 'https://bao-mau.vn/kinh-te/quang-ninh-fdi.html',
  title: 'Ông Phạm Đức Hải: Quảng Ninh thu hút 1.245 triệu USD vốn FDI',
  publishedAt: '2024-03-16',
  text: [
    'Sáng 15/3/2024, Chủ tịch UBND tỉnh Quảng Ninh Phạm Đức Hải tiếp đoàn doanh nghiệp Hàn Quốc.',
    'Theo ông Hải, năm 2023 tỉnh thu hút 1.245 triệu USD vốn FDI, tăng 27,5% so với năm 2022, với 86 dự án mới.',
    'Bà Nguyễn Thị Thu Hằng, Giám đốc Sở Kế hoạch và Đầu tư, cho biết ngày 20 tháng 4 tỉnh sẽ đón khoảng 350 đại biểu, lúc 8 giờ 30 tại TP Hồ Chí Minh.',
    'Dự kiến tăng trưởng 6-7%, giá đất 8.500.000đ/m2. Lúc 7h30 ngày 30-3, ông Phạm Đức Hải gọi đường dây nóng 0912345678.',
  ].join('\n'),
};

const SEGMENTED: RawArticle = {
  id: 'mau-02',
  text: [
    'Ngày 8/11/2023 , Thứ_trưởng Bộ Công_Thương Trần_Quốc_Khánh làm_việc với tỉnh Bình_Dương .',
    'Xuất_khẩu của tỉnh đạt 32.150 triệu USD , tăng 6,3 % so với năm 2022 .',
    'Ông Khánh cho_biết tỉnh có 4.120 doanh_nghiệp FDI , đường Nguyễn_Văn_Linh dài 2,5 km .',
  ].join('\n'),
};

const copiesOf = (article: RawArticle, n = 9, seed = 1) => deriveCopies(article, n, seed);
const numbers = (text: string) => [...text.matchAll(/\d[\d.,]*\d|\d/g)].map((m) => m[0]);

describe('deriveArticle: identity', () => {
  it('gives each copy an id and a url of its own, the rest of the metadata unchanged', () => {
    const copies = copiesOf(PLAIN);
    expect(copies.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => `mau-01~${k}`));
    expect(new Set(copies.map((c) => c.url)).size).toBe(9);
    expect(copies[2]!.url).toBe('https://bao-mau.vn/kinh-te/quang-ninh-fdi.html?copy=3');
    expect(copies.every((c) => c.publishedAt === '2024-03-16')).toBe(true);
  });

  it('leaves an absent id absent and keeps a url valid with its query and fragment', () => {
    const copy = deriveArticle({ url: 'https://bao-mau.vn/a?b=1#c', text: 'Có 12 người.' }, 2, seededRandom(1));
    expect(copy).not.toHaveProperty('id');
    expect(copy.url).toBe('https://bao-mau.vn/a?b=1&copy=2#c');
    expect(deriveArticle({ text: 'Có 12 người.' }, 2, seededRandom(1))).not.toHaveProperty('url');
  });

  it('rejects a copy number that is not a positive integer', () => {
    expect(() => deriveArticle(PLAIN, 0, seededRandom(1))).toThrow(RangeError);
  });
});

describe('deriveArticle: texts', () => {
  for (const [form, article] of [['plain', PLAIN], ['segmented', SEGMENTED]] as const) {
    it(`makes copies that differ from the original and from each other (${form})`, () => {
      const texts = copiesOf(article).map((c) => c.text);
      expect(texts).not.toContain(article.text);
      expect(new Set(texts).size).toBe(9);
    });
  }

  it('is deterministic: the same seed gives the same copies, another seed others', () => {
    expect(copiesOf(PLAIN, 9, 7)).toEqual(copiesOf(PLAIN, 9, 7));
    expect(deriveArticle(SEGMENTED, 3, seededRandom(5))).toEqual(deriveArticle(SEGMENTED, 3, seededRandom(5)));
    expect(copiesOf(PLAIN, 9, 7).map((c) => c.text)).not.toEqual(copiesOf(PLAIN, 9, 8).map((c) => c.text));
    // deriveCopies and deriveArticle are one computation.
    const [first] = copiesOf(PLAIN, 1, 7);
    expect(first).toEqual(deriveCopies(PLAIN, 9, 7)[0]);
  });

  it('keeps years, dates, times, codes and phone numbers as written', () => {
    const kept = ['15/3/2024', 'năm 2023', 'năm 2022', 'ngày 20 tháng 4', '8 giờ 30', '7h30 ngày 30-3', '0912345678', '/m2'];
    for (const copy of copiesOf(PLAIN)) for (const s of kept) expect(copy.text).toContain(s);
    for (const copy of copiesOf(SEGMENTED)) for (const s of ['Ngày 8/11/2023 ,', 'năm 2022 .']) expect(copy.text).toContain(s);
    const spaced = { text: 'Chiều nay 4-9 , Công_an xã bắt 3 đối_tượng . Ngày 31 / 12 , 7 người bị phạt 20.0000 đồng , SN 1989 .' };
    for (const copy of copiesOf(spaced)) {
      for (const s of ['Chiều nay 4-9 ,', 'Ngày 31 / 12 ,', '20.0000 đồng', 'SN 1989']) expect(copy.text).toContain(s);
      expect(copy.text).not.toContain('bắt 3 đối_tượng');
    }
  });

  it('changes every amount, keeping its notation: decimal comma, dot thousands, plain integer', () => {
    const shapes: [RegExp, RegExp][] = [
      [/thu hút (\S+) triệu USD/, /^\d{1,3}(?:\.\d{3})+$/],
      [/tăng (\S+)% so với/, /^\d+,\d$/],
      [/với (\S+) dự án/, /^[1-9]\d*$/],
      [/khoảng (\S+) đại biểu/, /^[1-9]\d*0$/], // a round number stays round
      [/giá đất (\S+)đ/, /^\d{1,3}(?:\.\d{3})+$/],
    ];
    for (const copy of copiesOf(PLAIN)) {
      for (const [where, shape] of shapes) {
        const before = where.exec(PLAIN.text)![1]!;
        const after = where.exec(copy.text)?.[1];
        expect(after, `${where} in ${copy.id}`).toMatch(shape);
        expect(after).not.toBe(before);
      }
      // A range stays a range.
      const [, low, high] = /tăng trưởng (\d+)-(\d+)%/.exec(copy.text)!;
      expect(Number(high)).toBeGreaterThan(Number(low));
      // Every grouped number is still well grouped.
      for (const n of numbers(copy.text)) if (/^\d+\.\d{3}/.test(n)) expect(n).toMatch(/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/);
    }
    for (const copy of copiesOf(SEGMENTED)) {
      expect(copy.text).toMatch(/đạt \d{1,3}(?:\.\d{3})+ triệu USD , tăng \d+,\d % so/);
      expect(copy.text).toMatch(/dài \d+,\d km \./);
      expect(copy.text).not.toContain('32.150');
      expect(copy.text).not.toContain('6,3 %');
    }
  });

  it('renames people consistently within the article, in proper Vietnamese letters', () => {
    const given = new Set<string>();
    for (const copy of copiesOf(PLAIN)) {
      expect(copy.text).toBe(copy.text.normalize('NFC'));
      const m = /Quảng Ninh (Phạm \p{Lu}\p{Ll}* (\p{Lu}\p{Ll}*)) tiếp/u.exec(copy.text)!;
      const [, full, newGiven] = m as unknown as [string, string, string];
      expect(full).not.toBe('Phạm Đức Hải');
      given.add(newGiven);
      // The same person everywhere: full name again, "ông" + given name, and in the title.
      expect(copy.text).toContain(`Theo ông ${newGiven},`);
      expect(copy.text).toContain(`ông ${full} gọi`);
      expect(copy.title).toBe(`Ông ${full}: Quảng Ninh thu hút ${/thu hút (\S+) triệu/.exec(copy.text)![1]} triệu USD vốn FDI`);
      // "Thị" kept: a woman stays a woman.
      expect(copy.text).toMatch(/Bà Nguyễn Thị \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*, Giám đốc/u);
      expect(copy.text).not.toContain('Thu Hằng');
      // Places and organisations are not names.
      for (const s of ['TP Hồ Chí Minh', 'tỉnh Quảng Ninh', 'Hàn Quốc', 'Sở Kế hoạch và Đầu tư']) expect(copy.text).toContain(s);
    }
    // The copies of one person are different people.
    expect(given.size).toBe(9);
    for (const copy of copiesOf(SEGMENTED)) {
      const [, middle, newGiven] = /Thứ_trưởng Bộ Công_Thương Trần_(\S+)_(\S+) làm_việc/.exec(copy.text)!;
      expect(`${middle} ${newGiven}`).not.toBe('Quốc Khánh');
      expect(copy.text).toContain(`Ông ${newGiven} cho_biết`);
      expect(copy.text).toContain('đường Nguyễn_Văn_Linh');
      expect(copy.text).toContain('tỉnh Bình_Dương');
    }
  });

  it('renames a short form with its full name, and leaves versions and bare years alone', () => {
    const article = {
      text: 'Anh Nguyễn Văn Hoàng A. bị thương. Sau đó anh Hoàng A. được đưa đi cấp cứu cùng 12 người khác; cách mạng công nghiệp 4.0 từ 2019.',
    };
    for (const copy of copiesOf(article)) {
      const [, middle, given] = /^Anh Nguyễn Văn (\p{Lu}\p{Ll}*) (\p{Lu}\p{Ll}*)\. bị/u.exec(copy.text)!;
      expect(copy.text).toContain(`anh ${middle} ${given}. được`);
      expect(copy.text).toContain('công nghiệp 4.0 từ 2019.');
      expect(copy.text).not.toContain(' 12 người');
    }
  });

  it('reads NFD input and writes NFC', () => {
    const copy = deriveArticle({ text: PLAIN.text.normalize('NFD') }, 1, seededRandom(1));
    expect(copy.text).toBe(copy.text.normalize('NFC'));
    expect(copy.text).not.toContain('Phạm Đức Hải');
  });

  it('tells apart the copies of an article with nothing to perturb', () => {
    const article = { id: 'x', text: 'Sáng 12/3, một vụ nổ xảy ra tại thôn Giác, tỉnh Phú Thọ.\nNgười dân đã sơ tán.' };
    const texts = copiesOf(article).map((c) => c.text);
    expect(new Set(texts).size).toBe(9);
    expect(texts[0]).toMatch(/^Sáng 12\/3, .*\n\n\(Bản sao 1\)\n$/s);
  });

  it('keeps any number it changes in its notation and changes its value (property)', () => {
    const written = fc.oneof(
      fc.integer({ min: 1, max: 999 }).map(String),
      fc.integer({ min: 1000, max: 999_999_999 }).map((n) => n.toLocaleString('de-DE')), // dot thousands
      fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 999 })).map(([i, d]) => `${i},${d}`), // decimal comma
    );
    fc.assert(
      fc.property(written, fc.integer({ min: 1, max: 30 }), fc.integer(), (n, copy, seed) => {
        const decimals = n.split(',')[1]?.length;
        const shape = decimals ? new RegExp(`^(?:0|[1-9]\\d*),\\d{${decimals}}$`) : n.includes('.') ? /^(?:\d{1,3}(?:\.\d{3})+|[1-9]\d{0,2})$/ : /^[1-9]\d*$/;
        const out = /đạt (\S+) triệu đồng/.exec(deriveArticle({ text: `Doanh thu đạt ${n} triệu đồng.` }, copy, seededRandom(seed)).text)![1]!;
        expect(out).toMatch(shape);
        expect(out).not.toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});

describe('deriveArticle: after extraction', () => {
  for (const [form, article] of [['plain', PLAIN], ['segmented', SEGMENTED]] as const) {
    it(`gives new figure values and new people, the same provinces and dates (${form})`, () => {
      const original = prepareArticle(article);
      const people = (p: typeof original) => new Set(p.extraction.entities.filter((e) => e.kind === 'person').map((e) => e.key));
      const provinces = (p: typeof original) => [...new Set(p.extraction.entities.filter((e) => e.kind === 'province').map((e) => e.key))].sort();
      expect(original.extraction.figures.length).toBeGreaterThanOrEqual(3);
      expect(people(original).size).toBeGreaterThanOrEqual(1);
      for (const copy of copiesOf(article).map(prepareArticle)) {
        expect(copy.contentHash).not.toBe(original.contentHash);
        const figures = copy.extraction.figures;
        expect(figures.map((f) => f.unit)).toEqual(original.extraction.figures.map((f) => f.unit));
        figures.forEach((f, k) => expect(f.value, f.text).not.toBe(original.extraction.figures[k]!.value));
        const copied = people(copy);
        expect(copied.size).toBe(people(original).size);
        for (const key of copied) expect(people(original).has(key), key).toBe(false);
        expect(provinces(copy)).toEqual(provinces(original));
        expect(copy.extraction.dates.map((d) => d.date)).toEqual(original.extraction.dates.map((d) => d.date));
      }
    });
  }
});
