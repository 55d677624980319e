// Vietnamese family names (họ): a capitalised run that starts with one of these reads as a
// person's name even without a title in front. Ordered roughly by frequency.
export const FAMILY_NAMES: ReadonlySet<string> = new Set(
  [
    'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương',
    'lý', 'đoàn', 'trịnh', 'đinh', 'lâm', 'mai', 'trương', 'tô', 'hà', 'lương', 'lưu', 'cao', 'chu', 'tạ', 'đào',
    'vương', 'quách', 'thái', 'triệu', 'văn', 'khúc', 'kiều', 'la', 'lại', 'lục', 'mạc', 'nông', 'phí', 'phùng',
    'quan', 'tăng', 'thân', 'tôn', 'từ', 'vi', 'viên', 'diệp', 'doãn', 'giang', 'hầu', 'hứa', 'kim', 'lã', 'lò',
    'lữ', 'mạnh', 'nghiêm', 'ninh', 'ông', 'phó', 'thạch', 'tiêu', 'trình', 'ứng', 'âu', 'bạch', 'bế', 'cù', 'châu',
    'chung', 'công', 'cung', 'đàm', 'đồng', 'đậu', 'giáp', 'hàn', 'hoa', 'khổng', 'khương', 'kha', 'lạc',
    'lạng', 'liêu', 'mã', 'mẫn', 'nhữ', 'ôn', 'phương', 'quang', 'sầm', 'sơn', 'tào', 'thiều', 'thịnh', 'tống',
    'trà', 'trang', 'vy', 'y', 'yên', 'ksor', 'rơ', 'siu', 'lường', 'cầm', 'điểu', 'danh', 'tập', 'ôn', 'hồng',
    'tòng', 'quàng', 'cà', 'lừ', 'sùng', 'giàng', 'vàng', 'thào', 'mùa', 'lầu', 'hờ', 'vừ', 'hạng', 'tráng', 'chảo',
    'bàn', 'lèo', 'kpă', 'niê', 'mlô', 'byă', 'êban', 'rah', 'rcom', 'nay',
  ],
);

// Family names that are also everyday capitalised words at the start of a run ("Văn phòng",
// "Công an", "Hà Nội"): they start a name only when the run is clearly a name.
export const WEAK_FAMILY_NAMES: ReadonlySet<string> = new Set(['tập', 'hồng', 'cà', 'vàng', 'mùa', 'bàn', 'nay', 'hạng', 'tráng', 'văn', 'công', 'hà', 'thái', 'sơn', 'quang', 'y', 'kim', 'giang', 'trang', 'hoa', 'mã', 'phó', 'đồng', 'châu', 'quan', 'cao', 'từ', 'chung', 'ông', 'danh', 'phương', 'la', 'yên', 'lạng', 'mạnh', 'thịnh', 'trà', 'vy', 'tô']);

// Words before a person's name that are not part of the title and are dropped.
export const HONORIFICS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ', 'em', 'đồng chí', 'đ/c', 'ngài', 'quý bà', 'phu nhân',
  'pgs.ts', 'pgs. ts', 'pgs.ts.', 'gs.ts', 'gs. ts', 'pgs', 'gs', 'ts', 'ths', 'ths.', 'ts.', 'bs',
  'tiến sĩ', 'thạc sĩ', 'giáo sư', 'phó giáo sư', 'nghệ sĩ', 'nghệ sĩ nhân dân', 'nsnd', 'nsưt', 'nghệ sĩ ưu tú', 'thượng tọa', 'hòa thượng',
  'đại đức', 'linh mục', 'mục sư', 'đối tượng', 'bị can', 'bị cáo', 'nghi phạm', 'cháu', 'bé',
];

// Place words before a capitalised run: what follows names a street, school or place.
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'đường', 'phố', 'ngõ', 'hẻm', 'phường', 'xã', 'huyện', 'quận', 'thị xã', 'thị trấn', 'thôn', 'ấp', 'bản', 'làng',
  'trường', 'cầu', 'sông', 'hồ', 'núi', 'đèo', 'chùa', 'đền', 'đình', 'khu', 'tòa nhà', 'cảng', 'sân', 'chợ',
  'bến', 'ga', 'bệnh viện', 'công viên', 'quảng trường', 'tượng', 'lăng', 'nhà', 'tuyến', 'đảo', 'vịnh', 'biển',
  'giải', 'cúp', 'tàu', 'công ty', 'tập đoàn', 'báo', 'tạp chí', 'đài', 'kênh', 'dự án', 'khách sạn', 'tổ',
  'đội', 'xóm', 'khu phố', 'khóm', 'buôn', 'sóc', 'bãi', 'kinh', 'rạch', 'đập', 'mũi', 'hang', 'động', 'suối',
  'thác', 'trại', 'thành', 'nhà thờ', 'học viện', 'đại học', 'ký túc xá',
]);
