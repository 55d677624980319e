import type { FigureChange, FigureUnit, Qualifier } from '../../types.js';
import { PhraseList, WordSet } from './sets.js';

// Units written after a number, with the unit class and the normalised unit text.

export interface UnitInfo {
  unit: FigureUnit;
  text: string;
}

const money = (unit: FigureUnit, text: string, spellings: string[]) => spellings.map((s) => [s, { unit, text }] as const);

/** Currencies other than USD and đồng: normalised unit text and spellings. */
const CURRENCIES: readonly (readonly [string, string[]])[] = [
  ['EUR', ['EUR', 'euro', 'Euro', '€']],
  ['yên', ['yên', 'Yên', 'yen', 'JPY', 'yên Nhật']],
  ['NDT', ['nhân dân tệ', 'NDT', 'CNY', 'tệ']],
  ['won', ['won', 'Won', 'KRW']],
  ['bảng Anh', ['bảng Anh', 'GBP']],
  ['rúp', ['rúp', 'ruble', 'RUB']],
  ['baht', ['baht', 'bạt', 'THB']],
  ['SGD', ['SGD', 'đô la Singapore']],
  ['AUD', ['AUD', 'đô la Úc']],
  ['ringgit', ['ringgit', 'MYR']],
  ['rupee', ['rupee', 'rupi', 'INR']],
  ['rupiah', ['rupiah', 'IDR']],
  ['peso', ['peso']],
  ['franc', ['franc', 'CHF']],
  ['CAD', ['CAD', 'đô la Canada']],
  ['HKD', ['HKD', 'đô la Hồng Kông']],
  ['TWD', ['TWD', 'Đài tệ', 'đài tệ']],
  ['kip', ['kip', 'LAK']],
  ['riel', ['riel', 'KHR']],
];

/** Those currencies by their normalised unit text: money, not quantities. */
export const OTHER_CURRENCIES: ReadonlySet<string> = new Set(CURRENCIES.map(([text]) => text));

export const UNITS: readonly (readonly [string, UnitInfo])[] = [
  ...money('USD', 'USD', ['USD', 'US$', 'đô la Mỹ', 'đôla Mỹ', 'đô-la Mỹ', 'đô la', 'đôla', 'đô-la', 'đô', 'Mỹ kim']),
  ...money('VND', 'đồng', ['đồng', 'VNĐ', 'VND', 'đ', 'Đ', 'vnđ', 'đồng Việt Nam']),
  ...money('percent', '%', ['%', 'phần trăm']),
  ...CURRENCIES.flatMap(([text, spellings]) => money('other', text, spellings)),
  ...money('other', 'ha', ['ha', 'hecta', 'héc-ta', 'hécta', 'héc ta']),
  ...money('other', 'km/h', ['km/h', 'km/giờ', 'km / h', 'km / giờ', 'cây số/giờ']),
  ...money('other', 'km', ['km', 'ki-lô-mét', 'cây số']),
  ...money('other', 'km2', ['km2', 'km²', 'ki-lô-mét vuông']),
  ...money('other', 'm', ['m', 'mét']),
  ...money('other', 'cm', ['cm', 'xen-ti-mét', 'centimet']),
  ...money('other', 'mm', ['mm', 'mi-li-mét', 'milimet']),
  ...money('other', 'hải lý', ['hải lý']),
  ...money('other', 'feet', ['feet', 'foot']),
  ...money('other', 'dặm', ['dặm']),
  ...money('other', 'm2', ['m2', 'm²', 'mét vuông']),
  ...money('other', 'm3', ['m3', 'm³', 'mét khối', 'khối']),
  ...money('other', 'tấn', ['tấn']),
  ...money('other', 'kg', ['kg', 'ki-lô-gam', 'cân']),
  ...money('other', 'gam', ['gam', 'gram', 'gr']),
  ...money('other', 'mg', ['mg', 'mi-li-gam']),
  ...money('other', 'ml', ['ml', 'mi-li-lít']),
  ...money('other', 'tạ', ['tạ']),
  ...money('other', 'lít', ['lít']),
  ...money('other', 'MW', ['MW', 'megawatt']),
  ...money('other', 'kWh', ['kWh', 'KWh']),
  ...money('other', 'GW', ['GW']),
  ...money('other', 'TEU', ['TEU']),
  ...money('other', 'thùng', ['thùng']),
  ...money('other', 'lần', ['lần']),
  ...money('other', 'độ C', ['độ C', 'oC', '°C']),
];

/** Rates whose measured noun stands before them ("tốc độ 70-80 km/h"): what follows is the sentence going on ("bấm còi"). */
export const RATE_UNITS: ReadonlySet<string> = new Set(['km/h']);

/** Units that are other words unless a scale word comes before them ("500 triệu bảng", but "bảng 3"). */
export const SCALED_ONLY_UNITS: readonly (readonly [string, UnitInfo])[] = [
  ...money('other', 'bảng Anh', ['bảng']),
];

/** Units that may be glued to the digits ("121kg", "700.000đ", "20%"). */
export const GLUED_UNITS: ReadonlySet<string> = new Set(['kg', 'km', 'km2', 'ha', 'm', 'm2', 'm3', 'đ', 'usd', 'tấn', 'mw', 'kwh', 'gw', 'teu', 'oc', 'tr', 'cm', 'mm', 'mg', 'ml', 'gam', 'gram']);

/** Nouns that count people: a figure before them is a number of people. */
export const PEOPLE_NOUNS: readonly string[] = [
  'người', 'người dân', 'người lao động', 'lao động', 'đại biểu', 'khách', 'du khách', 'lượt khách', 'khách quốc tế',
  'lượt du khách', 'học sinh', 'sinh viên', 'công nhân', 'bệnh nhân', 'cán bộ', 'đảng viên', 'thí sinh', 'trẻ em',
  'nạn nhân', 'chiến sĩ', 'quân nhân', 'binh sĩ', 'công dân', 'hành khách', 'tình nguyện viên', 'vận động viên',
  'cử tri', 'giáo viên', 'bác sĩ', 'y bác sĩ', 'nhân viên', 'doanh nhân', 'chuyên gia', 'thành viên', 'hội viên',
  'đoàn viên', 'nhà đầu tư', 'nông dân', 'ngư dân', 'cư dân', 'lượt người', 'khán giả', 'công chức', 'viên chức',
  'thanh niên', 'phụ nữ', 'cựu chiến binh', 'người nước ngoài', 'lao động nước ngoài', 'kiều bào', 'du học sinh',
  'nhà khoa học', 'đại sứ', 'trí thức', 'người tham dự', 'cán bộ, công chức', 'nghệ sĩ', 'y tá', 'bộ đội',
  'học viên', 'trẻ', 'em', 'cháu', 'người chết', 'người bị thương', 'ca nhiễm', 'bệnh nhi', 'nhà ngoại giao',
  'quan chức', 'lãnh đạo', 'nhà lãnh đạo', 'đảng viên', 'thợ', 'lính', 'tù nhân', 'phóng viên', 'nhà báo',
  'người lao động', 'lao động', 'hộ', 'hộ dân', 'hộ gia đình', 'gia đình', 'đối tượng', 'bị can', 'cổ đông',
];

/**
 * Verbs that can follow a bare amount ("1.251 tỉ giữ sân", "100 triệu để mua"): no counted noun,
 * and an amount in tỷ or triệu with no unit is then money in đồng.
 */
export const VERBS_AFTER_AMOUNT: ReadonlySet<string> = new Set([
  'giữ', 'mua', 'bán', 'xây', 'để', 'cho', 'vay', 'trả', 'nộp', 'chi', 'thu', 'làm', 'bồi', 'hỗ', 'góp',
  'đền', 'thưởng', 'phạt', 'lấy', 'đưa', 'gửi', 'mất', 'lỗ', 'lãi', 'tiêu', 'nợ', 'thuê', 'rót', 'cấp',
]);

/** Of those, the ones that are also what an amount with its unit is: "45 tỉ USD nợ công", "66 triệu USD lãi vay". */
export const AMOUNT_NOUNS: ReadonlySet<string> = new Set(['nợ', 'lãi', 'lỗ']);

/** Heads of organisations that are counted ("63 Sở Giao thông vận tải", "20 Bộ, ngành"). */
export const COUNTED_ORGANIZATION_HEADS = new PhraseList(['sở', 'bộ', 'cục', 'tỉnh', 'thành phố', 'huyện', 'ban', 'ngành', 'vụ', 'viện', 'trường']);

/**
 * Second halves of words that open with a change verb ("tăng trưởng", "giảm nghèo", "tăng cường"): such a
 * word is no "tăng X" or "giảm X" that changes a measured X.
 */
export const CHANGE_VERB_COMPOUNDS: readonly string[] = ['trưởng', 'cường', 'nghèo', 'phát', 'thiểu', 'thêm', 'giá', 'ca', 'tốc', 'dần', 'mạnh', 'nhẹ'];

/** A comparison before a number states a difference, not a bound: "cao hơn 75% so với Nga" is 75% more. */
export const COMPARATIVES: readonly (readonly [string, FigureChange])[] = [
  ['cao hơn', 'increase'], ['nhiều hơn', 'increase'], ['lớn hơn', 'increase'],
  ['thấp hơn', 'decrease'], ['ít hơn', 'decrease'], ['nhỏ hơn', 'decrease'],
];

/**
 * Heads that make a dimension of the adjective after them ("độ cao", "chiều dài"): "độ cao hơn 4.000 km" is a height of more
 * than 4,000 km, no difference.
 */
export const DIMENSION_HEADS = new WordSet(['độ', 'chiều', 'bề']);

export const QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['gần', 'approx'], ['khoảng', 'approx'], ['chừng', 'approx'], ['ước', 'approx'], ['ước đạt', 'approx'],
  ['ước tính', 'approx'], ['ước khoảng', 'approx'], ['xấp xỉ', 'approx'], ['gần như', 'approx'], ['khoảng gần', 'approx'],
  ['tầm', 'approx'], ['xấp xỉ khoảng', 'approx'], ['dự kiến', 'approx'], ['khoảng hơn', 'approx'],
  ['hơn', 'more_than'], ['trên', 'more_than'], ['ít nhất', 'more_than'], ['tối thiểu', 'more_than'],
  ['không dưới', 'more_than'], ['ngót', 'approx'], ['ngót nghét', 'approx'],
  ['dưới', 'less_than'], ['chưa đến', 'less_than'], ['chưa tới', 'less_than'], ['không quá', 'less_than'],
  ['tối đa', 'less_than'], ['chưa đầy', 'less_than'], ['không tới', 'less_than'], ['không đến', 'less_than'],
];

/** Bounds written after the amount ("61% trở lên", "3 người trở xuống"). */
export const QUALIFIERS_AFTER: readonly (readonly [string, Qualifier])[] = [['trở lên', 'more_than'], ['trở xuống', 'less_than']];

// A move to a level ("tăng lên 25%", "giảm còn 6,2%", "xuống còn 19.000") states the level reached.
export const CHANGES: readonly (readonly [string, FigureChange])[] = [
  ['tăng', 'increase'], ['tăng thêm', 'increase'], ['tăng trưởng', 'increase'], ['tăng lên', 'level'], ['nâng lên', 'level'],
  ['lên thành', 'level'], ['tăng lên thành', 'level'], ['nâng lên thành', 'level'], ['xuống thành', 'level'],
  ['vọt', 'increase'], ['tăng vọt', 'increase'], ['vọt lên', 'level'], ['tăng vọt lên', 'level'],
  ['tăng mạnh', 'increase'], ['tăng nhẹ', 'increase'], ['tăng tới', 'increase'], ['tăng đến', 'increase'],
  ['giảm', 'decrease'], ['sụt giảm', 'decrease'], ['giảm xuống', 'level'], ['giảm đi', 'decrease'], ['xuống còn', 'level'],
  ['giảm mạnh', 'decrease'], ['giảm nhẹ', 'decrease'], ['giảm còn', 'level'], ['giảm tới', 'decrease'],
  ['giảm thêm', 'decrease'], ['giảm bớt', 'decrease'], ['tạo thêm', 'increase'], ['có thêm', 'increase'],
  ['gấp', 'multiplier'], ['tăng gấp', 'multiplier'], ['gấp đôi', 'multiplier'],
];

/**
 * Words right before a number that make it a label, an ordinal or a date part rather than a
 * quantity ("Chỉ thị số 15", "lần thứ 21", "quận 1", "top 10", "ngày 18").
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'thứ', 'số', 'lần', 'khóa', 'khoá', 'kỳ', 'phiên', 'điều', 'khoản', 'mục', 'chương', 'quận', 'phường', 'đội',
  'tổ', 'thôn', 'ấp', 'khu', 'phòng', 'lô', 'km', 'tuyến', 'top', 'hạng', 'nhóm', 'cấp', 'lớp', 'bài', 'trang',
  'tập', 'mã', 'đường', 'nhà', 'căn', 'tầng', 'ngày', 'tháng', 'năm', 'sáng', 'chiều', 'tối', 'đêm', 'trưa', 'hôm',
  'giờ', 'lúc', 'tuổi', 'quý', 'giai đoạn', 'khung', 'bậc', 'vòng', 'bảng', 'ghế', 'phút', 'hiệp', 'áo', 'xóm',
  'tờ', 'thửa', 'ô', 'biển', 'kiểm soát', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'quốc lộ', 'tỉnh lộ', 'cao tốc', 'hồ sơ',
  'mẫu', 'đợt', 'vụ', 'hàng', 'dãy', 'khối', 'hệ', 'thế hệ', 'phiên bản', 'nghị định', 'thông tư', 'quyết định',
  'nghị quyết', 'chỉ thị', 'luật', 'công văn', 'kết luận', 'văn bản', 'tiết', 'khoa', 'tiểu đoàn', 'trung đoàn',
  'sư đoàn', 'quân đoàn', 'quân khu', 'vùng', 'phân khu', 'ca', 'kíp', 'trạm', 'cổng', 'cửa', 'ga', 'sân',
  // words ending in a label's syllable that are labels too (most are not: "tổng_số 258 cây", "phục_vụ 36 triệu khách")
  'học kỳ', 'học kì', 'hạm đội', 'vĩ tuyến', 'kinh tuyến', 'con số', 'tiểu khu', 'lữ đoàn', 'khu phố', 'tổ dân phố', 'chung cư',
]);

/** Counted things that are not quantities of anything ("1 trong những", "2 bên"). */
export const NOT_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'trong', 'bên', 'chiều', 'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'tuổi', 'h', 'số',
  'thứ', 'điều', 'độ', 'phần', 'mình', 'tiếng', 'buổi', 'đêm', 'thập', 'thế',
]);

/**
 * The largest value a figure in each unit may take, fully scaled. Beyond it a number is a typo, a
 * dump or an attack, not news: the world's yearly output is about 1e14 USD and Vietnam's about
 * 1e16 đồng; about 8e9 people live on Earth. A figure beyond its bound (or not finite) is refused.
 */
export const MAX_FIGURE_VALUE: Readonly<Record<FigureUnit, number>> = {
  USD: 1e15,
  VND: 1e18,
  percent: 1e6,
  people: 1e10,
  count: 1e15,
  other: 1e18,
};
