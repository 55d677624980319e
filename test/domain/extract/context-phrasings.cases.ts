// Table-driven cases for the context of figures (metric, subject, period, status, comparedTo),
// written after constructions typical of Vietnamese economic and political news, with other names,
// places and numbers. Each text is word-segmented (underscores inside words, spaces around
// punctuation) and is also run in its plain form. Expectations are what a careful annotator
// following shared/gold/README.md ("Figure context") writes, not what the extractor outputs; a
// case the extractor gets wrong keeps the right expectation and states the limitation in `gap`.

export interface ContextCase {
  /** The construction exercised. */
  construction: string;
  /** A known limitation of the extractor: the case is expected to fail until it is lifted. */
  gap?: string;
  /** The text, word-segmented; also run unsegmented. */
  segmented: string;
  /** The figure (found by unit and value within 0.5%) and the context fields checked; only the fields given are checked. */
  figure: {
    value: number;
    unit: string;
    metric?: string | null;
    subject?: string | null;
    period?: string | null;
    comparedTo?: string | null;
    status?: 'actual' | 'target' | 'forecast';
    indicator?: string | null;
    change?: 'level' | 'increase' | 'decrease' | 'multiplier';
  };
}

// ---------------------------------------------------------------- metric: what is measured
const METRIC: ContextCase[] = [
  {
    construction: 'metric: a change in parentheses after a rate ("4,8 triệu đồng / người ( tăng 4,4 % )") measures what the rate does',
    segmented: 'Mức thưởng bình_quân của khối doanh_nghiệp nhà_nước là 5,2 triệu đồng / người ( tăng 3,1 % so với năm_ngoái ) .',
    figure: { value: 3.1, unit: 'percent', metric: 'mức thưởng bình quân', change: 'increase' },
  },
  {
    construction: 'metric: "từ A% của năm trước xuống còn B%": the level reached measures the same, past the first one\'s period',
    segmented: 'Tình_trạng nợ bảo_hiểm xã_hội vẫn phổ_biến dù tỉ_lệ nợ có cải_thiện từ 4,1 % của năm trước xuống còn 2,9 % .',
    figure: { value: 2.9, unit: 'percent', metric: 'tỉ lệ nợ', change: 'level' },
  },
  {
    construction: 'metric: an origin ("từ Việt Nam vào Mỹ") is no part of what moved ("thép không gỉ ... đã nhảy lên X")',
    segmented: 'Từ thời_điểm đó , thép không gỉ từ Việt_Nam vào Mỹ đã nhảy lên 80 triệu USD / năm .',
    figure: { value: 80e6, unit: 'USD', metric: 'thép không gỉ' },
  },
  {
    construction: 'metric: a verb of estimating before the noun estimated ("tư vấn dự tính tổng vốn là X") is no part of it',
    segmented: 'Sau đó , đơn_vị tư_vấn của Hàn_Quốc dự_tính tổng vốn là 32.000 tỉ đồng .',
    figure: { value: 32000e9, unit: 'VND', metric: 'tổng vốn' },
  },
  {
    construction: 'indicator: a project\'s estimated capital ("tổng vốn khái toán") is investment',
    segmented: 'Dự_án sân_bay Long_Thành có tổng vốn khái_toán khoảng 16 tỉ USD .',
    figure: { value: 16e9, unit: 'USD', metric: 'tổng vốn khái toán', indicator: 'investment' },
  },
  {
    construction: 'metric: the value compared with after the first figure\'s period ("... trong quý 2-2019 so với 6,4 % của quý trước") measures the same',
    segmented: 'Theo Reuters , tăng_trưởng kinh_tế Ấn_Độ giảm còn 5,8 % trong quý 1-2019 so với 6,6 % của quý trước đó .',
    figure: { value: 6.6, unit: 'percent', metric: 'tăng trưởng kinh tế', indicator: 'gdp_growth', period: null },
  },
  {
    construction: 'period: the value compared with is of the period named after it ("so với 30 % năm 2017"), not the first figure\'s',
    segmented: 'Theo Reuters , tỉ_lệ nợ xấu năm 2018 giảm còn 2 % so với 3,5 % năm 2017 .',
    figure: { value: 3.5, unit: 'percent', metric: 'tỉ lệ nợ xấu', period: '2017' },
  },
  {
    construction: 'metric: a place closing the metric ("GDP Việt Nam tăng") is whose it is, not part of what is measured',
    segmented: 'Năm 2035 , GDP Việt_Nam có_thể tăng thêm 1,32 % .',
    figure: { value: 1.32, unit: 'percent', metric: 'GDP', indicator: 'gdp', subject: 'Việt Nam' },
  },
  {
    construction: 'metric: a debt named after its amount ("45 tỉ USD nợ công"), though "nợ" after a bare amount is a verb',
    segmented: 'Nợ nước_ngoài của Argentina là 150 tỉ USD , trong đó có 45 tỉ USD nợ công .',
    figure: { value: 45e9, unit: 'USD', metric: 'nợ công', indicator: 'public_debt' },
  },
  {
    construction: 'metric: "hiện" (now) before the predicate is passed over like a period',
    segmented: 'Tỉ_lệ thất_nghiệp tại Ấn_Độ hiện chỉ vào_khoảng 6,1 % .',
    figure: { value: 6.1, unit: 'percent', metric: 'tỉ lệ thất nghiệp' },
  },
  {
    construction: 'metric: "hằng năm" after a rate is how often, no noun it is a share of',
    segmented: 'Khoản đầu_tư này đem lại lợi_nhuận 18 % hằng năm .',
    figure: { value: 18, unit: 'percent', metric: 'lợi nhuận' },
  },
  {
    construction: 'metric: a project\'s name is no metric ("cao tốc Cam Lộ - La Sơn 90 tỉ đồng/km"); the project holds the figure',
    segmented: 'Suất đầu_tư các dự_án rất khác nhau , cao_tốc Cam_Lộ - La_Sơn 90 tỉ đồng / km .',
    figure: { value: 90e9, unit: 'VND', metric: null, subject: 'cao tốc Cam Lộ - La Sơn' },
  },
  {
    construction: 'metric: noun before "đạt" + amount, with "của X" owner',
    segmented: 'Năm 2017 , kim_ngạch xuất_khẩu thủy_sản của Cà_Mau đạt 1,1 tỷ USD .',
    figure: { value: 1.1e9, unit: 'USD', metric: 'kim ngạch xuất khẩu thủy sản', indicator: 'exports' },
  },
  {
    construction: 'metric: amount before the noun ("1,35 tỷ USD vốn FDI")',
    segmented: 'Bình_Dương thu_hút thêm 1,35 tỷ USD vốn FDI trong 8 tháng đầu năm 2018 .',
    figure: { value: 1.35e9, unit: 'USD', metric: 'vốn FDI', indicator: 'fdi' },
  },
  {
    construction: 'metric: counted noun ("27 thỏa thuận hợp tác")',
    segmented: 'Hai bên đã ký_kết 27 thỏa_thuận hợp_tác trong lĩnh_vực năng_lượng và giáo_dục .',
    figure: { value: 27, unit: 'count', metric: 'thỏa thuận hợp tác', indicator: 'agreements' },
  },
  {
    construction: 'metric: classifier "chiếc" gives way to what it classifies',
    segmented: 'Năm 2017 , Công_ty Trường_Hải bán ra 36.120 chiếc xe du_lịch các loại .',
    figure: { value: 36120, unit: 'count', metric: 'xe du lịch' },
  },
  {
    construction: 'metric: people classifier with qualifier ("3 người mất tích")',
    segmented: 'Đợt mưa lũ vừa_qua làm 14 người chết và 3 người mất_tích tại các tỉnh miền Trung .',
    figure: { value: 3, unit: 'people', metric: 'người mất tích', indicator: null },
  },
  {
    construction: 'metric: share "chiếm X% NP" is that NP, no indicator',
    segmented: 'Khu_vực FDI chiếm 71,5 % tổng kim_ngạch xuất_khẩu của cả nước .',
    figure: { value: 71.5, unit: 'percent', metric: 'tổng kim ngạch xuất khẩu', indicator: null },
  },
  {
    construction: 'metric: "X% NP" ("62% doanh nghiệp FDI")',
    segmented: 'Khảo_sát cho thấy 62 % doanh_nghiệp FDI tại Long_An muốn mở_rộng sản_xuất .',
    figure: { value: 62, unit: 'percent', metric: 'doanh nghiệp FDI' },
  },
  {
    construction: 'metric: converted amount "(tương đương X)" keeps the metric of the amount before',
    segmented: 'Tổng vốn đầu_tư của nhà_máy là 52.000 tỷ đồng ( tương_đương 2,3 tỷ USD ) .',
    figure: { value: 2.3e9, unit: 'USD', metric: 'tổng vốn đầu tư' },
  },
  {
    construction: 'metric: elided after a comma ("..., tăng 43%") keeps the metric before',
    segmented: 'Năm 2017 , xuất_khẩu rau_quả đạt 3,5 tỷ USD , tăng 43 % so với năm 2016 .',
    figure: { value: 43, unit: 'percent', metric: 'xuất khẩu rau quả', indicator: 'exports' },
  },
  {
    construction: 'metric: growth rate as an indicator value ("tốc độ tăng trưởng GDP ... đạt 10,2%")',
    segmented: 'Tốc_độ tăng_trưởng GDP của Quảng_Ninh năm 2017 đạt 10,2 % .',
    figure: { value: 10.2, unit: 'percent', metric: 'tốc độ tăng trưởng GDP', indicator: 'gdp_growth' },
  },
  {
    construction: 'metric: budget revenue with "trên địa bàn X" and "ước đạt"',
    gap: 'takes "địa bàn Khánh Hòa" after "trên" as the metric (so no indicator) instead of "thu ngân sách nhà nước"',
    segmented: 'Thu ngân_sách nhà_nước trên địa_bàn Khánh_Hòa năm 2017 ước đạt 12.500 tỷ đồng .',
    figure: { value: 12.5e12, unit: 'VND', metric: 'thu ngân sách nhà nước', indicator: 'budget_revenue' },
  },
  {
    construction: 'metric: visitors counted with "lượt"',
    segmented: 'Trong 6 tháng đầu năm 2018 , Đà_Nẵng đón 3,7 triệu lượt khách du_lịch .',
    figure: { value: 3.7e6, unit: 'people', metric: 'lượt khách du lịch', indicator: 'tourists' },
  },
  {
    construction: 'metric: a company profit with "của X" (no catalogue indicator)',
    segmented: 'Lợi_nhuận trước thuế của Vinamilk năm 2017 đạt 12.229 tỷ đồng .',
    figure: { value: 12229e9, unit: 'VND', metric: 'lợi nhuận trước thuế', indicator: null },
  },
  {
    construction: 'metric: an area in hectares',
    segmented: 'Diện_tích lúa đông_xuân của An_Giang năm nay đạt 232.000 ha .',
    figure: { value: 232000, unit: 'other', metric: 'diện tích lúa đông xuân', indicator: null },
  },
  {
    construction: 'metric: workers counted ("280.000 lao động")',
    segmented: 'Các khu_công_nghiệp của Bắc_Ninh hiện thu_hút 280.000 lao_động .',
    figure: { value: 280000, unit: 'people', metric: 'lao động', indicator: 'workers' },
  },
  {
    construction: 'metric: projects counted with what qualifies them',
    segmented: 'Trong quý I/2018 , Hà_Nội cấp mới 142 dự_án đầu_tư nước_ngoài .',
    figure: { value: 142, unit: 'count', metric: 'dự án đầu tư nước ngoài', indicator: 'projects' },
  },
  {
    construction: 'metric: threshold many items pass keeps the metric, indicator and subject null',
    segmented: 'Năm 2017 , cả nước có 29 mặt_hàng có kim_ngạch xuất_khẩu trên 1 tỷ USD .',
    figure: { value: 1e9, unit: 'USD', metric: 'kim ngạch xuất khẩu', indicator: null, subject: null },
  },
  {
    construction: 'metric: "Lượng kiều hối chuyển về X" before "đạt"',
    gap: 'takes "Thơ", the last syllable of the place name Cần Thơ, as the metric instead of "lượng kiều hối"',
    segmented: 'Lượng kiều_hối chuyển về Cần_Thơ năm 2017 đạt 200 triệu USD .',
    figure: { value: 200e6, unit: 'USD', metric: 'lượng kiều hối', indicator: 'remittances' },
  },
  {
    construction: 'metric: "Lượng khách quốc tế đến X ... tăng"',
    segmented: 'Lượng khách quốc_tế đến Phú_Quốc năm nay tăng 35 % so với năm ngoái .',
    figure: { value: 35, unit: 'percent', metric: 'lượng khách quốc tế' },
  },
  {
    construction: 'metric: CPI change "Chỉ số giá tiêu dùng tháng X tăng" is inflation',
    segmented: 'Chỉ_số giá tiêu_dùng tháng 9/2018 tăng 0,59 % so với tháng 8/2018 .',
    figure: { value: 0.59, unit: 'percent', metric: 'chỉ số giá tiêu dùng', indicator: 'inflation' },
  },
  {
    construction: 'metric: "Ở chiều ngược lại, nhập khẩu từ X đạt" (continuation with a partner)',
    segmented: 'Năm 2017 , Việt_Nam xuất_khẩu sang Trung_Quốc 35,4 tỷ USD . Ở chiều ngược_lại , nhập_khẩu từ Trung_Quốc đạt 58,2 tỷ USD .',
    figure: { value: 58.2e9, unit: 'USD', metric: 'nhập khẩu', indicator: 'imports' },
  },
  {
    construction: 'metric: "với X vốn đăng ký" after a ranking',
    segmented: 'Năm 2017 , Nhật_Bản là nhà_đầu_tư lớn nhất với 9,1 tỷ USD vốn đăng_ký .',
    figure: { value: 9.1e9, unit: 'USD', metric: 'vốn đăng ký' },
  },
  {
    construction: 'metric: the value "so với Y" is compared with measures what the figure before it measures',
    segmented: 'Xuất_khẩu gạo của Campuchia tăng lên 15 % so với 12 % của năm trước .',
    figure: { value: 12, unit: 'percent', metric: 'xuất khẩu gạo' },
  },
  {
    construction: 'metric: a share glossed in parentheses, its noun after them "( 48 % ) NP"',
    segmented: 'Gần một nửa ( 48 % ) kim_ngạch nhập_khẩu của Lào đến từ Thái_Lan .',
    figure: { value: 48, unit: 'percent', metric: 'kim ngạch nhập khẩu' },
  },
  {
    construction: 'metric: one item of a list "A ( chiếm X % NP ) , B ( Y % )" measures what the item before measures',
    segmented: 'Hàn_Quốc ( chiếm 17,2 % tổng vốn FDI ) dẫn_đầu , tiếp_theo là Nhật_Bản ( 15,1 % ) .',
    figure: { value: 15.1, unit: 'percent', metric: 'tổng vốn FDI' },
  },
  {
    construction: 'metric: a list of "Name ( X % )" items takes the noun it is called by after it "là các NP"',
    segmented: 'Ở thị_trường này , Đức ( 31 % ) , Pháp ( 22 % ) và Italy ( 9 % ) là những nhà nhập_khẩu lớn nhất .',
    figure: { value: 22, unit: 'percent', metric: 'nhà nhập khẩu lớn nhất', subject: 'Pháp' },
  },
  {
    construction: 'metric: a label before a colon, two nouns joined ("điện sản xuất và mua : 232,5 tỷ kWh")',
    segmented: 'Chỉ_tiêu đặt ra là điện sản_xuất và mua : 232,5 tỷ kWh tăng 9,2 % so với năm 2018 .',
    figure: { value: 232.5e9, unit: 'other', metric: 'điện sản xuất và mua' },
  },
  {
    construction: 'metric: "X kWh tăng Y %" measures what X measures',
    segmented: 'Chỉ_tiêu đặt ra là điện sản_xuất và mua : 232,5 tỷ kWh tăng 9,2 % so với năm 2018 .',
    figure: { value: 9.2, unit: 'percent', metric: 'điện sản xuất và mua', change: 'increase' },
  },
  {
    construction: 'metric: a gloss in parentheses before the figure is passed over "tăng trưởng tổng sản phẩm quốc nội ( GDP ) còn"',
    segmented: 'Cơ_quan thống_kê đã điều_chỉnh tăng_trưởng tổng_sản_phẩm quốc_nội ( GDP ) quý II còn 2,1 % .',
    figure: { value: 2.1, unit: 'percent', metric: 'tăng trưởng tổng sản phẩm quốc nội', indicator: 'gdp_growth' },
  },
  {
    construction: 'metric: a forecast\'s verbs are passed over "được dự đoán sẽ vào khoảng"',
    segmented: 'Lạm_phát trong năm tới được dự_đoán sẽ vào_khoảng 3,5 % .',
    figure: { value: 3.5, unit: 'percent', metric: 'lạm phát', indicator: 'inflation' },
  },
  {
    construction: 'metric: "A và B lần lượt đạt X và Y": each figure measures the list\'s item in its place',
    segmented: 'Năm 2018 , vốn FDI đăng_ký và vốn FDI giải_ngân lần_lượt đạt 35,5 tỷ USD và 19,1 tỷ USD .',
    figure: { value: 19.1e9, unit: 'USD', metric: 'vốn FDI giải ngân', indicator: 'fdi_disbursed' },
  },
  {
    construction: 'metric: "A và B lần lượt đạt X và Y": the first figure measures the first item',
    segmented: 'Năm 2018 , vốn FDI đăng_ký và vốn FDI giải_ngân lần_lượt đạt 35,5 tỷ USD và 19,1 tỷ USD .',
    figure: { value: 35.5e9, unit: 'USD', metric: 'vốn FDI đăng ký', indicator: 'fdi' },
  },
  {
    construction: 'metric: a compound noun after the amount keeps its second half "tiền lãi"',
    segmented: 'Mỗi năm , công_ty phải trả 12 tỷ đồng tiền lãi cho ngân_hàng .',
    figure: { value: 12e9, unit: 'VND', metric: 'tiền lãi' },
  },
  {
    construction: 'metric: a counted noun running past the unit "2.992 lượt khách hàng" (customers, not tourists)',
    segmented: 'Tổng_đài đã nhận 2.992 lượt khách_hàng gọi đến trong tháng 5 .',
    figure: { value: 2992, unit: 'people', metric: 'lượt khách hàng gọi', indicator: null },
  },
  {
    construction: 'metric: "Con số này" measures what the head figure of the sentence before measured',
    segmented: 'Năm 2018 , tổng chi thường_xuyên của Đồng_Nai là 3.200 tỷ đồng , trong đó khối huyện 2.000 tỷ đồng . Con_số này cho năm 2019 ước_tính hơn 3.500 tỷ đồng .',
    figure: { value: 3500e9, unit: 'VND', metric: 'tổng chi thường xuyên', period: '2019' },
  },
  {
    construction: 'metric: an owner named by a demonstrative "của nước này" is passed over',
    segmented: 'Thâm_hụt thương_mại của nước này trong quý I là 3,2 tỷ USD .',
    figure: { value: 3.2e9, unit: 'USD', metric: 'thâm hụt thương mại' },
  },
  {
    construction: 'metric: a superlative stays in the noun phrase "tỷ lệ giải ngân cao nhất"',
    segmented: 'Quận có tỷ_lệ giải_ngân cao nhất cũng chỉ đạt 38 % .',
    figure: { value: 38, unit: 'percent', metric: 'tỷ lệ giải ngân cao nhất' },
  },
  {
    construction: 'metric: a growth named before the figure with its noun between, a level ("đạt tốc độ tăng trưởng GDP trên 7 %")',
    segmented: 'Năm 2018 , Việt_Nam đạt tốc_độ tăng_trưởng GDP trên 7 % .',
    figure: { value: 7, unit: 'percent', metric: 'tốc độ tăng trưởng GDP', indicator: 'gdp_growth', change: 'level' },
  },
  {
    construction: 'metric: a second holder set beside the first ("..., trong khi Trung Quốc chỉ là Y") measures the same',
    segmented: 'Năm 2017 , xuất_khẩu của Mỹ sang Trung_Quốc đạt 130 tỷ USD , trong khi Trung_Quốc chỉ là 50 tỷ USD .',
    figure: { value: 50e9, unit: 'USD', metric: 'xuất khẩu', indicator: 'exports' },
  },
  {
    construction: 'metric: the object between a change verb and its figure ("điều chỉnh tăng vốn 3.000 tỉ đồng")',
    segmented: 'Dự_án cầu Vĩnh_Thịnh điều_chỉnh tăng vốn 3.000 tỉ đồng .',
    figure: { value: 3e12, unit: 'VND', metric: 'vốn', change: 'increase' },
  },
  {
    construction: 'metric: ", tương đương X %" after a change restates it: the same metric and the same change',
    segmented: 'Dự_án điều_chỉnh tăng vốn đầu_tư 6.812 tỉ đồng , tương_đương 275,61 % so với tổng vốn ban_đầu .',
    figure: { value: 275.61, unit: 'percent', metric: 'vốn đầu tư', change: 'increase' },
  },
  {
    construction: 'metric: "tương đương với khoảng X" converts the figure before it',
    segmented: 'Mức thuế du_lịch là 120 USD , tương_đương với khoảng 2,7 triệu đồng .',
    figure: { value: 2.7e6, unit: 'VND', metric: 'mức thuế du lịch', change: 'level' },
  },
  {
    construction: 'metric: a reported clause after "cho rằng" starts the noun phrase',
    segmented: 'Bộ_trưởng cho_rằng mức tăng_trưởng xuất_khẩu 6 tháng đầu năm là 7,5 % .',
    figure: { value: 7.5, unit: 'percent', metric: 'mức tăng trưởng xuất khẩu' },
  },
  {
    construction: 'metric: "cao hơn X %" before a figure states an increase of what the noun measures',
    segmented: 'Giá_trị xuất_khẩu gạo năm nay cao hơn 12 % so với năm trước .',
    figure: { value: 12, unit: 'percent', metric: 'giá trị xuất khẩu gạo', change: 'increase' },
  },
  {
    construction: 'metric: "tạo thêm N việc làm" is an increase in jobs',
    segmented: 'Dự_án sẽ tạo thêm 2.000 việc_làm cho lao_động địa_phương .',
    figure: { value: 2000, unit: 'count', metric: 'việc làm', change: 'increase' },
  },
  {
    construction: 'metric: a noun with a share glossed in parentheses ("xuất khẩu điện thoại (29 %) dẫn đầu")',
    segmented: 'Trong đó , xuất_khẩu điện_thoại ( 29 % ) dẫn_đầu .',
    figure: { value: 29, unit: 'percent', metric: 'xuất khẩu điện thoại' },
    gap: 'the noun before an opening parenthesis is read only after a label; the verb after it is taken',
  },
  {
    construction: 'metric: a rate "giảm từ mức X xuống Y" keeps its preposition ("lãi suất cho vay")',
    segmented: 'Lãi_suất cho vay giảm từ mức 9 % xuống 7,5 % .',
    figure: { value: 9, unit: 'percent', metric: 'lãi suất cho vay' },
    gap: '"cho" ends the noun phrase: the metric is cut to "vay"',
  },
  {
    construction: 'metric: the doer before "giảm đầu tư ... tới X %" is no part of what is measured',
    segmented: 'Doanh_nghiệp Nhật_Bản giảm đầu_tư vào khu_vực này tới 30 % .',
    figure: { value: 30, unit: 'percent', metric: 'đầu tư', change: 'decrease' },
    gap: 'no measured noun is read past "vào khu vực này tới"',
  },
  {
    construction: 'metric: "NP trị giá X" measures the noun valued',
    segmented: 'Quốc_hội Mỹ thông_qua gói cứu_trợ trị_giá 900 tỷ USD .',
    figure: { value: 9e11, unit: 'USD', metric: 'gói cứu trợ' },
  },
  {
    construction: 'metric: "NP trị giá X" after a verb and its preposition ("phụ thuộc vào gói ...")',
    segmented: 'Đà phục_hồi của nền kinh_tế phụ_thuộc vào gói kích_thích trị_giá 100 tỷ USD .',
    figure: { value: 1e11, unit: 'USD', metric: 'gói kích thích' },
  },
  {
    construction: 'metric: the noun after a restatement in parentheses ("2 triệu euro (khoảng 2,3 triệu USD) tiền phạt")',
    segmented: 'Công_ty phải nộp 2 triệu euro ( khoảng 2,3 triệu USD ) tiền phạt .',
    figure: { value: 2e6, unit: 'other', metric: 'tiền phạt' },
  },
  {
    construction: 'metric: the restatement in parentheses measures what the amount before it measures',
    segmented: 'Công_ty phải nộp 2 triệu euro ( khoảng 2,3 triệu USD ) tiền phạt .',
    figure: { value: 2.3e6, unit: 'USD', metric: 'tiền phạt' },
  },
  {
    construction: 'metric: an amount joined by "và" with no noun of its own measures the same',
    segmented: 'Khoản nợ thuế của nhà_thầu là 3 triệu USD và 120 tỷ đồng .',
    figure: { value: 1.2e11, unit: 'VND', metric: 'khoản nợ thuế' },
  },
  {
    construction: 'metric: a demonstrative before "là" closes the noun ("chi phí bảo trì tuyến đường này là")',
    segmented: 'Theo Bộ Tài_chính , chi_phí bảo_trì tuyến đường này là 250 tỷ đồng mỗi năm .',
    figure: { value: 2.5e11, unit: 'VND', metric: 'chi phí bảo trì tuyến đường' },
  },
  {
    construction: 'metric: "cho biết cụ thể NP là X" starts the noun after "cụ thể"',
    segmented: 'Ban quản_lý cho_biết cụ_thể mức phí tham_gia là 5 triệu USD .',
    figure: { value: 5e6, unit: 'USD', metric: 'mức phí tham gia' },
  },
  {
    construction: 'indicator: a project\'s bare "vốn" is its investment',
    segmented: 'Dự_án nhà_máy thép Dung_Quất điều_chỉnh tăng vốn 8.000 tỷ đồng .',
    figure: { value: 8e12, unit: 'VND', metric: 'vốn', indicator: 'investment', change: 'increase' },
  },
  {
    construction: 'indicator: a project\'s "tổng vốn" is its investment',
    segmented: 'Dự_án cảng Liên_Chiểu có tổng vốn 3.426 tỷ đồng .',
    figure: { value: 3.426e12, unit: 'VND', metric: 'tổng vốn', indicator: 'investment' },
  },
  {
    construction: 'indicator: a firm\'s bare "vốn" is no investment indicator',
    segmented: 'Năm 2018 , Công_ty Cổ_phần Đông_Á tăng vốn 500 tỷ đồng .',
    figure: { value: 5e11, unit: 'VND', metric: 'vốn', indicator: null, change: 'increase' },
  },
  {
    construction: 'metric: "(cùng kỳ tăng X%)" measures what the figure before it measures',
    segmented: 'Nhập_khẩu hàng_hoá quý I ước đạt 40 tỉ USD , tăng 9 % ( cùng kỳ tăng 15,2 % ) .',
    figure: { value: 15.2, unit: 'percent', metric: 'nhập khẩu hàng hoá', indicator: 'imports', change: 'increase' },
  },
  {
    construction: 'metric: ", tăng X%" after an amount per head ("triệu đồng/lao động")',
    segmented: 'Năm 2018 , năng_suất lao_động của tỉnh đạt 120 triệu đồng / lao_động , tăng 7 % so với năm 2017 .',
    figure: { value: 7, unit: 'percent', metric: 'năng suất lao động', change: 'increase' },
  },
  {
    construction: 'metric: a count named again by its classifier measures the "số ..." phrase before it',
    segmented: 'Trong 9 tháng , số khách du_lịch đến Huế đạt 3,2 triệu lượt , tăng 8 % .',
    figure: { value: 3.2e6, unit: 'count', metric: 'số khách du lịch', indicator: 'tourists' },
  },
  {
    construction: 'metric: a count named again by its noun ("tổng số doanh nghiệp ... đạt 131.000 doanh nghiệp")',
    segmented: 'Trong năm 2018 , tổng_số doanh_nghiệp thành_lập mới đạt 131.000 doanh_nghiệp .',
    figure: { value: 131000, unit: 'count', metric: 'tổng số doanh nghiệp thành lập', indicator: 'enterprises' },
  },
  {
    construction: 'metric: a "số ..." phrase counting something else is not the count\'s ("số lao động ... là 600 doanh nghiệp")',
    segmented: 'Tuy_nhiên , số lao_động nghỉ_việc trong năm 2018 là 600 doanh_nghiệp .',
    figure: { value: 600, unit: 'count', metric: 'doanh nghiệp' },
  },
  {
    construction: 'metric: a clause closing with ", đạt X" measures the noun the sentence opens with',
    segmented: 'Lượng khách du_lịch đến Đà_Lạt tiếp_tục tăng nhanh , đạt 6,5 triệu lượt trong năm 2018 .',
    figure: { value: 6.5e6, unit: 'count', metric: 'lượng khách du lịch', indicator: 'tourists' },
  },
  {
    construction: 'metric: "(cùng kỳ đạt X lượt)" measures what the count before it measures',
    segmented: 'Khách quốc_tế đến Khánh_Hoà tăng mạnh , đạt 1,2 triệu lượt , tăng 25 % ( cùng kỳ đạt 960.000 lượt ) .',
    figure: { value: 960000, unit: 'count', metric: 'khách quốc tế', indicator: 'tourists' },
  },
  {
    construction: 'metric: "Như vậy, ..." opens the sentence; its "vậy" is no part of the noun',
    segmented: 'Như_vậy , thặng_dư tiền của dự_án Cầu_Giấy còn khoảng 70 tỉ đồng .',
    figure: { value: 7e10, unit: 'VND', metric: 'thặng dư tiền' },
  },
  {
    construction: 'metric: both flows named together are trade ("kim ngạch xuất khẩu và nhập khẩu")',
    segmented: 'Năm 2018 , kim_ngạch xuất_khẩu và nhập_khẩu của Đồng_Nai đạt 35 tỷ USD .',
    figure: { value: 35e9, unit: 'USD', metric: 'kim ngạch xuất khẩu và nhập khẩu', indicator: 'trade', subject: 'Đồng Nai' },
  },
  {
    construction: 'metric: an owner listing holders ("của EVN và các đơn vị") is passed over',
    segmented: 'Đến nay , tổng công_suất của EVN và các đơn_vị thành_viên đạt 28.000 MW .',
    figure: { value: 28000, unit: 'other', metric: 'tổng công suất' },
  },
  {
    construction: 'metric: the level a change started from ("lên 30%, từ mức 25%") measures the same',
    segmented: 'Mỹ cũng có kế_hoạch tăng thuế_suất lên 30 % , từ mức 25 % đã áp_dụng với lượng hàng_hoá Trung_Quốc .',
    figure: { value: 25, unit: 'percent', metric: 'thuế suất', change: 'level' },
  },
  {
    construction: 'metric: a verb after "đã được" is the predicate; the subject before it is measured',
    segmented: 'Từ 1-7-2019 , mức trợ_cấp hằng tháng cũng đã được nâng từ 1,5 triệu lên 1,8 triệu đồng .',
    figure: { value: 1.5e6, unit: 'VND', metric: 'mức trợ cấp hằng tháng' },
  },
  {
    construction: 'metric: a verb after "đã" with a particle ("đã vọt lên X") measures the clause subject',
    segmented: 'Sau hai năm , giá thuê văn_phòng hạng A tại Hà_Nội đã vọt lên 35 USD / m2 .',
    figure: { value: 35, unit: 'USD', metric: 'giá thuê văn phòng hạng A' },
  },
  {
    construction: 'metric: "NP đang V là X" keeps the clause inside the noun phrase',
    segmented: 'Theo sở Kế_hoạch , tổng_số hợp_tác_xã đang hoạt_động là 412 hợp_tác_xã .',
    figure: { value: 412, unit: 'count', metric: 'tổng số hợp tác xã đang hoạt động' },
  },
  {
    construction: 'metric: "NP được X giao là Y" (a passive clause before the copula)',
    segmented: 'Tuy_nhiên , dự_toán được tỉnh giao chỉ là 640 tỷ đồng .',
    figure: { value: 640e9, unit: 'VND', metric: 'dự toán được tỉnh giao' },
  },
  {
    construction: 'metric: a verb that names its amount stays after an aspect marker ("sẽ bị thiếu hụt")',
    segmented: 'Theo chủ đầu_tư , đến cuối năm dự_án sẽ bị thiếu_hụt khoảng 120 tỷ đồng .',
    figure: { value: 120e9, unit: 'VND', metric: 'thiếu hụt' },
  },
  {
    construction: 'metric: "V được NP X" is a verb and its object, not a predicate after a marker',
    segmented: 'Nhờ thủ_đoạn này , công_ty đã né được khoản thuế tự_vệ khoảng 3 triệu USD .',
    figure: { value: 3e6, unit: 'USD', metric: 'khoản thuế tự vệ' },
  },
  {
    construction: 'metric: a transitive verb after "bị" keeps its object: no subject is read for it',
    segmented: 'Chủ cơ_sở bị phạt hành_chính 45 triệu đồng vì xả thải .',
    figure: { value: 45e6, unit: 'VND', metric: 'phạt hành chính' },
  },
  {
    construction: 'metric: "V được NP lên X" is a verb, its complement and its object',
    segmented: 'Sáng 3-9 , trạm thuỷ_văn quan_trắc được mực nước lên đến 18,2 m .',
    figure: { value: 18.2, unit: 'other', metric: 'mực nước' },
  },
  {
    construction: 'metric: "NP được phê duyệt là X": a passive verb before the copula qualifies the noun, which is measured',
    segmented: 'Dự_án cầu Cần_Thơ 2 có tổng_mức đầu_tư được phê_duyệt là 5.100 tỉ đồng .',
    figure: { value: 5100e9, unit: 'VND', metric: 'tổng mức đầu tư', indicator: 'investment' },
  },
  {
    construction: 'metric: a speed glossing a level ("mạnh cấp 9 (75-90 km/h)") measures the noun its clause opens with',
    segmented: 'Chiều nay , sức gió mạnh nhất vùng gần tâm bão mạnh cấp 9 ( 75-90 km/h ) , giật cấp 11 .',
    figure: { value: 75, unit: 'other', metric: 'sức gió mạnh nhất' },
  },
  {
    construction: 'indicator: guests ("khách") in a sentence about tourism ("đón", "du lịch") are tourists',
    segmented: 'Vào mùa cao_điểm , bãi biển này đón tới 8.000 khách mỗi ngày .',
    figure: { value: 8000, unit: 'people', indicator: 'tourists' },
  },
  {
    construction: 'indicator: guests ("khách") of a bar or a bus are no tourists',
    segmented: 'Qua kiểm_tra , lực_lượng chức_năng phát_hiện trong quán có 65 khách và nhân_viên dương_tính với ma_tuý .',
    figure: { value: 65, unit: 'people', indicator: null },
  },
  {
    construction: 'metric: "NP ... sẽ đạt trị giá X": the noun before the link is what the valuation values',
    segmented: 'Số hàng xuất_khẩu sang Hàn_Quốc trong năm 2019 dự_kiến sẽ đạt trị_giá khoảng 21 tỉ USD .',
    figure: { value: 21e9, unit: 'USD', metric: 'số hàng xuất khẩu' },
  },
  {
    construction: 'metric: "NP (trị giá X)": a valuation in parentheses values the noun before them',
    segmented: 'Các đập thuỷ_điện đe_doạ nguồn thuỷ_sản ( trị_giá 2,8 tỉ USD ) của vùng hạ_lưu .',
    figure: { value: 2.8e9, unit: 'USD', metric: 'nguồn thuỷ sản' },
  },
  {
    construction: 'metric: "NP tăng cao nhất (X%)": the change with its superlative is the predicate, and the figure a change',
    segmented: 'Đà_Nẵng là địa_phương có số phòng khách_sạn tăng mạnh nhất ( 42 % ) trong năm 2018 .',
    figure: { value: 42, unit: 'percent', metric: 'số phòng khách sạn', change: 'increase' },
  },
  {
    construction: 'metric and subject: "theo sau là A và B (lần lượt là X% và Y%)": the names hold the values in turn, of what the figure before measures',
    segmented: 'Nhật_Bản có lượng khách quốc_tế tăng mạnh nhất ( 19 % ) , theo sau là Hàn_Quốc và Đài_Loan ( lần_lượt là 15 % và 11 % ) .',
    figure: { value: 11, unit: 'percent', metric: 'lượng khách quốc tế', subject: 'Đài Loan', change: 'increase' },
  },
  {
    construction: 'metric: a series "NP đạt X, A Y, B Z" measures what its head measures, each item for the name opening it',
    segmented: 'Năm 2019 , GDP bình_quân đầu người của Singapore đạt 65.000 USD , Brunei 31.000 USD , Malaysia 11.400 USD .',
    figure: { value: 31000, unit: 'USD', metric: 'GDP bình quân đầu người', indicator: 'gdp_per_capita', subject: 'Brunei', period: '2019' },
  },
  {
    construction: 'subject: a series "A nhận X; B Y, C Z" after a semicolon: each item is the person named opening it',
    segmented: 'Trong số tiền trên , bị_cáo Lâm nhận 45 triệu đồng ; Quân 30 triệu đồng , Nguyễn_Văn_Tài 12 triệu đồng .',
    figure: { value: 12e6, unit: 'VND', subject: 'Nguyễn Văn Tài' },
  },
  {
    construction: 'metric: a destination after "đổ về" is no part of what grows, even a dashed name ("đổ về Đông Bắc Á - Thái Bình Dương")',
    segmented: 'Trong năm 2018 , khách du_lịch Ấn_Độ đổ về Đông_Nam_Á - Thái_Bình_Dương tăng 21,4 % .',
    figure: { value: 21.4, unit: 'percent', metric: 'khách du lịch', indicator: 'tourists', change: 'increase' },
  },
  {
    construction: 'metric: "vượt xa NP (x%)": what is outdone is what the figure in parentheses measures, without the verb',
    segmented: 'Lượng khách Hàn_Quốc đến Đà_Nẵng tăng 31 % , vượt xa tăng_trưởng khách quốc_tế của thành_phố ( 9,5 % ) .',
    figure: { value: 9.5, unit: 'percent', metric: 'tăng trưởng khách quốc tế', indicator: 'tourists' },
  },
  {
    construction: 'metric: ", NP ..., với X%" after a clause with its own figure is the value of the noun phrase between the commas',
    segmented: 'Đến hết tháng 6 , Đà_Nẵng có 412.000 người tham_gia bảo_hiểm y_tế , tỉ_lệ bao_phủ cao nhất cả nước , với 93,4 % .',
    figure: { value: 93.4, unit: 'percent', metric: 'tỉ lệ bao phủ', subject: 'Đà Nẵng' },
  },
  {
    construction: 'metric: "..., trong khi cả nước X%" measures what the figure before it measures, for the nation',
    segmented: 'Năm 2018 , tỉ_lệ hộ_nghèo của Lai_Châu còn 28,5 % , trong khi cả_nước 5,2 % .',
    figure: { value: 5.2, unit: 'percent', metric: 'tỉ lệ hộ nghèo', subject: 'Việt Nam' },
  },
  {
    construction: 'metric: a classifier alone ("... 92.400 lượt") counts what the figure before it classified ("1,2 triệu lượt khách nội địa")',
    segmented: 'Năm 2019 , Lâm_Đồng đón 1,2 triệu lượt khách nội_địa , trong đó khách từ Hà_Nội là 92.400 lượt .',
    figure: { value: 92400, unit: 'count', metric: 'lượt khách nội địa', indicator: 'tourists' },
  },
  {
    construction: 'metric: a bare classifier keeps the clause that says what it counts',
    segmented: 'Trong đàn có 14 con bị chết do dịch .',
    figure: { value: 14, unit: 'count', metric: 'con bị chết' },
  },
  {
    construction: 'metric: ", chỉ bằng X%" restates the figure before it',
    segmented: 'Thu_nhập bình_quân đầu người của tỉnh năm 2018 đạt 38 triệu đồng , chỉ bằng 62 % của cả nước .',
    figure: { value: 62, unit: 'percent', metric: 'thu nhập bình quân đầu người' },
  },
  {
    construction: 'metric: "lên X / năm từ mức chỉ Y / năm": the level it rose from measures the same, and what an amount is per is no noun',
    segmented: 'Doanh_số cà_phê hoà_tan của hãng đã tăng lên 45 triệu USD / năm từ mức chỉ 6 triệu USD / năm .',
    figure: { value: 6e6, unit: 'USD', metric: 'doanh số cà phê hoà tan' },
  },
  {
    construction: 'metric: ", gấp N lần Y" after an amount is a multiple of it and measures the same',
    segmented: 'Năm 2016 , năng_suất lao_động của Indonesia đạt 10.200 USD , gấp 2,7 lần Myanmar .',
    figure: { value: 2.7, unit: 'other', metric: 'năng suất lao động', subject: 'Indonesia', change: 'multiplier' },
  },
  {
    construction: 'metric: what follows "gấp N lần" is what the amount before is compared with, not what the multiple measures',
    segmented: 'Tiền_lương bình_quân của lao_động ngành điện_tử tại Bắc_Ninh đạt 8,4 triệu đồng / tháng , gấp 2,1 lần lương tối_thiểu vùng .',
    figure: { value: 2.1, unit: 'other', metric: 'tiền lương bình quân', change: 'multiplier' },
  },
  {
    construction: 'metric: a series "X% của A, Y% của B và Z% của C" measures what its head measures',
    segmented: 'Năng_suất lao_động của Lào_Cai năm 2018 đạt 4.200 USD , chỉ bằng 38 % của Hà_Nội , 45 % của Bình_Dương và 52 % của Đồng_Nai .',
    figure: { value: 45, unit: 'percent', metric: 'năng suất lao động', subject: 'Lào Cai' },
  },
  {
    construction: 'metric: "NP là A (x%), B (y%)": the noun before "là" is what the list items measure',
    segmented: 'Các thị_trường xuất_khẩu gạo lớn nhất của tỉnh là Philippines ( 41 % ) , Malaysia ( 17 % ) và Ghana ( 9 % ) .',
    figure: { value: 17, unit: 'percent', metric: 'thị trường xuất khẩu gạo lớn nhất' },
  },
  {
    construction: 'metric: growth named earlier in the clause ("tăng trưởng khá, đạt X%") is the rate',
    segmented: 'Năm 2018 , ngành thuỷ_sản của tỉnh tiếp_tục tăng_trưởng khá , ước 5,2 % .',
    figure: { value: 5.2, unit: 'percent', metric: 'tăng trưởng' },
  },
  {
    construction: 'metric: "NP tăng từ a lên b": the bare starting number is passed over',
    segmented: 'Mức phụ_cấp sẽ tăng từ 1,5 lên 1,75 triệu đồng / tháng .',
    figure: { value: 1.75e6, unit: 'VND', metric: 'mức phụ cấp' },
  },
  {
    construction: 'indicator: capital named without its kind in a sentence about FDI is FDI disbursed',
    segmented: 'Riêng khu_vực đầu_tư trực_tiếp nước_ngoài , vốn giải_ngân đạt 14,2 tỉ USD trong 9 tháng .',
    figure: { value: 14.2e9, unit: 'USD', indicator: 'fdi_disbursed' },
  },
  {
    construction: 'metric: a counted noun keeps its relative clause after "chưa"',
    segmented: 'Toàn tỉnh còn khoảng 52.000 người chưa tham_gia bảo_hiểm_y_tế .',
    figure: { value: 52000, unit: 'people', metric: 'người chưa tham gia bảo hiểm y tế' },
  },
  {
    construction: 'metric: a counted noun keeps its passive relative clause after "được"',
    segmented: 'Năm nay có 9 công_trình được bố_trí vốn nhưng chưa khởi_công .',
    figure: { value: 9, unit: 'count', metric: 'công trình được bố trí vốn' },
  },
  {
    construction: 'metric: a counted noun keeps its clause after "đang"',
    segmented: 'Khu công_nghiệp có khoảng 18.500 lao_động đang làm_việc , phần_lớn là nữ .',
    figure: { value: 18500, unit: 'people', metric: 'lao động đang làm việc' },
  },
  {
    construction: 'metric: "Việc tăng X% NP": a nominaliser names nothing, the noun after the rate is measured',
    segmented: 'Việc tăng 3,5 % học_phí được nhiều phụ_huynh đồng_tình .',
    figure: { value: 3.5, unit: 'percent', metric: 'học phí', change: 'increase' },
  },
  {
    construction: 'metric: "tăng X% về NP" measures the noun after "về"',
    segmented: 'Số doanh_nghiệp thành_lập mới tăng 6,2 % về số_lượng và 18,7 % về số vốn đăng_ký .',
    figure: { value: 18.7, unit: 'percent', metric: 'số vốn đăng ký', change: 'increase' },
  },
  {
    construction: 'metric: "toà nhà", "căn hộ" are what is counted, not a classifier and its noun',
    segmented: 'Chủ đầu_tư đã bàn_giao 320 căn_hộ cho khách_hàng .',
    figure: { value: 320, unit: 'count', metric: 'căn hộ' },
  },
  {
    construction: 'indicator: an effect on a measure ("làm giảm thu ngân sách X", "tác động đến ... là a% và tăng trưởng GDP là b%") is no value of it',
    segmented: 'Việc tăng giá xăng sẽ tác_động đến chỉ_số giá tiêu_dùng là 0,2 % và tăng_trưởng GDP là 0,1 % .',
    figure: { value: 0.1, unit: 'percent', indicator: null },
  },
  {
    construction: 'indicator: "phấn đấu tăng trưởng X%" is a growth rate planned, no increase of a noun',
    segmented: 'Năm 2019 , Việt_Nam phấn_đấu tăng_trưởng ít_nhất 6,8 % .',
    figure: { value: 6.8, unit: 'percent', metric: 'tăng trưởng', indicator: 'gdp_growth', change: 'level', status: 'target' },
  },
  {
    construction: 'change: "tăng NP lên X" states the level reached',
    segmented: 'Năm 2016 , ngân_hàng tăng vốn điều_lệ lên 8.000 tỷ đồng .',
    figure: { value: 8000e9, unit: 'VND', metric: 'vốn điều lệ', change: 'level' },
  },
  {
    construction: 'change: "tăng NP lên thành X" states the level reached, "thành" no noun',
    segmented: 'Chủ đầu_tư xin điều_chỉnh tăng tổng mức đầu_tư lên thành 5.200 tỷ đồng .',
    figure: { value: 5200e9, unit: 'VND', metric: 'tổng mức đầu tư', change: 'level' },
  },
  {
    construction: 'metric: a counted noun keeps its clause after two markers ("đang bị")',
    segmented: 'Sau trận lũ , vẫn còn 14 người đang bị mắc_kẹt trên mái nhà .',
    figure: { value: 14, unit: 'people', metric: 'người đang bị mắc kẹt' },
  },
  {
    construction: 'metric: a counted noun keeps what it belongs to after "thuộc"',
    segmented: 'Cả huyện có 1.250 hộ thuộc diện hộ nghèo , giảm so với năm trước .',
    figure: { value: 1250, unit: 'people', metric: 'hộ thuộc diện hộ nghèo' },
  },
  {
    construction: 'metric: "thuộc" before a named unit is whose they are, no part of what is counted',
    segmented: 'Mưa lớn làm ngập 7 thôn thuộc huyện Quế_Sơn trong đêm qua .',
    figure: { value: 7, unit: 'count', metric: 'thôn' },
  },
  {
    construction: 'metric: a qualifying verb after a counted noun opens its clause ("xã đạt chuẩn nông thôn mới")',
    segmented: 'Tỉnh có 5 xã đạt_chuẩn nông_thôn mới trong năm nay .',
    figure: { value: 5, unit: 'count', metric: 'xã đạt chuẩn nông thôn mới' },
  },
  {
    construction: 'metric: "còn lại" closes the counted noun\'s clause',
    segmented: 'Ngoài Thiện bị bắt_giữ , 2 đối_tượng còn lại hiện đã bỏ_trốn .',
    figure: { value: 2, unit: 'people', metric: 'đối tượng còn lại' },
  },
  {
    construction: 'metric: an amount of another unit after a rate, with its own noun after it ("áp thuế 10% lên 34 tỷ USD hàng hoá"), measures that noun',
    segmented: 'Ấn_Độ sẽ áp_thuế 10 % lên 34 tỷ USD hàng_hoá Pakistan từ tháng tới .',
    figure: { value: 34e9, unit: 'USD', metric: 'hàng hoá' },
  },
  {
    construction: 'metric: seized goods listed after a count ("12 bánh heroin, 3kg ma tuý đá") are each their own noun',
    segmented: 'Công_an tỉnh Sơn_La thu_giữ 12 bánh heroin , 3 kg ma_tuý_đá và 40 triệu đồng tiền_mặt .',
    figure: { value: 40e6, unit: 'VND', metric: 'tiền mặt' },
  },
  {
    construction: 'metric: ", chỉ X" after what the clause says of its noun ("Chi phí bảo trì ... khá thấp, chỉ ...") is the noun\'s value',
    segmented: 'Chi_phí bảo_trì cho tuyến đường này khá thấp , chỉ 2,4 tỉ đồng / năm .',
    figure: { value: 2.4e9, unit: 'VND', metric: 'chi phí bảo trì' },
  },
  {
    construction: 'metric: what budget money is spent on ("chi ngân sách cho giáo dục") is part of what is measured',
    segmented: 'Năm 2019 , chi ngân_sách cho giáo_dục đạt 235.000 tỷ đồng .',
    figure: { value: 235000e9, unit: 'VND', metric: 'chi ngân sách cho giáo dục', indicator: 'budget_spending' },
  },
  {
    construction: 'metric: whom money goes to ("chi cho Hạnh") is no part of what is measured',
    segmented: 'Sau đó , Tuấn chi cho Hạnh 40 triệu đồng để lo_lót .',
    figure: { value: 40e6, unit: 'VND', metric: null },
  },
  {
    construction: 'metric: "GDP/người" written with a slash is GDP per capita',
    segmented: 'Năm 2019 , GDP / người của Indonesia đạt 4.135 USD .',
    figure: { value: 4135, unit: 'USD', metric: 'GDP / người', indicator: 'gdp_per_capita' },
  },
  {
    construction: 'metric: "trên đầu người" after the noun is part of it',
    segmented: 'Thu_nhập thực_tế trên đầu người của Đài_Loan đạt 25.900 USD .',
    figure: { value: 25900, unit: 'USD', metric: 'thu nhập thực tế trên đầu người', indicator: 'gdp_per_capita' },
  },
  {
    construction: 'metric: ", với X%" after a superlative closes the clause of the noun the sentence opens with',
    segmented: 'Tỉ_lệ hộ nghèo cao nhất vùng , với 21,7 % .',
    figure: { value: 21.7, unit: 'percent', metric: 'tỉ lệ hộ nghèo' },
  },
  {
    construction: 'metric: "phải" opens a clause qualifying a counted noun ("412 người phải di dời")',
    segmented: 'Công_trình chiếm 1.500 ha đất , 412 người phải di_dời .',
    figure: { value: 412, unit: 'people', metric: 'người phải di dời' },
  },
  {
    construction: 'metric: "không phải" is "is not", no clause of the counted noun',
    segmented: 'Trong số đó , 2 em không phải học_sinh của trường .',
    figure: { value: 2, unit: 'people', metric: 'em' },
  },
  {
    construction: 'metric: money after a tariff ("áp thuế lên 16 tỉ USD hàng hoá") is the worth of the goods after it',
    segmented: 'Chính_phủ Canada sẽ áp_thuế lên 16 tỉ USD hàng_hoá của Mỹ .',
    figure: { value: 16e9, unit: 'USD', metric: 'hàng hoá', indicator: null, subject: 'Canada - Mỹ' },
  },
  {
    construction: 'indicator: goods a tariff falls on are no value of imports',
    segmented: 'Nhật_Bản áp thuế 20 % lên 8 tỉ USD hàng nhập_khẩu từ Hàn_Quốc .',
    figure: { value: 8e9, unit: 'USD', metric: 'hàng nhập khẩu', indicator: null },
  },
  {
    construction: 'metric: a place\'s name before a quantity is whose it is; the noun after the unit is what it measures',
    segmented: 'Sau bão , hiện Quảng_Bình có 2.350 ha lúa .',
    figure: { value: 2350, unit: 'other', metric: 'lúa', subject: 'Quảng Bình' },
  },
  {
    construction: 'metric: a person\'s name opening an item of a list ("; Khải 4,1 gam ma tuý")',
    segmented: 'Cơ_quan chức_năng thu_giữ của Lâm 12,5 gam ma_tuý ; Khải 4,1 gam ma_tuý .',
    figure: { value: 4.1, unit: 'other', metric: 'ma tuý' },
  },
  {
    construction: 'metric: one capitalised word opening the sentence is no name ("Lương đạt 9 triệu đồng")',
    segmented: 'Lương đạt 9 triệu đồng mỗi tháng , cao hơn năm trước .',
    figure: { value: 9e6, unit: 'VND', metric: 'lương' },
  },
  {
    construction: 'metric: a classifier opening a noun of its own ("con nhỏ", "bản án") is kept with it',
    segmented: 'Trước đó , bị_cáo Lâm đã nhận 2 bản án .',
    figure: { value: 2, unit: 'count', metric: 'bản án' },
  },
  {
    construction: 'metric: a noun after a measure\'s unit keeps the relative clause qualifying it ("12 ha rừng bị khai_thác")',
    segmented: 'Kiểm_tra tại hiện_trường , đoàn phát_hiện 12 ha rừng bị khai_thác trái_phép .',
    figure: { value: 12, unit: 'other', metric: 'rừng bị khai thác trái phép' },
  },
  {
    construction: 'metric: "tương đương" before an amount is a copula: "Số tiền này tương đương X" measures "số tiền"',
    segmented: 'Dự_án cần bồi_thường cho 3.200 hộ dân . Số tiền này tương_đương 450 triệu USD .',
    figure: { value: 450000000, unit: 'USD', metric: 'số tiền' },
  },
  {
    construction: 'metric: the acronym ending a place\'s name ("cách TP. HCM khoảng 25 km") is no metric',
    segmented: 'Khu_đô_thị mới nằm cách TP. HCM khoảng 25 km về phía đông .',
    figure: { value: 25, unit: 'other', metric: null },
  },
  {
    construction: 'metric: an amount spent ("chi X để Y", "chi X cho Y") measures what it is spent on',
    segmented: 'Năm nay , thành_phố sẽ chi 350 tỷ đồng để cải_tạo hệ_thống thoát nước nội_đô .',
    figure: { value: 350e9, unit: 'VND', metric: 'chi cải tạo hệ thống thoát nước nội đô' },
  },
  {
    construction: 'metric: whom money goes to ("chi X cho ông Y") is no purpose',
    segmented: 'Công_ty đã chi 2 tỷ đồng cho ông Kiên .',
    figure: { value: 2e9, unit: 'VND', metric: 'chi' },
  },
  {
    construction: 'metric: nouns paired across a comma ("tỉnh, thành phố", "bộ, ngành") are one counted noun',
    segmented: 'Đến nay đã có 41 tỉnh , thành_phố ban_hành kế_hoạch , cùng 17 bộ , ngành .',
    figure: { value: 17, unit: 'count', metric: 'bộ, ngành' },
  },
  {
    construction: 'metric: "đối với" ends a counted noun ("6 đoàn thanh tra đối với các doanh nghiệp")',
    segmented: 'Năm qua , Sở đã lập 6 đoàn thanh_tra đối_với các doanh_nghiệp khai_thác khoáng_sản .',
    figure: { value: 6, unit: 'count', metric: 'đoàn thanh tra' },
  },
  {
    construction: 'metric: after a verb of mentioning ("đề cập đến X là ..."), X is the noun, no destination',
    segmented: 'Báo_cáo của Bộ đã đề_cập đến sản_lượng than năm 2018 là 38 triệu tấn .',
    figure: { value: 38e6, unit: 'other', metric: 'sản lượng than' },
  },
  {
    construction: 'metric: a dimension before a comparative ("độ cao hơn 2.500 m") is the measure, and "hơn" bounds the value, no difference',
    segmented: 'Chiếc khinh_khí_cầu đã đạt tới độ cao hơn 2.500 m trước khi hạ_cánh xuống cánh_đồng .',
    figure: { value: 2500, unit: 'other', metric: 'độ cao', change: 'level' },
  },
];

// ---------------------------------------------------------------- subject: whose figure it is
const SUBJECT: ContextCase[] = [
  {
    construction: 'subject: what a superlative ranks among ("cao nhất cả nước", "lớn nhất trong cả nước") holds nothing',
    segmented: 'Năm 2018 , Bình_Dương có mức thu ngân_sách cao nhất cả nước là 50.000 tỷ đồng .',
    figure: { value: 50000e9, unit: 'VND', subject: 'Bình Dương' },
  },
  {
    construction: 'subject: an item "B (x%)" of a place\'s list ("các thị trường chính của nước này là B (x%)") is the pair\'s, the owner first',
    segmented: 'Thái_Lan xuất_khẩu gạo nhiều thứ hai thế_giới . Các thị_trường chính của nước này là Philippines ( 22 % ) , Trung_Quốc ( 15 % ) và Nhật_Bản ( 9 % ) .',
    figure: { value: 15, unit: 'percent', subject: 'Thái Lan - Trung Quốc' },
  },
  {
    construction: 'subject: a capital speaking ("Bắc Kinh cho biết ...") is its state, which holds what it tells',
    segmented: 'Hải_quan Trung_Quốc công_bố số_liệu thương_mại bất_chấp việc Mỹ tăng thuế_quan . Bắc_Kinh cho biết nhập_khẩu trong tháng 9 giảm 8,5 % .',
    figure: { value: 8.5, unit: 'percent', subject: 'Trung Quốc' },
  },
  {
    construction: 'subject: "nước này" after a capital speaking stands for the capital\'s state, not a country named before it',
    segmented: 'Hải_quan Trung_Quốc công_bố số_liệu thương_mại bất_chấp việc Mỹ tăng thuế_quan . Bắc_Kinh cho biết nhập_khẩu trong tháng 9 giảm 8,5 % . Thặng_dư thương_mại của nước này trong tháng 9 là 39,6 tỉ USD .',
    figure: { value: 39.6e9, unit: 'USD', subject: 'Trung Quốc' },
  },
  {
    construction: 'subject: whatever moves "từ A sang B", "từ A vào B" is the pair\'s, with no flow indicator named',
    segmented: 'Năm 2018 , gỗ_dán từ Malaysia sang Nhật_Bản đạt 310 triệu USD .',
    figure: { value: 310e6, unit: 'USD', metric: 'gỗ dán', subject: 'Malaysia - Nhật Bản' },
  },
  {
    construction: 'subject: "hãng này" stands for the firm named before with that head ("Hãng Airbus")',
    segmented: 'Hãng Airbus vừa công_bố kết_quả kinh_doanh tại Pháp . Năm 2019 , hãng này đạt doanh_thu 78 tỷ USD .',
    figure: { value: 78e9, unit: 'USD', subject: 'Hãng Airbus' },
  },
  {
    construction: 'subject: "hãng" opening a description of a named firm ("hãng hàng không Bamboo Airways") is no anaphor for the firm before',
    segmented: 'Hãng Airbus vừa công_bố kết_quả kinh_doanh tại Pháp . Tháng 7 , hãng hàng_không Bamboo_Airways ký_kết hợp_đồng mua 30 chiếc A321 trị_giá 3,5 tỉ USD .',
    figure: { value: 3.5e9, unit: 'USD', subject: 'Bamboo Airways' },
  },
  {
    construction: 'subject: "uỷ ban này" stands for the commission named before ("Uỷ ban Giám sát tài chính Quốc gia")',
    segmented: 'Uỷ_ban Giám_sát tài_chính Quốc_gia vừa công_bố báo_cáo tại Hà_Nội . Năm 2019 , uỷ_ban này kiểm_tra 45 doanh_nghiệp .',
    figure: { value: 45, unit: 'count', subject: 'Uỷ ban Giám sát tài chính Quốc gia' },
  },
  {
    construction: 'subject: a deficit "từ" another country ("nhập siêu từ Hàn Quốc") is the pair\'s, the home country first',
    segmented: 'Kinh_tế Việt_Nam quý I tăng_trưởng khá . Trong đó , nhập_siêu từ Hàn_Quốc giảm 2,1 tỷ USD .',
    figure: { value: 2.1e9, unit: 'USD', subject: 'Việt Nam - Hàn Quốc', indicator: 'trade_balance' },
  },
  {
    construction: 'subject: a surplus stated before another clause\'s deficit "từ" a country is still the home country\'s alone',
    segmented: 'Kinh_tế Việt_Nam quý I tăng_trưởng khá . Xuất_siêu 2,4 tỷ USD , đặc_biệt , nhập_siêu từ Hàn_Quốc giảm 2,1 tỷ USD .',
    figure: { value: 2.4e9, unit: 'USD', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: goods of a country a tariff targets ("lên 34 tỷ USD hàng hoá Pakistan") are the pair\'s, the tariff\'s holder first',
    segmented: 'Ấn_Độ sẽ áp_thuế 10 % lên 34 tỷ USD hàng_hoá Pakistan từ tháng tới .',
    figure: { value: 34e9, unit: 'USD', subject: 'Ấn Độ - Pakistan' },
  },
  {
    construction: 'subject: exports "sang" a country after the measured noun are the pair\'s ("xuất khẩu cà phê sang Đức")',
    segmented: 'Việt_Nam có nhiều lợi_thế . Xuất_khẩu cà_phê sang Đức đạt 610 triệu USD .',
    figure: { value: 610e6, unit: 'USD', subject: 'Việt Nam - Đức' },
  },
  {
    construction: 'subject: imports named before another figure\'s own noun are not its flow ("Nhập khẩu từ Lào tăng, trong khi xuất khẩu đạt ...")',
    segmented: 'Việt_Nam có nhiều lợi_thế . Nhập_khẩu từ Lào tăng mạnh , trong khi xuất_khẩu đạt 1,3 tỷ USD .',
    figure: { value: 1.3e9, unit: 'USD', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: a state ("bang Andhra Pradesh") is a unit below the country that holds its sentence\'s figures',
    segmented: 'Ấn_Độ hứng bão lớn . Tại bang Andhra_Pradesh , 12 người tử_vong do bị sét đánh .',
    figure: { value: 12, unit: 'people', subject: 'bang Andhra Pradesh' },
  },
  {
    construction: 'subject: "Liên bang Nga" is no state',
    segmented: 'Chính_phủ Liên_bang Nga đã chi 5 tỉ USD cho quốc_phòng .',
    figure: { value: 5e9, unit: 'USD', subject: 'Nga' },
  },
  {
    construction: 'indicator: capital in a sentence about a project is investment, held by its investor',
    segmented: 'Dự_án này được phê_duyệt vào năm 2005 , do TISCO làm chủ đầu_tư với tổng vốn hơn 3.800 tỷ đồng .',
    figure: { value: 3800e9, unit: 'VND', metric: 'tổng vốn', indicator: 'investment', subject: 'TISCO' },
  },
  {
    construction: 'subject: a country\'s body holds what it does, not the country in its name',
    segmented: 'Theo đó , chương_trình của Bộ Nông_nghiệp Mỹ sẽ chi 14,5 tỉ USD để trả trực_tiếp cho nông_dân .',
    figure: { value: 14.5e9, unit: 'USD', subject: 'Bộ Nông nghiệp Mỹ' },
  },
  {
    construction: 'subject: the country of a body that is the source still holds the figure',
    segmented: 'Bộ Tài_chính Nhật_Bản cho_biết thâm_hụt ngân_sách là 20 tỉ USD .',
    figure: { value: 20e9, unit: 'USD', subject: 'Nhật Bản' },
  },
  {
    construction: 'subject: "các công ty Mỹ" is a kind of firm: the country holds',
    segmented: 'Doanh_số bán vũ_khí của các công_ty Mỹ đạt 217,2 tỉ USD .',
    figure: { value: 217.2e9, unit: 'USD', subject: 'Mỹ' },
  },
  {
    construction: 'subject: a person without an official title who opens the clause doing what the figure is ("ông Dũng đưa ra mức bồi thường") holds it',
    segmented: 'Khi trao_đổi với nhà_trường thì ông Lê_Văn_Dũng đưa ra mức bồi_thường là 24 triệu đồng .',
    figure: { value: 24e6, unit: 'VND', subject: 'Lê Văn Dũng' },
  },
  {
    construction: 'subject: a person after "của" or a verb ("chiếm đoạt của anh Sơn") is the object, no holder',
    segmented: 'Tại Nghệ_An , hai thanh_niên đã chiếm_đoạt của anh Nguyễn_Đình_Sơn gần 1,3 triệu đồng .',
    figure: { value: 1.3e6, unit: 'VND', subject: 'Nghệ An' },
  },
  {
    construction: 'subject: a person who speaks ("ông Mến nêu lên", "bà Lan cho rằng") is a speaker, no holder',
    segmented: 'Năm 2018 , tại TP. HCM , ông Phan_Văn_Mến cho_rằng tỉ_lệ nợ bảo_hiểm đã giảm còn 2,6 % .',
    figure: { value: 2.6, unit: 'percent', subject: 'Hồ Chí Minh' },
  },
  {
    construction: 'subject: in a sentence about a tariff, the goods\' origin ("hàng hoá Trung Quốc", "mặt hàng của Mỹ") is its target, not its holder',
    segmented: 'Năm 2019 , Mỹ sẽ tăng mức thuế quan áp với 200 tỉ USD hàng_hoá Trung_Quốc từ 10 % lên 25 % .',
    figure: { value: 25, unit: 'percent', subject: 'Mỹ' },
  },
  {
    construction: 'subject: a place after "tại" where something happened ("tại Pendeglang ... 92 người thiệt mạng") holds a count, which no trade partner does',
    segmented: 'Sóng_thần tàn_phá Indonesia .\nTrong khi đó , tại Lampung trên đảo Sumatra , các cơ_quan địa_phương thông_báo đã có 64 người thiệt_mạng .',
    figure: { value: 64, unit: 'people', subject: 'Lampung' },
  },
  {
    construction: 'subject: academic degrees before names ("các TS, PGS, GS") and a name after "/" ("ISI / Scopus") hold nothing',
    segmented: 'Khảo_sát 300 giảng_viên là các TS , PGS , GS cho thấy số người có công_bố ISI / Scopus chỉ 28 % .',
    figure: { value: 28, unit: 'percent', subject: null },
  },
  {
    construction: 'subject: a local unit ("huyện X có 18 xã ngập") holds its figures, named with the province its address gives',
    segmented: 'Hiện huyện Kỳ_Anh , tỉnh Hà_Tĩnh có tổng_cộng 12 xã bị ngập .',
    figure: { value: 12, unit: 'count', subject: 'huyện Kỳ Anh (Hà Tĩnh)' },
  },
  {
    construction: 'subject: a local unit that is a person\'s home ("ngụ huyện X") holds none of the figures; the person who acts does',
    segmented: 'Năm 2018 , tỉnh Quảng_Nam có 120 vụ trộm , trong đó ông Lâm_Văn_Tú , ngụ huyện Duy_Xuyên , trộm 2 chiếc xe_máy .',
    figure: { value: 2, unit: 'count', subject: 'Lâm Văn Tú' },
  },
  {
    construction: 'subject: a name no gazetteer knows after a sentence-opening "Tại" ("Tại Amsterdam, ...") is the scene that holds the figures',
    segmented: 'Nhiều thành_phố châu Âu quá tải du_khách .\nTại Rotterdam , thành_phố chỉ có 650.000 dân nhưng đón 12 triệu du_khách mỗi năm .',
    figure: { value: 650000, unit: 'count', subject: 'Rotterdam' },
  },
  {
    construction: 'subject: a sentence whose only body before the figure is its source ("Theo AFP, ...") continues the topic before it',
    segmented: 'Việt_Nam và bài_học an_toàn giao_thông\n\nẤn_Độ đang đối_mặt với tai_nạn giao_thông tăng mạnh .\nTheo AFP , đã có 150.000 người chết vì tai_nạn trong năm 2018 .',
    figure: { value: 150000, unit: 'people', subject: 'Ấn Độ' },
  },
  {
    construction: 'subject: a body in the speaker\'s title ("thứ trưởng Bộ Tài chính X đồng tình") is not what the next sentence is about',
    segmented: 'Năm 2018 , thủ_tục kiểm_tra chuyên_ngành chiếm 30 % tổng số thủ_tục .\nThứ_trưởng Bộ Tài_chính Trần_Xuân_Hà đồng_tình với kiến_nghị .\nHiện có 171 cửa_khẩu quốc_gia được kết_nối .',
    figure: { value: 171, unit: 'count', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: a body in a title written after the speaker\'s name ("ông X, phó tổng giám đốc Tập đoàn Y,") is not what the next sentence is about',
    segmented: 'Năm 2018 , thủ_tục kiểm_tra chuyên_ngành chiếm 30 % tổng số thủ_tục .\nÔng Trần_Xuân_Hà , phó tổng giám_đốc Tập_đoàn Viettel , đồng_tình với kiến_nghị .\nHiện có 171 cửa_khẩu quốc_gia được kết_nối .',
    figure: { value: 171, unit: 'count', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: "NN & PTNT" in parentheses is one name glossing the ministry, no holder',
    segmented: 'Theo Bộ Nông_nghiệp và phát_triển nông_thôn ( NN & PTNT ) , 4.231 con heo đã bị tiêu_huỷ .',
    figure: { value: 4231, unit: 'count', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: a country\'s syllable joined into a longer segmented word ("Công_ty Nhật_Hào") names no country',
    segmented: 'Năm 2015 , Công_ty Nhật_Hào nhận hợp_đồng trị_giá 3 tỷ đồng .',
    figure: { value: 3e9, unit: 'VND', subject: 'Công ty Nhật Hào' },
  },
  {
    construction: 'subject: a project designated by its number ("tuyến metro số 3") after the metric holds it, its route glossed',
    segmented: 'Tổng mức đầu_tư tuyến metro số 3 ( Bến_Thành - Tân_Kiên ) là 2,5 tỷ USD .',
    figure: { value: 2.5e9, unit: 'USD', metric: 'tổng mức đầu tư', subject: 'tuyến metro số 3' },
  },
  {
    construction: 'subject: the agent of a passive ("được UBND tỉnh X phê duyệt") holds nothing when the sentence names what it acted on',
    segmented: 'Dự_án nhà_máy Thép Hoà_Phát được UBND tỉnh Quảng_Ngãi phê_duyệt với tổng vốn 50.000 tỷ đồng .',
    figure: { value: 50000e9, unit: 'VND', subject: 'Dự án nhà máy Thép Hoà Phát' },
  },
  {
    construction: 'subject: the agent of a passive holds what it set when nothing else is named ("chỉ tiêu được EVN đặt ra")',
    segmented: 'Theo đó , chỉ_tiêu được EVN đặt ra là điện thương_phẩm : 209 tỉ kWh .',
    figure: { value: 209e9, unit: 'other', subject: 'EVN' },
  },
  {
    construction: 'subject: "TP" inside a body\'s name ("UBND TP") refers to no city before it',
    segmented: 'Tại Đà_Nẵng , dự_án tuyến metro số 2 đã được UBND TP phê_duyệt với tổng mức đầu_tư 1,37 tỉ USD .',
    figure: { value: 1.37e9, unit: 'USD', subject: 'dự án tuyến metro số 2' },
  },
  {
    construction: 'subject: "X% NP của Y": the owner right after a metric that follows its figure',
    segmented: 'Hiện 65 % kim_ngạch xuất_khẩu của Campuchia đến từ hàng may_mặc .',
    figure: { value: 65, unit: 'percent', subject: 'Campuchia' },
  },
  {
    construction: 'subject: a body the article quotes as its source is not the title\'s topic',
    segmented: 'IMF khuyến_nghị tăng chi cho y_tế\n\nTheo IMF , các nước cần dành thêm ngân_sách cho y_tế .\nKhoảng 40 % người dân vẫn chưa có bảo_hiểm .',
    figure: { value: 40, unit: 'percent', subject: null },
  },
  {
    construction: 'subject: a count with no holder in an article that never names Vietnam is the named country\'s, not Vietnam\'s',
    segmented: 'Cháy rừng khiến 12 người thiệt_mạng\n\nGiới_chức bang New_South_Wales của Úc cho_biết lửa vẫn lan rộng .',
    figure: { value: 12, unit: 'people', subject: 'Australia' },
  },
  {
    construction: 'subject: a place opening its sentence after "Tại"/"Ở" is its scene, not a destination',
    segmented: 'Tại Ấn_Độ , hơn 300 người đã thiệt_mạng vì nắng nóng .',
    figure: { value: 300, unit: 'people', subject: 'Ấn Độ' },
  },
  {
    construction: 'subject: a firm named by a lowercase head and its short name ("công ty Minh Phát") holds its figures',
    segmented: 'Sau 3 lần lỡ hẹn , công_ty Minh_Phát cam_kết trả 12 tỷ đồng tiền phạt chậm bàn_giao .',
    figure: { value: 12e9, unit: 'VND', subject: 'công ty Minh Phát' },
  },
  {
    construction: 'subject: a title figure takes the holder and period of its restatement in the body',
    segmented: 'Chậm giải_ngân 420 tỷ đồng vốn ODA\n\nNăm 2019 , tỉnh Phú_Yên mới giải_ngân được 420 tỷ đồng vốn ODA .',
    figure: { value: 420e9, unit: 'VND', subject: 'Phú Yên', period: '2019' },
  },
  {
    construction: 'subject: a capital standing for its state ("Bắc Kinh đã áp thuế quan 25%") is the country',
    segmented: 'Trong khi đó , Bắc_Kinh đã áp thuế_quan 25 % lên 128 mặt_hàng nhập_khẩu của Mỹ .',
    figure: { value: 25, unit: 'percent', subject: 'Trung Quốc', metric: 'thuế quan' },
  },
  {
    construction: 'subject: "của dự án" refers to the project named before, not the sentence before\'s topic',
    segmented: 'Dự_án cầu Vĩnh_Tuy được khởi_công vào tháng 10 . Hà_Nội đã giải_phóng mặt_bằng xong . Tổng_mức đầu_tư của dự_án là 2.538 tỷ đồng .',
    figure: { value: 2.538e12, unit: 'VND', subject: 'dự án cầu Vĩnh Tuy', metric: 'tổng mức đầu tư', indicator: 'investment' },
  },
  {
    construction: 'subject: the government, unnamed, sets the nation\'s target ("Chính phủ đặt mục tiêu ...")',
    segmented: 'Về kinh_tế , Chính_phủ đặt mục_tiêu tỉ_lệ che_phủ rừng năm 2019 đạt 41,6 % .',
    figure: { value: 41.6, unit: 'percent', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: the government holds its own counts ("Chính phủ có ... 4 cơ quan ngang bộ")',
    segmented: 'Hiện_nay , Chính_phủ có 18 bộ và 4 cơ_quan ngang bộ .',
    figure: { value: 4, unit: 'count', subject: 'Chính phủ', metric: 'cơ quan ngang bộ' },
  },
  {
    construction: 'subject: visitors are the place\'s they go to ("khách quốc tế đến Đà Nẵng")',
    segmented: 'Năm 2018 , số khách quốc_tế đến Đà_Nẵng đạt 3,5 triệu lượt , tăng 20 % .',
    figure: { value: 3.5e6, unit: 'count', subject: 'Đà Nẵng', indicator: 'tourists' },
  },
  {
    construction: 'subject: the holder named after a contrast ("còn Thái Lan là 250 tỷ USD")',
    segmented: 'Năm 2018 , kim_ngạch xuất_khẩu của Việt_Nam đạt 244 tỷ USD , còn Thái_Lan là 250 tỷ USD .',
    figure: { value: 250e9, unit: 'USD', subject: 'Thái Lan', metric: 'kim ngạch xuất khẩu' },
  },
  {
    construction: 'subject: "của cả nước" is the home country',
    segmented: 'Kim_ngạch xuất_khẩu của cả nước đạt 214 tỷ USD .',
    figure: { value: 214e9, unit: 'USD', subject: 'Việt Nam', metric: 'kim ngạch xuất khẩu' },
  },
  {
    construction: 'subject: a quantified owner "của các công ty Mỹ" is the country named',
    segmented: 'Vốn đầu_tư của các công_ty Mỹ tại Việt_Nam đạt 9 tỷ USD .',
    figure: { value: 9e9, unit: 'USD', subject: 'Mỹ', metric: 'vốn đầu tư' },
  },
  {
    construction: 'subject: the owner named after the noun ("11,5 km đường thuộc dự án X")',
    segmented: 'Đã thông_xe 11,5 km đường thuộc dự_án cao_tốc Trung_Lương - Mỹ_Thuận .',
    figure: { value: 11.5, unit: 'other', subject: 'dự án cao tốc Trung Lương - Mỹ Thuận', metric: 'đường' },
  },
  {
    construction: 'subject: one item of a list "B ( Y % )" is the name before the parenthesis',
    segmented: 'Hàn_Quốc ( chiếm 17,2 % tổng vốn FDI ) dẫn_đầu , tiếp_theo là Nhật_Bản ( 15,1 % ) .',
    figure: { value: 15.1, unit: 'percent', subject: 'Nhật Bản' },
  },
  {
    construction: 'subject: a sector named in lowercase "ngành dệt may" is the holder before the verb',
    segmented: 'Năm 2018 , ngành dệt_may xuất_khẩu đạt 36 tỷ USD .',
    figure: { value: 36e9, unit: 'USD', subject: 'ngành dệt may' },
  },
  {
    construction: 'subject: a sector named whole "của khu vực ngoài nhà nước"',
    segmented: 'Vốn đầu_tư của khu_vực ngoài nhà_nước đạt 676.300 tỷ đồng , chiếm 40,5 % tổng vốn .',
    figure: { value: 676300e9, unit: 'VND', subject: 'khu vực ngoài nhà nước' },
  },
  {
    construction: 'subject: a sentence continuing one ("Riêng ...") does not take a sector that held only a clause of it',
    segmented: 'Năm 2017 , đầu_tư của khu_vực ngoài nhà_nước đạt 676.300 tỷ đồng . Riêng vốn FDI đăng_ký đạt 21,3 tỷ USD .',
    figure: { value: 21.3e9, unit: 'USD', subject: 'Việt Nam', period: '2017' },
  },
  {
    construction: 'subject: a sector by its acronym "khối FDI"',
    segmented: 'Trong đó , khối FDI xuất_siêu 28,8 tỷ USD .',
    figure: { value: 28.8e9, unit: 'USD', subject: 'khối FDI' },
  },
  {
    construction: 'subject: "khối lượng" is a volume, not a sector',
    segmented: 'Năm 2018 , khối_lượng gạo xuất_khẩu của An_Giang đạt 1,2 triệu tấn .',
    figure: { value: 1.2e6, unit: 'other', subject: 'An Giang' },
  },
  {
    construction: 'subject: a bare "tỉnh" after a paragraph break refers to the province named before',
    segmented: 'Quảng_Ninh đón 12 triệu lượt khách .\n\nNăm 2018 , doanh_thu du_lịch của tỉnh đạt 23.000 tỷ đồng .',
    figure: { value: 23000e9, unit: 'VND', subject: 'Quảng Ninh' },
  },
  {
    construction: 'subject: a bare "TP" refers to the city named before',
    segmented: 'TP. Hồ_Chí_Minh có 45.000 doanh_nghiệp mới .\n\nTheo luật , TP được vay 70 % số thu cân_đối .',
    figure: { value: 70, unit: 'percent', subject: 'Hồ Chí Minh' },
  },
  {
    construction: 'subject: "của Tập đoàn" stands for the group named before, by its acronym',
    segmented: 'Tập_đoàn Dầu_khí Việt_Nam ( PVN ) vừa công_bố kết_quả kinh_doanh . Lợi_nhuận của Tập_đoàn năm 2018 đạt 52.000 tỷ đồng .',
    figure: { value: 52000e9, unit: 'VND', subject: 'PVN' },
  },
  {
    construction: 'subject: a body glossed by its acronym goes by the acronym',
    segmented: 'Tổng_công_ty Điện_lực miền Nam ( EVNSPC ) đầu_tư 1.500 tỷ đồng cho lưới_điện .',
    figure: { value: 1500e9, unit: 'VND', subject: 'EVNSPC' },
  },
  {
    construction: 'subject: "nước này" is the country the sentence before is about, not its partner',
    segmented: 'Xuất_khẩu của Indonesia sang Mỹ tăng mạnh . Thặng_dư thương_mại của nước này đạt 2,1 tỷ USD .',
    figure: { value: 2.1e9, unit: 'USD', subject: 'Indonesia' },
  },
  {
    construction: 'subject: a figure no sentence gives a holder is the title\'s',
    segmented: 'Lợi_nhuận của Vinamilk tăng mạnh\n\nLợi_nhuận sau thuế năm 2018 đạt 10.200 tỷ đồng .',
    figure: { value: 10200e9, unit: 'VND', subject: 'Vinamilk' },
  },
  {
    construction: 'subject: two-way trade with no pair named is no single country\'s (no home-country default)',
    segmented: 'Năm 2018 , kim_ngạch thương_mại hai chiều đạt 3,5 tỷ USD , tăng 20 % so với năm trước .',
    figure: { value: 3.5e9, unit: 'USD', subject: null, indicator: 'trade', period: '2018' },
  },
  {
    construction: 'subject: pair "thương mại hai chiều Việt Nam - Hàn Quốc"',
    gap: 'loses the metric (null) before the pair, so no trade indicator and only "Hàn Quốc" as subject',
    segmented: 'Năm 2017 , kim_ngạch thương_mại hai chiều Việt_Nam - Hàn_Quốc đạt 61,5 tỷ USD .',
    figure: { value: 61.5e9, unit: 'USD', subject: 'Việt Nam - Hàn Quốc', indicator: 'trade' },
  },
  {
    construction: 'subject: pair "giữa Việt Nam và Ấn Độ"',
    gap: 'reads no metric for "Thương mại giữa ..." and gives the second country "Ấn Độ" alone as subject',
    segmented: 'Thương_mại giữa Việt_Nam và Ấn_Độ năm 2017 đạt 7,6 tỷ USD .',
    figure: { value: 7.6e9, unit: 'USD', subject: 'Việt Nam - Ấn Độ' },
  },
  {
    construction: 'subject: province as the topic before the verb',
    segmented: 'Năm 2017 , Bắc_Giang thu_hút 1,2 tỷ USD vốn FDI .',
    figure: { value: 1.2e9, unit: 'USD', subject: 'Bắc Giang' },
  },
  {
    construction: 'subject: owner "của X" between the metric and the figure',
    segmented: 'Kim_ngạch xuất_khẩu của Thái_Nguyên năm 2017 đạt 23,9 tỷ USD .',
    figure: { value: 23.9e9, unit: 'USD', subject: 'Thái Nguyên' },
  },
  {
    construction: 'subject: "Theo X," source is not the subject; "cả nước" is Vietnam',
    segmented: 'Theo Tổng_cục Thống_kê , GDP cả nước năm 2017 tăng 6,81 % .',
    figure: { value: 6.81, unit: 'percent', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: "cả nước có N doanh nghiệp"',
    segmented: 'Trong 10 tháng đầu năm 2018 , cả nước có 110.000 doanh_nghiệp thành_lập mới .',
    figure: { value: 110000, unit: 'count', subject: 'Việt Nam', indicator: 'enterprises' },
  },
  {
    construction: 'subject: a reporting body ("X cho biết") is not the subject',
    segmented: 'Tổng_cục Hải_quan cho_biết năm 2017 Hà_Tĩnh xuất_khẩu được 1,5 tỷ USD .',
    figure: { value: 1.5e9, unit: 'USD', subject: 'Hà Tĩnh' },
  },
  {
    construction: 'subject: a company as topic ("Tập đoàn X đạt doanh thu")',
    segmented: 'Năm 2017 , Tập_đoàn Hòa_Phát đạt doanh_thu 46.160 tỷ đồng .',
    figure: { value: 46160e9, unit: 'VND', subject: 'Tập đoàn Hòa Phát' },
  },
  {
    construction: 'subject: a project "dự án cầu X" as owner',
    segmented: 'Tổng mức đầu_tư của dự_án cầu Cửa_Hội là 1.650 tỷ đồng .',
    figure: { value: 1650e9, unit: 'VND', subject: 'dự án cầu Cửa Hội' },
  },
  {
    construction: 'subject: "Trong đó" continuation takes the subject of the sentence before',
    segmented: 'Năm 2017 , Nghệ_An thu_hút 45 dự_án đầu_tư mới . Trong đó , vốn FDI đạt 120 triệu USD .',
    figure: { value: 120e6, unit: 'USD', subject: 'Nghệ An' },
  },
  {
    construction: 'subject: elided subject in the next sentence ("Tỉnh cũng ...")',
    segmented: 'Năm 2017 , Vĩnh_Phúc thu ngân_sách 28.000 tỷ đồng . Tỉnh cũng giải_ngân 900 tỷ đồng vốn đầu_tư công .',
    figure: { value: 900e9, unit: 'VND', subject: 'Vĩnh Phúc' },
  },
  {
    construction: 'subject: participants of a meeting belong to the meeting',
    segmented: 'Hội_nghị Thượng_đỉnh Kinh_doanh Mekong thu_hút hơn 700 đại_biểu đến từ 20 quốc_gia .',
    figure: { value: 700, unit: 'people', subject: 'Hội nghị Thượng đỉnh Kinh doanh Mekong', indicator: 'delegates' },
  },
  {
    construction: 'subject: a foreign country with "của X"',
    segmented: 'Năm 2017 , GDP của Campuchia tăng 6,9 % .',
    figure: { value: 6.9, unit: 'percent', subject: 'Campuchia' },
  },
  {
    construction: 'subject: a firm by its acronym ("EVN đầu tư")',
    segmented: 'Năm 2017 , EVN đầu_tư 5.200 tỷ đồng cho lưới_điện nông_thôn .',
    figure: { value: 5200e9, unit: 'VND', subject: 'EVN' },
  },
  {
    construction: 'subject: "Theo Sở X," source with the province as owner',
    segmented: 'Theo Sở Công_Thương , kim_ngạch xuất_khẩu của Tây_Ninh 6 tháng đầu năm 2018 đạt 1,9 tỷ USD .',
    figure: { value: 1.9e9, unit: 'USD', subject: 'Tây Ninh' },
  },
  {
    construction: 'subject: "tỉnh X" with the province word before the name',
    segmented: 'Năm 2017 , tỉnh Quảng_Trị đón 1,8 triệu lượt khách du_lịch .',
    figure: { value: 1.8e6, unit: 'people', subject: 'Quảng Trị' },
  },
  {
    construction: 'subject: a total after a counted target belongs to the province, not to the counted noun',
    segmented: 'Tỉnh Tây_Ninh phấn_đấu đến năm 2020 thu_hút 50 dự_án FDI , tổng vốn 2 tỷ USD .',
    figure: { value: 2e9, unit: 'USD', subject: 'Tây Ninh' },
  },
  {
    construction: 'subject: "vốn FDI vào X" is the receiving province\'s FDI',
    gap: 'treats the province after "vào" as a partner and falls back to Việt Nam instead of Bình Phước',
    segmented: 'Năm 2017 , vốn FDI vào Bình_Phước đạt 300 triệu USD .',
    figure: { value: 300e6, unit: 'USD', subject: 'Bình Phước' },
  },
  {
    construction: 'subject: a project "Dự án đường cao tốc X - Y" heading the sentence',
    segmented: 'Dự_án đường cao_tốc Trung_Lương - Mỹ_Thuận có tổng mức đầu_tư 12.600 tỷ đồng .',
    figure: { value: 12600e9, unit: 'VND', subject: 'Dự án đường cao tốc Trung Lương - Mỹ Thuận' },
  },
  {
    construction: 'subject: the speaker is not the subject ("Thủ tướng X cho biết ... GDP của Việt Nam")',
    segmented: 'Thủ_tướng Nguyễn_Xuân_Phúc cho_biết năm 2018 GDP của Việt_Nam tăng 7,08 % .',
    figure: { value: 7.08, unit: 'percent', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: a company with "của X" and an increase after it',
    segmented: 'Doanh_thu của Viettel năm 2017 đạt 250.000 tỷ đồng , tăng 10 % so với năm 2016 .',
    figure: { value: 10, unit: 'percent', subject: 'Viettel' },
  },
  {
    construction: 'subject: the police seizing goods hold none of them',
    segmented: 'Công_an huyện Krông_Búk thu_giữ 120 kg pháo nổ tại nhà một người dân .',
    figure: { value: 120, unit: 'other', subject: null },
  },
  {
    construction: 'subject: a court ordering a payment is not its holder, nor is the home country',
    segmented: 'HĐXX buộc bị_cáo phải bồi_thường cho các bị_hại 85 triệu đồng .',
    figure: { value: 85e6, unit: 'VND', subject: null },
  },
  {
    construction: 'subject: a sentence opening with a two-word name no extractor knows is about it',
    segmented: 'Honda Civic có giá bán 789 triệu đồng tại thị_trường trong nước .',
    figure: { value: 789e6, unit: 'VND', subject: 'Honda Civic' },
  },
  {
    construction: 'subject: a named thing opening a sentence holds its measures',
    segmented: 'Cầu Rồng dài 666 m , gồm 6 làn xe .',
    figure: { value: 666, unit: 'other', subject: 'Cầu Rồng' },
  },
  {
    construction: 'subject: a body named by its head alone stands for the body of that head named before',
    segmented: 'UBND xã Tân_Lập đã chi 2 tỷ đồng để sửa đường . Sau đó , UBND xã tiếp_tục chi thêm 500 triệu đồng .',
    figure: { value: 500e6, unit: 'VND', subject: 'UBND xã Tân Lập' },
  },
  {
    construction: 'subject: a board named by its head alone names no one, and no guess stands in for it',
    segmented: 'Theo Chủ_tịch HĐQT , công_ty đạt lợi_nhuận 50 tỷ đồng .',
    figure: { value: 50e9, unit: 'VND', subject: null },
  },
  {
    construction: 'subject: a person acting after an aside in parentheses holds the figure',
    segmented: 'Trần_Văn_Tâm ( SN 1979 , trú tại xã Phú_Hoà ) chiếm_đoạt hơn 1,2 tỷ đồng của các bị_hại .',
    figure: { value: 1.2e9, unit: 'VND', subject: 'Trần Văn Tâm' },
  },
  {
    construction: 'subject: a province in parentheses after a project says where it is; the project holds the figure',
    segmented: 'Dự_án hồ chứa nước Ea_Súp thượng ( Đắk_Lắk ) chậm tiến_độ , tổng mức đầu_tư vọt lên hơn 4.100 tỉ đồng .',
    figure: { value: 4100e9, unit: 'VND', subject: 'Dự án hồ chứa nước Ea Súp', metric: 'tổng mức đầu tư', change: 'level' },
  },
  {
    construction: 'subject: a person acting after asides between commas (birth year, home and its address) holds the figure',
    segmented: 'Lê_Văn_Hải , SN 1988 , trú tại xã Phú_Hoà , huyện Phú_Vang , đã chiếm_đoạt hơn 450 triệu đồng .',
    figure: { value: 450e6, unit: 'VND', subject: 'Lê Văn Hải' },
  },
  {
    construction: 'subject: a person\'s verbs listed between commas ("đã nhận, chiếm đoạt X") are still theirs',
    segmented: 'Cụ_thể , Trần_Văn_Lực đã nhận , chiếm_đoạt 4,2 tỷ đồng của ngân_hàng .',
    figure: { value: 4.2e9, unit: 'VND', subject: 'Trần Văn Lực' },
  },
  {
    construction: 'subject: a bridge where something happens does not stand between a person and what they do',
    segmented: 'Sau đó , Nguyễn_Văn_Tư chở hàng đến khu_vực cầu Bình_Lợi và ném thêm 3 bao tải xuống sông .',
    figure: { value: 3, unit: 'count', subject: 'Nguyễn Văn Tư' },
  },
  {
    construction: 'subject: the "SN" of a birth year is no holder',
    segmented: 'Bà Thạch T. , SN 1961 , vợ phạm_nhân Đ. , bà và ông Đ. có với nhau 6 người con .',
    figure: { value: 6, unit: 'people', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: a ship\'s nationality ("quốc tịch Panama") is what the ship is, not what holds its cargo',
    segmented: 'Tàu cập cảng đầu_tiên là tàu Hải_Phong 18 , quốc_tịch Panama , dỡ 540 container hàng .',
    figure: { value: 540, unit: 'count', subject: 'tàu Hải Phong 18' },
  },
  {
    construction: 'subject: a made thing named by a lowercase head and a name holds its measures',
    segmented: 'Theo thiết_kế , tàu Hải_Đăng 09 có trọng_tải khoảng 3.000 tấn .',
    figure: { value: 3000, unit: 'other', subject: 'tàu Hải Đăng 09' },
  },
  {
    construction: 'subject: a market, a hospital, a station named by a lowercase head and a name holds what it has',
    segmented: 'Theo phó chủ_tịch UBND TP Vinh , hiện toàn chợ Vinh có gần 1.200 điểm kinh_doanh cố_định .',
    figure: { value: 1200, unit: 'count', subject: 'chợ Vinh' },
  },
  {
    construction: 'subject: a capitalised time word opening a sentence is no name',
    segmented: 'Dịp Tết , lượng khách qua bến xe tăng 5 % so với ngày thường .',
    figure: { value: 5, unit: 'percent', subject: null },
  },
  {
    construction: 'subject: a tariff on goods of an origin is the pair\'s, its imposer carried from the sentence before',
    segmented: 'Ấn_Độ và Pakistan tiếp_tục căng_thẳng . Đây là một phần của kế_hoạch áp_thuế lên 40 tỉ USD hàng_hoá Pakistan mà New_Delhi công_bố .',
    figure: { value: 40e9, unit: 'USD', subject: 'Ấn Độ - Pakistan' },
  },
  {
    construction: 'subject: a figure listed after another in its clause, no holder named between, is the same holder\'s (not the agent of a passive)',
    segmented: 'Dự_án thuỷ_lợi Tân_Mỹ ( Ninh_Thuận ) là công_trình trọng_điểm . Dự_án được Bộ NN & PTNT phê_duyệt năm 2012 với tổng mức đầu_tư hơn 4.800 tỉ đồng , chiếm gần 1.900 ha đất , 410 hộ dân phải di_dời .',
    figure: { value: 410, unit: 'people', subject: 'Dự án thuỷ lợi Tân Mỹ' },
  },
  {
    construction: 'subject: a person named between two figures stops the first one\'s holder',
    segmented: 'Ông Phạm_Văn_Toàn đã chi 3 tỉ đồng và ông Lê_Minh_Khoa , Phó Tổng giám_đốc chi 5 tỉ đồng .',
    figure: { value: 5e9, unit: 'VND', subject: null },
  },
  {
    construction: 'subject: a count listed after a sector\'s figure is not the sector\'s',
    segmented: 'Năm 2020 , ngành thuỷ_sản phải đạt xuất_khẩu 9 tỉ USD , có 40 huyện đạt chuẩn .',
    figure: { value: 40, unit: 'count', subject: 'Việt Nam' },
  },
  {
    construction: 'subject: an acronym opening the sentence ("SBC gặp khó_khăn ...") is a body that holds what follows',
    segmented: 'Dự_án nhà_máy lọc dầu chậm tiến_độ . SBC gặp khó_khăn trong nguồn vốn còn thiếu , gồm 120 triệu USD vốn vay đã hết hạn giải_ngân .',
    figure: { value: 120000000, unit: 'USD', subject: 'SBC' },
  },
  {
    construction: 'subject: a contractor named after its head ("nhà_thầu LMC") holds the shortfall it suffers',
    segmented: 'Theo báo_cáo , nhà_thầu LMC sẽ bị thiếu_hụt khoảng 35 triệu USD so với giá_trị hợp_đồng .',
    figure: { value: 35000000, unit: 'USD', subject: 'LMC' },
  },
  {
    construction: 'subject: a news outlet ("Theo tìm hiểu của Thanh Niên,") is no holder: the figure is the topic\'s',
    segmented: 'Theo tìm_hiểu của Thanh_Niên , tỉnh Quảng_Nam đã chi 120 tỷ đồng cho các dự_án chống sạt_lở .',
    figure: { value: 120e9, unit: 'VND', subject: 'Quảng Nam' },
  },
  {
    construction: 'subject: an outlet named by its reporter ("ghi nhận của PV Tuổi_Trẻ Online") is no holder',
    segmented: 'Theo ghi_nhận của PV Tuổi_Trẻ Online , hàng_rào quanh nhà_ga chỉ cao 1,8 m .',
    figure: { value: 1.8, unit: 'other', subject: null },
  },
  {
    construction: 'subject: a news outlet that reports ("VTN đưa tin") is the source, not the holder',
    segmented: 'VTN đưa tin , công_ty đã nộp phạt 40 triệu đồng .',
    figure: { value: 40000000, unit: 'VND', subject: null },
  },
];

// ---------------------------------------------------------------- period: when
const PERIOD: ContextCase[] = [
  {
    construction: 'period: "nhiều năm qua", "từ nhiều năm nay" are no "năm qua", "năm nay"',
    segmented: 'Trong nhiều năm qua , tỉnh đã thu_hút 86 dự_án FDI .',
    figure: { value: 86, unit: 'count', period: null },
  },
  {
    construction: 'period: "tháng 6 năm ngoái" is that month of last year',
    segmented: 'Vào tháng 9 năm_ngoái , Canada áp thuế 20 % đối_với thép nhập_khẩu .',
    figure: { value: 20, unit: 'percent', period: 'rel:Y-1:09' },
  },
  {
    construction: 'period: "N năm trước" is no "năm trước" (last year)',
    segmented: 'Tỷ_trọng của Ai_Cập tăng lên 9 % , từ 3,2 % trong giai_đoạn 5 năm trước .',
    figure: { value: 3.2, unit: 'percent', period: null },
  },
  {
    construction: 'period: "Đến nay, ..." opening the sentence is up to now',
    segmented: 'Đến nay , tiến_độ chung của dự_án cầu Mỹ_Thuận 2 đạt khoảng 63 % và mục_tiêu hoàn_thành vào cuối năm 2023 .',
    figure: { value: 63, unit: 'percent', period: 'rel:..' },
  },
  {
    construction: 'period: "xuống còn B của năm nay" after "từ A của năm trước": the period joined right after the figure is its own',
    segmented: 'Tình_trạng nợ thuế vẫn phổ_biến dù tỉ_lệ nợ đã giảm từ 5,8 % của năm trước xuống còn 4,1 % của năm nay .',
    figure: { value: 4.1, unit: 'percent', period: 'rel:Y' },
  },
  {
    construction: 'period: "từ cuối tháng 7/2018 đến nay" is from that month on',
    segmented: 'Từ cuối tháng 3/2019 đến nay , Trần_Thị_Mai đã chiếm_đoạt của nhiều người trên 6 tỷ đồng .',
    figure: { value: 6e9, unit: 'VND', period: '2019-03..' },
  },
  {
    construction: 'period: a month range across years ("từ tháng 9-2017 đến tháng 3-2018")',
    segmented: 'Từ tháng 9-2017 đến tháng 3-2018 , Nguyễn_Văn_Hùng đã lừa_đảo chiếm_đoạt 1,7 tỷ đồng của 12 người .',
    figure: { value: 1.7e9, unit: 'VND', period: '2017-09..2018-03' },
  },
  {
    construction: 'period: two months in a row with one year ("trong tháng 8 và tháng 9-2016") are that range',
    segmented: 'Trong tháng 8 và tháng 9-2016 , công_ty đã giao 240 con dê giống cho các hộ nghèo .',
    figure: { value: 240, unit: 'count', period: '2016-08..2016-09' },
  },
  {
    construction: 'period: "tăng X% với năm trước" is a comparison, not the period',
    segmented: 'Tiền_lương bình_quân của khối doanh_nghiệp tư_nhân là 6,9 triệu đồng / tháng ( tăng 5,1 % với năm trước ) .',
    figure: { value: 5.1, unit: 'percent', period: null },
  },
  {
    construction: 'period: "lần đầu tiên sau năm X" is a starting point, not the period',
    segmented: 'Tăng_trưởng kinh_tế của Hàn_Quốc đạt 3,1 % ( lần đầu_tiên sau năm 2014 ) .',
    figure: { value: 3.1, unit: 'percent', period: null },
  },
  {
    construction: 'period: "(cùng kỳ tăng X%)" is the same quarter a year before',
    segmented: 'Trong quý I/2018 , xuất_khẩu hàng_hoá ước đạt 54,31 tỉ USD , tăng 22 % ( cùng kỳ tăng 12,8 % ) .',
    figure: { value: 12.8, unit: 'percent', period: '2017-Q1', metric: 'xuất khẩu hàng hoá', indicator: 'exports' },
  },
  {
    construction: 'period: "(cùng kỳ ...)" of a relative period is relative too',
    segmented: 'Trong 6 tháng đầu năm nay , nhập_khẩu hàng_hoá đạt 120 tỉ USD , tăng 10 % ( cùng kỳ tăng 8 % ) .',
    figure: { value: 8, unit: 'percent', period: 'rel:Y-1:01..06' },
  },
  {
    construction: 'period: "Năm 2017," heading the clause',
    segmented: 'Năm 2017 , thu ngân_sách của Long_An đạt 11.000 tỷ đồng .',
    figure: { value: 11000e9, unit: 'VND', period: '2017' },
  },
  {
    construction: 'period: quarter "quý I/2018"',
    segmented: 'Trong quý I/2018 , xuất_khẩu gạo của cả nước đạt 1,6 triệu tấn .',
    figure: { value: 1.6e6, unit: 'other', period: '2018-Q1' },
  },
  {
    construction: 'period: "10 tháng đầu năm 2018"',
    segmented: '10 tháng đầu năm 2018 , Hưng_Yên thu_hút 85 dự_án đầu_tư mới .',
    figure: { value: 85, unit: 'count', period: '2018-01..2018-10' },
  },
  {
    construction: 'period: "từ đầu năm 2018 đến hết tháng 10"',
    segmented: 'Từ đầu năm 2018 đến hết tháng 10 , Bình_Thuận thu ngân_sách được 6.700 tỷ đồng .',
    figure: { value: 6700e9, unit: 'VND', period: '2018-01..2018-10' },
  },
  {
    construction: 'period: month "tháng 3/2018"',
    segmented: 'Trong tháng 3/2018 , Hà_Nam thu_hút 4 dự_án FDI mới .',
    figure: { value: 4, unit: 'count', period: '2018-03' },
  },
  {
    construction: 'period: range "giai đoạn 2016-2020"',
    segmented: 'Giai_đoạn 2016-2020 , vốn đầu_tư toàn xã_hội của Thanh_Hóa đạt 12 tỷ USD .',
    figure: { value: 12e9, unit: 'USD', period: '2016..2020' },
  },
  {
    construction: 'period: range "từ năm 2012 tới 2017"',
    segmented: 'Từ năm 2012 tới 2017 , Ninh_Bình đón 35 triệu lượt khách .',
    figure: { value: 35e6, unit: 'people', period: '2012..2017' },
  },
  {
    construction: 'period: cumulative "tính đến hết năm 2017"',
    segmented: 'Tính đến hết năm 2017 , Bình_Dương có 3.500 dự_án FDI còn hiệu_lực .',
    figure: { value: 3500, unit: 'count', period: '..2017' },
  },
  {
    construction: 'period: cumulative "lũy kế đến hết năm 2017"',
    segmented: 'Lũy_kế đến hết năm 2017 , Hàn_Quốc đã đầu_tư 57,8 tỷ USD vào Việt_Nam .',
    figure: { value: 57.8e9, unit: 'USD', period: '..2017' },
  },
  {
    construction: 'period: "năm nay" without a year',
    segmented: 'Năm nay , Sóc_Trăng xuất_khẩu 800 triệu USD hàng thủy_sản .',
    figure: { value: 800e6, unit: 'USD', period: 'rel:Y' },
  },
  {
    construction: 'period: "năm ngoái"',
    segmented: 'Năm ngoái , doanh_thu du_lịch của Quảng_Bình đạt 4.700 tỷ đồng .',
    figure: { value: 4700e9, unit: 'VND', period: 'rel:Y-1' },
  },
  {
    construction: 'period: "trong 3 năm qua"',
    segmented: 'Trong 3 năm qua , Hậu_Giang thu_hút 56 dự_án đầu_tư .',
    figure: { value: 56, unit: 'count', period: 'rel:P3Y' },
  },
  {
    construction: 'period: "10 tháng đầu năm" without a year',
    segmented: '10 tháng đầu năm , kim_ngạch nhập_khẩu của Đồng_Tháp đạt 310 triệu USD .',
    figure: { value: 310e6, unit: 'USD', period: 'rel:Y:01..10' },
  },
  {
    construction: 'period: "quý I" without a year',
    segmented: 'Trong quý I , Phú_Yên giải_ngân 420 tỷ đồng vốn đầu_tư công .',
    figure: { value: 420e9, unit: 'VND', period: 'rel:Y:Q1' },
  },
  {
    construction: 'period: a comparison alone is not the period',
    segmented: 'Kim_ngạch nhập_khẩu của Lạng_Sơn tăng 15 % so với năm 2016 .',
    figure: { value: 15, unit: 'percent', period: null },
  },
  {
    construction: 'period: a year inside a name ("APEC 2017") is not the period',
    segmented: 'Bên lề APEC 2017 , các doanh_nghiệp đã ký 121 hợp_đồng kinh_tế .',
    figure: { value: 121, unit: 'count', period: null },
  },
  {
    construction: 'period: later in the clause ("... trong ba năm qua")',
    segmented: 'Tỉnh Quảng_Nam đã ký 35 thỏa_thuận hợp_tác với các đối_tác nước_ngoài trong ba năm qua .',
    figure: { value: 35, unit: 'count', period: 'rel:P3Y' },
  },
  {
    construction: 'period: "Riêng" continuation takes the period of the sentence before',
    segmented: 'Trong 6 tháng đầu năm 2018 , Phú_Thọ xuất_khẩu 2,1 tỷ USD . Riêng hàng dệt_may đạt 650 triệu USD .',
    figure: { value: 650e6, unit: 'USD', period: '2018-01..2018-06' },
  },
  {
    construction: 'period: a fresh sentence does not inherit the period before',
    segmented: 'Năm 2017 , Bắc_Kạn đón 1,2 triệu lượt khách . Vườn quốc_gia Ba_Bể có diện_tích 10.048 ha .',
    figure: { value: 10048, unit: 'other', period: null },
  },
  {
    construction: 'period: target year "đến năm 2020 đạt" is that year',
    segmented: 'Mục_tiêu đến năm 2020 , kim_ngạch xuất_khẩu của Cần_Thơ đạt 2,5 tỷ USD .',
    figure: { value: 2.5e9, unit: 'USD', period: '2020' },
  },
  {
    construction: 'period: "nửa đầu năm 2019"',
    segmented: 'Nửa đầu năm 2019 , Tuyên_Quang thu ngân_sách 1.100 tỷ đồng .',
    figure: { value: 1100e9, unit: 'VND', period: '2019-01..2019-06' },
  },
  {
    construction: 'period: "9 tháng năm 2018" (without "đầu")',
    segmented: 'Kim_ngạch xuất_khẩu 9 tháng năm 2018 của Quảng_Ngãi đạt 850 triệu USD .',
    figure: { value: 850e6, unit: 'USD', period: '2018-01..2018-09' },
  },
  {
    construction: 'period: cumulative "Lũy kế đến nay" with no year',
    segmented: 'Lũy_kế đến nay , Singapore có 2.000 dự_án đầu_tư tại Việt_Nam .',
    figure: { value: 2000, unit: 'count', period: 'rel:..' },
  },
  {
    construction: 'period: "Trong 10 tháng qua"',
    segmented: 'Trong 10 tháng qua , Quảng_Trị xuất_khẩu 150 triệu USD .',
    figure: { value: 150e6, unit: 'USD', period: 'rel:P10M' },
  },
  {
    construction: 'period: "Năm qua"',
    segmented: 'Năm qua , Bình_Định đón 4 triệu lượt khách .',
    figure: { value: 4e6, unit: 'people', period: 'rel:P1Y' },
  },
  {
    construction: 'period: "hiện có" with no period named is a stock up to now',
    segmented: 'Toàn tỉnh hiện có 3.450 hợp_tác_xã đang hoạt_động .',
    figure: { value: 3450, unit: 'count', period: 'rel:..' },
  },
  {
    construction: 'period: "đến nay" carries to the figures after it in its clause',
    segmented: 'Đến nay , huyện đã hỗ_trợ 120 hộ với tổng kinh_phí 2,4 tỷ đồng .',
    figure: { value: 2.4e9, unit: 'VND', period: 'rel:..' },
  },
  {
    construction: 'period: "thực hiện" is no "hiện"',
    segmented: 'Công_ty đã thực_hiện 45 hợp_đồng với đối_tác .',
    figure: { value: 45, unit: 'count', period: null },
  },
  {
    construction: 'period: a target after "hiện" is no stock up to now',
    segmented: 'Hiện tỉnh đạt 60 % , phấn_đấu đạt 80 % số xã đạt chuẩn .',
    figure: { value: 80, unit: 'percent', period: null, status: 'target' },
  },
  {
    construction: 'period: a year after a figure glossed in parentheses is still in its clause',
    segmented: 'Bộ này đề_nghị ngân_sách là 2,1 tỉ peso ( 40 triệu USD ) cho năm tài_khoá 2019 .',
    figure: { value: 2.1e9, unit: 'other', period: '2019' },
  },
  {
    construction: 'period: "năm tài chính 2018" is that year',
    segmented: 'Năm tài_chính 2018 , chính_phủ dự_kiến thu 42 tỉ USD từ thuế .',
    figure: { value: 42e9, unit: 'USD', period: '2018' },
  },
  {
    construction: 'period: "Nhất" ending a name is no superlative making the year a starting point',
    segmented: 'Sân_bay Tân_Sơn_Nhất đã phục_vụ 36 triệu hành_khách trong năm 2017 .',
    figure: { value: 36e6, unit: 'people', period: '2017' },
  },
  {
    construction: 'period: the day of an event opening the sentence',
    segmented: 'Ngày 23-8 , Công_ty tổ_chức khai_thác trắng trên diện_tích 3,27 ha .',
    figure: { value: 3.27, unit: 'other', period: 'rel:Y:08-23' },
  },
  {
    construction: 'period: a day with its year, after the hour',
    segmented: 'Khoảng 11h ngày 25/7/2018 , Quang liên_hệ Ân mua 400 viên thuốc_lắc .',
    figure: { value: 400, unit: 'count', period: '2018-07-25' },
  },
  {
    construction: 'period: a part of the day and its date after the figure, in its clause',
    segmented: 'Nước Pháp đã chi gần 20 triệu USD cho số tên_lửa phóng xuống lãnh_thổ Syria rạng_sáng 14-4 .',
    figure: { value: 20e6, unit: 'USD', period: 'rel:Y:04-14' },
  },
  {
    construction: 'period: a range of days',
    segmented: 'Từ ngày 17-7 đến 24-7 , Công_ty đã tiến_hành 5 đợt khai_thác .',
    figure: { value: 5, unit: 'count', period: 'rel:Y:07-17..07-24' },
  },
  {
    construction: 'period: "tới ngày 30-9" is a stock up to that day',
    segmented: 'Tới ngày 30-9 , thành_phố đã có 2.205.000 người tham_gia bảo_hiểm xã_hội .',
    figure: { value: 2205000, unit: 'people', period: 'rel:Y:..09-30' },
  },
  {
    construction: 'period: another period of the sentence wins over the day a report came out',
    segmented: 'Theo số_liệu công_bố sáng 12-7 , thương_mại hai chiều giảm 14 % trong nửa đầu năm 2019 .',
    figure: { value: 14, unit: 'percent', period: '2019-01..2019-06' },
  },
  {
    construction: 'period: the day a measure was announced is not its period',
    segmented: 'Ngày 5-12 , Bộ Thương_mại Mỹ tuyên_bố áp_dụng mức thuế trừng_phạt 265 % đối_với thép .',
    figure: { value: 265, unit: 'percent', period: null },
  },
  {
    construction: 'period: what stands now after the day of an event is a stock up to now',
    segmented: 'Tàu cá bị chìm lúc 10h ngày 2-9 , 41 ngư_dân được cứu_vớt , hiện còn 3 người đang mất_tích .',
    figure: { value: 3, unit: 'people', period: 'rel:..' },
  },
  {
    construction: 'period: a deadline day is not the period',
    segmented: 'Đơn_giá sẽ được thống_nhất trước ngày 30-10 , trước_mắt tạm_ứng 9,874 tỉ đồng .',
    figure: { value: 9.874e9, unit: 'VND', period: null },
  },
];

// ---------------------------------------------------------------- status: actual, target or forecast
const STATUS: ContextCase[] = [
  {
    construction: 'status: "phấn đấu" makes a target',
    segmented: 'Năm 2018 , Hải_Dương phấn_đấu thu ngân_sách 15.000 tỷ đồng .',
    figure: { value: 15000e9, unit: 'VND', status: 'target' },
  },
  {
    construction: 'status: "Theo kế hoạch," makes a target',
    segmented: 'Theo kế_hoạch , năm 2018 Quảng_Ngãi giải_ngân 3.200 tỷ đồng vốn đầu_tư công .',
    figure: { value: 3200e9, unit: 'VND', status: 'target' },
  },
  {
    construction: 'status: "đặt mục tiêu" makes a target',
    segmented: 'Chính_phủ đặt mục_tiêu tăng_trưởng GDP năm 2018 đạt 6,7 % .',
    figure: { value: 6.7, unit: 'percent', status: 'target', period: '2018' },
  },
  {
    construction: 'status: "X dự báo" makes a forecast',
    segmented: 'Ngân_hàng Thế_giới dự_báo tăng_trưởng kinh_tế Việt_Nam năm 2019 đạt 6,6 % .',
    figure: { value: 6.6, unit: 'percent', status: 'forecast' },
  },
  {
    construction: 'status: "Dự kiến" makes a forecast',
    segmented: 'Dự_kiến năm 2018 , kim_ngạch xuất_khẩu hàng dệt_may đạt 36 tỷ USD .',
    figure: { value: 36e9, unit: 'USD', status: 'forecast' },
  },
  {
    construction: 'status: a plan named after the figure ("vượt kế hoạch") leaves it actual',
    segmented: 'Năm 2017 , xuất_khẩu của Bến_Tre đạt 1,3 tỷ USD , vượt kế_hoạch đề ra .',
    figure: { value: 1.3e9, unit: 'USD', status: 'actual' },
  },
  {
    construction: 'status: "ước đạt" for a past year is actual',
    segmented: 'Năm 2017 , GDP bình_quân đầu người của Đà_Nẵng ước đạt 3.500 USD .',
    figure: { value: 3500, unit: 'USD', status: 'actual' },
  },
  {
    construction: 'status: "Chỉ tiêu ... là" makes a target',
    segmented: 'Chỉ_tiêu thu ngân_sách năm 2018 của Kiên_Giang là 4.500 tỷ đồng .',
    figure: { value: 4500e9, unit: 'VND', status: 'target' },
  },
  {
    construction: 'status: "Dự toán" makes a target',
    segmented: 'Dự_toán chi ngân_sách địa_phương năm 2018 của Sơn_La là 13.700 tỷ đồng .',
    figure: { value: 13700e9, unit: 'VND', status: 'target' },
  },
  {
    construction: 'status: "sẽ đạt" makes a forecast',
    segmented: 'Các chuyên_gia nhận_định xuất_khẩu hàng điện_tử năm 2019 sẽ đạt 60 tỷ USD .',
    figure: { value: 60e9, unit: 'USD', status: 'forecast' },
  },
  {
    construction: 'status: "có thể đạt" makes a forecast',
    segmented: 'Lượng kiều_hối chuyển về TP HCM năm nay có_thể đạt 6 tỷ USD .',
    figure: { value: 6e9, unit: 'USD', status: 'forecast' },
  },
  {
    construction: 'status: actual clause before a ";" and a target clause',
    segmented: 'Năm 2017 , Lào_Cai đón 3,9 triệu lượt khách ; năm 2018 , tỉnh phấn_đấu đón 4,5 triệu lượt khách .',
    figure: { value: 3.9e6, unit: 'people', status: 'actual' },
  },
  {
    construction: 'status: target clause after a ";"',
    segmented: 'Năm 2017 , Lào_Cai đón 3,9 triệu lượt khách ; năm 2018 , tỉnh phấn_đấu đón 4,5 triệu lượt khách .',
    figure: { value: 4.5e6, unit: 'people', status: 'target' },
  },
  {
    construction: 'status: a target carries to the next figure of its clause',
    segmented: 'Tỉnh Tây_Ninh phấn_đấu đến năm 2020 thu_hút 50 dự_án FDI , tổng vốn 2 tỷ USD .',
    figure: { value: 2e9, unit: 'USD', status: 'target' },
  },
  {
    construction: 'status: "cam kết" makes a target',
    segmented: 'Nhà_đầu_tư Thái_Lan cam_kết rót 1,2 tỷ USD vào dự_án điện gió tại Bạc_Liêu .',
    figure: { value: 1.2e9, unit: 'USD', status: 'target' },
  },
  {
    construction: 'status: a plain report is actual',
    segmented: 'Trong 9 tháng năm 2018 , Kon_Tum giải_ngân 1.050 tỷ đồng vốn đầu_tư công .',
    figure: { value: 1050e9, unit: 'VND', status: 'actual' },
  },
  {
    construction: 'status: "dự kiến" with "Năm tới" is a forecast',
    segmented: 'Năm tới , Long_An dự_kiến thu_hút 40 dự_án FDI .',
    figure: { value: 40, unit: 'count', status: 'forecast', period: 'rel:Y+1' },
  },
  {
    construction: 'status: "Đến năm 2030 ... dự kiến đạt" is a forecast',
    segmented: 'Đến năm 2030 , quy_mô nền kinh_tế của Hà_Nội dự_kiến đạt 120 tỷ USD .',
    figure: { value: 120e9, unit: 'USD', status: 'forecast' },
  },
  {
    construction: 'status: "Kế hoạch" in a ministry\'s name is no plan',
    segmented: 'Theo Bộ Kế_hoạch và Đầu_tư , cả nước có 12.000 doanh_nghiệp thành_lập mới trong tháng 3 .',
    figure: { value: 12000, unit: 'count', status: 'actual' },
  },
  {
    construction: 'status: "cam kết" after the head of the measured noun names committed capital, no pledge',
    segmented: 'Năm 2017 , vốn đầu_tư cam_kết của các dự_án đạt 21 tỷ USD .',
    figure: { value: 21e9, unit: 'USD', status: 'actual' },
  },
  {
    construction: 'status: "mục tiêu" heading the measured noun still names a target',
    segmented: 'Các nước cam_kết chi cho quốc_phòng đạt mục_tiêu 2 % GDP .',
    figure: { value: 2, unit: 'percent', status: 'target' },
  },
];

// ---------------------------------------------------------------- comparedTo: the period compared with
const COMPARISON: ContextCase[] = [
  {
    construction: 'comparedTo: "so với cùng kỳ năm 2017"',
    segmented: 'Trong 9 tháng đầu năm 2018 , xuất_khẩu của Long_An tăng 18 % so với cùng kỳ năm 2017 .',
    figure: { value: 18, unit: 'percent', comparedTo: '2017', period: '2018-01..2018-09' },
  },
  {
    construction: 'comparedTo: "so với năm trước" with no year in the text',
    segmented: 'Thu ngân_sách của Yên_Bái tăng 12 % so với năm trước .',
    figure: { value: 12, unit: 'percent', comparedTo: 'rel:Y-1' },
  },
  {
    construction: 'comparedTo: "so với năm 2016"',
    segmented: 'Năm 2017 , GDP của Hải_Phòng tăng 14 % so với năm 2016 .',
    figure: { value: 14, unit: 'percent', comparedTo: '2016', period: '2017' },
  },
  {
    construction: 'comparedTo: "so với cùng kỳ" with no year in the text',
    segmented: '10 tháng đầu năm , xuất_khẩu của Gia_Lai tăng 25 % so với cùng kỳ .',
    figure: { value: 25, unit: 'percent', comparedTo: 'rel:Y-1' },
  },
  {
    construction: 'comparedTo: "so với cùng kỳ năm trước" resolved by the year the sentence gives',
    gap: 'gives the relative rel:Y-1 though the sentence states the year (quý I/2018), so it is 2017',
    segmented: 'Trong quý I/2018 , vốn FDI vào Bắc_Ninh tăng 30 % so với cùng kỳ năm trước .',
    figure: { value: 30, unit: 'percent', comparedTo: '2017' },
  },
  {
    construction: 'comparedTo: none stated is null',
    segmented: 'Năm 2017 , Đắk_Nông xuất_khẩu 520 triệu USD .',
    figure: { value: 520e6, unit: 'USD', comparedTo: null },
  },
  {
    construction: 'comparedTo: the level before an increase is not compared',
    segmented: 'Năm 2017 , Đắk_Lắk xuất_khẩu 720 triệu USD , tăng 9 % so với năm 2016 .',
    figure: { value: 720e6, unit: 'USD', comparedTo: null },
  },
  {
    construction: 'comparedTo: the increase after a level is compared',
    segmented: 'Năm 2017 , Đắk_Lắk xuất_khẩu 720 triệu USD , tăng 9 % so với năm 2016 .',
    figure: { value: 9, unit: 'percent', comparedTo: '2016' },
  },
  {
    construction: 'comparedTo: multiplier "gấp 2 lần năm 2015"',
    gap: 'reads no comparison in "gấp 2 lần năm 2015" without "so với", so comparedTo stays null',
    segmented: 'Năm 2017 , doanh_thu du_lịch của Quảng_Nam gấp 2 lần năm 2015 .',
    figure: { value: 2, unit: 'other', comparedTo: '2015' },
  },
  {
    construction: 'comparedTo: "so với quý I/2017"',
    segmented: 'Trong quý I/2018 , nhập_khẩu của Hà_Nội giảm 4 % so với quý I/2017 .',
    figure: { value: 4, unit: 'percent', comparedTo: '2017-Q1' },
  },
  {
    construction: 'comparedTo: "so với tháng trước" is the month before the stated one',
    gap: 'reads no period in "tháng trước", so comparedTo stays null instead of 2018-05',
    segmented: 'Chỉ_số giá tiêu_dùng tháng 6/2018 tăng 0,61 % so với tháng trước .',
    figure: { value: 0.61, unit: 'percent', comparedTo: '2018-05' },
  },
  {
    construction: 'comparedTo: "so với tháng 12/2017"',
    segmented: 'Chỉ_số giá tiêu_dùng tháng 6/2018 tăng 2,16 % so với tháng 12/2017 .',
    figure: { value: 2.16, unit: 'percent', comparedTo: '2017-12' },
  },
  {
    construction: 'comparedTo: counted increase "tăng 3 dự án so với cùng kỳ năm 2017"',
    segmented: 'Trong 6 tháng đầu năm 2018 , Vĩnh_Long thu_hút 12 dự_án , tăng 3 dự_án so với cùng kỳ năm 2017 .',
    figure: { value: 3, unit: 'count', comparedTo: '2017' },
  },
  {
    construction: 'comparedTo: "so với năm ngoái" with "năm nay" as the period',
    segmented: 'Lượng khách quốc_tế đến Phú_Quốc năm nay tăng 35 % so với năm ngoái .',
    figure: { value: 35, unit: 'percent', comparedTo: 'rel:Y-1', period: 'rel:Y' },
  },
  {
    construction: 'comparedTo: range "so với giai đoạn 2011-2015"',
    segmented: 'Giai_đoạn 2016-2020 , vốn FDI vào Bình_Phước tăng gấp 3 lần so với giai_đoạn 2011-2015 .',
    figure: { value: 3, unit: 'other', comparedTo: '2011..2015', period: '2016..2020' },
  },
  {
    construction: 'comparedTo: "so với dự toán" is no period',
    segmented: 'Năm 2017 , Trà_Vinh thu ngân_sách vượt 10 % so với dự_toán .',
    figure: { value: 10, unit: 'percent', comparedTo: null },
  },
  {
    construction: 'comparedTo: an increase after a target keeps "so với năm 2017"',
    segmented: 'Năm 2018 , Sơn_La phấn_đấu đạt tổng thu ngân_sách 4.300 tỷ đồng , tăng 8 % so với năm 2017 .',
    figure: { value: 8, unit: 'percent', comparedTo: '2017', status: 'target' },
  },
  {
    construction: 'comparedTo: multiplier "tăng gấp 2 lần so với năm 2015"',
    segmented: 'Năm 2017 , doanh_thu du_lịch của Hội_An tăng gấp 2 lần so với năm 2015 .',
    figure: { value: 2, unit: 'other', comparedTo: '2015' },
  },
];

export const CONTEXT_PHRASINGS: ContextCase[] = [...METRIC, ...SUBJECT, ...PERIOD, ...STATUS, ...COMPARISON];
