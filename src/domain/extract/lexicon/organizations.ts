// Organisations: fixed names, ministries, and the head words that open a unit's name.

/** Ministry names as written after "Bộ" (and after "Bộ trưởng" without "Bộ"). */
export const MINISTRIES: readonly string[] = [
  'Ngoại giao', 'Công Thương', 'Công thương', 'Tài chính', 'Kế hoạch và Đầu tư', 'Quốc phòng', 'Công an', 'Y tế',
  'Giáo dục và Đào tạo', 'Giáo dục - Đào tạo', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và PTNT',
  'NN&PTNT', 'Nông nghiệp và Môi trường', 'Giao thông vận tải', 'Giao thông Vận tải', 'GTVT', 'Xây dựng',
  'Tư pháp', 'Nội vụ', 'Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội', 'LĐ-TB&XH',
  'Lao động Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch', 'Văn hóa - Thể thao và Du lịch',
  'Văn hóa Thể thao và Du lịch', 'VH-TT&DL', 'VHTTDL', 'Tài nguyên và Môi trường', 'TN&MT', 'TNMT',
  'Thông tin và Truyền thông', 'TT&TT', 'TTTT', 'Khoa học và Công nghệ', 'KH&CN', 'KHCN', 'Dân tộc và Tôn giáo',
  'Kế hoạch - Đầu tư', 'KH&ĐT', 'KHĐT', 'Thương mại', 'Công nghiệp', 'Thủy sản', 'Văn hóa - Thông tin',
  'Bưu chính Viễn thông', 'Ngoại thương', 'Kế hoạch đầu tư', 'Lao động, thương binh và xã hội',
];

/** Names that are organisations on their own (display name first, then aliases). */
export const FIXED_ORGANIZATIONS: readonly (readonly string[])[] = [
  ['Quốc hội'],
  ['Chính phủ'],
  ['Bộ Chính trị'],
  ['Ban Bí thư'],
  ['Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'BCH Trung ương', 'BCHTW'],
  ['Trung ương Đảng'],
  ['Ủy ban Thường vụ Quốc hội', 'UBTVQH'],
  ['Văn phòng Chính phủ'],
  ['Văn phòng Quốc hội'],
  ['Văn phòng Trung ương Đảng'],
  ['Văn phòng Chủ tịch nước'],
  ['Mặt trận Tổ quốc Việt Nam', 'MTTQ Việt Nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
  ['Ngân hàng Nhà nước', 'Ngân hàng Nhà nước Việt Nam', 'NHNN'],
  ['Kiểm toán Nhà nước'],
  ['Thanh tra Chính phủ'],
  ['Tòa án nhân dân tối cao', 'TAND tối cao', 'TANDTC'],
  ['Viện Kiểm sát nhân dân tối cao', 'VKSND tối cao', 'VKSNDTC'],
  ['Đảng Cộng sản Việt Nam'],
  ['Quân đội nhân dân Việt Nam'],
  ['Phòng Thương mại và Công nghiệp Việt Nam', 'VCCI'],
  ['Tổng Liên đoàn Lao động Việt Nam'],
  ['Liên hợp quốc', 'Liên Hợp Quốc', 'LHQ', 'UN'],
  ['Hội đồng Bảo an Liên hợp quốc', 'Hội đồng Bảo an', 'HĐBA'],
  ['Ngân hàng Thế giới', 'WB', 'World Bank'],
  ['Quỹ Tiền tệ Quốc tế', 'IMF'],
  ['Ngân hàng Phát triển châu Á', 'ADB'],
  ['Liên minh châu Âu', 'EU'],
  ['Ủy ban châu Âu', 'EC'],
  ['Nhà Trắng'],
  ['Điện Kremlin'],
  ['Lầu Năm Góc'],
  ['ASEAN', 'Hiệp hội các quốc gia Đông Nam Á'],
  ['APEC', 'Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương'],
  ['UNESCO'],
  ['WTO', 'Tổ chức Thương mại Thế giới'],
  ['WHO', 'Tổ chức Y tế Thế giới'],
  ['NATO'],
  ['OECD'],
  ['UNDP'],
  ['UNICEF'],
  ['FAO'],
  ['ILO', 'Tổ chức Lao động Quốc tế'],
  ['JICA'],
  ['KOICA'],
  ['USAID'],
  ['AIPA'],
  ['IPU'],
  ['AIIB'],
  ['OPEC'],
  ['BRICS'],
  ['G7'],
  ['G20'],
  ['FIFA'],
  ['AFF'],
  ['AFC'],
  ['IOC'],
  ['UNHCR'],
  ['Interpol'],
  ['Mekong - Lan Thương', 'Mekong-Lan Thương'],
];

/**
 * Head words that open a unit's name: the name follows as capitalised words ("Sở Ngoại vụ",
 * "Cục Quản lý thị trường", "Tập đoàn Vingroup").
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  'Bộ', 'Sở', 'Cục', 'Tổng cục', 'Chi cục', 'Vụ', 'Ban', 'Văn phòng', 'Viện', 'Học viện', 'Trường', 'Trường Đại học',
  'Đại học', 'Ngân hàng', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Hiệp hội', 'Hội', 'Liên đoàn', 'Liên hiệp',
  'Ủy ban', 'Hội đồng', 'Trung tâm', 'Thông tấn xã', 'Kho bạc', 'Bảo hiểm xã hội', 'Bộ Tư lệnh', 'Bộ Chỉ huy',
  'Bộ Chỉ huy Quân sự', 'Quân khu', 'Quân đoàn', 'Sư đoàn', 'Đại sứ quán', 'Tổng Lãnh sự quán', 'Lãnh sự quán',
  'Quỹ', 'Tổ chức', 'Liên minh', 'Đảng', 'Hạ viện', 'Thượng viện', 'Nghị viện', 'Quốc hội',
  'Phòng Thương mại', 'Báo', 'Đài', 'Cảng vụ', 'Thanh tra', 'Mặt trận', 'Đoàn Thanh niên', 'Hãng', 'Tòa án',
  'Viện Kiểm sát', 'Tòa án nhân dân', 'Viện Kiểm sát nhân dân', 'Công ty Cổ phần', 'Công ty TNHH',
];

/**
 * Bodies of local government: they name their place right after ("UBND tỉnh Bình Dương",
 * "Tỉnh ủy Ninh Thuận") or stand alone when the place is understood ("Chủ tịch UBND tỉnh").
 */
export const LOCAL_BODIES: readonly string[] = [
  'UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'HĐND', 'Hội đồng nhân dân', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy',
  'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Đảng bộ', 'Công an', 'Ủy ban MTTQ', 'Ủy ban Mặt trận Tổ quốc', 'MTTQ',
  'Đoàn đại biểu Quốc hội', 'Đoàn ĐBQH', 'Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Thành ủy', 'Ban Thường vụ',
  'Bộ Chỉ huy Quân sự', 'Bộ CHQS', 'Tòa án nhân dân', 'TAND', 'Viện Kiểm sát nhân dân', 'VKSND', 'Cục Thuế',
  'Cục Hải quan', 'Kho bạc Nhà nước', 'Liên đoàn Lao động', 'Hội Nông dân', 'Tỉnh đoàn', 'Thành đoàn', 'HĐQT',
  'Hội đồng quản trị', 'Văn phòng UBND', 'Văn phòng Tỉnh ủy', 'Ban Quản lý',
];

/** Words that name the kind of place a local body serves. */
export const PLACE_LEVELS: readonly string[] = ['tỉnh', 'thành phố', 'TP', 'TP.', 'Tp', 'Tp.', 'T.P', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn'];
