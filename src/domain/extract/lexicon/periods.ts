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

/** Words right before a period that make it the comparison ("so với năm 2016", "so với cùng kỳ"). */
export const COMPARISON_BEFORE = /(?:so với|so|gấp|bằng|như|hơn|kém|thấp hơn|cao hơn|lên từ|xuống từ|so sánh với)(?: (?:cùng kỳ|cùng thời điểm|thời điểm|mức của|mức|con số của|con số))? $/u;

/** Words right before a period that make it a starting point, not the period ("cao nhất kể từ năm 2008"). */
export const SINCE_BEFORE = /(?:kể|nhất|lần đầu) (?:từ|tiên từ) $|kể $|(?:cao|thấp|lớn|nhỏ|nhiều|ít|mạnh|yếu|chậm|nhanh|tốt|tệ|xấu|sâu|nặng|đông|kỷ lục|kỉ lục) nhất (?:trong )?$/u;

/** Words right before a year that make it the end of a cumulative period ("lũy kế năm 2017" is rare; "tính hết năm 2017"). */
export const CUMULATIVE_BEFORE = /(?:tính hết|lũy kế|luỹ kế|cộng dồn) $/u;
