// Words of periods: counts written in words, quarters, and what the words before a period make of it.

/** Counts of years and months written in words ("ba năm qua", "sáu tháng đầu năm"). */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
  ['mười một', 11], ['mười hai', 12], ['mười lăm', 15], ['hai mươi', 20], ['vài', NaN],
]);

/** Quarters in Roman or Arabic numerals ("quý IV", "quý 3"). */
export const ROMAN_QUARTERS: ReadonlyMap<string, number> = new Map([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4],
]);

/** Words right before a period that make it the comparison ("so với năm 2016", "so với cùng kỳ", "tăng 4,4% với năm trước"). */
export const COMPARISON_BEFORE = /(?:so với|so|gấp|bằng|như|hơn|kém|thấp hơn|cao hơn|lên từ|xuống từ|so sánh với|(?:%|lần) với)(?: (?:cùng kỳ|cùng thời điểm|thời điểm|mức của|mức|con số của|con số))? $/u;

/** Words right before a period that make it a starting point, not the period ("cao nhất kể từ năm 2008", "lần đầu tiên sau năm 2014"). */
export const SINCE_BEFORE = /(?:kể|nhất|lần đầu|lần đầu tiên) (?:từ|sau|kể từ) $|kể $|(?:cao|thấp|lớn|nhỏ|nhiều|ít|mạnh|yếu|chậm|nhanh|tốt|tệ|xấu|sâu|nặng|đông|kỷ lục|kỉ lục) nhất (?:trong )?$/u;

/** Words right before a year that make it the end of a cumulative period ("lũy kế năm 2017" is rare; "tính hết năm 2017"). */
export const CUMULATIVE_BEFORE = /(?:tính hết|lũy kế|luỹ kế|cộng dồn) $/u;

/** Parts of the day that date an event with its day ("sáng 4-11", "rạng sáng 14-4"). */
export const PARTS_OF_DAY: readonly string[] = ['rạng sáng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya'];

/** Words right before a day that make it a deadline, not the day of an event ("trước ngày 30-10", "quá ngày 30-6", "hết hạn giải ngân vào ngày 28-9-2018"). */
export const DAY_BOUND_BEFORE = /(?<![\p{L}\p{M}])(?:trước|quá|sau|chậm nhất|muộn nhất|hạn chót|hạn(?: \p{L}+){0,3} vào|hạn) $/u;

/** Words right before a day that make it the day a report came out ("công bố ngày 12-7", "trong thông báo ngày 15-4", "theo AFP ngày 9-5"). */
export const DAY_REPORTED_BEFORE = /(?<![\p{L}\p{M}])(?:công bố|thông báo|báo cáo|tuyên bố|đưa ra|phát đi|đăng tải|đăng|họp báo|cuộc họp|phiên họp|afp|reuters|ap|tass|xinhua|bloomberg|cnbc) $/u;

/** What a day's count is of right after a numeral range ("ngày 2-3 lần", "mỗi ngày 2-3 tiếng"): no date. */
export const PER_DAY_COUNTS: readonly string[] = ['lần', 'giờ', 'tiếng', 'bữa', 'cữ', 'viên', 'ly', 'cốc', 'chai', 'gói', 'km', 'người'];

/**
 * Verbs of announcing between a day and a figure ("Ngày 5-12, Bộ Thương mại Mỹ tuyên bố áp dụng mức thuế 265%", "Trump ngày 22-3
 * công bố kế hoạch áp thuế ... 60 tỉ USD"): the day is when the figure was made known, not the time it refers to.
 */
export const ANNOUNCING_VERBS: readonly string[] = ['công bố', 'tuyên bố', 'thông báo', 'đề xuất', 'đề nghị', 'kiến nghị', 'đe dọa', 'đe doạ', 'cảnh báo'];
