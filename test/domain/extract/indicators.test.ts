import { describe, expect, it } from 'vitest';
import { classifyIndicator, coreIndicator, indicatorKey, searchIndicators } from '../../../src/domain/extract/indicator.js';
import {
  CORE_INDICATOR_IDS,
  INDICATORS,
  WHOLE_METRIC_CUES,
  indicatorById,
  type UnitKind,
} from '../../../src/domain/extract/lexicon/indicators.js';

/** The core catalogue of shared/gold/README.md, the contract the annotations are scored on. */
const GOLD_CORE_IDS = [
  'exports', 'imports', 'trade', 'trade_balance', 'fdi', 'fdi_disbursed', 'investment', 'projects', 'gdp', 'gdp_growth',
  'gdp_per_capita', 'inflation', 'budget_revenue', 'budget_spending', 'public_debt', 'oda', 'remittances', 'tourists',
  'tourism_revenue', 'agreements', 'visits', 'enterprises', 'delegates', 'workers',
];

/** A metric written word-segmented, in both forms the matcher must handle. */
const bothForms = (segmented: string): [string, string][] =>
  segmented.includes('_') ? [['segmented', segmented], ['plain', segmented.replace(/_/g, ' ')]] : [['plain', segmented]];

describe('classifyIndicator', () => {
  const cases: [string, UnitKind, string | null][] = [
    // Trade: "xuất nhập khẩu" is total trade, never exports or imports.
    ['xuất_nhập_khẩu', 'money', 'trade'],
    ['tổng kim_ngạch xuất_nhập_khẩu', 'money', 'trade'],
    ['Tổng kim ngạch xuất, nhập khẩu hàng hóa', 'money', 'trade'],
    ['kim_ngạch thương_mại', 'money', 'trade'],
    ['thương_mại hai chiều', 'money', 'trade'],
    ['kim ngạch thương mại song phương Việt Nam - Nhật Bản', 'money', 'trade'],
    ['trao_đổi thương_mại', 'money', 'trade'],
    ['kim_ngạch', 'money', 'trade'],
    ['thương_mại điện_tử', 'money', 'e_commerce'],
    ['xuất_siêu', 'money', 'trade_balance'],
    ['nhập siêu', 'money', 'trade_balance'],
    ['thặng_dư thương_mại', 'money', 'trade_balance'],
    ['cán cân thương mại hàng hóa', 'percent', 'trade_balance'],
    // Exports and imports, and the products that beat them.
    ['kim_ngạch xuất_khẩu', 'money', 'exports'],
    ['KIM NGẠCH XUẤT KHẨU', 'money', 'exports'],
    ['xuất khẩu', 'percent', 'exports'],
    ['tăng_trưởng xuất_khẩu', 'percent', 'exports'],
    ['tốc độ tăng trưởng xuất khẩu', 'percent', 'exports'],
    ['kim ngạch nhập khẩu', 'money', 'imports'],
    ['xuất_khẩu gạo', 'money', 'rice_exports'],
    ['xuất_khẩu gạo', 'quantity', 'rice_exports_volume'],
    ['lượng gạo xuất khẩu', 'quantity', 'rice_exports_volume'],
    ['xuất_khẩu', 'quantity', null],
    ['xuất_khẩu thủy_sản', 'money', 'seafood_exports'],
    ['xuất khẩu thuỷ sản', 'money', 'seafood_exports'],
    ['kim_ngạch xuất_khẩu cà_phê', 'money', 'coffee_exports'],
    ['kim ngạch xuất khẩu cà phê', 'quantity', 'coffee_exports_volume'],
    ['xuất khẩu điện thoại và linh kiện', 'money', 'phone_exports'],
    ['xuất khẩu nông, lâm, thủy sản', 'money', 'agricultural_exports'],
    ['nhập khẩu xăng dầu', 'money', 'petroleum_imports'],
    ['giá gạo xuất khẩu', 'money', null],
    ['tỷ trọng xuất khẩu', 'percent', null],
    ['doanh_nghiệp xuất_khẩu', 'count', 'enterprises'],
    // FDI and investment: the unit and the most specific cue decide.
    ['vốn FDI', 'money', 'fdi'],
    ['thu_hút FDI', 'percent', 'fdi'],
    ['thu hút đầu tư FDI', 'money', 'fdi'],
    ['vốn đầu_tư trực_tiếp nước_ngoài', 'money', 'fdi'],
    ['vốn FDI đăng ký', 'money', 'fdi'],
    ['tổng vốn đầu tư FDI', 'money', 'fdi'],
    ['vốn FDI giải_ngân', 'money', 'fdi_disbursed'],
    ['vốn FDI thực_hiện', 'money', 'fdi_disbursed'],
    ['giải ngân FDI', 'money', 'fdi_disbursed'],
    ['vốn đăng_ký cấp mới', 'money', 'fdi_new'],
    ['vốn FDI đăng ký cấp mới', 'money', 'fdi_new'],
    ['vốn đăng ký tăng thêm', 'money', 'fdi_added'],
    ['dự_án FDI', 'count', 'projects'],
    ['dự án', 'count', 'projects'],
    ['số dự án FDI', 'count', 'projects'],
    // A count indicator names what is counted, the metric's head: flats "for the project" are no projects.
    ['căn hộ thuê thương mại đối với dự án', 'count', null],
    ['nhiều dự án lớn giải phóng mặt bằng', 'percent', null],
    ['dự án cấp mới', 'count', 'new_projects'],
    ['vốn đầu_tư dự_án', 'money', 'investment'],
    ['tổng vốn đầu tư toàn xã hội', 'money', 'investment'],
    ['giải ngân vốn đầu tư công', 'percent', 'public_investment_disbursed'],
    ['doanh_nghiệp FDI', 'count', 'enterprises'],
    ['dự án FDI', 'money', 'fdi'],
    // Output, prices, budget.
    ['tăng_trưởng GDP', 'percent', 'gdp_growth'],
    ['tăng trưởng kinh tế', 'percent', 'gdp_growth'],
    ['tốc_độ tăng_trưởng', 'percent', 'gdp_growth'],
    ['tăng trưởng kinh tế', 'money', null],
    ['GDP', 'money', 'gdp'],
    ['gdp', 'percent', 'gdp'],
    ['tổng sản phẩm trong nước', 'money', 'gdp'],
    ['GDP bình_quân đầu_người', 'money', 'gdp_per_capita'],
    ['thu nhập bình quân đầu người', 'money', 'gdp_per_capita'],
    ['GRDP', 'money', 'grdp'],
    ['tốc độ tăng trưởng GRDP', 'percent', 'grdp_growth'],
    ['chỉ_số giá tiêu_dùng', 'percent', 'cpi'],
    ['CPI bình quân', 'percent', 'cpi'],
    ['lạm_phát', 'percent', 'inflation'],
    ['lạm phát cơ bản', 'percent', 'core_inflation'],
    ['tốc độ tăng giá tiêu_dùng bình_quân', 'percent', 'inflation'],
    ['mức đầu_tư toàn xã_hội thực_hiện', 'money', 'investment'],
    ['thu ngân_sách nhà_nước', 'money', 'budget_revenue'],
    ['thu ngân sách từ hoạt động xuất nhập khẩu', 'money', 'customs_revenue'],
    ['chi ngân sách', 'money', 'budget_spending'],
    ['tổng_dự_toán chi cho thu_nhập tăng thêm', 'money', 'budget_spending'],
    ['dự toán thu ngân sách nhà nước', 'money', 'budget_revenue'],
    ['bội chi ngân sách', 'percent', 'state_budget_deficit'],
    ['nợ công', 'percent', 'public_debt'],
    ['vốn ODA', 'money', 'oda'],
    ['kiều_hối', 'money', 'remittances'],
    ['tăng trưởng tín dụng', 'percent', 'credit_growth'],
    ['chỉ số sản xuất công nghiệp', 'percent', 'industrial_production'],
    ['tỉ lệ thất nghiệp', 'percent', 'unemployment'],
    ['tỷ lệ hộ nghèo', 'percent', 'poverty_rate'],
    ['hộ nghèo', 'count', 'poor_households'],
    ['năng suất lao động', 'money', 'labor_productivity'],
    ['lương thực', 'money', null],
    // Tourism, diplomacy, people.
    ['lượt khách quốc_tế', 'people', 'tourists'],
    ['tăng_trưởng khách quốc_tế', 'percent', 'tourists'],
    ['tăng trưởng khách hàng', 'percent', null],
    ['khách du lịch', 'people', 'tourists'],
    ['khách hàng', 'people', null],
    ['doanh_thu du_lịch', 'money', 'tourism_revenue'],
    ['thỏa_thuận hợp_tác', 'count', 'agreements'],
    ['thoả thuận hợp tác', 'count', 'agreements'],
    ['THỎA THUẬN', 'count', 'agreements'],
    ['văn_kiện hợp_tác', 'count', 'agreements'],
    ['bản ghi nhớ', 'count', 'agreements'],
    ['hiệp định thương mại tự do', 'count', 'agreements'],
    ['chuyến thăm', 'count', 'visits'],
    ['chuyến thăm của các lãnh_đạo chủ_chốt', 'count', 'visits'],
    ['đoàn', 'count', 'visits'],
    ['đoàn doanh nghiệp', 'count', 'visits'],
    ['đoàn viên', 'people', null],
    ['doanh_nghiệp', 'count', 'enterprises'],
    ['doanh nghiệp thành lập mới', 'count', 'new_enterprises'],
    ['đại_biểu', 'people', 'delegates'],
    ['lao_động', 'people', 'workers'],
    ['người lao động', 'people', 'workers'],
    ['việc làm', 'count', 'workers'],
    ['xuất khẩu lao động', 'people', 'labor_exports'],
    ['tai nạn lao động', 'count', null],
    // Nothing the catalogue knows.
    ['người mất tích', 'people', null],
    ['địa phương', 'count', null],
    ['mặt hàng', 'count', null],
    ['', 'money', null],
  ];
  for (const [segmented, unit, expected] of cases) {
    for (const [form, metric] of bothForms(segmented)) {
      it(`${metric} (${unit}, ${form}) -> ${expected}`, () => {
        expect(classifyIndicator(metric, unit)?.id ?? null).toBe(expected);
      });
    }
  }

  it('names the cue that decided, as the catalogue writes it', () => {
    expect(classifyIndicator('Tổng_kim_ngạch xuất_nhập_khẩu', 'money')).toEqual({ id: 'trade', cue: 'tổng kim ngạch xuất nhập khẩu' });
    expect(classifyIndicator('thoả thuận', 'count')).toEqual({ id: 'agreements', cue: 'thỏa thuận' });
  });

  it('ignores tone placement, case and Unicode form', () => {
    const nfd = 'thỏa thuận hợp tác'.normalize('NFD');
    expect(classifyIndicator(nfd, 'count')?.id).toBe('agreements');
    expect(classifyIndicator('KIỀU HỐI', 'money')?.id).toBe('remittances');
  });

  it('matches whole words only', () => {
    expect(classifyIndicator('xuất khẩu hàng tiêu dùng', 'money')?.id).toBe('exports');
    expect(classifyIndicator('đoàn thể', 'count')).toBeNull();
  });
});

describe('searchIndicators', () => {
  const cases: [string, string[], string[]][] = [
    // query, ids that must be there, ids that must not
    ['exports', ['exports', 'rice_exports', 'coffee_exports'], ['imports', 'trade', 'rice_exports_volume']],
    ['export', ['exports'], ['trade']],
    ['kim ngach xuat khau', ['exports', 'rice_exports'], ['trade']],
    ['xuất khẩu', ['exports', 'seafood_exports'], ['trade', 'imports']],
    ['Xuất_khẩu', ['exports'], ['trade']],
    ['GDP growth', ['gdp_growth', 'grdp_growth'], ['gdp']],
    ['gdp', ['gdp', 'grdp'], ['gdp_growth']],
    ['rice exports', ['rice_exports', 'rice_exports_volume'], ['exports', 'coffee_exports']],
    ['xuat khau gao', ['rice_exports', 'rice_exports_volume'], ['exports']],
    ['trade balance', ['trade_balance'], ['trade']],
    ['thuong mai hai chieu', ['trade'], ['exports']],
    ['FDI', ['fdi', 'fdi_new'], ['fdi_disbursed', 'projects']],
    ['foreign direct investment', ['fdi'], ['investment']],
    ['inflation', ['inflation', 'cpi', 'core_inflation'], []],
    ['thoa thuan', ['agreements'], []],
    ['thoả thuận', ['agreements'], []],
    ['tourists', ['tourists'], ['tourism_revenue']],
    ['tourism revenue', ['tourism_revenue'], ['tourists', 'budget_revenue']],
    ['enterprises', ['enterprises', 'new_enterprises', 'dissolved_enterprises'], []],
    ['remittances', ['remittances'], []],
    ['exports imports', ['exports', 'imports'], ['trade']],
    ['rice_exports', ['rice_exports'], ['exports']],
  ];
  for (const [query, present, absent] of cases) {
    it(`${query} -> ${present.join(', ')}`, () => {
      const ids = searchIndicators(query);
      for (const id of present) expect(ids).toContain(id);
      for (const id of absent) expect(ids).not.toContain(id);
    });
  }

  it('keeps accents a query carries: "thủ" is not "thu"', () => {
    expect(searchIndicators('thủ ngân sách')).not.toContain('budget_revenue');
    expect(searchIndicators('thu ngan sach')).toContain('budget_revenue');
  });

  it('finds nothing in text that names no indicator', () => {
    expect(searchIndicators('')).toEqual([]);
    expect(searchIndicators('weather in Hanoi')).toEqual([]);
  });
});

describe('coreIndicator', () => {
  const cases: [string, UnitKind, string | null][] = [
    ['exports', 'money', 'exports'],
    ['trade', 'money', 'trade'],
    ['rice_exports', 'money', 'exports'],
    ['rice_exports', 'percent', 'exports'],
    ['rice_exports_volume', 'quantity', null],
    ['fdi_new', 'money', 'fdi'],
    ['cpi', 'percent', 'inflation'],
    ['new_enterprises', 'count', 'enterprises'],
    ['labor_exports', 'people', 'workers'],
    ['grdp', 'money', 'gdp'],
    ['grdp_growth', 'percent', 'gdp_growth'],
    ['new_projects', 'count', 'projects'],
    ['interest_rate', 'percent', null],
    ['no_such_indicator', 'money', null],
  ];
  for (const [id, unit, expected] of cases) {
    it(`${id} (${unit}) -> ${expected}`, () => {
      expect(coreIndicator(id, unit)).toBe(expected);
    });
  }

  it('reports the core id of what classifyIndicator finds', () => {
    const core = (metric: string, unit: UnitKind) => {
      const match = classifyIndicator(metric, unit);
      return match === null ? null : coreIndicator(match.id, unit);
    };
    expect(core('kim ngạch xuất khẩu thủy sản', 'money')).toBe('exports');
    expect(core('xuất khẩu gạo', 'quantity')).toBeNull();
    expect(core('chỉ số giá tiêu dùng', 'percent')).toBe('inflation');
  });
});

describe('the indicator catalogue', () => {
  it('has unique snake_case ids', () => {
    const ids = INDICATORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('holds every core id of the gold, marked core, and no other', () => {
    for (const id of GOLD_CORE_IDS) expect(indicatorById(id)?.core, id).toBe(true);
    expect([...CORE_INDICATOR_IDS].sort()).toEqual([...GOLD_CORE_IDS].sort());
  });

  it('has at least 64 indicators', () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(64);
  });

  it('points narrower indicators at a core id, and core ones at nothing', () => {
    for (const d of INDICATORS) {
      if (d.core) expect(d.broader, d.id).toBeNull();
      else if (d.broader !== null) expect(indicatorById(d.broader)?.core, d.id).toBe(true);
    }
  });

  it('has labels, cues, English cues and units for every indicator', () => {
    for (const d of INDICATORS) {
      expect(d.en.trim(), d.id).not.toBe('');
      expect(d.vi.trim(), d.id).not.toBe('');
      expect(d.cues.length, d.id).toBeGreaterThan(0);
      expect(d.enCues.length, d.id).toBeGreaterThan(0);
      expect(d.units.length, d.id).toBeGreaterThan(0);
      expect(new Set(d.units).size, d.id).toBe(d.units.length);
    }
  });

  it('writes every cue in NFC with single spaces and no underscores', () => {
    for (const d of INDICATORS) {
      for (const cue of [...d.cues, ...d.enCues, d.vi]) {
        expect(cue, d.id).toBe(cue.normalize('NFC'));
        expect(cue, d.id).toBe(cue.trim());
        expect(cue, d.id).not.toMatch(/_|\s{2}/);
      }
      for (const cue of d.enCues) expect(cue, d.id).toBe(cue.toLowerCase());
    }
  });

  it('lists each wording once per indicator', () => {
    for (const d of INDICATORS) {
      const keys = d.cues.map(indicatorKey);
      expect(new Set(keys).size, d.id).toBe(keys.length);
    }
  });

  it('gives a wording to one indicator, or to several only for disjoint unit kinds', () => {
    const owners = new Map<string, string[]>();
    for (const d of INDICATORS) for (const cue of d.cues) owners.set(indicatorKey(cue), [...(owners.get(indicatorKey(cue)) ?? []), d.id]);
    for (const [cue, ids] of owners) {
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const shared = indicatorById(ids[i]!)!.units.filter((u) => indicatorById(ids[j]!)!.units.includes(u));
          expect(shared, `${cue}: ${ids[i]} and ${ids[j]}`).toEqual([]);
        }
      }
    }
  });

  it('finds each cue as its own indicator for some unit kind it takes', () => {
    for (const d of INDICATORS) {
      for (const cue of d.cues) {
        const found = d.units.some((unit) => classifyIndicator(cue, unit)?.id === d.id);
        expect(found, `${cue} -> ${d.id}`).toBe(true);
      }
    }
  });

  it('marks as whole-metric only cues the catalogue has', () => {
    const cues = new Set(INDICATORS.flatMap((d) => d.cues.map(indicatorKey)));
    for (const cue of WHOLE_METRIC_CUES) expect(cues.has(indicatorKey(cue)), cue).toBe(true);
  });
});
