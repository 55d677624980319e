// Words that place a figure in its sentence: whose it is, whether it is planned or reported, and
// which sentences continue the one before. Single words are WordSets, matched token by token.
import { PhraseList, WordSet } from './sets.js';

/**
 * Openings of a sentence that continues the one before it ("Trong đó", "Riêng", "Ở chiều
 * ngược lại"): its figures take that sentence's period and subject.
 */
export const CONTINUATIONS = new PhraseList([
  'trong đó', 'riêng', 'chỉ tính riêng', 'tính riêng', 'ở chiều ngược lại', 'chiều ngược lại', 'cụ thể', 'bao gồm',
  'trong số này', 'trong số đó', 'ngoài ra', 'bên cạnh đó', 'đáng chú ý', 'đặc biệt', 'về nhập khẩu', 'về xuất khẩu',
  'còn', 'tương tự', 'với', 'cùng kỳ',
]);

/** Words before a figure that make it a target or plan ("mục tiêu đạt 300 tỷ USD", "dự toán thu"). */
export const TARGET_CUES = new PhraseList([
  'kế hoạch', 'mục tiêu', 'phấn đấu', 'dự toán', 'chỉ tiêu', 'đặt ra', 'đề ra', 'hướng tới', 'nhắm tới', 'nhắm đến',
  'đặt mục tiêu', 'cam kết', 'quy hoạch', 'định hướng', 'chiến lược', 'lộ trình',
]);

/** Words before a figure that make it a forecast ("dự báo", "dự kiến", "sẽ đạt"). */
export const FORECAST_CUES = new PhraseList([
  'dự báo', 'dự kiến', 'dự đoán', 'kỳ vọng', 'triển vọng', 'sẽ đạt', 'sẽ tăng', 'sẽ giảm', 'có thể đạt', 'có thể tăng',
  'có thể lên', 'có thể giảm', 'sẽ lên', 'sẽ ở mức', 'ước tính sẽ', 'ước sẽ', 'dự tính', 'tiên liệu',
]);

/** "ước tính", "ước đạt": an estimate, a forecast only when the period is still to come. */
export const ESTIMATE_CUES = new PhraseList(['ước tính', 'ước đạt', 'ước', 'ước khoảng']);

/** Verbs after a body that make it the source of the figure, not its holder ("Tổng cục Thống kê cho biết"). */
export const REPORTING_VERBS = new PhraseList([
  'cho biết', 'cho hay', 'công bố', 'thông báo', 'báo cáo', 'thông tin', 'nhận định', 'ước tính', 'dự báo', 'đánh giá',
  'nhấn mạnh', 'khẳng định', 'phát biểu', 'tuyên bố', 'dẫn', 'dẫn nguồn', 'trích dẫn', 'nói', 'nêu rõ', 'tiết lộ',
  'đưa tin', 'loan tin', 'đăng tải', 'phản ánh', 'tường thuật',
]);

/** Verbs of thinking and speaking after a person: a person doing them is a speaker, no holder ("ông Tuấn cho rằng ..."). */
export const SPEAKING_VERBS = new PhraseList([
  'cho rằng', 'chia sẻ', 'nhận xét', 'thừa nhận', 'giải thích', 'kể', 'trả lời', 'đề nghị', 'kiến nghị', 'yêu cầu',
  'lo ngại', 'băn khoăn', 'nhớ lại', 'phân tích', 'khuyến cáo', 'lưu ý', 'bày tỏ', 'hy vọng', 'hi vọng', 'xác nhận', 'nêu',
]);

/** What a person is called by before the name ("bị cáo Nguyễn Văn A", "ông Dũng"). */
export const PERSON_HEADS = new PhraseList([
  'đối tượng', 'bị cáo', 'bị can', 'nghi phạm', 'nghi can', 'ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'cô', 'chú', 'vợ chồng',
]);

/** Words a clause's actor may follow ("Sau đó, bị cáo Nguyễn Văn A chiếm đoạt ..."): after any other word a person is an object. */
export const ACTOR_BEFORE = new PhraseList(['và', 'thì', 'nhưng', 'còn', 'khi', 'rồi', 'sau đó', 'trong đó', 'ngoài ra', 'riêng', 'đến nay', 'hiện']);

/** Words that name a source before it ("Theo Tổng cục Thống kê,", "Số liệu của Bộ Công Thương"). */
export const SOURCE_BEFORE = new PhraseList(['theo', 'số liệu của', 'số liệu từ', 'thống kê của', 'báo cáo của', 'dữ liệu của', 'nguồn']);

/** Words before a place that make it a partner or destination, not the holder ("xuất khẩu sang Mỹ"). */
export const PARTNER_BEFORE = new WordSet(['sang', 'vào', 'tới', 'đến', 'với', 'cho', 'từ', 'tại', 'ở', 'trên']);

/** Of those, the ones that set a sentence's scene when they open it ("Tại Indonesia, ..."): the place is then its topic. */
export const SCENE_BEFORE = new WordSet(['tại', 'ở', 'trên']);

/** Of those, the ones before where something happened ("tại Pendeglang ... 92 người thiệt mạng"): such a place holds what no flow is. */
export const EVENT_PLACE_BEFORE = new WordSet(['tại', 'ở']);

/** Words before a body that make it the agent of a passive ("được Bộ Ngoại giao triển khai"), not the holder. */
export const PASSIVE_AGENT_BEFORE = new WordSet(['được', 'bởi', 'do']);

/** Plural and quantifying words: a capitalised word after them is a common noun's name ("các FTA"), not a holder. */
export const NOT_BEFORE_NAME_HOLDER = new WordSet(['các', 'những', 'mọi', 'mỗi', 'từng', 'nhiều', 'vài', 'một']);

/** Heads of a named project or works ("dự án cầu Vĩnh Thịnh", "Nhiệt điện Thái Bình 2"): with the name after them, a holder. */
export const PROJECT_HEADS = new PhraseList([
  'dự án', 'công trình', 'nhà máy', 'nhiệt điện', 'thủy điện', 'thuỷ điện', 'điện gió', 'điện mặt trời', 'tuyến metro',
  'metro', 'tuyến đường sắt', 'đường sắt', 'đường cao tốc', 'cao tốc', 'sân bay', 'cảng hàng không', 'khu công nghiệp',
  'khu kinh tế', 'khu đô thị', 'mỏ', 'lô',
]);

/**
 * Words that stand for a holder named earlier ("tỉnh đã ký", "nước này", "của Tập đoàn tăng"): each
 * with the kind of holder it refers to. A body's head (without its demonstrative) stands for the last body opening with it.
 */
export const ANAPHORS: readonly (readonly [phrase: string, refersTo: 'province' | 'country' | 'body'])[] = [
  ['tỉnh', 'province'], ['thành phố', 'province'], ['tp', 'province'], ['nước này', 'country'], ['quốc gia này', 'country'],
  ['tập đoàn', 'body'], ['tổng công ty', 'body'], ['công ty', 'body'], ['ngân hàng', 'body'], ['dự án', 'body'],
  // heads that also open descriptions ("hãng hàng không Vietjet") stand for a body only with a demonstrative
  ['uỷ ban này', 'body'], ['ủy ban này', 'body'], ['hãng này', 'body'], ['quỹ này', 'body'], ['hiệp hội này', 'body'], ['tổ chức này', 'body'],
];

/** Heads of a sector named after them in lowercase ("ngành xi măng", "lĩnh vực nông nghiệp"): with the name, a holder. */
export const SECTOR_HEADS = new PhraseList(['ngành', 'lĩnh vực', 'toàn ngành']);

/** Heads of a sector named by an acronym only ("khối FDI"): "khối lượng" is a volume. */
export const SECTOR_ACRONYM_HEADS = new PhraseList(['khối', 'khu vực']);

/** Sectors named whole ("khu vực ngoài nhà nước", "doanh nghiệp FDI"): holders as they stand. */
export const SECTORS = new PhraseList([
  'khu vực nhà nước', 'khu vực ngoài nhà nước', 'khu vực kinh tế nhà nước', 'khu vực kinh tế tư nhân', 'khu vực tư nhân',
  'khu vực FDI', 'khu vực có vốn đầu tư nước ngoài', 'khu vực đầu tư nước ngoài', 'doanh nghiệp FDI', 'doanh nghiệp nhà nước',
  'doanh nghiệp có vốn đầu tư nước ngoài', 'doanh nghiệp nội địa', 'doanh nghiệp trong nước', 'doanh nghiệp dân doanh',
  'doanh nghiệp tư nhân', 'kinh tế tư nhân',
]);

/** Words before a sector head that make it no sector's name ("bộ ngành", "liên ngành", "đa ngành"). */
export const NOT_BEFORE_SECTOR = new WordSet(['bộ', 'liên', 'đa', 'chuyên', 'các', 'những', 'nhiều', 'mọi', 'mỗi', 'từng']);

/** First syllables of what a sector measures, where its name stops ("ngành nông nghiệp | xuất khẩu"). */
export const SECTOR_NAME_STOPS = new WordSet([
  'xuất', 'nhập', 'kim', 'doanh', 'vốn', 'giá', 'lợi', 'tổng', 'tốc', 'tỷ', 'tỉ', 'thu', 'chi', 'mức', 'số', 'lượng', 'năng', 'quy',
]);

/** How often, after a figure ("lợi nhuận 20-25% hằng năm"): no noun a share is of. */
export const FREQUENCIES = new PhraseList([
  'hằng năm', 'hàng năm', 'mỗi năm', 'hằng tháng', 'hàng tháng', 'mỗi tháng', 'hằng quý', 'hàng quý', 'mỗi quý',
  'hằng ngày', 'hàng ngày', 'mỗi ngày', 'hằng tuần', 'hàng tuần', 'mỗi tuần', 'một năm', 'một tháng', 'mỗi',
]);

/** "xuất khẩu và nhập khẩu lần lượt giảm 2% và 8,3%": figures that go with a list's items in order. */
export const RESPECTIVELY = new PhraseList(['lần lượt', 'tương ứng', 'theo thứ tự']);

/** Words that stand for a figure stated before ("Con số này cho năm 2019 ước tính hơn 7.200 tỷ đồng"): it measures the same. */
export const METRIC_ANAPHORS = new PhraseList(['con số này', 'con số đó', 'con số trên', 'số liệu này', 'mức này', 'mức đó', 'tỷ lệ này', 'tỉ lệ này', 'chỉ số này']);

/** Heads that name a figure, not what it measures ("thấp hơn con số 29,92 tỉ USD"): it measures what the figure before it does. */
export const GENERIC_FIGURES: readonly string[] = ['con số', 'số liệu'];

/** Words that name a figure's owner after its noun ("11,5 km đường thuộc dự án X", "800 chủ hộ của dự án X"). */
export const BELONGING = new WordSet(['thuộc', 'của']);

/** Conjunctions that set a second holder's figure beside the first's ("..., trong khi Nga chỉ là 37,7 tỷ USD"). */
export const CONTRASTS = new PhraseList(['trong khi', 'trong lúc', 'còn', 'nhưng', 'và', 'so với']);

/** Words that make a figure two places' ("thương mại hai chiều", "kim ngạch song phương"): no one country holds it. */
export const BILATERAL = new PhraseList(['hai chiều', 'song phương', 'giữa hai nước', 'hai nước', 'hai bên']);

/** Words naming the country itself in its own news ("cả nước", "nước ta"). */
export const NATIONAL_SELF = new PhraseList(['cả nước', 'nước ta', 'toàn quốc', 'nền kinh tế nước ta', 'đất nước ta']);

/** A nation's bodies named without their country: the figures they set or report are the nation's ("Chính phủ đặt mục tiêu ..."). */
export const NATIONAL_BODIES: ReadonlySet<string> = new Set(['Chính phủ', 'Quốc hội', 'Nhà nước']);

/** Goods named with their origin ("mặt hàng của Mỹ", "hàng hoá nhập khẩu từ Trung Quốc"): in a sentence about a tariff, the origin is its target. */
export const GOODS = new PhraseList(['hàng', 'hàng hoá', 'hàng hóa', 'mặt hàng', 'sản phẩm', 'nông sản']);

/**
 * Nouns of what flows between two places, before the word of its direction and the other place ("nhập siêu từ Trung Quốc",
 * "hàng hoá nhập khẩu từ Mỹ", "xuất khẩu sang Nhật Bản"): a figure of the flow is the pair's.
 */
export const FLOW_NOUNS = new PhraseList(['nhập khẩu', 'xuất khẩu', 'nhập siêu', 'xuất siêu', 'thâm hụt', 'thặng dư', 'hàng', 'hàng hoá', 'hàng hóa', 'mặt hàng', 'nông sản', 'đầu tư']);
/** Words of a flow's direction before the other place ("từ", "sang", "vào"). */
export const FLOW_DIRECTIONS = new WordSet(['từ', 'sang', 'vào']);

/**
 * Links between a clause's comma and the figure that closes it ("Khách quốc tế tăng mạnh, đạt 4,2 triệu lượt", "Suất đầu tư
 * khá thấp, chỉ 181,5 tỉ đồng/km", "tỉ lệ bao phủ cao nhất cả nước, với 52,25%"): the figure is the value of the noun the
 * sentence opens with.
 */
export const CLAUSE_LINKS = new PhraseList(['đạt', 'với', 'chỉ', 'chỉ còn', 'còn', 'lên', 'lên tới', 'lên đến', 'lên mức', 'ở mức', 'xuống', 'xuống còn', 'xuống mức']);

/** Words of what a clause says of its noun, closing it before such a link ("khá thấp", "cao nhất", "tăng mạnh"). */
export const EVALUATIONS = new WordSet(['khá', 'rất', 'quá', 'hơi', 'cao', 'thấp', 'lớn', 'nhỏ', 'nhất', 'hơn', 'mạnh', 'nhẹ', 'nhanh', 'chậm']);

/** Words that make a sentence about a tariff. */
export const TARIFF_WORDS = new PhraseList(['thuế', 'áp thuế', 'thuế quan', 'đánh thuế']);

/** Academic degrees written before names ("PGS.TS Nguyễn Văn A", "các TS, TSKH, PGS, GS"): no holders. */
export const DEGREES = new WordSet(['TS', 'ThS', 'PGS', 'GS', 'TSKH', 'BS', 'KTS', 'NCS', 'CN', 'BSCKI', 'BSCKII']);

/**
 * Abbreviations that name no holder: a reporter ("PV"), a birth year ("SN 1990"), a plate, an identity card or a licence
 * ("BKS", "CMND", "GPLX"), a firm's legal form or an officer's post ("MTV", "GĐ", "PGĐ").
 */
export const NOT_HOLDER_ABBREVIATIONS = new WordSet(['PV', 'SN', 'BKS', 'CMND', 'CCCD', 'GPLX', 'MTV', 'GĐ', 'PGĐ', 'TGĐ', 'SĐT']);

/** Words opening an aside between commas after a person's name ("Nguyễn Văn A, SN 1985, trú tại xã X, đã ..."). */
export const APPOSITIVE_OPENERS = new PhraseList(['SN', 'sinh năm', 'nguyên', 'cựu', 'là', 'quê', 'quê ở', 'quê quán', 'ngụ', 'ngụ tại', 'ngụ ở', 'trú', 'trú tại', 'trú ở', 'thường trú', 'tạm trú']);

/** Words of an effect on a measure ("tác động đến tăng trưởng GDP là 0,166%", "làm giảm GDP 0,5%"): the figure is the effect, no value of the measure. */
export const IMPACT_CUES = new PhraseList(['tác động đến', 'tác động tới', 'ảnh hưởng đến', 'ảnh hưởng tới', 'làm tăng', 'làm giảm', 'kéo giảm']);

/** Words before a nationality ("tàu Castor N, quốc tịch Cyprus", "tàu mang cờ Panama"): the country is an attribute, no holder. */
export const NATIONALITY_BEFORE = new PhraseList(['quốc tịch', 'mang quốc tịch', 'mang cờ', 'treo cờ', 'người gốc']);

/** Words before a person's home ("ngụ huyện Hoà Vang", "trú tại xã X"): the place is an address, no holder. */
export const RESIDENCE_BEFORE = new PhraseList(['ngụ', 'ngụ tại', 'ngụ ở', 'trú', 'trú tại', 'trú ở', 'thường trú', 'tạm trú', 'quê', 'quê ở', 'quê quán']);

/** Levels of a province's body ("UBND TP", "UBND tỉnh") and of a home's address after its local units ("..., tỉnh Nghệ An"). */
export const PROVINCE_LEVEL_WORDS = new PhraseList(['tỉnh', 'TP', 'thành phố']);

/** Heads of a local unit below a province ("huyện Hương Khê", "xã Hành Tín Đông"): with its name, a holder. */
export const LOCAL_UNIT_HEADS = new PhraseList(['huyện', 'xã', 'quận', 'phường', 'thị xã', 'thị trấn', 'bang', 'tiểu bang']);
/** Words before such a head that make it part of another word ("Liên bang Nga", "Chính phủ liên bang"). */
export const NOT_LOCAL_UNIT_BEFORE = new WordSet(['liên']);

/**
 * Heads of a firm or a bank named in running text by its short name ("công ty Hoàng Quân", "tập đoàn Vingroup",
 * "ngân hàng Vietcombank"): written lowercase, head and name together hold the firm's figures.
 */
export const FIRM_HEADS = new PhraseList(['công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'hãng', 'doanh nghiệp', 'liên doanh', 'nhà thầu', 'tổng thầu', 'chủ đầu tư', 'nhà đầu tư']);

/**
 * Police, prosecutors, courts and investigators ("Công an huyện Ea Kar", "HĐXX", "TAND TP. HCM", "CQĐT"): they seize, charge,
 * fine and sentence, and what they count belongs to the suspects, victims and firms of the case, never to them.
 */
export const JUSTICE_BODIES = new PhraseList([
  'công an', 'cảnh sát', 'phòng cảnh sát', 'đội cảnh sát', 'cơ quan công an', 'cơ quan cảnh sát điều tra', 'cơ quan CSĐT', 'cơ quan điều tra',
  'CQĐT', 'CSĐT', 'CQCSĐT', 'viện kiểm sát', 'VKS', 'VKSND', 'toà án', 'TAND', 'hội đồng xét xử', 'HĐXX', 'bộ đội biên phòng', 'BĐBP',
  'đồn biên phòng', 'cục cảnh sát', 'CSGT', 'CSCĐ', 'CSHS', 'CSKT', 'PC45', 'PC47', 'PC46', 'PC02', 'PC03', 'PC04',
]);

/**
 * Capitalised first words of a sentence that open no name even before another capitalised word: a time ("Dịp Tết", "Sáng
 * Chủ nhật"), a nominaliser ("Việc HTX thu phí"), an honorific ("Cụ Oki") or a preposition ("Ngoài Thiện bị bắt giữ").
 */
export const NOT_NAME_OPENERS = new WordSet(['dịp', 'việc', 'cụ', 'ngày', 'đêm', 'sáng', 'chiều', 'tối', 'trưa', 'mùa', 'hồi', 'thời', 'kỳ', 'nhân', 'tết', 'lúc', 'cuộc', 'chuyện', 'vụ', 'ngoài', 'trừ', 'nhờ', 'giống', 'đối']);

/**
 * "Now" in a figure's clause ("cả nước hiện có hơn 26.500 dự án FDI", "đến nay đã trao trả 39,3 triệu đồng"): with no period
 * named, the figure stands up to the present (`rel:..`).
 */
export const UP_TO_NOW = new PhraseList([
  'hiện nay', 'hiện tại', 'hiện giờ', 'hiện', 'đến nay', 'tới nay', 'cho đến nay', 'đến thời điểm này', 'tới thời điểm này', 'đến thời điểm hiện tại',
]);

/** Second syllables that make "hiện" a word of its own ("hiện đại", "hiện trường", "hiện ra"), no adverb. */
export const HIEN_WORD_SECONDS = new WordSet(['đại', 'trường', 'tượng', 'vật', 'diện', 'hành', 'thực', 'trạng', 'hữu', 'ra', 'lên', 'hình', 'thân', 'tình']);

/**
 * Heads of bodies and the levels they sit at ("Ban", "Phòng", "UBND huyện", "HĐQT", "Sở"): a holder made only of them names
 * no one ("Ban quản lý dự án" read as "Ban"; "Chủ tịch HĐQT"), and holds nothing.
 */
export const BODY_HEAD_WORDS = new PhraseList([
  'ban', 'phòng', 'đội', 'bộ', 'sở', 'trường', 'cục', 'tổng cục', 'chi cục', 'viện', 'hội', 'quỹ', 'trung tâm', 'văn phòng', 'vụ', 'ngành',
  'UBND', 'HĐND', 'HĐQT', 'BTC', 'NĐT', 'BQL', 'BQLDA', 'BCH', 'BGĐ', 'ĐH', 'BV', 'DN', 'CTCP', 'tổng CTCP', 'uỷ ban', 'hội đồng', 'ban quản lý',
  'tỉnh', 'TP', 'thành phố', 'huyện', 'xã', 'quận', 'phường', 'thị xã', 'thị trấn', 'nhân dân', 'trung ương', 'tổ', 'CLB', 'THPT', 'THCS',
]);

/** Heads of a body whose name may follow in common words ("Ban quản lý đường sắt đô thị", "BQLDA nông nghiệp", "Sở Xây_dựng"). */
export const NAMED_BODY_HEADS = new PhraseList([
  'ban', 'ban quản lý', 'BQL', 'BQLDA', 'sở', 'phòng', 'cục', 'chi cục', 'tổng cục', 'viện', 'trung tâm', 'hội', 'quỹ',
]);

/**
 * Heads of a made thing or a place people use named by a capitalised name ("tên lửa Scalp", "tàu Castor N", "phim Air Strike",
 * "chợ Hạ Long"): head and name together hold what measures it (its range, price, capacity, stalls).
 */
export const PRODUCT_HEADS = new PhraseList([
  'tên lửa', 'tên lửa hành trình', 'máy bay', 'máy bay chiến đấu', 'chiến đấu cơ', 'tiêm kích', 'trực thăng', 'tàu', 'tàu sân bay', 'tàu ngầm',
  'tàu khu trục', 'khinh hạm', 'chiến hạm', 'du thuyền', 'siêu du thuyền', 'tàu du lịch', 'tàu cá', 'xe tăng', 'vệ tinh', 'tàu vũ trụ',
  'điện thoại', 'mẫu xe', 'dòng xe', 'mẫu điện thoại', 'phim', 'bộ phim', 'game', 'trò chơi', 'ứng dụng',
  // places people run and use: "toàn chợ Hạ Long có gần 1.500 điểm kinh doanh", "bệnh viện Chợ Rẫy tiếp nhận 5.000 ca"
  'chợ', 'bệnh viện', 'chung cư', 'khách sạn', 'cầu', 'cảng', 'bến xe', 'ga', 'siêu thị', 'trung tâm thương mại', 'khu du lịch',
]);

/** Legal forms after a firm's head ("công ty TNHH MTV quản lý ..."): no name of their own. */
export const LEGAL_FORMS = new WordSet(['TNHH', 'MTV', 'CP', 'CTCP', 'TMCP', 'JSC', 'Cổ', 'Phần', 'XNK', 'TM', 'DV', 'SX']);

/**
 * Aspect, voice and negation opening a relative clause inside a noun phrase: after a counted noun it says which are
 * counted ("735.000 người chưa tham gia bảo hiểm y tế", "17 dự án được bố trí vốn", "2,9 triệu người lao động đang làm
 * việc"); before a copula it qualifies the subject ("số tiền đã lấy là X"). See also PREDICATE_MARKERS.
 */
export const RELATIVE_MARKERS = new WordSet(['chưa', 'được', 'đang', 'đã', 'bị', 'không', 'thuộc', 'phải']);

/** Quantifiers after "được" or "bị" that open an agent ("được nhiều phụ huynh đồng tình"): a passive predicate, no relative clause. */
export const AGENT_QUANTIFIERS = new WordSet(['các', 'những', 'mọi', 'nhiều', 'đông']);

/**
 * Verbs that open a clause qualifying a counted noun without a marker ("70 huyện đạt chuẩn nông thôn mới", "200 hộ có nguy cơ
 * sạt lở"): what is counted is the noun with its clause.
 */
export const QUALIFYING_VERBS = new PhraseList(['đạt chuẩn', 'có nguy cơ', 'có nhu cầu', 'có hoàn cảnh', 'vi phạm', 'nợ đọng', 'nợ thuế']);
/** Words that close such a clause by themselves ("2 đối tượng còn lại hiện đã bỏ trốn"). */
export const REMAINDER_WORDS = new PhraseList(['còn lại']);

/** A level on a scale whose value a figure glosses in parentheses ("mạnh cấp 8 (60-75 km/h)"). */
export const GLOSSED_LEVELS = new WordSet(['cấp']);

/** Classifiers: "36.897 chiếc xe" measures "xe"; a classifier alone measures nothing. */
export const CLASSIFIERS = new WordSet([
  'chiếc', 'con', 'cái', 'căn', 'ngôi', 'tòa', 'toà', 'bức', 'tấm', 'quả', 'cây', 'cuốn', 'quyển', 'bộ', 'đôi',
  'cặp', 'chuyến', 'lượt', 'vụ', 'cuộc', 'mảnh', 'thửa', 'khẩu', 'sợi', 'tờ', 'bản',
]);

/**
 * Words opening with a classifier's syllable that are nouns of their own, or the measured thing themselves ("45 chuyến thăm"
 * keeps "chuyến thăm", "2 con nhỏ" is "con nhỏ", "3 con bạc" are gamblers, no silver).
 */
export const CLASSIFIER_HEADS = new PhraseList([
  'căn hộ', 'toà nhà', 'ngôi nhà', 'căn nhà', 'chuyến thăm', 'chuyến bay', 'chuyến đi', 'chuyến công tác', 'lượt khách', 'lượt người',
  'lượt xem', 'lượt truy cập', 'vụ án', 'vụ việc', 'vụ mùa', 'cuộc họp', 'cuộc gặp', 'cuộc thi', 'cuộc chiến', 'cuộc sống', 'bản ghi nhớ',
  'bản án', 'bản đồ', 'bản sao', 'bộ trưởng', 'bộ ngành', 'bộ phận', 'bộ đội', 'bộ luật', 'bộ môn', 'bộ sưu tập', 'cây số',
  'cây xăng', 'con số', 'con trai', 'con gái', 'con nhỏ', 'con cái', 'con nuôi', 'con ruột', 'con riêng', 'con đẻ', 'con thơ', 'con út',
  'con cả', 'con dâu', 'con rể', 'con cháu', 'con em', 'con tin', 'con nợ', 'con bạc', 'con nghiện', 'con người', 'căn cứ', 'toà án',
  'tòa án', 'tờ khai', 'tờ trình', 'cái chết',
]);

/** Words before the place a visitor goes to ("khách quốc tế đến Đà Nẵng", "du khách tới Việt Nam", "khách Nga đổ về châu Á"). */
export const DESTINATION_BEFORE = new WordSet(['đến', 'tới', 'vào', 'thăm', 'về']);

/** The same period before, in parentheses after a figure ("(cùng kỳ tăng 12,8%)"): its figure measures the same. */
export const SAME_PERIOD_BEFORE = new PhraseList(['cùng kỳ', 'cùng kỳ năm trước', 'cùng kỳ năm ngoái']);

/** Heads of a counted quantity named before its value ("số khách quốc tế ... đạt 3,5 triệu lượt"). */
export const COUNT_HEADS = new PhraseList(['số', 'tổng số', 'số lượng', 'tổng số lượng', 'lượng']);

/**
 * News outlets and agencies ("Tuổi Trẻ Online", "Báo Tiền Phong", "Reuters"): they report figures, they never hold them. Matched
 * on the whole name, after a head ("báo", "tờ", "đài", "hãng tin", "trang").
 */
export const NEWS_OUTLETS = new PhraseList([
  'Tuổi Trẻ', 'Tuổi Trẻ Online', 'Thanh Niên', 'Người Lao Động', 'Lao Động', 'Tiền Phong', 'Dân Trí', 'VnExpress', 'Zing', 'Zing.vn',
  'Zing News', 'Vietnamnet', 'VietNamNet', 'VTC', 'VTC News', 'VOV', 'VTV', 'TTXVN', 'Thông tấn xã Việt Nam', 'Nhân Dân', 'Quân đội nhân dân',
  'Công an nhân dân', 'An ninh Thủ đô', 'Sài Gòn Giải Phóng', 'SGGP', 'Pháp luật TP. HCM', 'Giao Thông', 'Kiến Thức', 'Đất Việt', 'Dân Việt',
  'Công Lý', 'Infonet', 'Soha', 'Kenh14', 'Vietnam Plus', 'VietnamPlus', 'Thời báo Kinh tế Sài Gòn', 'Đầu tư', 'Reuters', 'AFP', 'AP',
  'CNN', 'BBC', 'Bloomberg', 'CNBC', 'Xinhua', 'Tân Hoa Xã', 'Yonhap', 'Kyodo', 'NHK', 'Sputnik', 'TASS', 'RT', 'Al Jazeera', 'Guardian',
  'The Guardian', 'New York Times', 'The New York Times', 'Washington Post', 'The Washington Post', 'Wall Street Journal',
  'The Wall Street Journal', 'South China Morning Post', 'Financial Times', 'Mirror', 'Daily Mail', 'ABC', 'Fox News', 'NBC', 'CBS',
  'Nikkei Asian Review', 'Global Times', 'Thời báo Hoàn cầu', 'Straits Times', 'The Straits Times', 'Bangkok Post', 'Channel News Asia',
]);

/** Heads before a news outlet's name ("báo Thanh Niên", "tờ Mirror", "đài BBC", "PV Tuổi Trẻ Online" of its reporter). */
export const OUTLET_HEADS = new PhraseList(['PV', 'phóng viên', 'báo', 'tờ', 'tờ báo', 'đài', 'hãng tin', 'hãng thông tấn', 'trang', 'trang tin', 'kênh', 'tạp chí', 'nhật báo']);

/** Verbs spending an amount on a purpose named after it ("chi 16 tỉ USD để hỗ trợ nông dân", "dùng 2.500 tỉ đồng cho ..."). */
export const SPENDING_VERBS = new PhraseList(['chi', 'chi ra', 'dùng', 'sử dụng', 'bỏ ra', 'dành', 'rót', 'tiêu', 'tiêu tốn']);

/** Links after a spent amount that open its purpose: "cho" stays in the metric ("chi cho ..."), "để" does not ("chi mua ..."). */
export const PURPOSE_LINKS = new PhraseList(['cho', 'để', 'vào']);

/** Plural words opening a purpose ("cho các hoạt động"), dropped from it. */
export const PURPOSE_PLURALS = new WordSet(['các', 'những']);

/** Words restating an amount ("tương đương 1 tỉ USD"): alone, no metric. */
export const RESTATEMENTS = new PhraseList(['tương đương', 'tương ứng', 'tức là']);

/** Words that end a measured noun phrase read rightwards (verbs and particles, not nouns). */
export const NOUN_PHRASE_ENDS = new WordSet([
  'đạt', 'tăng', 'giảm', 'là', 'được', 'bị', 'đã', 'đang', 'sẽ', 'vừa', 'mới', 'thành', 'trị', 'chiếm', 'lên',
  'xuống', 'còn', 'với', 'so', 'và', 'hoặc', 'trong', 'tại', 'ở', 'từ', 'đến', 'tới', 'vào', 'sang', 'cho', 'theo',
  'như', 'nhưng', 'mà', 'thì', 'khi', 'nếu', 'để', 'do', 'vì', 'bởi', 'này', 'đó', 'kia', 'ấy', 'nào', 'hơn',
  'trên', 'dưới', 'nhằm', 'gồm', 'có', 'không', 'chưa', 'cũng', 'đều', 'vẫn', 'nữa', 'rồi', 'ra', 'lại', 'qua',
  'năm', 'tháng', 'quý', 'ngày', 'tuần', 'sau', 'trước', 'khoảng', 'gần', 'hết', 'thêm', 'tương', 'ước', 'bằng',
  'về', 'cùng', 'giữa', 'thuộc', 'nên', 'phải', 'cần', 'muốn', 'tham', 'tổ', 'diễn', 'ký', 'đăng', 'thực', 'trở',
]);

/** Compounds a word-by-word reader must not cut where their second syllable is also a verb ("xe tăng", "giá trị"). */
export const COMPOUNDS = new PhraseList([
  'độ cao', 'độ sâu', 'độ dài', 'độ rộng', 'độ dày', 'độ lớn', 'chiều cao', 'chiều dài', 'chiều rộng', 'chiều sâu', 'bề rộng', 'bề dày', 'bề ngang',
  'xe tăng', 'giá trị', 'tổng trị giá', 'trị giá', 'đăng ký', 'thực hiện', 'tham gia', 'tham dự', 'tổ chức',
  'diễn ra', 'ký kết', 'thành lập', 'thành viên', 'thành phố', 'hơn nữa', 'tương đương', 'bình quân', 'có hiệu lực',
  'vốn đăng ký', 'ra đời', 'tăng trưởng', 'trở lên', 'năm học', 'cùng kỳ', 'thương mại', 'ngoại thương', 'thu nhập',
  'có thể', 'trước thuế', 'sau thuế', 'thu hút', 'thu ngân sách', 'chi ngân sách', 'thực thu', 'giải ngân', 'huy động',
  'doanh thu', 'tổng thu', 'số thu', 'nguồn thu', 'khoản thu', 'tiền thu', 'thu nhập', 'tổng chi', 'phần vốn', 'phần trăm',
  'lợi nhuận', 'trả nợ', 'tổng cộng', 'điều chỉnh', 'tiền lãi', 'lãi vay', 'vốn vay', 'khoản vay', 'khoản nợ', 'tiền thuê', 'không gỉ',
  'tiền phạt', 'tiền thưởng', 'tiền nợ', 'tiền mua', 'khoản chi', 'nông thôn mới', 'chỉ số', 'chỉ tiêu', 'nhà ở', 'phục vụ', 'tổng số', 'dân số', 'đa số', 'triệu tập', 'khẩn cấp', 'cung cấp', 'kỷ luật', 'đóng cửa',
  // both flows together are trade: "kim ngạch xuất khẩu và nhập khẩu của Việt Nam đạt 480 tỷ USD"
  'xuất khẩu và nhập khẩu',
]);
