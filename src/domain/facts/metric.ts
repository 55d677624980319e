// What a figure measures, as a key that lets articles meet on one measure.
//
// Articles name one measure in many ways: "tổng kim ngạch xuất nhập khẩu", "thương mại hai chiều",
// "Xuất_nhập_khẩu"; "vốn FDI", "đầu tư trực tiếp nước ngoài". The key drops the generic heads that
// only say "the amount of" ("tổng", "kim ngạch", "giá trị", "số"...) and maps synonyms to one
// wording, while keeping apart measures that differ ("xuất khẩu", "nhập khẩu", "xuất nhập khẩu";
// "vốn đăng ký", "vốn thực hiện"). Lexicons are general economic and political vocabulary, chosen
// from the nouns the figure extractor finds in news text.
import { foldKey, spellFinalIY, toneKey } from '../text/keys.js';

// Spellings of one word that tone placement and case do not cover.
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['ôtô', 'ô tô'],
  ['ô-tô', 'ô tô'],
]);

/** toneKey, punctuation as space, one spelling of i/y syllables: the form all lexicons are written in. */
function normalizeWords(text: string): string {
  return toneKey(text.replace(/[^\p{L}\p{M}\p{N}_\s]+/gu, ' '))
    .split(' ')
    .map((w) => spellFinalIY(SPELLINGS.get(w) ?? w))
    .join(' ');
}

const normalizeAll = (words: readonly string[]) => words.map(normalizeWords);

/**
 * Generic heads: dropped from the front when words follow, since "tổng kim ngạch xuất khẩu",
 * "giá trị xuất khẩu" and "xuất khẩu" are one measure. Alone they name no measure (see below).
 */
const HEADS: readonly string[] = normalizeAll([
  'tổng kim ngạch', 'kim ngạch', 'tổng giá trị', 'giá trị', 'tổng trị giá', 'trị giá', 'tổng số lượng', 'số lượng',
  'tổng số', 'tổng cộng', 'tổng', 'con số', 'mức', 'số', 'quy mô',
]).sort((a, b) => b.length - a.length);

/** Words after a head that make one word with it ("tổng công ty", "số liệu", "mức độ"): the head stays. */
const HEAD_COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['tổng', [
        'công ty', 'cục', 'thống', 'bí thư', 'giám đốc', 'đài', 'hợp', 'kết', 'thể', 'lãnh sự', 'tham mưu', 'biên tập',
        'tư lệnh', 'liên đoàn', 'công đoàn', 'sản phẩm', 'động viên', 'tuyển cử', 'vệ sinh', 'quát', 'thư ký', 'điều tra',
        'duyệt', 'tấn công', 'đình công', 'chỉ huy', 'thanh tra', 'kiểm toán', 'cộng', 'cung', 'cầu', 'phụ trách', 'đốc',
      ]],
      ['số', [
        'liệu', 'hóa', 'phận', 'đông', 'ít', 'học', 'má', 'điện thoại', 'thứ tự', 'hiệu', 'dư', 'mũ', 'nhiều', 'đo', 'đỏ',
        'đề', 'báo', 'lẻ', 'chẵn', 'kiếp', 'mệnh', 'một', 'hai', 'ba',
      ]],
      ['mức', ['độ', 'sống', 'án']],
      ['giá trị', ['gia tăng', 'sản xuất']],
    ] as const
  ).map(([head, next]) => [normalizeWords(head), normalizeAll(next)] as const),
);

/** A noun made only of these names no measure ("con số 5 tỷ USD", "tương đương 2 triệu đồng"). */
const MEASURELESS: ReadonlySet<string> = new Set([...HEADS, ...normalizeAll(['tương đương', 'cộng'])]);

/**
 * Wordings of one measure, canonical form first. Each wording also matches at the start of a longer
 * noun, the rest kept as a qualifier ("vốn FDI đăng ký" -> "fdi đăng ký"), so every wording must be
 * specific enough to mean the measure wherever it begins a noun.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['xuất nhập khẩu', 'xuất khẩu và nhập khẩu', 'xuất khẩu nhập khẩu', 'thương mại hai chiều', 'thương mại song phương',
    'trao đổi thương mại', 'giao thương hai chiều', 'buôn bán hai chiều', 'mậu dịch hai chiều', 'mậu dịch song phương',
    'trao đổi hàng hóa'],
  ['xuất siêu', 'thặng dư thương mại', 'thặng dư cán cân thương mại'],
  ['nhập siêu', 'thâm hụt thương mại', 'thâm hụt cán cân thương mại'],
  ['fdi', 'vốn fdi', 'đầu tư fdi', 'vốn đầu tư fdi', 'dòng vốn fdi', 'nguồn vốn fdi', 'dòng fdi',
    'vốn đầu tư trực tiếp nước ngoài', 'đầu tư trực tiếp nước ngoài', 'nguồn vốn đầu tư trực tiếp nước ngoài',
    'dòng vốn đầu tư trực tiếp nước ngoài', 'vốn đầu tư nước ngoài', 'đầu tư nước ngoài', 'dòng vốn đầu tư nước ngoài',
    'nguồn vốn đầu tư nước ngoài'],
  ['dự án fdi', 'dự án đầu tư trực tiếp nước ngoài', 'dự án đầu tư nước ngoài', 'dự án có vốn đầu tư nước ngoài', 'dự án vốn fdi'],
  ['doanh nghiệp fdi', 'doanh nghiệp có vốn đầu tư nước ngoài', 'doanh nghiệp đầu tư nước ngoài', 'doanh nghiệp vốn đầu tư nước ngoài'],
  ['oda', 'vốn oda', 'nguồn vốn oda', 'vốn vay oda', 'viện trợ oda', 'hỗ trợ phát triển chính thức',
    'vốn hỗ trợ phát triển chính thức', 'viện trợ phát triển chính thức', 'nguồn vốn hỗ trợ phát triển chính thức'],
  ['gdp', 'tổng sản phẩm trong nước', 'tổng sản phẩm quốc nội', 'tổng sản phẩm nội địa', 'quy mô nền kinh tế'],
  ['gdp bình quân đầu người', 'gdp đầu người'],
  ['grdp', 'tổng sản phẩm trên địa bàn'],
  ['gnp', 'tổng sản phẩm quốc dân'],
  ['tăng trưởng', 'tốc độ tăng trưởng'],
  ['tăng trưởng gdp', 'tăng trưởng kinh tế'],
  ['cpi', 'chỉ số giá tiêu dùng', 'chỉ số cpi'],
  ['lạm phát', 'tỷ lệ lạm phát'],
  ['thất nghiệp', 'tỷ lệ thất nghiệp'],
  ['kiều hối', 'lượng kiều hối', 'nguồn kiều hối'],
  ['vốn đăng ký mới', 'vốn đăng ký cấp mới', 'vốn cấp mới'],
  ['vốn đăng ký', 'vốn đầu tư đăng ký'],
  ['vốn thực hiện', 'vốn đầu tư thực hiện'],
  ['vốn giải ngân', 'vốn đầu tư giải ngân'],
  ['vốn đầu tư', 'mức đầu tư', 'khoản đầu tư', 'nguồn vốn đầu tư'],
  ['doanh thu du lịch', 'tổng thu du lịch', 'tổng thu từ du lịch', 'thu từ du lịch', 'doanh thu từ du lịch'],
  ['thu ngân sách', 'thu ngân sách nhà nước', 'nguồn thu ngân sách'],
  ['chi ngân sách', 'chi ngân sách nhà nước'],
  ['nộp ngân sách', 'nộp ngân sách nhà nước'],
  ['bội chi ngân sách', 'bội chi ngân sách nhà nước'],
  ['nợ công', 'dư nợ công'],
  ['doanh nghiệp thành lập mới', 'doanh nghiệp mới thành lập'],
  ['khách quốc tế', 'khách du lịch quốc tế', 'khách nước ngoài', 'khách du lịch nước ngoài'],
  ['khách nội địa', 'khách du lịch nội địa'],
  // "lượt" counts visits: tourism statistics use "lượt khách" and "khách" for one figure.
  ['khách du lịch', 'du khách', 'lượt du khách'],
  ['khách', 'lượt khách'],
  ['hành khách', 'lượt hành khách'],
  ['văn kiện hợp tác', 'văn bản hợp tác'],
  ['biên bản ghi nhớ', 'bản ghi nhớ', 'mou'],
  ['phiếu tán thành', 'phiếu thuận'],
  ['phiếu chống', 'phiếu không tán thành', 'phiếu phản đối'],
  ['tiền', 'khoản tiền'],
];

/**
 * Wordings that are the measure only as the whole noun: a longer noun beginning with them is often
 * another thing ("thương mại điện tử", "đầu tư công", "người chết đuối", "hộ nghèo").
 */
const WHOLE_SYNONYMS: readonly (readonly string[])[] = [
  ['xuất nhập khẩu', 'thương mại', 'giao thương', 'mậu dịch', 'buôn bán', 'trao đổi', 'hai chiều', 'ngoại thương'],
  ['gdp', 'tổng sản phẩm'],
  ['vốn đầu tư', 'đầu tư'],
  ['vốn giải ngân', 'giải ngân'],
  ['dự án', 'dự án đầu tư'],
  ['bội chi ngân sách', 'bội chi'],
  ['người chết', 'người thiệt mạng', 'người tử vong', 'người bị chết', 'người đã chết', 'người bị thiệt mạng',
    'người đã thiệt mạng', 'người đã tử vong', 'nạn nhân tử vong'],
  ['lao động', 'người lao động'],
  ['hộ', 'hộ dân', 'hộ gia đình'],
  ['lương', 'tiền lương'],
];

function synonymMap(groups: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups) {
    const [canonical, ...variants] = normalizeAll(group);
    for (const v of variants) map.set(v, canonical!);
  }
  return map;
}

const PREFIX_SYNONYMS = synonymMap(SYNONYMS);
const PREFIX_ORDER = [...PREFIX_SYNONYMS.keys()].sort((a, b) => b.length - a.length);
const EXACT_SYNONYMS = synonymMap(WHOLE_SYNONYMS);

/** Words at the end that do not change the measure ("thỏa thuận trị giá 2 tỷ USD"). */
const TAILS: readonly string[] = normalizeAll(['trị giá', 'tương đương', 'tổng cộng']);
/** Tails dropped only after a given measure: [measure, tail]. */
const MEASURE_TAILS: readonly (readonly [string, string])[] = (
  [
    ['xuất khẩu', 'hàng hóa'],
    ['nhập khẩu', 'hàng hóa'],
    ['xuất nhập khẩu', 'hàng hóa'],
    ['vốn đầu tư', 'dự án'],
  ] as const
).map(([measure, tail]) => [normalizeWords(measure), normalizeWords(tail)] as const);

const startsWithWords = (key: string, phrase: string) => key === phrase || key.startsWith(`${phrase} `);

function applySynonym(key: string): string {
  const exact = EXACT_SYNONYMS.get(key) ?? PREFIX_SYNONYMS.get(key);
  if (exact !== undefined) return exact;
  const phrase = PREFIX_ORDER.find((p) => startsWithWords(key, p));
  return phrase === undefined ? key : `${PREFIX_SYNONYMS.get(phrase)!}${key.slice(phrase.length)}`;
}

/** True when `rest` makes one word with the end of `head` ("tổng giá trị gia tăng"). */
function formsCompound(head: string, rest: string): boolean {
  for (const [word, nexts] of HEAD_COMPOUNDS) {
    if ((head === word || head.endsWith(` ${word}`)) && nexts.some((next) => startsWithWords(rest, next))) return true;
  }
  return false;
}

/** Drops the longest head the key begins with; a key that is all head ("tổng số lượng") stays. */
function dropHead(key: string): string {
  const head = HEADS.find((h) => startsWithWords(key, h));
  if (head === undefined || head === key) return key;
  const rest = key.slice(head.length + 1);
  return formsCompound(head, rest) ? key : rest;
}

function dropTail(key: string): string {
  for (const tail of TAILS) if (key.endsWith(` ${tail}`)) return key.slice(0, -tail.length - 1);
  for (const [measure, tail] of MEASURE_TAILS) if (key === `${measure} ${tail}`) return measure;
  return key;
}

/**
 * Canonical key of what a figure measures: lowercase, accents kept (toneKey), single spaces,
 * generic heads dropped and synonyms mapped ("Tổng kim ngạch thương mại hai chiều" -> "xuất nhập
 * khẩu", "vốn đầu tư trực tiếp nước ngoài" -> "fdi"). Null when the noun is missing or names no
 * measure ("con số", "giá trị" alone).
 */
export function metricKey(noun: string | null): string | null {
  if (noun === null) return null;
  let key = normalizeWords(noun);
  // Heads and tails only shorten the key and canonical forms map to themselves, so this settles in
  // a few rounds; the bound guards against a cycle in the lexicons.
  for (let round = 0; round < 8; round++) {
    const next = dropTail(dropHead(applySynonym(key)));
    if (next === key) break;
    key = next;
  }
  return key === '' || MEASURELESS.has(key) ? null : key;
}

/** Accent-free form of a metric key, for filtering that forgives missing accents ("xuat nhap khau"). */
export function metricSearchKey(metric: string): string {
  return foldKey(metric);
}
