// Words that open the name of a meeting, and the lowercase words that belong to such a name.

export const CONFERENCE_HEADS: readonly string[] = [
  'hội nghị', 'hội nghị thượng đỉnh', 'hội nghị cấp cao', 'hội nghị bộ trưởng', 'hội nghị trung ương',
  'diễn đàn', 'hội thảo', 'tọa đàm', 'toạ đàm', 'đại hội', 'đại hội đảng', 'đại hội đại biểu', 'kỳ họp', 'phiên họp',
  'phiên toàn thể', 'phiên họp toàn thể', 'đối thoại', 'thượng đỉnh', 'hội chợ', 'triển lãm', 'tuần lễ cấp cao',
  'hội nghị thượng đỉnh',
];

export const CONFERENCE_MODIFIERS: readonly string[] = [
  'toàn quốc', 'trực tuyến', 'thượng đỉnh', 'cấp cao', 'cấp bộ trưởng', 'bộ trưởng', 'quốc tế', 'toàn thể',
  'thường niên', 'thường kỳ', 'bất thường', 'đại biểu', 'đại biểu toàn quốc', 'khu vực', 'hẹp', 'mở rộng',
  'xúc tiến đầu tư', 'xúc tiến thương mại', 'sơ kết', 'tổng kết', 'triển khai', 'song phương', 'đa phương',
  'chuyên đề', 'chuyên đề thứ', 'lần đầu tiên', 'cấp cao lần', 'thứ nhất', 'đầu tiên', 'trù bị', 'giữa kỳ',
  'cuối năm', 'đầu năm', 'các nhà lãnh đạo', 'lãnh đạo', 'các bộ trưởng', 'quan chức cao cấp', 'các nhà tài trợ',
];

// Series whose meetings are named by a number ("COP 28").
export const SERIES_ACRONYMS: ReadonlySet<string> = new Set(['COP', 'CMP', 'SOM']);
