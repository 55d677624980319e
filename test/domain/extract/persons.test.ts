import { describe, expect, it } from 'vitest';
import { bothForms, extract } from './helpers.js';

const persons = (text: string) => {
  const x = extract(text);
  const byKey = new Map<string, { name: string; titles: string[] }>();
  for (const e of x.entities.filter((e) => e.kind === 'person')) byKey.set(e.key, { name: e.name, titles: [] });
  for (const r of x.roles) byKey.get(r.personKey)?.titles.push(r.title);
  return { x, list: [...byKey.values()] };
};

describe('persons and their titles', () => {
  const cases: [string, string, string | null][] = [
    ['Phát_biểu tại buổi làm_việc , Bộ_trưởng Tài_chính Hồ_Đức_Phớc cho_biết ngân_sách đã vượt dự_toán .', 'Hồ Đức Phớc', 'Bộ trưởng Tài chính'],
    ['Thứ_trưởng Bộ Công_Thương Đỗ_Thắng_Hải chủ_trì cuộc họp với các doanh_nghiệp .', 'Đỗ Thắng Hải', 'Thứ trưởng Bộ Công Thương'],
    ['Ông Lê_Văn_Tâm , Phó Chủ_tịch UBND tỉnh Quảng_Ngãi , cho_biết tỉnh sẽ mở_rộng khu kinh_tế .', 'Lê Văn Tâm', 'Phó Chủ tịch UBND tỉnh Quảng Ngãi'],
    ['Bí_thư Tỉnh_ủy , Chủ_tịch HĐND tỉnh Cà_Mau Nguyễn_Tiến_Hải phát_biểu chỉ_đạo .', 'Nguyễn Tiến Hải', 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Cà Mau'],
    ['Cục_trưởng Cục Xúc_tiến thương_mại Bộ Công_Thương Vũ_Bá_Phú cho_biết thêm .', 'Vũ Bá Phú', 'Cục trưởng Cục Xúc tiến thương mại Bộ Công Thương'],
    ['Theo bà Nguyễn_Thị_Hồng_Vân - Giám_đốc Sở Kế_hoạch và Đầu_tư thành_phố Cần_Thơ , vốn đăng_ký tăng mạnh .', 'Nguyễn Thị Hồng Vân', 'Giám đốc Sở Kế hoạch và Đầu tư thành phố Cần Thơ'],
    ['PGS.TS Trần_Đình_Thiên , nguyên Viện_trưởng Viện Kinh_tế Việt_Nam , nhận_định tăng_trưởng sẽ chậm lại .', 'Trần Đình Thiên', 'Viện trưởng Viện Kinh tế Việt Nam'],
    ['Tổng_thống Pháp Emmanuel_Macron đã điện_đàm với lãnh_đạo các nước .', 'Emmanuel Macron', 'Tổng thống Pháp'],
    ['Thủ_tướng Malaysia_Anwar_Ibrahim sẽ thăm chính_thức Việt_Nam .', 'Anwar Ibrahim', 'Thủ tướng Malaysia'],
    ['Phó Chủ_tịch Ủy_ban nhân_dân tỉnh Gia_Lai Y_Ngọc phát_biểu tại buổi lễ .', 'Y Ngọc', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Gia Lai'],
    ['Đồng_chí Lê_Minh_Hưng , Bí_thư Trung_ương Đảng , Chánh Văn_phòng Trung_ương Đảng cùng dự .', 'Lê Minh Hưng', 'Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng'],
    ['Trong chuyến thăm , ông Trần_Văn_Sơn đã gặp các doanh_nghiệp .', 'Trần Văn Sơn', null],
  ];
  for (const [segmented, name, title] of cases) {
    for (const [form, text] of bothForms(segmented)) {
      it(`${name} (${form})`, () => {
        const { list } = persons(text);
        expect(list.map((p) => p.name)).toEqual([name]);
        if (title) expect(list[0]!.titles[0]).toBe(title);
        else expect(list[0]!.titles).toEqual([]);
      });
    }
  }

  for (const [form, text] of bothForms('Tổng_thống Mỹ Donald_Trump và Chủ_tịch Trung_Quốc Tập_Cận_Bình đã hội_đàm .')) {
    it(`two foreign leaders (${form})`, () => {
      const { list } = persons(text);
      expect(list).toEqual([
        { name: 'Donald Trump', titles: ['Tổng thống Mỹ'] },
        { name: 'Tập Cận Bình', titles: ['Chủ tịch Trung Quốc'] },
      ]);
    });
  }

  for (const [form, text] of bothForms(
    'Bộ_trưởng Ngoại_giao Phạm_Gia_Khiêm tiếp Đại_sứ Nhật_Bản . Ông Khiêm khẳng_định quan_hệ hai nước phát_triển tốt . Bộ_trưởng Phạm_Gia_Khiêm cũng đề_nghị tăng_cường hợp_tác .',
  )) {
    it(`resolves later short mentions to the full name (${form})`, () => {
      const { x, list } = persons(text);
      expect(list.map((p) => p.name)).toEqual(['Phạm Gia Khiêm']);
      const mentions = x.entities.filter((e) => e.kind === 'person');
      expect(mentions).toHaveLength(3);
      expect(new Set(mentions.map((m) => m.key))).toEqual(new Set(['phạm gia khiêm']));
    });
  }

  it('resolves a lone given name after an honorific when a segmented source shows where the word ends', () => {
    const { x } = persons('Trần_Trung_Chí_Hiếu bị khởi_tố . Bị_cáo Hiếu đại_diện 36 % phần vốn góp .');
    expect(x.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Trần Trung Chí Hiếu', 'Trần Trung Chí Hiếu']);
  });

  it('splits a title into organisation and province', () => {
    const { x } = persons('Phó Giám đốc Sở Công Thương tỉnh Nghệ An Lê Văn Lương cho biết.');
    expect(x.roles[0]).toMatchObject({
      person: 'Lê Văn Lương',
      personKey: 'lê văn lương',
      title: 'Phó Giám đốc Sở Công Thương tỉnh Nghệ An',
      organization: 'Sở Công Thương tỉnh Nghệ An',
      province: 'Nghệ An',
    });
  });

  it('drops the byline', () => {
    const text = 'Quảng Ninh thu hút thêm vốn đầu tư\nTỉnh đã cấp phép cho nhiều dự án mới trong quý đầu năm.\nCác doanh nghiệp đánh giá cao môi trường đầu tư của tỉnh.\nTrần Hoài';
    const { x, list } = persons(text);
    expect(x.byline).toBe('Trần Hoài');
    expect(list).toEqual([]);
  });

  it.each([
    ['Dự án nằm trên đường Nguyễn Văn Linh, quận 7.'],
    ['Trường THPT Lê Quý Đôn đạt giải nhất.'],
    ['Hội nghị diễn ra tại TP. Hồ Chí Minh.'],
  ])('no person in: %s', (text) => {
    expect(persons(text).list).toEqual([]);
  });

  for (const [form, text] of bothForms(
    'Ông Lê_Văn_Tâm , Phó Chủ_tịch UBND tỉnh Quảng_Ngãi , cho_biết tỉnh sẽ mở_rộng khu kinh_tế . Bộ_trưởng Tài_chính Hồ_Đức_Phớc cho_biết thêm .',
  )) {
    it(`keeps every span consistent with the text (${form})`, () => {
      const { x } = persons(text);
      for (const e of x.entities) expect(x.plain.slice(e.span.start, e.span.end)).toBe(e.text);
      for (const r of x.roles) expect(x.plain.slice(r.span.start, r.span.end)).toBe(r.text);
    });
  }

  for (const [form, text] of bothForms(
    'Chủ_tịch tỉnh Nguyễn_Văn_Cao cho_biết . Thống_đốc bang California Jerry_Brown phát_biểu . Thống_đốc tỉnh Ishikawa ( Nhật_Bản ) , ông Tanimoto_Masanori , cho_biết .',
  )) {
    it(`keeps the person after a province understood or a foreign state (${form})`, () => {
      expect(persons(text).list).toEqual([
        { name: 'Nguyễn Văn Cao', titles: ['Chủ tịch tỉnh'] },
        { name: 'Jerry Brown', titles: ['Thống đốc bang California'] },
        { name: 'Tanimoto Masanori', titles: ['Thống đốc tỉnh Ishikawa (Nhật Bản)'] },
      ]);
    });
  }
});

describe('a one-syllable country name after an honorific', () => {
  for (const [form, text] of bothForms('Ông Anh cho_biết xuất_khẩu sang Anh và Đức tăng , bà Mỹ nói thêm .')) {
    it(`is a person's given name, while the same names elsewhere are countries (${form})`, () => {
      const countries = extract(text).entities.filter((e) => e.kind === 'country').map((e) => e.text);
      expect(countries).toEqual(['Anh', 'Đức']);
    });
  }
});

describe('a country name inside a longer name', () => {
  const countries = (text: string) => extract(text).entities.filter((e) => e.kind === 'country').map((e) => e.text.replace(/_/g, ' '));
  it('joined by the segmenter to a syllable is no country ("Thủ_Đức", "Nhật_Hào", "Lào_Cai", "Pháp_luật")', () => {
    expect(countries('Công_ty Nhật_Hào ở Thủ_Đức xuất_khẩu sang Lào_Cai theo Pháp_luật , còn Mỹ và Nhật_Bản thì không .')).toEqual(['Mỹ', 'Nhật Bản']);
  });
  it('joined by the segmenter to a foreign name or a full name after it stays a country', () => {
    expect(countries('Bộ_trưởng Quốc_phòng Mỹ_Shanahan và Bộ_trưởng Tài_chính Mỹ_Steven_Mnuchin đến Seoul_Hàn_Quốc .')).toEqual(['Mỹ', 'Mỹ', 'Hàn Quốc']);
  });
  it('written plain, before one Vietnamese syllable, is a two-syllable name; before a foreign or full name, a country', () => {
    expect(countries('Công ty Nhật Hào thuê ông Anh Vũ, còn Tổng thống Nga Putin gặp Đại sứ tại Nga Ngô Đức Mạnh.')).toEqual(['Nga', 'Nga']);
  });
});
