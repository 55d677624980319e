// Job titles that are written in front of a person's name. Each base also occurs with "Phó"
// (deputy) in front; heads of the form "X trưởng" name the unit they lead right after them
// ("Cục trưởng Cục Ngoại vụ").
import { PhraseList } from './sets.js';

const BASE_TITLES = [
  'thủ tướng', 'bộ trưởng', 'thứ trưởng', 'chủ tịch', 'chủ tịch nước', 'tổng bí thư', 'bí thư', 'chủ nhiệm',
  'tổng thống', 'ngoại trưởng', 'đại sứ', 'tổng lãnh sự', 'lãnh sự', 'giám đốc', 'tổng giám đốc', 'vụ trưởng',
  'cục trưởng', 'tổng cục trưởng', 'trưởng ban', 'chánh văn phòng', 'người phát ngôn', 'tổng thư ký', 'thư ký',
  'quốc vương', 'nhà vua', 'vua', 'hoàng tử', 'công chúa', 'nữ hoàng', 'thái tử', 'thống đốc', 'tư lệnh',
  'chính ủy', 'viện trưởng', 'chánh án', 'tổng kiểm toán', 'kiểm toán trưởng', 'tổng thanh tra', 'chánh thanh tra',
  'trưởng đoàn', 'trưởng phòng', 'hiệu trưởng', 'thị trưởng', 'tổng tham mưu trưởng', 'tham mưu trưởng',
  'trưởng ban tổ chức', 'trưởng ban tuyên giáo', 'trưởng ban dân vận', 'trưởng ban kinh tế', 'trưởng ban đối ngoại',
  'trưởng ban nội chính', 'ủy viên', 'ủy viên bộ chính trị', 'ủy viên trung ương đảng', 'chủ tịch hđqt',
  'chủ tịch hội đồng quản trị', 'tổng biên tập', 'giám đốc điều hành', 'trưởng đại diện', 'trưởng phái đoàn',
  'đặc phái viên', 'cao ủy', 'tổng tư lệnh', 'trưởng công an', 'chỉ huy trưởng', 'trưởng khoa',
  'thượng nghị sĩ', 'hạ nghị sĩ', 'nghị sĩ', 'đại biểu quốc hội', 'đại biểu', 'tỉnh trưởng', 'trưởng ban quản lý',
  'phát ngôn viên', 'thủ lĩnh', 'trưởng thôn', 'chủ doanh nghiệp', 'giáo hoàng', 'thủ hiến',
];

// Professions stand where a job title stands ("Luật sư X", "X, chuyên gia tài chính").
const PROFESSIONS = [
  'luật sư', 'doanh nhân', 'chuyên gia', 'nhà báo', 'nhà văn', 'nhà thơ', 'nhạc sĩ', 'họa sĩ', 'kiến trúc sư',
  'kỹ sư', 'bác sĩ', 'nhà nghiên cứu', 'nhà sử học', 'nhà kinh tế', 'nhà khoa học', 'chuyên viên', 'giảng viên',
  'phóng viên', 'biên tập viên', 'nhà sản xuất', 'đạo diễn', 'nhà hoạt động', 'nhà phân tích', 'luật gia',
  'cổ đông', 'cổ đông lớn', 'cổ đông sáng lập', 'nhà sáng lập', 'người sáng lập', 'đồng sáng lập', 'cố vấn',
  'trợ lý', 'lãnh đạo', 'nhà lãnh đạo', 'người đồng cấp', 'nhà đồng cấp',
];

const ABSOLUTE_TITLES = [
  ...PROFESSIONS,
  'phó thủ tướng thường trực', 'thứ trưởng thường trực', 'bí thư thứ nhất', 'bí thư thường trực', 'thường trực ban bí thư',
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đô đốc', 'phó đô đốc', 'chuẩn đô đốc', 'nguyên thủ', 'người đứng đầu', 'đại sứ đặc mệnh toàn quyền',
  'tân tổng thống', 'tân thủ tướng',
];

export const TITLE_HEADS: readonly string[] = [
  ...BASE_TITLES,
  ...BASE_TITLES.map((t) => `phó ${t}`),
  ...BASE_TITLES.map((t) => `quyền ${t}`),
  ...ABSOLUTE_TITLES,
];

// Words before a title that say when the person held it; not part of the title.
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['nguyên', 'cựu', 'tân', 'đương kim', 'quyền', 'cố']);

// Heads after which a bare ministry name follows ("Bộ trưởng Ngoại giao", "Thứ trưởng Công an").
export const MINISTRY_TITLE_HEADS: ReadonlySet<string> = new Set([
  'bộ trưởng', 'thứ trưởng', 'phó bộ trưởng', 'quyền bộ trưởng', 'thứ trưởng thường trực', 'ngoại trưởng',
]);

/** Levels of a place a title may end with, the place understood ("Chủ tịch UBND tỉnh", "Chủ tịch UBND thành phố"). */
export const UNDERSTOOD_PLACE_LEVELS = new PhraseList(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã']);
