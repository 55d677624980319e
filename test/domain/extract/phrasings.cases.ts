import type { FigureChange, FigureUnit, Qualifier } from '../../../src/domain/types.js';

// Phrasings modelled on constructions that Vietnamese political and economic news uses
// (studied in a news corpus, then rewritten with other names, places and numbers).
// Expectations are what a careful annotator following shared/gold/README.md writes, not what
// the extractor happens to output. Each case lists only the kinds it is about; a listed kind is
// the complete answer for that text.

export interface ExpectedFigure {
  value: number;
  value_max?: number;
  unit: FigureUnit;
  qualifier: Qualifier;
  change?: FigureChange;
  noun?: string;
  subject?: string;
  period?: string | null;
}

export interface PhrasingCase {
  /** The construction exercised, e.g. "compound title: Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X". */
  construction: string;
  /**
   * A known limitation of the extractor, stated: the case is expected to fail until it is lifted
   * (its test then fails as a reminder to drop this line).
   */
  gap?: string;
  /** The text, written word-segmented (underscores inside words, spaces around punctuation), as a segmenter outputs it. */
  segmented: string;
  /** When present, the complete list of persons (order irrelevant); title null when the text attaches none. */
  persons?: { name: string; title: string | null }[];
  /** When present, the complete list of pre-2025 provinces named (spelling as the gold README says). */
  provinces?: string[];
  /** When present, the complete list of meetings. */
  conferences?: { name: string; edition: number | null }[];
  /** When present, the complete list of figures. */
  figures?: ExpectedFigure[];
  /** When present, countries that must be recognised (names as commonly written: "Mỹ", "Trung Quốc"). */
  countries?: string[];
  /** When present, organisations that must be recognised (name as in text). */
  organizations?: string[];
}

const PERSONS: PhrasingCase[] = [
  {
    construction: 'person: Bộ trưởng + ministry name without "Bộ" + name',
    segmented: 'Bộ_trưởng Tài_nguyên và Môi_trường Trần_Hồng_Hà cho_biết Bộ sẽ trình sửa_đổi Luật Đất_đai .',
    persons: [{ name: 'Trần Hồng Hà', title: 'Bộ trưởng Tài nguyên và Môi trường' }],
  },
  {
    construction: 'person: Bộ trưởng Bộ X (ministry with "và") + name',
    segmented: 'Bộ_trưởng Bộ Kế_hoạch và Đầu_tư Nguyễn_Chí_Dũng báo_cáo tình_hình giải_ngân vốn đầu_tư công .',
    persons: [{ name: 'Nguyễn Chí Dũng', title: 'Bộ trưởng Bộ Kế hoạch và Đầu tư' }],
  },
  {
    construction: 'person: Thủ tướng Chính phủ + name',
    segmented: 'Thủ_tướng Chính_phủ Nguyễn_Xuân_Phúc yêu_cầu các bộ , ngành tháo_gỡ khó_khăn cho doanh_nghiệp .',
    persons: [{ name: 'Nguyễn Xuân Phúc', title: 'Thủ tướng Chính phủ' }],
  },
  {
    construction: 'person: Phó Chủ tịch UBND tỉnh X + name',
    segmented: 'Phó Chủ_tịch UBND tỉnh Quảng_Nam Lê_Trí_Thanh khẳng_định tỉnh không cấp phép thêm thủy_điện nhỏ .',
    persons: [{ name: 'Lê Trí Thanh', title: 'Phó Chủ tịch UBND tỉnh Quảng Nam' }],
  },
  {
    construction: 'person: Chủ tịch UBND TP. HCM + name',
    segmented: 'Chủ_tịch UBND TP. HCM Phan_Văn_Mãi đề_nghị các sở , ngành rút ngắn thời_gian cấp phép xây_dựng .',
    persons: [{ name: 'Phan Văn Mãi', title: 'Chủ tịch UBND TP. HCM' }],
  },
  {
    construction: 'person: Phó Chủ tịch UBND TP Hà Nội (TP without dot) + name',
    segmented: 'Phó Chủ_tịch UBND TP Hà_Nội Nguyễn_Văn_Sửu chỉ_đạo các quận rà_soát công_trình vi_phạm .',
    persons: [{ name: 'Nguyễn Văn Sửu', title: 'Phó Chủ tịch UBND TP Hà Nội' }],
  },
  {
    construction: 'person: "Theo ông Name, Vụ trưởng Vụ X," apposition inside a clause',
    segmented: 'Theo ông Lê_Hoàng_Tài , Vụ_trưởng Vụ Pháp_chế , các quy_định mới sẽ có hiệu_lực từ tháng 7 .',
    persons: [{ name: 'Lê Hoàng Tài', title: 'Vụ trưởng Vụ Pháp chế' }],
  },
  {
    construction: 'person: Giám đốc Sở X tỉnh Y + name',
    segmented: 'Giám_đốc Sở Công_Thương tỉnh Đồng_Tháp Lê_Thị_Hoa cho_biết sản_lượng xoài xuất_khẩu tăng mạnh .',
    persons: [{ name: 'Lê Thị Hoa', title: 'Giám đốc Sở Công Thương tỉnh Đồng Tháp' }],
  },
  {
    construction: 'person: Bí thư Tỉnh ủy X + name',
    segmented: 'Bí_thư Tỉnh_ủy Quảng_Ninh Nguyễn_Văn_Đọc tiếp đoàn nhà_đầu_tư Nhật_Bản .',
    persons: [{ name: 'Nguyễn Văn Đọc', title: 'Bí thư Tỉnh ủy Quảng Ninh' }],
  },
  {
    construction: 'person: Bí thư Thành uỷ X (old tone placement) + name',
    segmented: 'Bí_thư Thành_uỷ Đà_Nẵng Trương_Quang_Nghĩa làm_việc với lãnh_đạo các quận .',
    persons: [{ name: 'Trương Quang Nghĩa', title: 'Bí thư Thành uỷ Đà Nẵng' }],
  },
  {
    construction: 'person: compound title "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội" + name',
    segmented: 'Ủy_viên Bộ_Chính_trị , Bí_thư Thành_ủy Hà_Nội Hoàng_Trung_Hải dự và phát_biểu chỉ_đạo hội_nghị .',
    persons: [{ name: 'Hoàng Trung Hải', title: 'Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội' }],
  },
  {
    construction: 'person: three-part compound title with old tone placement "Uỷ viên ..., Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh X"',
    segmented: 'Uỷ_viên Trung_ương Đảng , Phó Bí_thư Tỉnh_uỷ , Chủ_tịch UBND tỉnh Bình_Định Hồ_Quốc_Dũng phát_biểu khai_mạc .',
    persons: [{ name: 'Hồ Quốc Dũng', title: 'Uỷ viên Trung ương Đảng, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh Bình Định' }],
  },
  {
    construction: 'person: "Name, Title," apposition after a bare name opening the sentence',
    segmented: 'Trương_Hòa_Bình , Phó Thủ_tướng thường_trực Chính_phủ , nhấn_mạnh yêu_cầu cải_cách hành_chính .',
    persons: [{ name: 'Trương Hòa Bình', title: 'Phó Thủ tướng thường trực Chính phủ' }],
  },
  {
    construction: 'person: "Ông Name, Giám đốc Sở X tỉnh Y," honorific dropped',
    segmented: 'Ông Trần_Minh_Khôi , Giám_đốc Sở Tài_chính tỉnh Vĩnh_Long , cho_biết thu ngân_sách vượt kế_hoạch .',
    persons: [{ name: 'Trần Minh Khôi', title: 'Giám đốc Sở Tài chính tỉnh Vĩnh Long' }],
  },
  {
    construction: 'person: "Đồng chí Name, Title," honorific dropped',
    segmented: 'Đồng_chí Trần_Cẩm_Tú , Chủ_nhiệm Uỷ_ban Kiểm_tra Trung_ương , trao quyết_định cho cán_bộ .',
    persons: [{ name: 'Trần Cẩm Tú', title: 'Chủ nhiệm Uỷ ban Kiểm tra Trung ương' }],
  },
  {
    construction: 'person: "PGS.TS Name, Title," academic prefix dropped',
    segmented: 'PGS.TS Nguyễn_Đức_Kiên , Phó Chủ_nhiệm Ủy_ban Kinh_tế của Quốc_hội , cho_rằng cần siết chặt kỷ_luật tài_khóa .',
    persons: [{ name: 'Nguyễn Đức Kiên', title: 'Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội' }],
  },
  {
    construction: 'person: "Bà Name, Phó Giám đốc Sở X Y," four-syllable female name',
    segmented: 'Bà Lương_Thị_Ngọc_Diệp , Phó Giám_đốc Sở Du_lịch Quảng_Bình , cho_biết lượng khách đến các hang_động tăng mạnh .',
    persons: [{ name: 'Lương Thị Ngọc Diệp', title: 'Phó Giám đốc Sở Du lịch Quảng Bình' }],
  },
  {
    construction: 'person: "ông Name - Title" dash apposition',
    segmented: 'Theo ông Vũ_Tiến_Lộc - Chủ_tịch Phòng Thương_mại và Công_nghiệp Việt_Nam , môi_trường kinh_doanh đã cải_thiện rõ_rệt .',
    persons: [{ name: 'Vũ Tiến Lộc', title: 'Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam' }],
  },
  {
    construction: 'person: Thống đốc Ngân hàng Nhà nước + name',
    segmented: 'Thống_đốc Ngân_hàng Nhà_nước Nguyễn_Văn_Bình cho_biết tín_dụng tăng_trưởng ổn_định .',
    persons: [{ name: 'Nguyễn Văn Bình', title: 'Thống đốc Ngân hàng Nhà nước' }],
  },
  {
    construction: 'person: foreign leader "Tổng thống Mỹ Donald Trump", later "Ông Trump" is the same person',
    segmented: 'Tổng_thống Mỹ Donald_Trump đến Đà_Nẵng dự hội_nghị . Ông Trump sau đó thăm cấp nhà_nước tới Hà_Nội .',
    persons: [{ name: 'Donald Trump', title: 'Tổng thống Mỹ' }],
  },
  {
    construction: 'person: foreign leader "Thủ tướng Nhật Bản Shinzo Abe"',
    segmented: 'Thủ_tướng Nhật_Bản Shinzo_Abe cam_kết tiếp_tục hỗ_trợ vốn ODA cho Việt_Nam .',
    persons: [{ name: 'Shinzo Abe', title: 'Thủ tướng Nhật Bản' }],
  },
  {
    construction: 'person: two foreign leaders, Sino-Vietnamese name "Chủ tịch Trung Quốc Hồ Cẩm Đào"',
    segmented: 'Tổng_thống Nga Vladimir_Putin và Chủ_tịch Trung_Quốc Hồ_Cẩm_Đào đã ký tuyên_bố chung .',
    persons: [
      { name: 'Vladimir Putin', title: 'Tổng thống Nga' },
      { name: 'Hồ Cẩm Đào', title: 'Chủ tịch Trung Quốc' },
    ],
  },
  {
    construction: 'person: segmenter glues country to name "Malaysia_Mahathir_Mohamad"',
    segmented: 'Thủ_tướng Malaysia_Mahathir_Mohamad kêu_gọi các nước ASEAN tăng_cường liên_kết kinh_tế .',
    persons: [{ name: 'Mahathir Mohamad', title: 'Thủ tướng Malaysia' }],
  },
  {
    construction: 'person: segmenter glues country to name "Philippines_Rodrigo_Duterte"',
    segmented: 'Tổng_thống Philippines_Rodrigo_Duterte sẽ dự hội_nghị tại Singapore .',
    persons: [{ name: 'Rodrigo Duterte', title: 'Tổng thống Philippines' }],
  },
  {
    construction: 'person: segmenter glues country to a Sino-Vietnamese name "Singapore_Lý_Hiển_Long"',
    segmented: 'Thủ_tướng Singapore_Lý_Hiển_Long đánh_giá cao vai_trò của Việt_Nam trong khu_vực .',
    persons: [{ name: 'Lý Hiển Long', title: 'Thủ tướng Singapore' }],
  },
  {
    construction: 'person: segmenter glues province to name "Long_An_Nguyễn_Văn_Hải"; the province still counts',
    segmented: 'Giám_đốc Sở Xây_dựng Long_An_Nguyễn_Văn_Hải cho_biết tỉnh sẽ xây thêm nhà ở xã_hội .',
    persons: [{ name: 'Nguyễn Văn Hải', title: 'Giám đốc Sở Xây dựng Long An' }],
    provinces: ['Long An'],
  },
  {
    construction: 'person: Đại sứ X tại Việt Nam + foreign name',
    segmented: 'Đại_sứ Hàn_Quốc tại Việt_Nam Lee_Hyuk cho_biết doanh_nghiệp Hàn_Quốc muốn mở_rộng đầu_tư .',
    persons: [{ name: 'Lee Hyuk', title: 'Đại sứ Hàn Quốc tại Việt Nam' }],
  },
  {
    construction: 'person: Chủ tịch nước + name; an unnamed ambassador is no person',
    segmented: 'Chủ_tịch nước Trần_Đại_Quang tiếp Đại_sứ Australia tại Việt_Nam .',
    persons: [{ name: 'Trần Đại Quang', title: 'Chủ tịch nước' }],
  },
  {
    construction: 'person: Tổng Bí thư + name',
    segmented: 'Tổng_Bí_thư Nguyễn_Phú_Trọng chủ_trì phiên họp của Bộ_Chính_trị .',
    persons: [{ name: 'Nguyễn Phú Trọng', title: 'Tổng Bí thư' }],
  },
  {
    construction: 'person: compound "Tổng Bí thư, Chủ tịch nước" + name',
    segmented: 'Tổng_Bí_thư , Chủ_tịch nước Nguyễn_Phú_Trọng gửi thư chúc_mừng nhân dịp Quốc_khánh .',
    persons: [{ name: 'Nguyễn Phú Trọng', title: 'Tổng Bí thư, Chủ tịch nước' }],
  },
  {
    construction: 'person: Chủ tịch Quốc hội + name; an unnamed foreign counterpart is no person',
    segmented: 'Chủ_tịch Quốc_hội Nguyễn_Thị_Kim_Ngân hội_kiến Chủ_tịch Thượng_viện Pháp .',
    persons: [{ name: 'Nguyễn Thị Kim Ngân', title: 'Chủ tịch Quốc hội' }],
  },
  {
    construction: 'person: Phó Thủ tướng + name',
    segmented: 'Phó Thủ_tướng Vương_Đình_Huệ làm_việc với Ngân_hàng Nhà_nước về điều_hành tỷ_giá .',
    persons: [{ name: 'Vương Đình Huệ', title: 'Phó Thủ tướng' }],
  },
  {
    construction: 'person: compound "Phó Thủ tướng, Bộ trưởng Ngoại giao" and foreign "Ngoại trưởng Mỹ" in one sentence',
    segmented: 'Phó Thủ_tướng , Bộ_trưởng Ngoại_giao Phạm_Bình_Minh hội_đàm với Ngoại_trưởng Mỹ Mike_Pompeo .',
    persons: [
      { name: 'Phạm Bình Minh', title: 'Phó Thủ tướng, Bộ trưởng Ngoại giao' },
      { name: 'Mike Pompeo', title: 'Ngoại trưởng Mỹ' },
    ],
  },
  {
    construction: 'person: named with honorific only, no title (title null)',
    segmented: 'Theo ông Đặng_Văn_Thành , thị_trường chứng_khoán đang dần phục_hồi .',
    persons: [{ name: 'Đặng Văn Thành', title: null }],
  },
  {
    construction: 'person: later bare mention by title only ("Bộ trưởng") is not a second person',
    segmented:
      'Bộ_trưởng Công_Thương Trần_Tuấn_Anh tiếp đoàn doanh_nghiệp Hoa_Kỳ . Bộ_trưởng cho_biết Việt_Nam luôn tạo điều_kiện cho nhà_đầu_tư nước_ngoài .',
    persons: [{ name: 'Trần Tuấn Anh', title: 'Bộ trưởng Công Thương' }],
  },
  {
    construction: 'person: later short mention "Ông Thành" is not a second person',
    segmented: 'Phó Chủ_tịch UBND tỉnh Bắc_Ninh Nguyễn_Hữu_Thành tiếp đoàn doanh_nghiệp . Ông Thành đánh_giá cao năng_lực của đối_tác .',
    persons: [{ name: 'Nguyễn Hữu Thành', title: 'Phó Chủ tịch UBND tỉnh Bắc Ninh' }],
  },
  {
    construction: 'person: byline alone on the last line is not a person',
    segmented:
      'Đẩy_nhanh tiến_độ đường_sắt đô_thị\nPhó Thủ_tướng Trịnh_Đình_Dũng yêu_cầu các nhà_thầu hoàn_thành dự_án đúng hạn .\nCác bộ , ngành được giao rà_soát từng hạng_mục .\nMinh_Anh',
    persons: [{ name: 'Trịnh Đình Dũng', title: 'Phó Thủ tướng' }],
  },
  {
    construction: 'person: photo caption with credit "- Ảnh : Name"; the photographer is not a person',
    segmented:
      'Bộ_trưởng Bộ Y_tế Nguyễn_Thị_Kim_Tiến thăm bệnh_viện tuyến huyện .\nBộ_trưởng Nguyễn_Thị_Kim_Tiến thăm_hỏi bệnh_nhân - Ảnh : Ngọc_Hà',
    persons: [{ name: 'Nguyễn Thị Kim Tiến', title: 'Bộ trưởng Bộ Y tế' }],
  },
  {
    construction: 'person: two "ông Name, Title," appositions joined by "và"',
    segmented:
      'Cùng dự có ông Phạm_Vũ_Hồng , Chủ_tịch UBND tỉnh Kiên_Giang , và ông Bùi_Quốc_Thái , Giám_đốc Sở Du_lịch tỉnh Kiên_Giang .',
    persons: [
      { name: 'Phạm Vũ Hồng', title: 'Chủ tịch UBND tỉnh Kiên Giang' },
      { name: 'Bùi Quốc Thái', title: 'Giám đốc Sở Du lịch tỉnh Kiên Giang' },
    ],
  },
  {
    construction: 'person: given name containing a province name ("Hải Dương") is no province',
    segmented: 'Ông Đỗ_Hải_Dương , Phó Giám_đốc Sở Tài_chính Nghệ_An , cho_biết tỉnh đã hoàn_thành quyết_toán .',
    persons: [{ name: 'Đỗ Hải Dương', title: 'Phó Giám đốc Sở Tài chính Nghệ An' }],
    provinces: ['Nghệ An'],
  },
  {
    construction: 'person: ethnic minority name of five syllables "Y Giang Gry Niê Knơng"',
    segmented: 'Phó Chủ_tịch UBND tỉnh Đắk_Lắk Y_Giang_Gry_Niê_Knơng kiểm_tra công_tác phòng_chống hạn .',
    persons: [{ name: 'Y Giang Gry Niê Knơng', title: 'Phó Chủ tịch UBND tỉnh Đắk Lắk' }],
  },
];

const PROVINCES: PhrasingCase[] = [
  {
    construction: 'province: "TP. HCM" abbreviation and "tỉnh X"',
    segmented: 'Lãnh_đạo TP. HCM và tỉnh Bình_Phước đã ký kết chương_trình hợp_tác giai_đoạn mới .',
    provinces: ['Hồ Chí Minh', 'Bình Phước'],
  },
  {
    construction: 'province: "TP.HCM" without space',
    segmented: 'Giá căn_hộ tại TP.HCM tiếp_tục tăng trong quý III .',
    provinces: ['Hồ Chí Minh'],
  },
  {
    construction: 'province: "Thành phố Hồ Chí Minh" in full, bare "Hải Phòng", "Bắc Ninh"',
    segmented: 'Thành_phố Hồ_Chí_Minh dẫn_đầu cả nước về thu_hút vốn đầu_tư , tiếp_theo là Hải_Phòng và Bắc_Ninh .',
    provinces: ['Hồ Chí Minh', 'Hải Phòng', 'Bắc Ninh'],
  },
  {
    construction: 'province: "TP Hồ Chí Minh" without dot',
    segmented: 'Đoàn công_tác của TP Hồ_Chí_Minh làm_việc với tỉnh Tây_Ninh về liên_kết vùng .',
    provinces: ['Hồ Chí Minh', 'Tây Ninh'],
  },
  {
    construction: 'province: abbreviation "BR-VT"',
    segmented: 'Cảng Cái_Mép - Thị_Vải ở BR-VT đón tàu container lớn nhất từ trước đến nay .',
    provinces: ['Bà Rịa - Vũng Tàu'],
  },
  {
    construction: 'province: "Bà Rịa - Vũng Tàu" with spaced hyphen',
    segmented: 'Tỉnh Bà_Rịa - Vũng_Tàu và tỉnh Đồng_Nai cùng đầu_tư tuyến đường ven biển .',
    provinces: ['Bà Rịa - Vũng Tàu', 'Đồng Nai'],
  },
  {
    construction: 'province: "Thừa Thiên - Huế" with spaced hyphen inside "UBND tỉnh"',
    segmented: 'UBND tỉnh Thừa_Thiên - Huế vừa phê_duyệt đề_án phát_triển du_lịch biển .',
    provinces: ['Thừa Thiên - Huế'],
  },
  {
    construction: 'province: variant spelling "Đắc Lắk"',
    segmented: 'Cà_phê của Đắc_Lắk và Gia_Lai được xuất_khẩu sang nhiều nước châu_Âu .',
    provinces: ['Đắc Lắk', 'Gia Lai'],
  },
  {
    construction: 'province: "Đắk Nông" and "Đắk Lắk" side by side',
    segmented: 'Đắk_Nông và Đắk_Lắk phối_hợp bảo_vệ rừng đầu_nguồn .',
    provinces: ['Đắk Nông', 'Đắk Lắk'],
  },
  {
    construction: 'province: old tone placement "Thanh Hoá"',
    segmented: 'Nhà_máy lọc dầu Nghi_Sơn ở Thanh_Hoá đã vận_hành thương_mại .',
    provinces: ['Thanh Hoá'],
  },
  {
    construction: 'province: old tone placement "Khánh Hoà"',
    segmented: 'Lượng khách quốc_tế đến Khánh_Hoà và Lâm_Đồng tăng mạnh trong dịp Tết .',
    provinces: ['Khánh Hoà', 'Lâm Đồng'],
  },
  {
    construction: 'province: old tone placement "Hoà Bình" after "Tỉnh"',
    segmented: 'Tỉnh Hoà_Bình và tỉnh Phú_Thọ ký kết hợp_tác phát_triển du_lịch .',
    provinces: ['Hoà Bình', 'Phú Thọ'],
  },
  {
    construction: 'province: inside organisation names "Sở Ngoại vụ X", "Sở Công Thương Y"',
    segmented: 'Sở Ngoại_vụ Cao_Bằng phối_hợp với Sở Công_Thương Hưng_Yên tổ_chức hội_chợ .',
    provinces: ['Cao Bằng', 'Hưng Yên'],
  },
  {
    construction: 'province: inside "UBND tỉnh Kon Tum"',
    segmented: 'UBND tỉnh Kon_Tum vừa ban_hành kế_hoạch phát_triển cây dược_liệu .',
    provinces: ['Kon Tum'],
  },
  {
    construction: 'province: inside a company name',
    segmented: 'Công_ty Cấp_nước Bến_Tre đầu_tư thêm một nhà_máy xử_lý nước .',
    provinces: ['Bến Tre'],
  },
  {
    construction: 'province: in parentheses after a site',
    segmented: 'Nhà_máy lọc dầu Dung_Quất ( Quảng_Ngãi ) hoạt_động ổn_định .',
    provinces: ['Quảng Ngãi'],
  },
  {
    construction: 'province: enumeration "Các tỉnh A, B, C và D"',
    segmented: 'Các tỉnh Sóc_Trăng , Bạc_Liêu , Cà_Mau và Kiên_Giang đang bị xâm_nhập mặn nghiêm_trọng .',
    provinces: ['Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'Kiên Giang'],
  },
  {
    construction: 'not province: commune "xã Bình Dương"',
    segmented: 'Người_dân xã Bình_Dương , huyện Đông_Triều đã được dùng nước sạch .',
    provinces: [],
  },
  {
    construction: 'not province: commune "xã Long An" (only the real province counts)',
    segmented: 'Dự_án sân_bay đi qua xã Long_An , huyện Long_Thành , tỉnh Đồng_Nai .',
    provinces: ['Đồng Nai'],
  },
  {
    construction: 'not province: district "huyện Quảng Ninh" of Quảng Bình',
    segmented: 'Mưa lớn gây ngập nhiều xã thuộc huyện Quảng_Ninh , tỉnh Quảng_Bình .',
    provinces: ['Quảng Bình'],
  },
  {
    construction: 'not province: city "thành phố Hà Tĩnh" below province level',
    segmented: 'Mưa lớn gây ngập nhiều tuyến phố ở thành_phố Hà_Tĩnh .',
    provinces: [],
  },
  {
    construction: 'not province: regions "ĐBSCL", "Tây Nguyên"',
    segmented: 'Vùng ĐBSCL và Tây_Nguyên chiếm phần_lớn sản_lượng nông_sản xuất_khẩu , trong đó An_Giang dẫn_đầu về lúa gạo .',
    provinces: ['An Giang'],
  },
  {
    construction: 'not province: foreign province "tỉnh Vân Nam, Trung Quốc"',
    segmented: 'Doanh_nghiệp Lào_Cai tăng_cường giao_thương với tỉnh Vân_Nam , Trung_Quốc .',
    provinces: ['Lào Cai'],
  },
  {
    construction: 'not province: foreign capital "Bắc Kinh"',
    segmented: 'Hà_Nội và Bắc_Kinh ký thỏa_thuận hợp_tác giữa hai thủ_đô .',
    provinces: ['Hà Nội'],
  },
];

const CONFERENCES: PhrasingCase[] = [
  {
    construction: 'conference: "Hội nghị X lần thứ N" (digits)',
    segmented: 'Hội_nghị Bộ_trưởng Kinh_tế ASEAN lần thứ 49 được tổ_chức tại Manila .',
    conferences: [{ name: 'Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 49', edition: 49 }],
  },
  {
    construction: 'conference: "lần thứ mười" (edition in words)',
    segmented: 'Hội_nghị Cấp_cao Mekong - Nhật_Bản lần thứ mười diễn ra tại Tokyo .',
    conferences: [{ name: 'Hội nghị Cấp cao Mekong - Nhật Bản lần thứ mười', edition: 10 }],
  },
  {
    construction: 'conference: "Diễn đàn ... lần thứ bảy" (word edition 7, hyphenated country pair)',
    segmented: 'Diễn_đàn Hợp_tác kinh_tế Việt_Nam - Lào lần thứ bảy thu_hút đông_đảo doanh_nghiệp hai nước .',
    conferences: [{ name: 'Diễn đàn Hợp tác kinh tế Việt Nam - Lào lần thứ bảy', edition: 7 }],
  },
  {
    construction: 'conference: lowercase "kỳ họp thứ 4 Quốc hội khoá XIV" (segmenter leaves "kỳ họp" unjoined)',
    segmented: 'Các đại_biểu sẽ thảo_luận dự_án luật tại kỳ họp thứ 4 Quốc_hội khoá XIV .',
    conferences: [{ name: 'kỳ họp thứ 4 Quốc hội khoá XIV', edition: 4 }],
  },
  {
    construction: 'conference: "Kỳ họp thứ 9 HĐND tỉnh X khoá XVII" (provincial council session)',
    segmented: 'Kỳ họp thứ 9 HĐND tỉnh Nghệ_An khoá XVII đã thông_qua nhiều nghị_quyết quan_trọng .',
    conferences: [{ name: 'Kỳ họp thứ 9 HĐND tỉnh Nghệ An khoá XVII', edition: 9 }],
  },
  {
    construction: 'conference: "Hội nghị Trung ương 7 khoá XII" (bare numeral: edition null per README, like gold COP 28)',
    gap: 'a bare numeral after "Trung ương" is not read as part of the name',
    segmented: 'Hội_nghị Trung_ương 7 khoá XII đã thông_qua nghị_quyết về cải_cách chính_sách tiền_lương .',
    conferences: [{ name: 'Hội nghị Trung ương 7 khoá XII', edition: null }],
  },
  {
    construction: 'conference: "Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khoá XII" (edition before the body)',
    segmented: 'Hội_nghị lần thứ 9 Ban_Chấp_hành Trung_ương Đảng khoá XII bàn về chiến_lược kinh_tế biển .',
    conferences: [{ name: 'Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khoá XII', edition: 9 }],
  },
  {
    construction: 'conference: "Diễn đàn Kinh tế Thế giới" as a meeting attended',
    segmented: 'Phát_biểu tại Diễn_đàn Kinh_tế Thế_giới ở Davos , Thủ_tướng mời các nhà_đầu_tư đến Việt_Nam .',
    conferences: [{ name: 'Diễn đàn Kinh tế Thế giới', edition: null }],
  },
  {
    construction: 'conference: "Hội nghị cấp cao ASEAN lần thứ N", later "hội nghị" is the same meeting',
    segmented: 'Hội_nghị cấp cao ASEAN lần thứ 34 diễn ra tại Bangkok . Tại hội_nghị , các nhà lãnh_đạo thảo_luận về Biển_Đông .',
    conferences: [{ name: 'Hội nghị cấp cao ASEAN lần thứ 34', edition: 34 }],
  },
  {
    construction: 'conference: two distinct numbered summits in one sentence',
    segmented: 'Bên lề Hội_nghị cấp cao ASEAN lần thứ 31 , Thủ_tướng dự Hội_nghị cấp cao Đông_Á lần thứ 12 .',
    conferences: [
      { name: 'Hội nghị cấp cao ASEAN lần thứ 31', edition: 31 },
      { name: 'Hội nghị cấp cao Đông Á lần thứ 12', edition: 12 },
    ],
  },
  {
    construction: 'conference: "Đại hội Đảng bộ tỉnh X lần thứ XX" (Roman numeral edition)',
    gap: '"Đại hội Đảng bộ tỉnh X" is not read as a meeting name',
    segmented: 'Đại_hội Đảng_bộ tỉnh Quảng_Ngãi lần thứ XX đã bầu Ban_Chấp_hành khoá mới .',
    conferences: [{ name: 'Đại hội Đảng bộ tỉnh Quảng Ngãi lần thứ XX', edition: 20 }],
  },
  {
    construction: 'conference: "Đại hội đại biểu Đảng bộ tỉnh X lần thứ XVII" (Roman numeral XVII, no subtractive pair)',
    segmented: 'Đại_hội đại_biểu Đảng_bộ tỉnh Hà_Giang lần thứ XVII khai_mạc sáng nay .',
    conferences: [{ name: 'Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII', edition: 17 }],
  },
  {
    construction: 'conference: "Đại hội ... lần thứ XIV" (subtractive Roman numeral)',
    gap: '"Đại hội đại biểu Đảng bộ thành phố X" is not read as a meeting name',
    segmented: 'Đại_hội Đảng_bộ thành_phố Cần_Thơ lần thứ XIV xác_định ba khâu đột_phá .',
    conferences: [{ name: 'Đại hội Đảng bộ thành phố Cần Thơ lần thứ XIV', edition: 14 }],
  },
  {
    construction: 'conference: "Hội nghị thượng đỉnh APEC" (APEC inside a meeting name)',
    segmented: 'Các nhà lãnh_đạo gặp nhau bên lề Hội_nghị thượng_đỉnh APEC tại Đà_Nẵng .',
    conferences: [{ name: 'Hội nghị thượng đỉnh APEC', edition: null }],
  },
  {
    construction: 'conference: "Hội nghị thượng đỉnh Mỹ - Triều lần thứ hai"',
    segmented: 'Hội_nghị thượng_đỉnh Mỹ - Triều lần thứ hai diễn ra tại Hà_Nội .',
    conferences: [{ name: 'Hội nghị thượng đỉnh Mỹ - Triều lần thứ hai', edition: 2 }],
  },
  {
    construction: 'conference: "lần 2" without "thứ"',
    segmented: 'Diễn_đàn Hợp_tác quốc_tế Vành_đai và Con_đường lần 2 diễn ra tại Bắc_Kinh .',
    conferences: [{ name: 'Diễn đàn Hợp tác quốc tế Vành đai và Con đường lần 2', edition: 2 }],
  },
  {
    construction: 'conference: "Hội thảo <title>"',
    gap: 'a long lowercase title after "Hội thảo" is cut short',
    segmented: 'Hội_thảo Phát_triển kinh_tế biển bền_vững được tổ_chức sáng 12/9 tại Quảng_Ninh .',
    conferences: [{ name: 'Hội thảo Phát triển kinh tế biển bền vững', edition: null }],
  },
  {
    construction: 'conference: "Đối thoại Shangri-La"',
    gap: 'a hyphenated foreign name in a meeting name',
    segmented: 'Đối_thoại Shangri-La năm nay tập_trung vào an_ninh hàng_hải .',
    conferences: [{ name: 'Đối thoại Shangri-La', edition: null }],
  },
  {
    construction: 'conference: unnumbered "Hội nghị Xúc tiến đầu tư tỉnh X", later "hội nghị" is the same meeting',
    gap: 'the name runs on into a verb the lexicon lacks',
    segmented:
      'Hội_nghị Xúc_tiến đầu_tư tỉnh Hậu_Giang thu_hút nhiều nhà_đầu_tư . Tại hội_nghị , tỉnh trao chủ_trương đầu_tư cho các dự_án .',
    conferences: [{ name: 'Hội nghị Xúc tiến đầu tư tỉnh Hậu Giang', edition: null }],
  },
  {
    construction: 'not conference: "Cách mạng công nghiệp lần thứ 4"',
    segmented: 'Cuộc Cách_mạng công_nghiệp lần thứ 4 đặt ra nhiều thách_thức cho thị_trường lao_động .',
    conferences: [],
    figures: [],
  },
  {
    construction: 'not conference: ASEAN and APEC as bodies',
    segmented: 'Việt_Nam là thành_viên tích_cực của ASEAN và APEC .',
    conferences: [],
  },
];

const FIGURES: PhrasingCase[] = [
  {
    construction: 'figure: "Năm N, kim ngạch xuất khẩu của X sang Y đạt N tỷ USD" (noun, the flow\'s pair as subject, period, level)',
    segmented: 'Năm 2017 , kim_ngạch xuất_khẩu của Việt_Nam sang Nhật_Bản đạt 16,8 tỷ USD .',
    figures: [{ value: 16.8e9, unit: 'USD', qualifier: 'exact', change: 'level', noun: 'kim ngạch xuất khẩu', subject: 'Việt Nam - Nhật Bản', period: '2017' }],
  },
  {
    construction: 'figure: "nghìn đồng" scaling',
    segmented: 'Người_dân được hỗ_trợ 750 nghìn đồng cho mỗi tấn lúa bị thiệt_hại .',
    figures: [{ value: 750e3, unit: 'VND', qualifier: 'exact' }],
  },
  {
    construction: 'figure: "tăng 1,5 ngàn đồng / kg" (ngàn, decimal comma, price per unit)',
    segmented: 'Giá cà_phê nhân xô tại Tây_Nguyên hôm_nay tăng 1,5 ngàn đồng / kg .',
    figures: [{ value: 1500, unit: 'VND', qualifier: 'exact', change: 'increase' }],
  },
  {
    construction: 'figure: a change verb before its object "tăng vốn đầu tư X" is the figure\'s change',
    segmented: 'Bộ Giao_thông vận_tải đề_nghị tăng vốn đầu_tư 12.352 tỷ đồng cho các dự_án .',
    figures: [{ value: 12352e9, unit: 'VND', qualifier: 'exact', change: 'increase', noun: 'vốn đầu tư' }],
  },
  {
    construction: 'figure: a series after one change shares it "tăng 12 % , 9 % và 7 %"',
    segmented: 'Doanh_thu của ba tỉnh lần_lượt tăng 12 % , 9 % và 7 % .',
    figures: [
      { value: 12, unit: 'percent', qualifier: 'exact', change: 'increase' },
      { value: 9, unit: 'percent', qualifier: 'exact', change: 'increase' },
      { value: 7, unit: 'percent', qualifier: 'exact', change: 'increase' },
    ],
  },
  {
    construction: 'figure: a move "tăng thuế từ 10 % lên 25 %" states two levels, where it starts and where it ends',
    segmented: 'Mỹ sẽ tăng thuế từ 10 % lên 25 % với hàng_hoá nhập_khẩu .',
    figures: [
      { value: 10, unit: 'percent', qualifier: 'exact', change: 'level' },
      { value: 25, unit: 'percent', qualifier: 'exact', change: 'level' },
    ],
  },
  {
    construction: 'figure: "7,2 triệu đồng / tháng" (triệu, rate)',
    segmented: 'Thu_nhập bình_quân của công_nhân trong khu_công_nghiệp đạt 7,2 triệu đồng / tháng .',
    figures: [{ value: 7.2e6, unit: 'VND', qualifier: 'exact', change: 'level' }],
  },
  {
    construction: 'figure: spelling "tỉ đồng"',
    segmented: 'Doanh_nghiệp đã nộp vào ngân_sách 12 tỉ đồng tiền thuế .',
    figures: [{ value: 12e9, unit: 'VND', qualifier: 'exact' }],
  },
  {
    construction: 'figure: compound "2 tỷ 475 triệu đồng"',
    segmented: 'Cơ_quan điều_tra xác_định thiệt_hại cho Nhà_nước là 2 tỷ 475 triệu đồng .',
    figures: [{ value: 2.475e9, unit: 'VND', qualifier: 'exact' }],
  },
  {
    construction: 'figure: decimal comma percent; "11 năm qua" is a duration',
    segmented: 'Theo Tổng_cục Thống_kê , tốc_độ tăng_trưởng GDP năm 2018 đạt 7,08 % , cao nhất trong 11 năm qua .',
    figures: [{ value: 7.08, unit: 'percent', qualifier: 'exact', noun: 'tốc độ tăng trưởng GDP', period: '2018' }],
  },
  {
    construction: 'figure: dot thousands "19.247 tỷ đồng" with period "5 tháng đầu năm"',
    gap: 'the measured noun is not found across "có"',
    segmented: 'Trong 5 tháng đầu năm , tổng vốn đăng_ký mới của thành_phố đạt 19.247 tỷ đồng .',
    figures: [{ value: 19247e9, unit: 'VND', qualifier: 'exact', change: 'level', noun: 'tổng vốn đăng ký mới', period: 'rel:Y:01..05' }],
  },
  {
    construction: 'figure: decimal point "1.4 %"',
    segmented: 'Lạm_phát cơ_bản bình_quân 4 tháng đầu năm ở mức 1.4 % .',
    figures: [{ value: 1.4, unit: 'percent', qualifier: 'exact' }],
  },
  {
    construction: 'figure: decimal point "tăng 0.6 %"; "tháng 7" is a date',
    segmented: 'Chỉ_số giá tiêu_dùng tháng 7 tăng 0.6 % so với tháng trước .',
    figures: [{ value: 0.6, unit: 'percent', qualifier: 'exact', change: 'increase' }],
  },
  {
    construction: 'figure: "gần 2,7 triệu lao động" (approx, people)',
    segmented: 'Ngành dệt_may đang tạo việc_làm cho gần 2,7 triệu lao_động .',
    figures: [{ value: 2.7e6, unit: 'people', qualifier: 'approx', noun: 'lao động' }],
  },
  {
    construction: 'figure: "khoảng 12.400 ha" (approx, area)',
    segmented: 'Diện_tích lúa bị nhiễm mặn ở các tỉnh ven biển khoảng 12.400 ha .',
    figures: [{ value: 12400, unit: 'other', qualifier: 'approx' }],
  },
  {
    construction: 'figure: "ước đạt" (approx) with period "quý I"',
    segmented: 'Trong quý I , kim_ngạch xuất_khẩu nông_sản ước đạt 9,6 tỷ USD .',
    figures: [{ value: 9.6e9, unit: 'USD', qualifier: 'approx', change: 'level', noun: 'kim ngạch xuất khẩu nông sản', period: 'rel:Y:Q1' }],
  },
  {
    construction: 'figure: "xấp xỉ 4.300 tỷ đồng"',
    segmented: 'Số tiền thuế nợ đọng của các doanh_nghiệp xấp_xỉ 4.300 tỷ đồng .',
    figures: [{ value: 4.3e12, unit: 'VND', qualifier: 'approx' }],
  },
  {
    construction: 'figure: "hơn 2.400 doanh nghiệp" (more_than, count with noun)',
    segmented: 'Từ đầu năm , thành_phố có hơn 2.400 doanh_nghiệp thành_lập mới .',
    figures: [{ value: 2400, unit: 'count', qualifier: 'more_than', noun: 'doanh nghiệp' }],
  },
  {
    construction: 'figure: "trên 92 %" (more_than percent)',
    segmented: 'Đến nay , trên 92 % hộ dân nông_thôn đã được dùng nước sạch .',
    figures: [{ value: 92, unit: 'percent', qualifier: 'more_than' }],
  },
  {
    construction: 'figure: "dưới 4 %" (less_than) with period "năm 2019"',
    segmented: 'Quốc_hội đặt mục_tiêu kiểm_soát lạm_phát dưới 4 % trong năm 2019 .',
    figures: [{ value: 4, unit: 'percent', qualifier: 'less_than', period: '2019' }],
  },
  {
    construction: 'figure: range "6,6-6,8 %" (decimal comma, hyphen)',
    segmented: 'Chính_phủ đặt mục_tiêu tăng_trưởng GDP năm 2019 đạt 6,6-6,8 % .',
    figures: [{ value: 6.6, value_max: 6.8, unit: 'percent', qualifier: 'range', period: '2019' }],
  },
  {
    construction: 'figure: range "từ 8,4 - 8,6 %" (spaced hyphen)',
    segmented: 'Tỉnh phấn_đấu tốc_độ tăng_trưởng GRDP bình_quân đạt từ 8,4 - 8,6 % mỗi năm .',
    figures: [{ value: 8.4, value_max: 8.6, unit: 'percent', qualifier: 'range' }],
  },
  {
    construction: 'figure: integer range "tăng ... 7-9 %"',
    gap: 'a change word separated from its figure by the noun',
    segmented: 'Các doanh_nghiệp dự_kiến tăng lương cho người lao_động 7-9 % .',
    figures: [{ value: 7, value_max: 9, unit: 'percent', qualifier: 'range', change: 'increase' }],
  },
  {
    construction: 'figure: range "từ 3 đến 4 tỷ USD" (scale written once)',
    segmented: 'Mỗi năm Việt_Nam cần từ 3 đến 4 tỷ USD để đầu_tư phát_triển lưới điện .',
    figures: [{ value: 3e9, value_max: 4e9, unit: 'USD', qualifier: 'range' }],
  },
  {
    construction: 'figure: range with two scales "từ 800 triệu đến 1,2 tỷ đồng"',
    gap: 'a range whose ends carry different scales is read as two figures',
    segmented: 'Giá mỗi căn_hộ dao_động từ 800 triệu đến 1,2 tỷ đồng .',
    figures: [{ value: 800e6, value_max: 1.2e9, unit: 'VND', qualifier: 'range' }],
  },
  {
    construction: 'figure: range with scale once and approx word "khoảng 3-4 triệu USD"',
    segmented: 'Chi_phí xây_dựng mỗi trạm khoảng 3-4 triệu USD .',
    figures: [{ value: 3e6, value_max: 4e6, unit: 'USD', qualifier: 'range' }],
  },
  {
    construction: 'figure: level then "tăng X %" in one sentence',
    segmented: 'Trong 9 tháng , tổng kim_ngạch xuất_nhập_khẩu đạt 351,4 tỷ USD , tăng 12,7 % so với cùng kỳ .',
    figures: [
      { value: 351.4e9, unit: 'USD', qualifier: 'exact', change: 'level', noun: 'tổng kim ngạch xuất nhập khẩu', period: null },
      { value: 12.7, unit: 'percent', qualifier: 'exact', change: 'increase' },
    ],
  },
  {
    construction: 'figure: "giảm X %" (decrease) with noun',
    segmented: 'Năm nay , số vụ tai_nạn giao_thông trên cả nước giảm 7,3 % .',
    figures: [{ value: 7.3, unit: 'percent', qualifier: 'exact', change: 'decrease', noun: 'số vụ tai nạn giao thông' }],
  },
  {
    construction: 'figure: "giảm 1.250 tỷ đồng" (decrease of money)',
    segmented: 'Thu ngân_sách từ dầu_thô giảm 1.250 tỷ đồng so với dự_toán .',
    figures: [{ value: 1.25e12, unit: 'VND', qualifier: 'exact', change: 'decrease' }],
  },
  {
    construction: 'figure: "gấp 4 lần" (multiplier); years are not figures',
    segmented: 'Vốn FDI đăng_ký vào tỉnh năm 2018 gấp 4 lần năm 2017 .',
    figures: [{ value: 4, unit: 'other', qualifier: 'exact', change: 'multiplier' }],
  },
  {
    construction: 'figure: "cao gấp 1,6 lần" (decimal multiplier)',
    segmented: 'Thu_nhập bình_quân đầu người của thành_phố cao gấp 1,6 lần mức bình_quân cả nước .',
    figures: [{ value: 1.6, unit: 'other', qualifier: 'exact', change: 'multiplier' }],
  },
  {
    construction: 'figure: money in words "hơn ba nghìn tỷ đồng"',
    segmented: 'Ngân_sách trung_ương đã bổ_sung hơn ba nghìn tỷ đồng cho các địa_phương bị thiên_tai .',
    figures: [{ value: 3e12, unit: 'VND', qualifier: 'more_than' }],
  },
  {
    construction: 'figure: money in words "hai tỷ USD"; "Hai nước" is no figure',
    segmented: 'Hai nước đặt mục_tiêu nâng kim_ngạch thương_mại song_phương lên hai tỷ USD .',
    figures: [{ value: 2e9, unit: 'USD', qualifier: 'exact' }],
  },
  {
    construction: 'figure: VND written "đ" with dot thousands',
    segmented: 'Mỗi suất quà trị_giá 600.000 đ được trao cho các hộ khó_khăn .',
    figures: [{ value: 600e3, unit: 'VND', qualifier: 'exact' }],
  },
  {
    construction: 'figure: VND written "VNĐ"',
    segmented: 'Tổng giá_trị gói thầu là 3,2 tỷ VNĐ .',
    figures: [{ value: 3.2e9, unit: 'VND', qualifier: 'exact' }],
  },
  {
    construction: 'figure: USD written "đô la Mỹ"',
    segmented: 'Hàn_Quốc đầu_tư thêm 2,5 tỷ đô_la Mỹ vào lĩnh_vực chế_tạo .',
    figures: [{ value: 2.5e9, unit: 'USD', qualifier: 'exact' }],
  },
  {
    construction: 'figure: "1,42 triệu tỷ đồng" (stacked scales) with noun and period',
    segmented: 'Năm 2018 , tổng thu ngân_sách nhà_nước đạt 1,42 triệu tỷ đồng .',
    figures: [{ value: 1.42e15, unit: 'VND', qualifier: 'exact', change: 'level', noun: 'tổng thu ngân sách nhà nước', period: '2018' }],
  },
  {
    construction: 'figure: "gần 18 ngàn tỷ đồng" (ngàn tỷ)',
    segmented: 'Dự_án đường_sắt đô_thị có tổng mức đầu_tư gần 18 ngàn tỷ đồng .',
    figures: [{ value: 18e12, unit: 'VND', qualifier: 'approx', noun: 'tổng mức đầu tư' }],
  },
  {
    construction: 'figure: other currency "yên"',
    gap: '"yên" after "tỷ" is also a family name',
    segmented: 'Nhật_Bản cam_kết cung_cấp khoản vay ODA 26 tỷ yên cho dự_án .',
    figures: [{ value: 26e9, unit: 'other', qualifier: 'exact' }],
  },
  {
    construction: 'figure: other currency "euro"',
    segmented: 'Liên_minh châu_Âu viện_trợ không hoàn_lại 42 triệu euro cho các tỉnh miền núi .',
    figures: [{ value: 42e6, unit: 'other', qualifier: 'exact' }],
  },
  {
    construction: 'figure: "Hơn 3.600 người" (people, sentence-initial qualifier)',
    segmented: 'Hơn 3.600 người đã được giải_quyết việc_làm trong năm qua .',
    figures: [{ value: 3600, unit: 'people', qualifier: 'more_than', noun: 'người' }],
  },
  {
    construction: 'figure: "khoảng 450 đại biểu" (people)',
    segmented: 'Hội_nghị có sự tham_dự của khoảng 450 đại_biểu là lãnh_đạo các bộ , ngành .',
    figures: [{ value: 450, unit: 'people', qualifier: 'approx', noun: 'đại biểu' }],
  },
  {
    construction: 'figure: two "triệu lượt khách" figures with period',
    segmented: 'Năm 2018 , Đà_Nẵng đón 7,6 triệu lượt khách , trong đó có 3,5 triệu lượt khách quốc_tế .',
    figures: [
      { value: 7.6e6, unit: 'people', qualifier: 'exact', noun: 'lượt khách', period: '2018' },
      { value: 3.5e6, unit: 'people', qualifier: 'exact' },
    ],
  },
  {
    construction: 'figure: "khoảng 18 nghìn lượt khách"',
    segmented: 'Lễ_hội năm nay thu_hút khoảng 18 nghìn lượt khách .',
    figures: [{ value: 18e3, unit: 'people', qualifier: 'approx', noun: 'lượt khách' }],
  },
  {
    construction: 'figure: "khoảng 1,9 triệu người" (population)',
    segmented: 'Dân_số của tỉnh hiện khoảng 1,9 triệu người .',
    figures: [{ value: 1.9e6, unit: 'people', qualifier: 'approx' }],
  },
  {
    construction: 'figure: count of projects and capital in one sentence',
    segmented: 'Năm 2018 , tỉnh cấp mới 47 dự_án với tổng vốn 1,2 tỷ USD .',
    figures: [
      { value: 47, unit: 'count', qualifier: 'exact', noun: 'dự án' },
      { value: 1.2e9, unit: 'USD', qualifier: 'exact', noun: 'tổng vốn' },
    ],
  },
  {
    construction: 'figure: "17 thỏa thuận hợp tác trị giá khoảng 9 tỷ USD"',
    segmented: 'Trong chuyến thăm , doanh_nghiệp hai nước đã ký 17 thỏa_thuận hợp_tác trị_giá khoảng 9 tỷ USD .',
    figures: [
      { value: 17, unit: 'count', qualifier: 'exact', noun: 'thỏa thuận hợp tác' },
      { value: 9e9, unit: 'USD', qualifier: 'approx' },
    ],
  },
  {
    construction: 'figure: count of abolished conditions "675 điều kiện kinh doanh"',
    segmented: 'Bộ đã cắt_giảm 675 điều_kiện kinh_doanh không cần_thiết .',
    figures: [{ value: 675, unit: 'count', qualifier: 'exact', noun: 'điều kiện kinh doanh' }],
  },
  {
    construction: 'figure: area in km2 (the "2" of km2 is no figure) and an approximate count',
    segmented: 'Vịnh Hạ_Long có diện_tích 1.553 km2 , với gần 2.000 hòn đảo lớn nhỏ .',
    figures: [
      { value: 1553, unit: 'other', qualifier: 'exact' },
      { value: 2000, unit: 'count', qualifier: 'approx' },
    ],
  },
  {
    construction: 'figure: price per m2 "48 triệu đồng / m2"',
    segmented: 'Giá đất mặt_tiền tại khu trung_tâm lên tới 48 triệu đồng / m2 .',
    figures: [{ value: 48e6, unit: 'VND', qualifier: 'exact' }],
  },
  {
    construction: 'figure: "1,87 triệu tấn"; "tháng 12" is a date',
    segmented: 'Đến giữa tháng 12 , xuất_khẩu cà_phê đạt 1,87 triệu tấn .',
    figures: [{ value: 1.87e6, unit: 'other', qualifier: 'exact' }],
  },
  {
    construction: 'figure: "gần 238 nghìn tấn"',
    segmented: 'Sản_lượng thủy_sản khai_thác của tỉnh đạt gần 238 nghìn tấn .',
    figures: [{ value: 238e3, unit: 'other', qualifier: 'approx' }],
  },
  {
    construction: 'figure: capacity "420 MW"',
    segmented: 'Nhà_máy điện mặt_trời tại Tây_Ninh có công_suất 420 MW .',
    figures: [{ value: 420, unit: 'other', qualifier: 'exact' }],
  },
  {
    construction: 'figure: rank "đứng thứ 3" is no figure',
    segmented: 'Việt_Nam đứng thứ 3 thế_giới về xuất_khẩu gạo với 6,1 triệu tấn .',
    figures: [{ value: 6.1e6, unit: 'other', qualifier: 'exact' }],
  },
  {
    construction: 'figure: a label word\'s syllable ending another word ("phục_vụ", "tổng_số") labels no number',
    segmented: 'Sân_bay đã phục_vụ 36 triệu hành_khách , trong tổng_số 258 chuyến bay mỗi ngày .',
    figures: [{ value: 36e6, unit: 'people', qualifier: 'exact' }, { value: 258, unit: 'count', qualifier: 'exact' }],
  },
  {
    construction: 'figure: a distance measured from a named place ("cách Quy_Nhơn 100 hải lý") is no part of the name',
    segmented: 'Tàu cá đang cách Quy_Nhơn 100 hải_lý , toà án triệu_tập 12 người liên_quan .',
    figures: [{ value: 100, unit: 'other', qualifier: 'exact' }, { value: 12, unit: 'people', qualifier: 'exact' }],
  },
  {
    construction: 'no figure: a label word segmented as one word with the syllable before it ("học_kỳ 2", "Hạm_đội 7")',
    segmented: 'Học_sinh thi học_kỳ 2 môn Ngữ_văn trong khi Hạm_đội 7 hải_quân Mỹ diễn_tập .',
    figures: [],
  },
  {
    construction: 'no figure: date "Sáng 2/4" and document number "Chỉ thị 26/CT-TTg"',
    segmented: 'Sáng 2/4 , Bộ Công_Thương tổ_chức hội_nghị triển_khai Chỉ_thị 26/CT-TTg của Thủ_tướng .',
    figures: [],
  },
  {
    construction: 'figure: "Nghị quyết số 36-NQ/TW" and "năm 2030" are no figures',
    segmented: 'Thực_hiện Nghị_quyết số 36-NQ/TW , đến năm 2030 tỉnh phấn_đấu có 3 khu kinh_tế ven biển .',
    figures: [{ value: 3, unit: 'count', qualifier: 'exact', noun: 'khu kinh tế ven biển' }],
  },
  {
    construction: 'figure: time "9h30" and date "18/12" are no figures',
    segmented: 'Lúc 9h30 sáng 18/12 , phiên đấu_giá kết_thúc với giá trúng 1.100 tỷ đồng .',
    figures: [{ value: 1.1e12, unit: 'VND', qualifier: 'exact' }],
  },
  {
    construction: 'figure: "giai đoạn 2016-2020" is a period, not a range',
    segmented: 'Trong giai_đoạn 2016-2020 , tỉnh thu_hút 93 dự_án FDI .',
    figures: [{ value: 93, unit: 'count', qualifier: 'exact', noun: 'dự án FDI', period: '2016..2020' }],
  },
  {
    construction: 'figure: duration "Sau 3 năm" is no figure',
    segmented: 'Sau 3 năm triển_khai , chương_trình đã đào_tạo nghề cho 1.850 lao_động nông_thôn .',
    figures: [{ value: 1850, unit: 'people', qualifier: 'exact' }],
  },
  {
    construction: 'figure: period "10 tháng đầu năm" is no figure',
    segmented: 'Trong 10 tháng đầu năm , cả nước có 108.700 doanh_nghiệp thành_lập mới .',
    figures: [{ value: 108700, unit: 'count', qualifier: 'exact', noun: 'doanh nghiệp', period: 'rel:Y:01..10' }],
  },
  {
    construction: 'figure: "G7" is a name, not a figure',
    segmented: 'Nhóm G7 cam_kết dành 600 triệu USD cho các chương_trình ứng_phó biến_đổi khí_hậu .',
    figures: [{ value: 600e6, unit: 'USD', qualifier: 'exact' }],
  },
  {
    construction: 'no figure: "Hội nghị G20" and "công nghiệp 4.0"',
    segmented: 'Tại Hội_nghị G20 , các nhà lãnh_đạo thảo_luận về kinh_tế số và công_nghiệp 4.0 .',
    figures: [],
    conferences: [{ name: 'Hội nghị G20', edition: null }],
  },
  {
    construction: 'figure: "COP 24" is a meeting name (edition null per README, like gold COP 28), "giảm 8 %" is a figure',
    gap: 'a change figure right after a meeting name',
    segmented: 'Tại COP 24 , Việt_Nam cam_kết giảm 8 % lượng phát_thải khí nhà_kính vào năm 2030 .',
    figures: [{ value: 8, unit: 'percent', qualifier: 'exact', change: 'decrease', noun: 'lượng phát thải khí nhà kính' }],
    conferences: [{ name: 'COP 24', edition: null }],
  },
  {
    construction: 'figure: age "Ở tuổi 65" is no figure',
    segmented: 'Ở tuổi 65 , ông vẫn trực_tiếp điều_hành doanh_nghiệp có 2.300 công_nhân .',
    figures: [{ value: 2300, unit: 'people', qualifier: 'exact', noun: 'công nhân' }],
  },
  {
    construction: 'figure: age ", 58 tuổi ," is no figure',
    segmented: 'Ông Hải , 58 tuổi , là chủ một trang_trại rộng 40 ha .',
    figures: [{ value: 40, unit: 'other', qualifier: 'exact' }],
  },
  {
    construction: 'figure: share "chiếm 71,2 %"',
    segmented: 'Khu_vực FDI chiếm 71,2 % tổng kim_ngạch xuất_khẩu của cả nước .',
    figures: [{ value: 71.2, unit: 'percent', qualifier: 'exact' }],
  },
  {
    construction: 'no figure: vague "Hàng trăm", "hàng nghìn"',
    segmented: 'Hàng trăm doanh_nghiệp và hàng nghìn lượt khách đã tham_gia hội_chợ .',
    figures: [],
  },
  {
    construction: 'figure: counts only in digits ("hai khu kinh tế" no, "14 khu công nghiệp" yes)',
    segmented: 'Tỉnh có hai khu kinh_tế và 14 khu_công_nghiệp đang hoạt_động .',
    figures: [{ value: 14, unit: 'count', qualifier: 'exact', noun: 'khu công nghiệp' }],
  },
  {
    construction: 'figure: a value repeated in the text is listed once',
    segmented: 'Dự_án có tổng vốn 2.800 tỷ đồng . Trong số 2.800 tỷ đồng này , vốn ngân_sách chiếm 40 % .',
    figures: [
      { value: 2.8e12, unit: 'VND', qualifier: 'exact' },
      { value: 40, unit: 'percent', qualifier: 'exact' },
    ],
  },
  {
    construction: 'figure: "gần 19,1 tỷ USD" after a subject noun; "từ trước đến nay" no figure',
    segmented: 'Vốn FDI giải_ngân năm 2018 đạt gần 19,1 tỷ USD , mức cao nhất từ trước đến nay .',
    figures: [{ value: 19.1e9, unit: 'USD', qualifier: 'approx', change: 'level', period: '2018' }],
  },
];

const COUNTRIES_AND_ORGANIZATIONS: PhrasingCase[] = [
  {
    construction: 'country: two countries joined by "và"',
    segmented: 'Việt_Nam và Nhật_Bản ký hiệp_định hợp_tác về năng_lượng .',
    countries: ['Việt Nam', 'Nhật Bản'],
  },
  {
    construction: 'country: "Hoa Kỳ" after "sang" (common name "Mỹ")',
    segmented: 'Hàng_hóa của Việt_Nam xuất_khẩu sang Hoa_Kỳ chịu mức thuế thấp .',
    countries: ['Việt Nam', 'Mỹ'],
  },
  {
    construction: 'country: enumeration of investor countries; "ba" is no figure',
    segmented: 'Singapore , Hàn_Quốc và Nhật_Bản là ba nhà_đầu_tư lớn nhất vào Việt_Nam .',
    countries: ['Singapore', 'Hàn Quốc', 'Nhật Bản', 'Việt Nam'],
    figures: [],
  },
  {
    construction: 'country: countries inside foreign leaders\' titles',
    segmented: 'Thủ_tướng Ấn_Độ Narendra_Modi hội_đàm với Thủ_tướng Australia Malcolm_Turnbull .',
    countries: ['Ấn Độ', 'Australia'],
    persons: [
      { name: 'Narendra Modi', title: 'Thủ tướng Ấn Độ' },
      { name: 'Malcolm Turnbull', title: 'Thủ tướng Australia' },
    ],
  },
  {
    construction: 'country: one-syllable country names "Lào", "Campuchia" after "sang"',
    segmented: 'Hàng Trung_Quốc tràn sang Lào và Campuchia qua đường tiểu_ngạch .',
    countries: ['Trung Quốc', 'Lào', 'Campuchia'],
  },
  {
    construction: 'organization: ministry and provincial people\'s committee',
    segmented: 'Bộ Tài_chính phối_hợp với UBND tỉnh Hà_Nam tổ_chức hội_nghị tập_huấn .',
    organizations: ['Bộ Tài chính', 'UBND tỉnh Hà Nam'],
    provinces: ['Hà Nam'],
  },
  {
    construction: 'organization: state group whose name ends in "Việt Nam"',
    segmented: 'Tập_đoàn Điện_lực Việt_Nam cho_biết sản_lượng điện tiêu_thụ tăng cao .',
    organizations: ['Tập đoàn Điện lực Việt Nam'],
  },
  {
    construction: 'organization: international lenders "Ngân hàng Thế giới", "Quỹ Tiền tệ Quốc tế"',
    segmented: 'Ngân_hàng Thế_giới và Quỹ Tiền_tệ Quốc_tế đều nâng dự_báo tăng_trưởng của Việt_Nam .',
    organizations: ['Ngân hàng Thế giới', 'Quỹ Tiền tệ Quốc tế'],
    countries: ['Việt Nam'],
  },
  {
    construction: 'organization: a head that begins a country\'s name ("Đài" of "Đài Loan") opens no body; "Đài Truyền hình" still does',
    segmented: 'Nhà_máy Foxconn của Đài_Loan chuyên lắp_ráp iPhone , theo Đài Truyền_hình Việt_Nam .',
    organizations: ['Đài Truyền hình Việt Nam'],
    countries: ['Đài Loan', 'Việt Nam'],
  },
  {
    construction: 'organization: a verb after a firm\'s name ends it ("Công ty Minh Phát thực hiện")',
    segmented: 'Gói thầu do Công_ty Minh_Phát thực_hiện từ đầu năm .',
    organizations: ['Công ty Minh Phát'],
  },
  {
    construction: 'organization: what a firm does with money or land ends its name ("Công ty Long Hải thanh lý 40 ha", "Tập đoàn An Bình đạt")',
    segmented: 'Năm ngoái , Công_ty Long_Hải thanh_lý 40 ha rừng trồng , còn Tập_đoàn An_Bình đạt lợi_nhuận 300 tỷ đồng .',
    organizations: ['Công ty Long Hải', 'Tập đoàn An Bình'],
  },
  {
    construction: 'organization: "Tổng cục Thống kê"',
    segmented: 'Tổng_cục Thống_kê vừa công_bố số_liệu về chỉ_số giá tiêu_dùng .',
    organizations: ['Tổng cục Thống kê'],
  },
  {
    construction: 'organization: department of TP. HCM "Sở Kế hoạch và Đầu tư TP. HCM"',
    segmented: 'Sở Kế_hoạch và Đầu_tư TP. HCM đã tiếp_nhận hồ_sơ của nhà_đầu_tư .',
    organizations: ['Sở Kế hoạch và Đầu tư TP. HCM'],
    provinces: ['Hồ Chí Minh'],
  },
  {
    construction: 'organization: foreign ministry "Bộ Ngoại giao Mỹ"',
    segmented: 'Bộ Ngoại_giao Mỹ ra thông_cáo hoan_nghênh quyết_định này .',
    organizations: ['Bộ Ngoại giao Mỹ'],
    countries: ['Mỹ'],
  },
  {
    construction: 'organization: "Liên minh châu Âu" is an organisation, not a country',
    segmented: 'Liên_minh châu_Âu và Việt_Nam đã ký hiệp_định thương_mại tự_do .',
    organizations: ['Liên minh châu Âu'],
    countries: ['Việt Nam'],
  },
  {
    construction: 'organization: "Ngân hàng Phát triển châu Á" and a country object',
    segmented: 'Ngân_hàng Phát_triển châu_Á cam_kết hỗ_trợ Lào phát_triển hạ_tầng .',
    organizations: ['Ngân hàng Phát triển châu Á'],
    countries: ['Lào'],
  },
];

export const PHRASINGS: PhrasingCase[] = [...PERSONS, ...PROVINCES, ...CONFERENCES, ...FIGURES, ...COUNTRIES_AND_ORGANIZATIONS];
