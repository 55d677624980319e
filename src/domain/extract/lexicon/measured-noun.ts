// Words the leftward reader of a figure's measured noun ("xuất khẩu của Việt Nam năm 2023 đạt
// 5 tỷ USD") passes over or stops at. See readMeasuredNoun in figures.ts.
import { PhraseList, WordSet } from './sets.js';

/** Verbs and modals between the measured noun and the figure: passed over ("xuất khẩu dự kiến đạt"). */
export const LINK_VERBS = new WordSet([
  'đạt', 'là', 'lên', 'còn', 'chiếm', 'ở', 'mức', 'vượt', 'có', 'tới', 'đến', 'khoảng', 'ước', 'tính', 'với', 'bằng', 'thêm', 'về', 'được',
  // modals and aspect before the verb: "GDP có thể tăng 1,32%", "xuất khẩu dự kiến đạt"
  'thể', 'sẽ', 'kiến', 'dự', 'báo', 'đoán', 'đã', 'đang', 'vẫn', 'chỉ', 'cũng', 'mới', 'vừa',
  // a starting level: "tiến độ tổng thể chỉ tăng từ mức 80,9%"
  'từ',
]);

/** "tỉ lệ thất nghiệp hiện chỉ vào khoảng 5,1%": "now", before the predicate, is passed over like a period. */
export const NOW_ADVERBS = new PhraseList(['hiện nay', 'hiện tại', 'hiện giờ', 'hiện', 'nay']);

/** Second syllables that make "hiện", "nay" part of a word ("hiện đại", "hiện trường", "nay mai"), no adverb. */
export const NOW_WORD_SECONDS = new WordSet(['đại', 'vật', 'trường', 'tượng', 'hành', 'diện', 'hữu', 'thực', 'thân', 'mai']);

/** Moves after which "thành" is the level reached, no noun ("tăng tổng mức đầu tư lên thành 8.104 tỷ đồng"). */
export const MOVES_BEFORE_BECOMING = new WordSet(['lên', 'xuống', 'tăng', 'giảm']);

/** Words right before an amount that make a move's figure the level it reaches ("tăng vốn điều lệ lên 500 tỷ đồng"). */
export const LEVEL_REACHED = new WordSet(['lên', 'xuống', 'còn', 'thành']);

/** Plans a growth rate is set by, no noun that grows ("phấn đấu tăng trưởng ít nhất 6,7%", "chỉ tiêu tăng trưởng 6,5-6,7%"). */
export const GROWTH_PLANS = new PhraseList(['chỉ tiêu', 'mục tiêu', 'kế hoạch', 'phấn đấu', 'dự kiến', 'dự báo', 'kỳ vọng']);

/** Words that make a verb a noun ("việc tăng giá điện", "sự sụt giảm"): alone before a verb, they name nothing measured. */
export const NOMINALISERS = new WordSet(['việc', 'sự', 'chuyện']);

/** First syllables that make "hiện" part of a verb ("thực hiện", "phát hiện"), no adverb. */
export const HIEN_VERB_FIRSTS = new WordSet(['thực', 'xuất', 'phát', 'thể', 'biểu', 'hiển', 'tái', 'trình', 'đồng']);

/**
 * Aspect, voice and adverbs that come before a verb, never a noun ("lương cơ sở cũng đã được nâng từ 1,21 triệu",
 * "thép không gỉ ... đã nhảy lên 80 triệu USD"): a noun read after them is the clause's verb, and what it measures is
 * the subject before them.
 */
export const PREDICATE_MARKERS = new WordSet(['đã', 'đang', 'sẽ', 'được', 'bị', 'vừa', 'cũng', 'đều', 'vẫn', 'từng', 'chưa', 'không', 'có']);

/**
 * Verbs that move or hold a level, said of the thing measured ("lương cơ sở đã được nâng từ X", "lạm phát được kiểm soát
 * ở mức X", "giá đã vọt lên X"): after an aspect or voice marker, the subject before them is what is measured.
 */
export const LEVEL_VERBS = new PhraseList([
  'nâng', 'nhảy', 'vọt', 'tụt', 'rơi', 'lao dốc', 'mất', 'kiểm soát', 'giữ', 'duy trì', 'đẩy', 'hạ', 'kéo', 'dừng', 'chững', 'neo',
  'dao động', 'leo', 'cải thiện', 'thu hẹp', 'mở rộng', 'nới', 'siết', 'ổn định', 'điều chỉnh', 'tăng vọt', 'giảm mạnh',
]);

/** Copulas between a noun phrase and its figure ("tổng số doanh nghiệp đang hoạt động là 171.655"): what stands before them is all the subject. */
export const COPULAS = new WordSet(['là', 'đạt']);

/** Nouns paired across a comma as one ("các tỉnh, thành phố", "bộ, ngành"): the comma is no end of the noun phrase. */
export const COMMA_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tỉnh', new Set(['thành', 'thành phố', 'tp'])], ['bộ', new Set(['ngành'])], ['sở', new Set(['ngành'])], ['quận', new Set(['huyện'])],
  ['xã', new Set(['phường', 'thị trấn'])], ['huyện', new Set(['thị xã', 'thành phố'])],
]);

/** Prepositions of two words that end a noun phrase as one-word function words do ("4 đoàn giám sát đối với các cá nhân"). */
export const PREPOSITION_PHRASES = new PhraseList(['đối với', 'thay vì', 'cùng với', 'kể cả']);

/**
 * Verbs whose amount is what they measure ("sẽ bị thiếu hụt khoảng 55,18 triệu USD", "đã chi 2 tỉ đồng"): read as the
 * metric even after an aspect marker.
 */
export const MEASURE_VERBS = new PhraseList([
  'thiếu hụt', 'thiếu', 'hụt', 'lỗ', 'thua lỗ', 'lãi', 'nợ', 'vay', 'chi', 'chi trả', 'thu', 'nộp', 'đóng góp', 'quyên góp', 'hỗ trợ',
  'bồi thường', 'tiết kiệm', 'thất thoát', 'thiệt hại', 'chiếm đoạt', 'tham ô', 'tăng trưởng',
]);

/** Prepositions of an owner or a destination: passed over ("xuất khẩu của Việt Nam sang Nhật Bản", "thặng dư của Trung Quốc đối với Mỹ"). */
export const OWNER_PREPOSITIONS = new PhraseList(['của', 'sang', 'vào', 'tại', 'ở', 'đối với', 'đến', 'đổ về']);

/** Verbs of mentioning before an owner's preposition ("đến"): what follows is the topic, no destination ("đề cập đến sản lượng dầu là ..."). */
export const MENTION_VERBS = new PhraseList(['nói', 'đề cập', 'nhắc', 'bàn', 'kể', 'nghĩ', 'quan tâm', 'chú ý', 'liên quan', 'tính toán']);

/** The whole a figure covers, passed over like an owner ("doanh thu toàn ngành", "chi ngân sách toàn TP"). */
export const SCOPES = new PhraseList([
  'toàn TP', 'toàn thành phố', 'toàn tỉnh', 'toàn huyện', 'toàn quận', 'toàn quốc', 'toàn ngành', 'cả nước', 'trên cả nước',
]);

/** Quantifiers that open an owner phrase after "của" ("của các công ty Mỹ", "của cả nước"). */
export const OWNER_QUANTIFIERS = new WordSet(['các', 'những', 'cả', 'toàn', 'mọi']);

/** Demonstratives closing an owner phrase ("của nước này", "của công ty đó"). */
export const DEMONSTRATIVES = new WordSet(['này', 'đó', 'ấy', 'kia']);

/** Words closing a superlative that stays in the noun phrase ("đơn vị giải ngân cao nhất"). */
export const SUPERLATIVES = new WordSet(['nhất']);

/** Prepositions heading a period: passed over with it ("xuất khẩu trong năm 2023 đạt"). */
export const PERIOD_PREPOSITIONS = new WordSet(['trong', 'vào', 'cả', 'từ', 'tính', 'đến', 'tới']);

/** Words before the measured noun that are not part of it: the reader stops there ("thu hút FDI", "đưa kim ngạch"). */
export const NOUN_BEFORE = new PhraseList([
  'hút', 'đưa', 'giúp', 'đạt', 'ghi', 'nhận', 'thu', 'là', 'góp', 'phần', 'cả', 'hiện', 'tổng cộng', 'thu hút', 'huy động',
  'có nghĩa', 'nghĩa là', 'rằng', 'cho rằng', 'cụ thể',
]);

/**
 * Verbs no noun phrase ends with ("PVN muốn rót", "Campuchia áp dụng", "công ty chịu phạt",
 * "phải trả phí tham gia"): the reader stops there. Verbs that are also nouns ("đầu tư", "hỗ
 * trợ", "chi", "vay") are not here: "vốn đầu tư" is a measured noun.
 */
export const ACTION_VERBS = new PhraseList([
  'phê chuẩn', 'phê duyệt', 'phụ thuộc', 'ấn định', 'muốn', 'rót', 'áp dụng', 'áp', 'chọn', 'trả lời', 'đuổi', 'dự đoán', 'nằm', 'chạm', 'chạm mốc', 'công bố',
  'thông báo', 'chịu', 'xin', 'đại diện', 'phải', 'cần', 'quyết định', 'yêu cầu', 'đề nghị', 'đề xuất', 'kiến nghị',
  'cho phép', 'nộp', 'trả', 'bỏ ra', 'dành', 'nhắm', 'đặt', 'đề ra', 'tuyên bố', 'cho biết', 'cho hay',
  // estimating, before the noun estimated ("liên doanh tư vấn dự tính tổng vốn là X"); before the verb they are modals (LINK_VERBS)
  'dự tính', 'dự kiến', 'tính toán',
  // demanding and quoting ("phụ huynh đòi bồi thường 100 triệu", "Ân báo giá 250 ngàn đồng/viên")
  'đòi', 'báo',
  // outdoing what is measured after them ("tăng 54,5%, vượt xa tăng trưởng khách quốc tế (3,8%)")
  'vượt xa', 'bỏ xa',
]);

/** Markers of a passive clause qualifying a noun ("tổng mức đầu tư được phê duyệt là", "lô hàng bị thu giữ là"). */
export const PASSIVE_MARKERS = new WordSet(['được', 'bị']);

/** "gói chi tiêu trị giá 855 tỷ USD": a valuation between the noun valued and its amount, passed over. */
export const VALUED_AS = new PhraseList(['trị giá']);

/** ... except where the valuation is itself the noun ("với trị giá 2 tỉ USD", "có trị giá"). */
export const VALUED_AS_NOUN_AFTER = new WordSet(['với', 'có', 'tổng', 'là', 'và']);

/**
 * Nouns of money spent or set aside, before "cho" and what it is for ("chi ngân sách cho quốc phòng", "đầu tư cho khoa học
 * công nghệ", "kinh phí cho dự án"): the purpose is part of what is measured.
 */
export const FUNDING_NOUNS = new PhraseList([
  'chi', 'chi tiêu', 'ngân sách', 'chi ngân sách', 'vốn', 'kinh phí', 'đầu tư', 'chi phí', 'dự toán', 'gói', 'nguồn vốn',
]);

/** A noun's "per head" after it ("GNI thực tế trên đầu người"; "GDP/người" is read as written): part of what is measured. */
export const PER_HEAD = new PhraseList(['trên đầu người', 'trên mỗi người', 'bình quân đầu người', 'bình quân mỗi người']);
