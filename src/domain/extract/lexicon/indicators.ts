// The indicators a figure can be a value of, in both languages.
//
// A figure's metric is the noun phrase news prints ("kim ngạch xuất khẩu cà phê", "vốn FDI đăng ký");
// an indicator is what a reader asks for ("exports", "FDI"). The 24 core ids are the contract of the
// gold annotations (shared/gold/README.md, "The core indicator catalogue"); the others are the parts
// and neighbours economic and diplomatic news reports often enough to be asked for, each pointing at
// the core id it is a value of (`broader`) so that a product figure still scores as its core
// indicator. Cues are written as news writes them; tone placement, case, underscores and the i/y
// spelling of "tỷ"/"tỉ" are forgiven by the matcher, so each wording is listed once.

/** What a figure's unit is, as far as indicators care. 'quantity' = a physical unit (tấn, ha, kWh, m3, TEU...). */
export type UnitKind = 'money' | 'percent' | 'count' | 'people' | 'quantity';

export interface IndicatorDefinition {
  /** snake_case, stable: stored with facts and used in the API. */
  id: string;
  /** English label ("Exports"). */
  en: string;
  /** Vietnamese label ("Xuất khẩu"). */
  vi: string;
  /** Vietnamese phrases news uses for it (NFC, spaces, lowercase except acronyms and names). */
  cues: readonly string[];
  /** English words a user may search with. */
  enCues: readonly string[];
  /** Unit kinds a value of it may have; percent where a growth rate or share of it is reported as change. */
  units: readonly UnitKind[];
  /** One of the 24 ids of the gold catalogue. */
  core: boolean;
  /** For a narrower indicator, the core id it is a value of (rice_exports -> exports); null otherwise. */
  broader: string | null;
}

type Entry = Omit<IndicatorDefinition, 'core' | 'broader'>;

const core = (entry: Entry): IndicatorDefinition => ({ ...entry, core: true, broader: null });
const partOf = (broader: string, entry: Entry): IndicatorDefinition => ({ ...entry, core: false, broader });
const other = (entry: Entry): IndicatorDefinition => ({ ...entry, core: false, broader: null });

// A value in money, or its change in percent; and the same for counts, people and physical amounts.
const MONEY: readonly UnitKind[] = ['money', 'percent'];
const RATE: readonly UnitKind[] = ['percent'];
const COUNT: readonly UnitKind[] = ['count'];
const COUNT_CHANGE: readonly UnitKind[] = ['count', 'percent'];
const PEOPLE: readonly UnitKind[] = ['people', 'count'];
const PEOPLE_CHANGE: readonly UnitKind[] = ['people', 'count', 'percent'];
const AMOUNT: readonly UnitKind[] = ['quantity', 'percent'];
// Export volumes share their wording with export values ("xuất khẩu gạo" in tấn or in USD), so they
// take no percent: a percentage of "xuất khẩu gạo" goes to the value, the figure news leads with.
const VOLUME: readonly UnitKind[] = ['quantity'];
/** Index points ("PMI đạt 51,2 điểm", "VN-Index đạt 1.200 điểm") reach the matcher as a count or a quantity. */
const INDEX: readonly UnitKind[] = ['count', 'quantity', 'percent'];

/** An export product: its value belongs to exports. */
const exportsOf = (id: string, en: string, vi: string, cues: readonly string[], enCues: readonly string[]) =>
  partOf('exports', { id: `${id}_exports`, en: `${en} exports`, vi: `Xuất khẩu ${vi}`, units: MONEY, cues, enCues });

/** The tonnage of an export product: the same wording as its value, no core indicator. */
const exportVolumeOf = (id: string, en: string, vi: string, cues: readonly string[], enCues: readonly string[]) =>
  other({ id: `${id}_exports_volume`, en: `${en} export volume`, vi: `Lượng ${vi} xuất khẩu`, units: VOLUME, cues, enCues });

const RICE_EXPORT_CUES = ['xuất khẩu gạo', 'gạo xuất khẩu', 'xuất khẩu lúa gạo'];
const COFFEE_EXPORT_CUES = ['xuất khẩu cà phê', 'cà phê xuất khẩu'];
const RUBBER_EXPORT_CUES = ['xuất khẩu cao su', 'cao su xuất khẩu'];
const PEPPER_EXPORT_CUES = ['xuất khẩu hồ tiêu', 'hồ tiêu xuất khẩu'];
const CASHEW_EXPORT_CUES = ['xuất khẩu hạt điều', 'hạt điều xuất khẩu'];
const CRUDE_OIL_EXPORT_CUES = ['xuất khẩu dầu thô', 'dầu thô xuất khẩu'];

export const INDICATORS: readonly IndicatorDefinition[] = [
  // The core catalogue, in the order of the gold README.
  core({
    id: 'exports', en: 'Exports', vi: 'Xuất khẩu', units: MONEY,
    cues: [
      'xuất khẩu', 'kim ngạch xuất khẩu', 'tổng kim ngạch xuất khẩu', 'giá trị xuất khẩu', 'trị giá xuất khẩu',
      'xuất khẩu hàng hóa', 'kim ngạch xuất khẩu hàng hóa', 'hàng hóa xuất khẩu', 'hàng xuất khẩu',
      'kim ngạch hàng hóa xuất khẩu', 'tăng trưởng xuất khẩu',
    ],
    enCues: ['exports', 'export', 'export value', 'export turnover', 'export revenue', 'export earnings', 'goods exports', 'export growth', 'outbound shipments'],
  }),
  core({
    id: 'imports', en: 'Imports', vi: 'Nhập khẩu', units: MONEY,
    cues: [
      'nhập khẩu', 'kim ngạch nhập khẩu', 'tổng kim ngạch nhập khẩu', 'giá trị nhập khẩu', 'trị giá nhập khẩu',
      'nhập khẩu hàng hóa', 'kim ngạch nhập khẩu hàng hóa', 'hàng hóa nhập khẩu', 'hàng nhập khẩu', 'tăng trưởng nhập khẩu',
    ],
    enCues: ['imports', 'import', 'import value', 'import turnover', 'goods imports', 'import growth'],
  }),
  core({
    id: 'trade', en: 'Total trade', vi: 'Tổng kim ngạch xuất nhập khẩu', units: MONEY,
    cues: [
      'xuất nhập khẩu', 'kim ngạch xuất nhập khẩu', 'tổng kim ngạch xuất nhập khẩu', 'tổng kim ngạch xuất nhập khẩu hàng hóa',
      'giá trị xuất nhập khẩu', 'xuất nhập khẩu hàng hóa', 'xuất khẩu và nhập khẩu', 'xuất khẩu nhập khẩu',
      'kim ngạch', 'tổng kim ngạch', 'kim ngạch hai chiều', 'hai chiều',
      'thương mại', 'kim ngạch thương mại', 'kim ngạch thương mại hai chiều', 'thương mại hai chiều', 'thương mại song phương',
      'kim ngạch thương mại song phương', 'thương mại hàng hóa', 'kim ngạch thương mại hàng hóa',
      'trao đổi thương mại', 'kim ngạch trao đổi thương mại', 'kim ngạch trao đổi', 'trao đổi hàng hóa',
      'giao thương', 'giao thương hai chiều', 'buôn bán hai chiều', 'kim ngạch buôn bán', 'mậu dịch hai chiều',
      'mậu dịch song phương', 'ngoại thương', 'kim ngạch ngoại thương',
    ],
    enCues: ['trade', 'total trade', 'trade turnover', 'trade value', 'bilateral trade', 'two-way trade', 'foreign trade', 'exports and imports', 'import-export', 'merchandise trade'],
  }),
  core({
    id: 'trade_balance', en: 'Trade surplus or deficit', vi: 'Cán cân thương mại', units: MONEY,
    cues: [
      'xuất siêu', 'nhập siêu', 'mức xuất siêu', 'mức nhập siêu', 'giá trị xuất siêu', 'thặng dư thương mại',
      'thâm hụt thương mại', 'cán cân thương mại', 'cán cân thương mại hàng hóa', 'thặng dư cán cân thương mại',
      'thâm hụt cán cân thương mại', 'cán cân xuất nhập khẩu', 'thặng dư mậu dịch', 'thâm hụt mậu dịch',
    ],
    enCues: ['trade balance', 'trade surplus', 'trade deficit', 'surplus', 'deficit in trade', 'net exports'],
  }),
  core({
    id: 'fdi', en: 'Foreign direct investment', vi: 'Vốn đầu tư trực tiếp nước ngoài', units: MONEY,
    cues: [
      'FDI', 'vốn FDI', 'đầu tư FDI', 'vốn đầu tư FDI', 'tổng vốn FDI', 'dòng vốn FDI', 'nguồn vốn FDI', 'vốn FDI đăng ký',
      'tổng vốn FDI đăng ký', 'vốn đăng ký FDI', 'thu hút FDI', 'thu hút vốn FDI', 'thu hút đầu tư FDI',
      'đầu tư trực tiếp nước ngoài', 'vốn đầu tư trực tiếp nước ngoài', 'tổng vốn đầu tư trực tiếp nước ngoài',
      'nguồn vốn đầu tư trực tiếp nước ngoài', 'dòng vốn đầu tư trực tiếp nước ngoài', 'thu hút đầu tư trực tiếp nước ngoài',
      'thu hút vốn đầu tư trực tiếp nước ngoài', 'đầu tư nước ngoài', 'vốn đầu tư nước ngoài', 'tổng vốn đầu tư nước ngoài',
      'dòng vốn đầu tư nước ngoài', 'nguồn vốn đầu tư nước ngoài', 'thu hút đầu tư nước ngoài', 'thu hút vốn đầu tư nước ngoài',
      'vốn đầu tư nước ngoài đăng ký', 'vốn đăng ký của nhà đầu tư nước ngoài',
    ],
    enCues: ['fdi', 'foreign direct investment', 'foreign investment', 'fdi inflows', 'registered fdi', 'fdi attraction', 'fdi commitments'],
  }),
  core({
    id: 'fdi_disbursed', en: 'FDI disbursed', vi: 'Vốn FDI giải ngân', units: MONEY,
    cues: [
      'vốn FDI giải ngân', 'vốn FDI thực hiện', 'vốn FDI được giải ngân', 'vốn FDI đã giải ngân', 'FDI giải ngân',
      'FDI thực hiện', 'giải ngân FDI', 'giải ngân vốn FDI', 'vốn FDI thực hiện giải ngân',
      'vốn đầu tư trực tiếp nước ngoài giải ngân', 'vốn đầu tư trực tiếp nước ngoài thực hiện',
      'giải ngân vốn đầu tư trực tiếp nước ngoài', 'vốn đầu tư nước ngoài giải ngân', 'vốn đầu tư nước ngoài thực hiện',
      'giải ngân vốn đầu tư nước ngoài', 'vốn thực hiện của các dự án FDI', 'vốn thực hiện của khu vực FDI',
      'vốn thực hiện của các dự án đầu tư nước ngoài', 'vốn thực hiện của các dự án đầu tư trực tiếp nước ngoài',
    ],
    enCues: ['fdi disbursed', 'fdi disbursement', 'disbursed fdi', 'realised fdi', 'realized fdi', 'implemented fdi'],
  }),
  core({
    id: 'investment', en: 'Investment capital', vi: 'Vốn đầu tư', units: MONEY,
    cues: [
      'vốn đầu tư', 'tổng vốn đầu tư', 'đầu tư', 'tổng mức đầu tư', 'nguồn vốn đầu tư', 'khoản đầu tư',
      'vốn đầu tư toàn xã hội', 'tổng vốn đầu tư toàn xã hội', 'vốn đầu tư phát triển toàn xã hội', 'vốn đầu tư xã hội',
      'vốn đăng ký', 'tổng vốn đăng ký', 'vốn đầu tư đăng ký', 'vốn đầu tư thực hiện', 'vốn thực hiện', 'vốn đầu tư dự án',
      'thu hút đầu tư', 'thu hút vốn đầu tư', 'vốn đầu tư cam kết', 'vốn cam kết đầu tư', 'vốn cam kết',
      'đầu tư toàn xã hội', 'mức đầu tư toàn xã hội', 'tổng đầu tư toàn xã hội',
    ],
    enCues: ['investment', 'investment capital', 'total investment', 'registered capital', 'social investment', 'capital investment', 'invested capital'],
  }),
  core({
    id: 'projects', en: 'Investment projects', vi: 'Dự án đầu tư', units: COUNT_CHANGE,
    cues: [
      'dự án', 'dự án đầu tư', 'dự án FDI', 'dự án vốn FDI', 'dự án đầu tư trực tiếp nước ngoài', 'dự án đầu tư nước ngoài',
      'dự án có vốn đầu tư nước ngoài', 'dự án được cấp phép', 'lượt dự án',
    ],
    enCues: ['projects', 'investment projects', 'fdi projects', 'number of projects', 'licensed projects'],
  }),
  core({
    id: 'gdp', en: 'GDP', vi: 'Tổng sản phẩm trong nước', units: MONEY,
    cues: [
      'GDP', 'tổng sản phẩm trong nước', 'tổng sản phẩm quốc nội', 'tổng sản phẩm nội địa', 'tổng sản phẩm',
      'quy mô nền kinh tế', 'quy mô kinh tế', 'quy mô GDP', 'GDP danh nghĩa',
    ],
    enCues: ['gdp', 'gross domestic product', 'size of the economy', 'economic output', 'nominal gdp'],
  }),
  core({
    id: 'gdp_growth', en: 'GDP growth rate', vi: 'Tăng trưởng GDP', units: RATE,
    cues: [
      'tăng trưởng GDP', 'GDP tăng trưởng', 'tăng trưởng kinh tế', 'tốc độ tăng trưởng kinh tế', 'tăng trưởng kinh tế bình quân',
      'tăng trưởng tổng sản phẩm trong nước', 'tăng trưởng tổng sản phẩm quốc nội', 'tăng trưởng nền kinh tế', 'tăng trưởng', 'tốc độ tăng trưởng', 'mức tăng trưởng', 'tăng trưởng bình quân',
      'tốc độ tăng trưởng bình quân',
    ],
    enCues: ['gdp growth', 'economic growth', 'growth rate', 'gdp growth rate', 'growth of the economy', 'economic growth rate'],
  }),
  core({
    id: 'gdp_per_capita', en: 'GDP or income per capita', vi: 'GDP bình quân đầu người', units: MONEY,
    cues: [
      'GDP bình quân đầu người', 'GDP đầu người', 'GDP bình quân', 'thu nhập bình quân đầu người', 'thu nhập đầu người',
      'thu nhập bình quân', 'GNI bình quân đầu người', 'bình quân đầu người', 'trên đầu người',
      // "GDP/người", "thu nhập/người": the slash is no word
      'GDP / người', 'GNI / người', 'thu nhập / người', 'thu nhập bình quân / người',
    ],
    enCues: ['gdp per capita', 'per capita gdp', 'income per capita', 'per capita income', 'average income per person'],
  }),
  core({
    id: 'inflation', en: 'Consumer prices, inflation', vi: 'Lạm phát', units: RATE,
    cues: ['lạm phát', 'tỷ lệ lạm phát', 'mức lạm phát', 'chỉ số lạm phát', 'lạm phát bình quân', 'tăng giá tiêu dùng', 'tốc độ tăng giá tiêu dùng', 'mức tăng giá tiêu dùng'],
    enCues: ['inflation', 'inflation rate', 'consumer prices', 'price level'],
  }),
  core({
    id: 'budget_revenue', en: 'Budget revenue', vi: 'Thu ngân sách', units: MONEY,
    cues: [
      'thu ngân sách', 'thu ngân sách nhà nước', 'tổng thu ngân sách', 'tổng thu ngân sách nhà nước', 'thu NSNN',
      'thu ngân sách địa phương', 'thu ngân sách trên địa bàn', 'thu ngân sách nhà nước trên địa bàn', 'nguồn thu ngân sách',
      'thu cân đối ngân sách', 'tổng thu', 'nguồn thu', 'dự toán thu', 'dự toán thu ngân sách', 'dự toán thu ngân sách nhà nước',
    ],
    enCues: ['budget revenue', 'state budget revenue', 'revenue', 'government revenue', 'public revenue', 'fiscal revenue'],
  }),
  core({
    id: 'budget_spending', en: 'Budget spending', vi: 'Chi ngân sách', units: MONEY,
    cues: [
      'chi ngân sách', 'chi ngân sách nhà nước', 'tổng chi ngân sách', 'tổng chi ngân sách nhà nước', 'chi NSNN',
      'chi ngân sách địa phương', 'chi thường xuyên', 'chi đầu tư phát triển', 'chi đầu tư', 'chi tiêu công',
      'chi tiêu ngân sách', 'tổng chi', 'dự toán chi', 'dự toán chi ngân sách', 'dự toán chi ngân sách nhà nước',
    ],
    enCues: ['budget spending', 'budget expenditure', 'state budget spending', 'government spending', 'public spending', 'public expenditure', 'recurrent spending', 'development spending'],
  }),
  core({
    id: 'public_debt', en: 'Public debt', vi: 'Nợ công', units: MONEY,
    cues: [
      'nợ công', 'dư nợ công', 'tỷ lệ nợ công', 'nợ Chính phủ', 'nợ nước ngoài', 'nợ nước ngoài của quốc gia',
      'nợ được Chính phủ bảo lãnh', 'nợ chính quyền địa phương',
    ],
    enCues: ['public debt', 'government debt', 'national debt', 'foreign debt', 'external debt', 'sovereign debt'],
  }),
  core({
    id: 'oda', en: 'Official development assistance', vi: 'Vốn ODA', units: MONEY,
    cues: [
      'ODA', 'vốn ODA', 'nguồn vốn ODA', 'vốn vay ODA', 'viện trợ ODA', 'vốn ODA và vốn vay ưu đãi', 'vốn vay ưu đãi',
      'hỗ trợ phát triển chính thức', 'vốn hỗ trợ phát triển chính thức', 'viện trợ phát triển chính thức',
      'nguồn vốn hỗ trợ phát triển chính thức',
    ],
    enCues: ['oda', 'official development assistance', 'development aid', 'concessional loans', 'aid loans'],
  }),
  core({
    id: 'remittances', en: 'Remittances', vi: 'Kiều hối', units: MONEY,
    cues: ['kiều hối', 'lượng kiều hối', 'nguồn kiều hối', 'tiền kiều hối', 'kiều hối chuyển về', 'kiều hối gửi về'],
    enCues: ['remittances', 'remittance', 'money sent home', 'overseas remittances'],
  }),
  core({
    id: 'tourists', en: 'Tourist arrivals', vi: 'Lượt khách du lịch', units: PEOPLE_CHANGE,
    cues: [
      'lượt khách', 'khách quốc tế', 'lượt khách quốc tế', 'khách du lịch', 'lượt khách du lịch',
      'khách du lịch quốc tế', 'lượt khách du lịch quốc tế', 'du khách', 'lượt du khách', 'du khách quốc tế',
      'du khách nước ngoài', 'khách nước ngoài', 'khách du lịch nước ngoài', 'khách nội địa', 'khách du lịch nội địa',
      'khách tham quan', 'lượt khách tham quan', 'khách lưu trú', 'lượt khách lưu trú',
      'tăng trưởng khách quốc tế', 'tăng trưởng khách du lịch', 'tăng trưởng lượt khách', 'tăng trưởng du khách',
    ],
    enCues: ['tourists', 'tourist arrivals', 'visitors', 'visitor arrivals', 'international arrivals', 'foreign visitors', 'international tourists', 'domestic tourists'],
  }),
  core({
    id: 'tourism_revenue', en: 'Tourism revenue', vi: 'Doanh thu du lịch', units: MONEY,
    cues: [
      'doanh thu du lịch', 'doanh thu từ du lịch', 'doanh thu ngành du lịch', 'tổng thu du lịch', 'tổng thu từ du lịch',
      'thu từ du lịch', 'thu nhập từ du lịch', 'thu từ khách du lịch', 'tổng thu từ khách du lịch',
      'doanh thu từ khách du lịch', 'doanh thu du lịch lữ hành',
    ],
    enCues: ['tourism revenue', 'tourism receipts', 'tourism income', 'tourism earnings', 'revenue from tourism'],
  }),
  core({
    id: 'agreements', en: 'Agreements signed', vi: 'Thỏa thuận hợp tác', units: COUNT,
    cues: [
      'thỏa thuận', 'thỏa thuận hợp tác', 'văn bản thỏa thuận', 'biên bản thỏa thuận', 'thỏa thuận quốc tế',
      'văn kiện', 'văn kiện hợp tác', 'văn bản hợp tác', 'biên bản hợp tác', 'bản ghi nhớ', 'biên bản ghi nhớ',
      'bản ghi nhớ hợp tác', 'MOU', 'hiệp định', 'hiệp định thương mại tự do', 'FTA', 'điều ước quốc tế',
      'hợp đồng', 'hợp đồng ký kết',
    ],
    enCues: ['agreements', 'agreement', 'cooperation agreements', 'deals', 'memoranda of understanding', 'memorandum of understanding', 'mous', 'treaties', 'free trade agreements', 'ftas', 'contracts', 'documents signed'],
  }),
  core({
    id: 'visits', en: 'Official visits', vi: 'Chuyến thăm', units: COUNT,
    cues: [
      'chuyến thăm', 'chuyến thăm chính thức', 'chuyến thăm cấp nhà nước', 'chuyến thăm cấp cao', 'chuyến thăm và làm việc',
      'chuyến thăm làm việc', 'chuyến viếng thăm', 'chuyến công tác', 'chuyến công du', 'đoàn', 'lượt đoàn',
      'đoàn công tác', 'đoàn cấp cao', 'đoàn đại biểu', 'đoàn doanh nghiệp', 'đoàn lãnh đạo', 'đoàn khách',
      'đoàn ra', 'đoàn vào', 'đoàn quốc tế', 'đoàn nước ngoài',
    ],
    enCues: ['visits', 'visit', 'official visits', 'state visits', 'delegations', 'delegation', 'trips', 'high-level visits'],
  }),
  core({
    id: 'enterprises', en: 'Enterprises', vi: 'Doanh nghiệp', units: COUNT_CHANGE,
    cues: [
      'doanh nghiệp', 'doanh nghiệp FDI', 'doanh nghiệp có vốn đầu tư nước ngoài', 'doanh nghiệp đầu tư nước ngoài',
      'doanh nghiệp vốn đầu tư nước ngoài', 'doanh nghiệp nước ngoài', 'doanh nghiệp đang hoạt động', 'doanh nghiệp hoạt động',
      'doanh nghiệp tham dự', 'công ty',
    ],
    enCues: ['enterprises', 'firms', 'companies', 'businesses', 'number of firms', 'number of enterprises', 'fdi enterprises'],
  }),
  core({
    id: 'delegates', en: 'Participants', vi: 'Đại biểu', units: PEOPLE,
    cues: [
      'đại biểu', 'đại biểu tham dự', 'đại biểu quốc tế', 'đại biểu và khách mời', 'khách mời', 'khách tham dự',
      'người tham dự', 'lượt người tham dự', 'diễn giả',
    ],
    enCues: ['delegates', 'participants', 'attendees', 'guests', 'speakers', 'attendance'],
  }),
  core({
    id: 'workers', en: 'Workers, jobs', vi: 'Lao động, việc làm', units: PEOPLE,
    cues: [
      'lao động', 'người lao động', 'công nhân', 'công nhân lao động', 'nhân công', 'việc làm', 'việc làm mới',
      'chỗ làm việc', 'công ăn việc làm', 'lao động có việc làm', 'giải quyết việc làm', 'tạo việc làm',
      'lao động được giải quyết việc làm', 'lao động được tạo việc làm',
    ],
    enCues: ['workers', 'jobs', 'labour', 'labor', 'employment', 'employees', 'new jobs', 'job creation'],
  }),

  // Trade by product: the value belongs to exports or imports, the tonnage to no core indicator.
  exportsOf('rice', 'Rice', 'gạo', [...RICE_EXPORT_CUES, 'kim ngạch xuất khẩu gạo'], ['rice exports', 'rice export', 'rice export value']),
  exportVolumeOf('rice', 'Rice', 'gạo', [...RICE_EXPORT_CUES, 'lượng gạo xuất khẩu', 'sản lượng gạo xuất khẩu', 'khối lượng gạo xuất khẩu', 'khối lượng xuất khẩu gạo', 'lượng xuất khẩu gạo'], ['rice exports', 'rice export volume', 'rice exported tonnes']),
  exportsOf('coffee', 'Coffee', 'cà phê', [...COFFEE_EXPORT_CUES, 'kim ngạch xuất khẩu cà phê'], ['coffee exports', 'coffee export']),
  exportVolumeOf('coffee', 'Coffee', 'cà phê', [...COFFEE_EXPORT_CUES, 'lượng cà phê xuất khẩu', 'khối lượng cà phê xuất khẩu'], ['coffee exports', 'coffee export volume']),
  exportsOf('rubber', 'Rubber', 'cao su', RUBBER_EXPORT_CUES, ['rubber exports', 'rubber export']),
  exportVolumeOf('rubber', 'Rubber', 'cao su', [...RUBBER_EXPORT_CUES, 'lượng cao su xuất khẩu'], ['rubber exports', 'rubber export volume']),
  exportsOf('pepper', 'Pepper', 'hồ tiêu', PEPPER_EXPORT_CUES, ['pepper exports', 'pepper export']),
  exportVolumeOf('pepper', 'Pepper', 'hồ tiêu', [...PEPPER_EXPORT_CUES, 'lượng hồ tiêu xuất khẩu'], ['pepper exports', 'pepper export volume']),
  exportsOf('cashew', 'Cashew', 'hạt điều', CASHEW_EXPORT_CUES, ['cashew exports', 'cashew nut exports']),
  exportVolumeOf('cashew', 'Cashew', 'hạt điều', [...CASHEW_EXPORT_CUES, 'lượng hạt điều xuất khẩu'], ['cashew exports', 'cashew export volume']),
  exportsOf('crude_oil', 'Crude oil', 'dầu thô', CRUDE_OIL_EXPORT_CUES, ['crude oil exports', 'oil exports']),
  exportVolumeOf('crude_oil', 'Crude oil', 'dầu thô', [...CRUDE_OIL_EXPORT_CUES, 'lượng dầu thô xuất khẩu'], ['crude oil exports', 'crude oil export volume']),
  exportsOf('seafood', 'Seafood', 'thủy sản', ['xuất khẩu thủy sản', 'thủy sản xuất khẩu', 'xuất khẩu hải sản', 'xuất khẩu hàng thủy sản'], ['seafood exports', 'fishery exports', 'aquatic exports']),
  exportsOf('shrimp', 'Shrimp', 'tôm', ['xuất khẩu tôm', 'tôm xuất khẩu'], ['shrimp exports', 'prawn exports']),
  exportsOf('pangasius', 'Pangasius', 'cá tra', ['xuất khẩu cá tra', 'cá tra xuất khẩu'], ['pangasius exports', 'tra fish exports', 'catfish exports']),
  exportsOf('textile', 'Textile and garment', 'dệt may', ['xuất khẩu dệt may', 'xuất khẩu hàng dệt may', 'dệt may xuất khẩu', 'xuất khẩu may mặc'], ['textile exports', 'garment exports', 'apparel exports', 'textile and garment exports']),
  exportsOf('footwear', 'Footwear', 'giày dép', ['xuất khẩu giày dép', 'xuất khẩu da giày', 'giày dép xuất khẩu'], ['footwear exports', 'shoe exports', 'leather and footwear exports']),
  exportsOf('electronics', 'Electronics', 'điện tử', [
    'xuất khẩu điện tử', 'xuất khẩu hàng điện tử', 'xuất khẩu sản phẩm điện tử', 'xuất khẩu linh kiện điện tử',
    'xuất khẩu máy vi tính', 'xuất khẩu máy vi tính sản phẩm điện tử và linh kiện', 'xuất khẩu điện tử máy tính và linh kiện',
  ], ['electronics exports', 'computer exports', 'electronic component exports']),
  exportsOf('phone', 'Phone', 'điện thoại', ['xuất khẩu điện thoại', 'xuất khẩu điện thoại và linh kiện', 'xuất khẩu điện thoại các loại và linh kiện', 'điện thoại xuất khẩu'], ['phone exports', 'mobile phone exports', 'smartphone exports']),
  exportsOf('machinery', 'Machinery', 'máy móc', ['xuất khẩu máy móc', 'xuất khẩu máy móc thiết bị', 'xuất khẩu máy móc thiết bị dụng cụ phụ tùng'], ['machinery exports', 'equipment exports']),
  exportsOf('wood', 'Wood', 'gỗ', ['xuất khẩu gỗ', 'xuất khẩu gỗ và sản phẩm gỗ', 'xuất khẩu đồ gỗ', 'xuất khẩu lâm sản', 'xuất khẩu gỗ và lâm sản', 'đồ gỗ xuất khẩu'], ['wood exports', 'timber exports', 'furniture exports', 'forest product exports']),
  exportsOf('fruit_vegetable', 'Fruit and vegetable', 'rau quả', ['xuất khẩu rau quả', 'xuất khẩu rau hoa quả', 'xuất khẩu hoa quả', 'xuất khẩu trái cây', 'rau quả xuất khẩu'], ['fruit and vegetable exports', 'fruit exports', 'vegetable exports']),
  exportsOf('steel', 'Steel', 'sắt thép', ['xuất khẩu sắt thép', 'xuất khẩu thép'], ['steel exports', 'iron and steel exports']),
  exportsOf('agricultural', 'Agricultural', 'nông sản', [
    'xuất khẩu nông sản', 'xuất khẩu hàng nông sản', 'nông sản xuất khẩu', 'xuất khẩu nông lâm thủy sản', 'xuất khẩu nông lâm sản',
    'xuất khẩu nông thủy sản', 'xuất khẩu nông sản thực phẩm',
  ], ['agricultural exports', 'farm exports', 'agro exports', 'agro-forestry-fishery exports']),
  partOf('imports', { id: 'petroleum_imports', en: 'Petroleum imports', vi: 'Nhập khẩu xăng dầu', units: MONEY, cues: ['nhập khẩu xăng dầu', 'xăng dầu nhập khẩu'], enCues: ['petroleum imports', 'fuel imports', 'oil imports'] }),
  partOf('imports', { id: 'machinery_imports', en: 'Machinery imports', vi: 'Nhập khẩu máy móc thiết bị', units: MONEY, cues: ['nhập khẩu máy móc', 'nhập khẩu máy móc thiết bị', 'nhập khẩu máy móc thiết bị dụng cụ phụ tùng'], enCues: ['machinery imports', 'equipment imports'] }),
  partOf('imports', { id: 'electronics_imports', en: 'Electronics imports', vi: 'Nhập khẩu điện tử', units: MONEY, cues: ['nhập khẩu điện tử', 'nhập khẩu hàng điện tử', 'nhập khẩu linh kiện điện tử', 'nhập khẩu máy vi tính sản phẩm điện tử và linh kiện'], enCues: ['electronics imports', 'electronic component imports'] }),
  other({ id: 'export_markets', en: 'Export markets', vi: 'Thị trường xuất khẩu', units: COUNT, cues: ['thị trường xuất khẩu'], enCues: ['export markets'] }),
  other({ id: 'export_items', en: 'Export items', vi: 'Mặt hàng xuất khẩu', units: COUNT, cues: ['mặt hàng xuất khẩu', 'nhóm hàng xuất khẩu', 'mặt hàng có kim ngạch xuất khẩu', 'mặt hàng đạt kim ngạch xuất khẩu'], enCues: ['export items', 'export products', 'export commodities'] }),
  other({ id: 'e_commerce', en: 'E-commerce', vi: 'Thương mại điện tử', units: MONEY, cues: ['thương mại điện tử', 'doanh thu thương mại điện tử', 'quy mô thương mại điện tử', 'bán lẻ trực tuyến'], enCues: ['e-commerce', 'ecommerce', 'online retail', 'online sales'] }),

  // Investment by kind.
  partOf('fdi', {
    id: 'fdi_new', en: 'Newly registered FDI', vi: 'Vốn FDI đăng ký cấp mới', units: MONEY,
    cues: ['vốn đăng ký cấp mới', 'vốn đăng ký mới', 'vốn cấp mới', 'đăng ký cấp mới', 'vốn FDI cấp mới', 'vốn FDI đăng ký cấp mới', 'vốn FDI đăng ký mới', 'vốn đầu tư đăng ký cấp mới', 'vốn đầu tư đăng ký mới'],
    enCues: ['new fdi', 'newly registered fdi', 'newly registered capital', 'new registered capital'],
  }),
  partOf('fdi', {
    id: 'fdi_added', en: 'Additional FDI', vi: 'Vốn FDI đăng ký tăng thêm', units: MONEY,
    cues: ['vốn đăng ký tăng thêm', 'vốn tăng thêm', 'vốn đăng ký điều chỉnh', 'vốn điều chỉnh', 'vốn FDI tăng thêm', 'vốn FDI điều chỉnh', 'vốn đầu tư tăng thêm', 'vốn đầu tư điều chỉnh'],
    enCues: ['additional fdi', 'additional capital', 'adjusted capital', 'capital increase'],
  }),
  partOf('fdi', {
    id: 'fdi_capital_contribution', en: 'FDI by capital contribution and share purchase', vi: 'Góp vốn, mua cổ phần', units: MONEY,
    cues: ['góp vốn mua cổ phần', 'vốn góp mua cổ phần', 'vốn góp vốn mua cổ phần', 'góp vốn mua cổ phần của nhà đầu tư nước ngoài'],
    enCues: ['capital contribution', 'share purchase', 'share purchases', 'capital contribution and share purchase', 'm&a'],
  }),
  partOf('projects', {
    id: 'new_projects', en: 'Newly licensed projects', vi: 'Dự án cấp mới', units: COUNT_CHANGE,
    cues: ['dự án cấp mới', 'dự án mới', 'dự án được cấp mới', 'dự án đầu tư mới', 'dự án FDI mới', 'dự án mới được cấp phép', 'dự án cấp phép mới', 'dự án được cấp phép mới'],
    enCues: ['new projects', 'newly licensed projects'],
  }),
  partOf('projects', {
    id: 'adjusted_projects', en: 'Projects adjusting capital', vi: 'Lượt dự án điều chỉnh vốn', units: COUNT_CHANGE,
    cues: ['lượt dự án điều chỉnh vốn', 'lượt dự án điều chỉnh vốn đầu tư', 'lượt dự án điều chỉnh', 'dự án điều chỉnh vốn', 'dự án tăng vốn'],
    enCues: ['projects adjusting capital', 'capital adjustments', 'expanded projects'],
  }),
  partOf('investment', {
    id: 'public_investment', en: 'Public investment', vi: 'Vốn đầu tư công', units: MONEY,
    cues: ['vốn đầu tư công', 'đầu tư công', 'kế hoạch đầu tư công', 'vốn đầu tư từ ngân sách nhà nước', 'vốn đầu tư từ nguồn ngân sách nhà nước', 'vốn đầu tư thuộc ngân sách nhà nước'],
    enCues: ['public investment', 'state investment', 'state budget investment'],
  }),
  partOf('investment', {
    id: 'public_investment_disbursed', en: 'Public investment disbursed', vi: 'Giải ngân vốn đầu tư công', units: MONEY,
    cues: ['giải ngân vốn đầu tư công', 'giải ngân đầu tư công', 'vốn đầu tư công giải ngân', 'vốn đầu tư công đã giải ngân', 'tỷ lệ giải ngân vốn đầu tư công', 'giải ngân', 'tỷ lệ giải ngân'],
    enCues: ['public investment disbursed', 'public investment disbursement', 'disbursement'],
  }),
  partOf('investment', {
    id: 'private_investment', en: 'Private investment', vi: 'Vốn đầu tư khu vực ngoài nhà nước', units: MONEY,
    cues: ['vốn đầu tư khu vực ngoài nhà nước', 'vốn đầu tư ngoài nhà nước', 'vốn khu vực ngoài nhà nước', 'đầu tư tư nhân', 'vốn đầu tư tư nhân'],
    enCues: ['private investment', 'non-state investment'],
  }),
  partOf('oda', {
    id: 'oda_disbursed', en: 'ODA disbursed', vi: 'Giải ngân vốn ODA', units: MONEY,
    cues: ['giải ngân vốn ODA', 'giải ngân ODA', 'vốn ODA giải ngân', 'vốn ODA đã giải ngân', 'giải ngân vốn ODA và vốn vay ưu đãi', 'tỷ lệ giải ngân vốn ODA'],
    enCues: ['oda disbursed', 'oda disbursement'],
  }),
  other({ id: 'aid', en: 'Aid', vi: 'Viện trợ', units: MONEY, cues: ['viện trợ', 'khoản viện trợ', 'tiền viện trợ', 'viện trợ không hoàn lại', 'vốn viện trợ không hoàn lại', 'viện trợ nhân đạo'], enCues: ['aid', 'grant aid', 'grants', 'humanitarian aid'] }),

  // Output, prices and money.
  partOf('gdp', {
    id: 'grdp', en: 'GRDP (provincial GDP)', vi: 'Tổng sản phẩm trên địa bàn', units: MONEY,
    cues: ['GRDP', 'tổng sản phẩm trên địa bàn', 'tổng sản phẩm trên địa bàn tỉnh', 'quy mô GRDP', 'quy mô kinh tế của tỉnh'],
    enCues: ['grdp', 'gross regional domestic product', 'provincial gdp', 'regional gdp'],
  }),
  partOf('gdp_growth', {
    id: 'grdp_growth', en: 'GRDP growth rate', vi: 'Tăng trưởng GRDP', units: RATE,
    cues: ['tăng trưởng GRDP', 'tốc độ tăng trưởng GRDP', 'GRDP tăng trưởng', 'tăng trưởng tổng sản phẩm trên địa bàn', 'tăng trưởng kinh tế của tỉnh'],
    enCues: ['grdp growth', 'provincial growth', 'regional growth'],
  }),
  partOf('gdp_per_capita', {
    id: 'grdp_per_capita', en: 'GRDP per capita', vi: 'GRDP bình quân đầu người', units: MONEY,
    cues: ['GRDP bình quân đầu người', 'GRDP đầu người'],
    enCues: ['grdp per capita', 'provincial gdp per capita'],
  }),
  other({ id: 'gni', en: 'GNI', vi: 'Tổng thu nhập quốc gia', units: MONEY, cues: ['GNI', 'tổng thu nhập quốc gia', 'GNP', 'tổng sản phẩm quốc dân'], enCues: ['gni', 'gross national income', 'gnp', 'gross national product'] }),
  other({ id: 'labor_productivity', en: 'Labour productivity', vi: 'Năng suất lao động', units: MONEY, cues: ['năng suất lao động', 'năng suất lao động xã hội', 'tăng năng suất lao động', 'tốc độ tăng năng suất lao động'], enCues: ['labour productivity', 'labor productivity', 'productivity'] }),
  other({ id: 'industrial_production', en: 'Index of industrial production (IIP)', vi: 'Chỉ số sản xuất công nghiệp', units: RATE, cues: ['chỉ số sản xuất công nghiệp', 'chỉ số sản xuất toàn ngành công nghiệp', 'IIP', 'chỉ số IIP', 'sản xuất công nghiệp'], enCues: ['industrial production', 'iip', 'index of industrial production', 'industrial output growth'] }),
  other({ id: 'industrial_output', en: 'Industrial output value', vi: 'Giá trị sản xuất công nghiệp', units: MONEY, cues: ['giá trị sản xuất công nghiệp', 'giá trị sản xuất ngành công nghiệp', 'giá trị sản xuất toàn ngành công nghiệp'], enCues: ['industrial output', 'industrial output value', 'gross industrial output'] }),
  other({ id: 'manufacturing', en: 'Processing and manufacturing', vi: 'Công nghiệp chế biến, chế tạo', units: MONEY, cues: ['công nghiệp chế biến chế tạo', 'ngành công nghiệp chế biến chế tạo', 'ngành chế biến chế tạo'], enCues: ['manufacturing', 'processing and manufacturing'] }),
  other({ id: 'pmi', en: 'Purchasing managers\' index (PMI)', vi: 'Chỉ số nhà quản trị mua hàng', units: INDEX, cues: ['PMI', 'chỉ số PMI', 'chỉ số nhà quản trị mua hàng', 'chỉ số quản lý thu mua'], enCues: ['pmi', 'purchasing managers index', 'purchasing managers\' index'] }),
  other({ id: 'retail_sales', en: 'Retail sales of goods and services', vi: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', units: MONEY, cues: ['tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'tổng mức bán lẻ hàng hóa và dịch vụ', 'tổng mức bán lẻ hàng hóa', 'tổng mức bán lẻ', 'doanh thu bán lẻ', 'doanh thu bán lẻ hàng hóa', 'doanh thu bán lẻ hàng hóa và dịch vụ tiêu dùng', 'bán lẻ hàng hóa'], enCues: ['retail sales', 'retail', 'retail revenue', 'consumer spending'] }),
  partOf('inflation', { id: 'cpi', en: 'Consumer price index (CPI)', vi: 'Chỉ số giá tiêu dùng', units: RATE, cues: ['CPI', 'chỉ số CPI', 'CPI bình quân', 'chỉ số giá tiêu dùng', 'chỉ số giá tiêu dùng bình quân'], enCues: ['cpi', 'consumer price index', 'consumer price'] }),
  partOf('inflation', { id: 'core_inflation', en: 'Core inflation', vi: 'Lạm phát cơ bản', units: RATE, cues: ['lạm phát cơ bản', 'lạm phát lõi', 'lạm phát cơ bản bình quân'], enCues: ['core inflation'] }),
  other({ id: 'credit_growth', en: 'Credit growth', vi: 'Tăng trưởng tín dụng', units: RATE, cues: ['tăng trưởng tín dụng', 'tốc độ tăng trưởng tín dụng', 'tín dụng tăng trưởng', 'tín dụng'], enCues: ['credit growth', 'lending growth'] }),
  other({ id: 'credit_outstanding', en: 'Outstanding credit', vi: 'Dư nợ tín dụng', units: MONEY, cues: ['dư nợ tín dụng', 'tổng dư nợ tín dụng', 'dư nợ cho vay', 'tổng dư nợ', 'dư nợ'], enCues: ['outstanding credit', 'outstanding loans', 'credit outstanding', 'loan book'] }),
  other({ id: 'state_budget_deficit', en: 'Budget deficit', vi: 'Bội chi ngân sách', units: MONEY, cues: ['bội chi ngân sách', 'bội chi ngân sách nhà nước', 'bội chi', 'mức bội chi', 'tỷ lệ bội chi ngân sách', 'thâm hụt ngân sách', 'thâm hụt ngân sách nhà nước'], enCues: ['budget deficit', 'fiscal deficit', 'state budget deficit'] }),
  other({ id: 'exchange_rate', en: 'Exchange rate', vi: 'Tỷ giá', units: MONEY, cues: ['tỷ giá', 'tỷ giá trung tâm', 'tỷ giá hối đoái', 'tỷ giá USD/VND', 'tỷ giá USD'], enCues: ['exchange rate', 'exchange rates', 'central rate', 'forex rate'] }),
  other({ id: 'interest_rate', en: 'Interest rate', vi: 'Lãi suất', units: RATE, cues: ['lãi suất', 'lãi suất cho vay', 'lãi suất huy động', 'lãi suất điều hành', 'lãi suất tái cấp vốn', 'lãi suất cơ bản'], enCues: ['interest rate', 'interest rates', 'lending rate', 'deposit rate', 'policy rate'] }),
  other({ id: 'foreign_reserves', en: 'Foreign exchange reserves', vi: 'Dự trữ ngoại hối', units: MONEY, cues: ['dự trữ ngoại hối', 'dự trữ ngoại hối nhà nước', 'quỹ dự trữ ngoại hối', 'dự trữ ngoại tệ'], enCues: ['foreign reserves', 'foreign exchange reserves', 'forex reserves', 'fx reserves'] }),
  other({ id: 'stock_market_capitalization', en: 'Stock market capitalisation', vi: 'Vốn hóa thị trường chứng khoán', units: MONEY, cues: ['vốn hóa', 'vốn hóa thị trường', 'vốn hóa thị trường chứng khoán', 'giá trị vốn hóa', 'quy mô vốn hóa thị trường', 'mức vốn hóa'], enCues: ['market capitalisation', 'market capitalization', 'market cap', 'stock market capitalisation'] }),
  other({ id: 'stock_index', en: 'VN-Index', vi: 'Chỉ số VN-Index', units: INDEX, cues: ['VN-Index', 'chỉ số VN-Index', 'VNIndex', 'HNX-Index'], enCues: ['vn-index', 'vnindex', 'stock index', 'stock market index'] }),

  // Budget revenue by source.
  partOf('budget_revenue', { id: 'domestic_revenue', en: 'Domestic revenue', vi: 'Thu nội địa', units: MONEY, cues: ['thu nội địa', 'thu ngân sách nội địa'], enCues: ['domestic revenue'] }),
  partOf('budget_revenue', { id: 'tax_revenue', en: 'Tax revenue', vi: 'Thu thuế', units: MONEY, cues: ['thu thuế', 'số thu thuế', 'thu từ thuế', 'thu thuế phí'], enCues: ['tax revenue', 'tax collection', 'taxes collected'] }),
  partOf('budget_revenue', { id: 'customs_revenue', en: 'Revenue from import and export', vi: 'Thu từ hoạt động xuất nhập khẩu', units: MONEY, cues: ['thu từ hoạt động xuất nhập khẩu', 'thu cân đối từ hoạt động xuất nhập khẩu', 'thu ngân sách từ hoạt động xuất nhập khẩu', 'thu ngân sách từ xuất nhập khẩu', 'thu từ xuất nhập khẩu', 'thu thuế xuất nhập khẩu'], enCues: ['customs revenue', 'import-export revenue', 'customs duties'] }),
  partOf('budget_revenue', { id: 'crude_oil_revenue', en: 'Revenue from crude oil', vi: 'Thu từ dầu thô', units: MONEY, cues: ['thu từ dầu thô', 'thu ngân sách từ dầu thô', 'thu dầu thô'], enCues: ['oil revenue', 'crude oil revenue'] }),
  partOf('budget_revenue', { id: 'budget_contributions', en: 'Contributions to the budget', vi: 'Nộp ngân sách', units: MONEY, cues: ['nộp ngân sách', 'nộp ngân sách nhà nước', 'đóng góp ngân sách', 'đóng góp cho ngân sách'], enCues: ['budget contributions', 'taxes paid', 'contribution to the budget'] }),

  // Firms by what happened to them.
  partOf('enterprises', {
    id: 'new_enterprises', en: 'Newly established enterprises', vi: 'Doanh nghiệp thành lập mới', units: COUNT_CHANGE,
    cues: ['doanh nghiệp thành lập mới', 'doanh nghiệp mới thành lập', 'doanh nghiệp đăng ký thành lập mới', 'doanh nghiệp đăng ký mới', 'doanh nghiệp thành lập', 'doanh nghiệp mới', 'doanh nghiệp được thành lập mới'],
    enCues: ['new enterprises', 'new firms', 'new businesses', 'newly established enterprises', 'business registrations'],
  }),
  partOf('enterprises', {
    id: 'dissolved_enterprises', en: 'Dissolved enterprises', vi: 'Doanh nghiệp giải thể', units: COUNT_CHANGE,
    cues: ['doanh nghiệp giải thể', 'doanh nghiệp hoàn tất thủ tục giải thể', 'doanh nghiệp chờ giải thể', 'doanh nghiệp rút lui khỏi thị trường', 'doanh nghiệp phá sản'],
    enCues: ['dissolved enterprises', 'firm closures', 'bankruptcies', 'businesses exiting'],
  }),
  partOf('enterprises', {
    id: 'suspended_enterprises', en: 'Enterprises suspending business', vi: 'Doanh nghiệp tạm ngừng kinh doanh', units: COUNT_CHANGE,
    cues: ['doanh nghiệp tạm ngừng kinh doanh', 'doanh nghiệp tạm ngừng hoạt động', 'doanh nghiệp ngừng hoạt động', 'doanh nghiệp tạm ngừng kinh doanh có thời hạn'],
    enCues: ['suspended enterprises', 'businesses suspended'],
  }),
  partOf('enterprises', {
    id: 'returning_enterprises', en: 'Enterprises resuming business', vi: 'Doanh nghiệp quay trở lại hoạt động', units: COUNT_CHANGE,
    cues: ['doanh nghiệp quay trở lại hoạt động', 'doanh nghiệp quay lại hoạt động', 'doanh nghiệp trở lại hoạt động'],
    enCues: ['returning enterprises', 'businesses resuming'],
  }),
  other({ id: 'cooperatives', en: 'Cooperatives', vi: 'Hợp tác xã', units: COUNT_CHANGE, cues: ['hợp tác xã', 'hợp tác xã nông nghiệp'], enCues: ['cooperatives', 'co-operatives'] }),
  other({ id: 'household_businesses', en: 'Household businesses', vi: 'Hộ kinh doanh', units: COUNT_CHANGE, cues: ['hộ kinh doanh', 'hộ kinh doanh cá thể'], enCues: ['household businesses', 'household enterprises'] }),

  // Work and welfare.
  partOf('workers', {
    id: 'labor_exports', en: 'Workers sent abroad', vi: 'Xuất khẩu lao động', units: PEOPLE,
    cues: ['xuất khẩu lao động', 'lao động xuất khẩu', 'lao động đi làm việc ở nước ngoài', 'người lao động đi làm việc ở nước ngoài', 'lao động đi làm việc ở nước ngoài theo hợp đồng', 'lao động làm việc ở nước ngoài'],
    enCues: ['labour export', 'labor export', 'workers abroad', 'overseas workers', 'guest workers'],
  }),
  partOf('workers', { id: 'labor_force', en: 'Labour force', vi: 'Lực lượng lao động', units: PEOPLE, cues: ['lực lượng lao động', 'lực lượng lao động từ 15 tuổi trở lên'], enCues: ['labour force', 'labor force', 'workforce'] }),
  other({ id: 'trained_labor_rate', en: 'Share of trained workers', vi: 'Tỷ lệ lao động qua đào tạo', units: RATE, cues: ['tỷ lệ lao động qua đào tạo', 'tỷ lệ lao động đã qua đào tạo', 'lao động qua đào tạo', 'lao động đã qua đào tạo'], enCues: ['trained workers', 'trained labour rate', 'skilled labour share'] }),
  other({ id: 'unemployment', en: 'Unemployment', vi: 'Thất nghiệp', units: ['percent', 'people'], cues: ['tỷ lệ thất nghiệp', 'thất nghiệp', 'người thất nghiệp', 'lao động thất nghiệp', 'tỷ lệ thất nghiệp của lao động trong độ tuổi'], enCues: ['unemployment', 'unemployment rate', 'jobless rate', 'unemployed'] }),
  other({ id: 'underemployment', en: 'Underemployment', vi: 'Thiếu việc làm', units: ['percent', 'people'], cues: ['tỷ lệ thiếu việc làm', 'thiếu việc làm', 'lao động thiếu việc làm'], enCues: ['underemployment', 'underemployment rate'] }),
  other({ id: 'wages', en: 'Wages and earnings', vi: 'Tiền lương, thu nhập của người lao động', units: MONEY, cues: ['lương', 'tiền lương', 'mức lương', 'lương tối thiểu', 'lương tối thiểu vùng', 'lương cơ sở', 'tiền lương bình quân', 'thu nhập của người lao động', 'thu nhập bình quân của người lao động', 'thu nhập bình quân người lao động', 'thu nhập bình quân của lao động'], enCues: ['wages', 'wage', 'salary', 'salaries', 'minimum wage', 'earnings of workers'] }),
  other({ id: 'poverty_rate', en: 'Poverty rate', vi: 'Tỷ lệ hộ nghèo', units: RATE, cues: ['tỷ lệ hộ nghèo', 'tỷ lệ nghèo', 'tỷ lệ hộ nghèo đa chiều', 'hộ nghèo', 'tỷ lệ hộ cận nghèo'], enCues: ['poverty rate', 'poverty', 'poor households rate'] }),
  other({ id: 'poor_households', en: 'Poor households', vi: 'Hộ nghèo', units: COUNT, cues: ['hộ nghèo', 'hộ cận nghèo', 'hộ thoát nghèo'], enCues: ['poor households', 'households in poverty'] }),
  other({ id: 'social_insurance_participants', en: 'Social insurance participants', vi: 'Người tham gia bảo hiểm xã hội', units: PEOPLE_CHANGE, cues: ['người tham gia bảo hiểm xã hội', 'người tham gia bảo hiểm', 'người tham gia bảo hiểm y tế', 'người tham gia bảo hiểm thất nghiệp'], enCues: ['social insurance participants', 'insured people', 'health insurance coverage'] }),

  // Physical output and transport.
  other({ id: 'electricity_output', en: 'Electricity output', vi: 'Sản lượng điện', units: AMOUNT, cues: ['sản lượng điện', 'sản lượng điện sản xuất', 'điện sản xuất', 'điện sản xuất và nhập khẩu', 'điện thương phẩm', 'sản lượng điện thương phẩm', 'điện năng', 'sản lượng điện năng'], enCues: ['electricity output', 'power output', 'electricity generation', 'power generation'] }),
  other({ id: 'rice_output', en: 'Rice output', vi: 'Sản lượng lúa', units: AMOUNT, cues: ['sản lượng lúa', 'sản lượng gạo', 'sản lượng lúa gạo', 'sản lượng thóc'], enCues: ['rice output', 'rice production', 'rice harvest', 'paddy output'] }),
  other({ id: 'grain_output', en: 'Grain output', vi: 'Sản lượng lương thực', units: AMOUNT, cues: ['sản lượng lương thực', 'sản lượng lương thực có hạt'], enCues: ['grain output', 'food grain output', 'cereal output'] }),
  other({ id: 'rice_area', en: 'Rice area', vi: 'Diện tích lúa', units: AMOUNT, cues: ['diện tích lúa', 'diện tích gieo trồng lúa', 'diện tích gieo cấy lúa', 'diện tích trồng lúa'], enCues: ['rice area', 'paddy area', 'rice acreage'] }),
  other({ id: 'seafood_output', en: 'Seafood output', vi: 'Sản lượng thủy sản', units: AMOUNT, cues: ['sản lượng thủy sản', 'sản lượng khai thác thủy sản', 'sản lượng nuôi trồng thủy sản'], enCues: ['seafood output', 'fishery output', 'aquaculture output', 'fish catch'] }),
  other({ id: 'cargo_throughput', en: 'Cargo throughput at ports', vi: 'Hàng hóa thông qua cảng', units: AMOUNT, cues: ['hàng hóa thông qua cảng', 'sản lượng hàng hóa thông qua cảng', 'lượng hàng hóa thông qua cảng', 'hàng hóa qua cảng', 'sản lượng hàng hóa qua cảng', 'lượng hàng hóa qua cảng', 'hàng container', 'sản lượng container', 'hàng container thông qua cảng'], enCues: ['cargo throughput', 'port throughput', 'container throughput', 'cargo through ports'] }),
  other({ id: 'freight_volume', en: 'Freight carried', vi: 'Khối lượng hàng hóa vận chuyển', units: AMOUNT, cues: ['khối lượng hàng hóa vận chuyển', 'khối lượng vận chuyển hàng hóa', 'vận chuyển hàng hóa', 'hàng hóa vận chuyển'], enCues: ['freight', 'freight volume', 'freight carried', 'goods transported'] }),
  other({ id: 'passengers', en: 'Passengers carried', vi: 'Hành khách', units: PEOPLE_CHANGE, cues: ['hành khách', 'lượt hành khách', 'vận chuyển hành khách', 'hành khách thông qua', 'lượt khách thông qua', 'hành khách qua cảng hàng không'], enCues: ['passengers', 'passenger traffic', 'air passengers', 'passengers carried'] }),

  // Diplomacy and people.
  other({ id: 'meetings', en: 'Meetings and conferences', vi: 'Hội nghị, hội thảo, cuộc gặp', units: COUNT, cues: ['hội nghị', 'hội thảo', 'cuộc họp', 'cuộc gặp', 'cuộc gặp gỡ', 'cuộc hội đàm', 'cuộc tiếp xúc', 'buổi làm việc', 'buổi tiếp'], enCues: ['meetings', 'conferences', 'seminars', 'talks', 'workshops'] }),
  other({ id: 'strategic_partners', en: 'Strategic and comprehensive partners', vi: 'Đối tác chiến lược, đối tác toàn diện', units: COUNT, cues: ['đối tác chiến lược', 'đối tác chiến lược toàn diện', 'đối tác toàn diện', 'quan hệ đối tác chiến lược', 'đối tác chiến lược, đối tác toàn diện'], enCues: ['strategic partners', 'comprehensive partners', 'strategic partnerships', 'comprehensive strategic partners'] }),
  other({ id: 'diplomatic_relations', en: 'Countries with diplomatic relations', vi: 'Quan hệ ngoại giao', units: COUNT, cues: ['quan hệ ngoại giao', 'nước có quan hệ ngoại giao', 'quốc gia có quan hệ ngoại giao'], enCues: ['diplomatic relations', 'diplomatic ties'] }),
  other({ id: 'overseas_vietnamese', en: 'Overseas Vietnamese', vi: 'Người Việt Nam ở nước ngoài', units: PEOPLE, cues: ['kiều bào', 'người Việt Nam ở nước ngoài', 'người Việt Nam định cư ở nước ngoài', 'người Việt ở nước ngoài', 'cộng đồng người Việt'], enCues: ['overseas vietnamese', 'vietnamese diaspora', 'diaspora'] }),
  other({ id: 'scholarships', en: 'Scholarships', vi: 'Học bổng', units: COUNT, cues: ['học bổng', 'suất học bổng'], enCues: ['scholarships', 'scholarship'] }),
];

/**
 * Cues that name their indicator only as the whole metric: at the start of a longer noun they are
 * often another thing ("thương mại điện tử", "đoàn thể", "lương thực", "khách hàng", "tín dụng
 * đen"), and inside one they are the generic word for what a more specific cue says ("tốc độ tăng
 * trưởng xuất khẩu" is growth of exports, not of GDP).
 */
export const WHOLE_METRIC_CUES: ReadonlySet<string> = new Set([
  'kim ngạch', 'tổng kim ngạch', 'hai chiều', 'thương mại', 'giao thương', 'đầu tư', 'tổng sản phẩm',
  'tăng trưởng', 'tốc độ tăng trưởng', 'mức tăng trưởng', 'tăng trưởng bình quân', 'tốc độ tăng trưởng bình quân',
  'thu nhập bình quân', 'bình quân đầu người', 'GDP bình quân', 'tổng thu', 'nguồn thu', 'tổng chi', 'đoàn',
  'hợp đồng', 'lương', 'tín dụng', 'dư nợ', 'tổng dư nợ', 'giải ngân', 'tỷ lệ giải ngân',
  'vốn cam kết', 'vốn thực hiện', 'vốn điều chỉnh', 'vốn tăng thêm', 'công ty', 'điện năng',
]);

/**
 * Words that open a cue but only say "the amount of" ("tổng kim ngạch", "giá trị", "số lượng"): where
 * two cues compete, the one whose own words come first names the measure, and these do not count
 * as its own words ("tổng vốn đầu tư FDI" is FDI, not investment in general).
 */
export const GENERIC_HEADS: readonly string[] = [
  'tổng', 'kim ngạch', 'giá trị', 'trị giá', 'số', 'số lượng', 'lượng', 'mức', 'con số', 'quy mô',
];

/**
 * Heads of a metric that measure something else about the indicator named after them: a price
 * ("giá gạo xuất khẩu"), a tax or fee ("thuế nhập khẩu"), a cost, a profit, a share ("tỷ trọng xuất
 * khẩu", "thị phần"), a progress ("tiến độ dự án"). A metric opening with one is a value of no indicator.
 */
export const OTHER_MEASURE_HEADS: readonly string[] = [
  'giá', 'đơn giá', 'giá bán', 'giá thành', 'giá cả', 'thuế', 'phí', 'chi phí', 'lợi nhuận', 'tỷ trọng', 'thị phần',
  'tiến độ',
];

/** Words before an other-measure head that keep it one ("mức thuế nhập khẩu" is a tax, "mức giá" a price). */
export const LEVEL_HEADS: readonly string[] = ['mức'];

/** Longer heads that begin with an other-measure head but are a plain amount ("giá trị xuất khẩu"). */
export const AMOUNT_HEADS: readonly string[] = ['giá trị'];

/**
 * Phrases that contain a cue but are no value of its indicator ("tai nạn lao động" counts
 * accidents, "hợp đồng lao động" labour contracts, "văn kiện Đại hội" a party congress's
 * documents, "lượt khách hàng" a firm's customers): a cue inside one of them does not count.
 */
/** A project's bare capital is its investment ("Dự án Thuỷ điện Huội Quảng ... tăng vốn 5.768 tỉ đồng"); a firm's is not. */
export const PROJECT_CAPITAL_METRICS: readonly string[] = [
  'vốn', 'tổng vốn', 'vốn đăng ký', 'tổng vốn đăng ký', 'nguồn vốn', 'tổng mức đầu tư', 'mức đầu tư', 'tổng vốn dự án', 'vốn dự án',
  'tổng vốn khái toán', 'vốn khái toán', 'tổng vốn dự kiến', 'tổng mức đầu tư dự kiến', 'tổng mức đầu tư dự án',
];

/**
 * Capital named without its kind ("vốn đăng ký", "vốn giải ngân"): in a sentence about foreign direct investment
 * (FDI_SCOPE_CUES before it) it is FDI, registered or disbursed.
 */
export const FDI_SCOPED_CAPITAL: readonly string[] = [
  'vốn đăng ký', 'vốn đầu tư đăng ký', 'tổng vốn đăng ký', 'vốn cam kết', 'vốn đầu tư cam kết', 'tổng vốn đầu tư', 'vốn đầu tư',
  'vốn giải ngân', 'vốn đầu tư giải ngân', 'vốn thực hiện', 'vốn đầu tư thực hiện', 'giải ngân',
];
/** Of those, the ones that are disbursed capital. */
export const FDI_DISBURSED_WORDS: readonly string[] = ['giải ngân', 'thực hiện'];
export const FDI_SCOPE_CUES: readonly string[] = ['FDI', 'đầu tư trực tiếp nước ngoài', 'đầu tư nước ngoài', 'ĐTNN', 'vốn ngoại'];

/**
 * Guests named without their kind ("khách"): tourists only in a sentence about tourism (TOURISM_SCOPE_CUES), not the
 * customers of a bar ("280 khách và nhân viên") or the passenger of a bus.
 */
export const TOURISM_SCOPED_GUESTS: readonly string[] = ['khách'];
export const TOURISM_SCOPE_CUES: readonly string[] = ['du lịch', 'du khách', 'tham quan', 'đón', 'điểm đến', 'lưu trú', 'nghỉ dưỡng', 'lữ hành'];

export const NOT_INDICATOR_PHRASES: readonly string[] = [
  'tai nạn lao động', 'hợp đồng lao động', 'an toàn lao động', 'thị trường lao động', 'văn kiện đại hội',
  'khách hàng', 'lượt khách hàng',
];

const BY_ID: ReadonlyMap<string, IndicatorDefinition> = new Map(INDICATORS.map((d) => [d.id, d]));

export function indicatorById(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}

/** The 24 ids the gold annotations score, in catalogue order. */
/**
 * Core indicators that are a country's own statistics when no holder is named ("xuất nhập khẩu năm
 * 2023 đạt gần 700 tỷ USD" in an article about Vietnam). Counts of projects, firms, visitors or
 * workers and investment are as often a province's or a firm's: no country holds them by default.
 */
export const NATIONAL_INDICATOR_IDS: ReadonlySet<string> = new Set([
  'exports', 'imports', 'trade', 'trade_balance', 'fdi', 'fdi_disbursed', 'gdp', 'gdp_growth', 'gdp_per_capita',
  'inflation', 'budget_revenue', 'budget_spending', 'public_debt', 'oda', 'remittances',
]);

export const CORE_INDICATOR_IDS: readonly string[] = INDICATORS.filter((d) => d.core).map((d) => d.id);
