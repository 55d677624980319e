// The vocabulary shared by extraction, storage and the API. Pure types: no I/O.

/** A half-open character range [start, end) in an article's plain text (UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
}

export const ENTITY_KINDS = ['person', 'province', 'conference', 'organization', 'country'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** One place in the text where an entity is named. */
export interface EntityMention {
  kind: EntityKind;
  /** Display name, NFC, spaces not underscores ("Bùi Thanh Sơn", "Bình Dương"). */
  name: string;
  /**
   * Identity of the entity across articles: kind-specific and spelling-independent
   * (a province's scheme-qualified code such as `vn2008:74`, a person's folded name).
   */
  key: string;
  /** The exact plain-text substring. */
  text: string;
  span: Span;
  sentence: number;
  /** Kind-specific facts about the entity itself (province codes and successors, conference edition...). */
  attributes?: Record<string, unknown>;
}

export const QUALIFIERS = ['exact', 'approx', 'more_than', 'less_than', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const FIGURE_UNITS = ['USD', 'VND', 'percent', 'people', 'count', 'other'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const FIGURE_CHANGES = ['level', 'increase', 'decrease', 'multiplier'] as const;
export type FigureChange = (typeof FIGURE_CHANGES)[number];

/** Whether a figure is a reported value, a target or plan, or a forecast. */
export const FIGURE_STATUSES = ['actual', 'target', 'forecast'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/** A quantity stated in the text, fully scaled ("gần 700 tỷ USD" -> 7e11, approx). */
export interface FigureMention {
  value: number;
  /** High end of a range ("6-7%"), else null. */
  valueMax: number | null;
  unit: FigureUnit;
  /** The unit as written, normalised ("USD", "đồng", "%", "ha", "lần", "đại biểu"). */
  unitText: string | null;
  qualifier: Qualifier;
  change: FigureChange;
  /** The counted noun right after a count ("thỏa thuận hợp tác"), or the noun read beside an amount. */
  noun: string | null;
  /** The measured noun phrase, whole words, without the number, unit, verbs or particles ("kim ngạch xuất khẩu"). */
  metric: string | null;
  /** The catalogue indicator the figure is a value of ("exports"), and the cue phrase that decided it. */
  indicator: string | null;
  indicatorCue: string | null;
  /** Whose figure it is ("Việt Nam", "Bình Dương", "Việt Nam - Nhật Bản"), when the text says or the article is about one country. */
  subject: string | null;
  /**
   * The subject is not stated but guessed: the country the article is about, given to a count or an
   * investment no holder is named for. Such a figure is never merged or called conflicting across
   * articles. (A national statistic with no holder named is the country's, stated by convention.)
   */
  subjectInferred?: boolean;
  /** The period the figure refers to, normalised ("2017", "2018-01..2018-10", "rel:P3Y"); see extract/periods.ts. */
  period: string | null;
  /** The period as written ("10 tháng đầu năm 2018"). */
  periodText: string | null;
  /** The period the figure is compared with ("so với cùng kỳ năm 2016" -> "2016"), never its own period. */
  comparedTo: string | null;
  status: FigureStatus;
  text: string;
  span: Span;
  sentence: number;
}

/** A person holding a title, as attested by one sentence. */
export interface RoleMention {
  person: string;
  personKey: string;
  /** The whole title as attached in the text ("Chủ tịch UBND tỉnh Bình Dương"). */
  title: string;
  organization: string | null;
  province: string | null;
  text: string;
  span: Span;
  sentence: number;
}

/** A date the text mentions ("sáng 18/12", "ngày 2/4/2024", "tháng 11-2018"). */
export interface DateMention {
  text: string;
  span: Span;
  sentence: number;
  /** As written; null where the text leaves it out. */
  day: number | null;
  month: number;
  year: number | null;
  /** "sáng", "chiều"... when the text says. */
  partOfDay: string | null;
  /** ISO date ("2024-04-02") or month ("2018-11"), the year taken from the publication date when the text gives none; null when unknown. */
  date: string | null;
  /** True when `date` is not a full day: no year could be found, or the text names only a month. */
  partial: boolean;
  /** True when the year comes from the publication date, not the text. */
  yearInferred: boolean;
}

/** A quantity the text states that is not kept as a figure, and why. */
export interface RefusedFigure {
  text: string;
  span: Span;
  reason: string;
}

/** What extraction caps per article; `refused` is the list of quantities refused as figures. */
export const EXTRACTED_KINDS = ['figures', 'dates', 'entities', 'roles', 'refused'] as const;
export type ExtractedKind = (typeof EXTRACTED_KINDS)[number];

/** An article that yields more of a kind than one article may: the first `kept` are kept. */
export interface ExtractionCap {
  kind: ExtractedKind;
  found: number;
  kept: number;
}

export interface ArticleExtraction {
  extractorVersion: number;
  title: string | null;
  byline: string | null;
  dates: DateMention[];
  sentences: Sentence[];
  entities: EntityMention[];
  figures: FigureMention[];
  roles: RoleMention[];
  /** Quantities refused as figures (beyond the range of their unit), at most EXTRACTION_LIMITS.refused. */
  refused: RefusedFigure[];
  /** The kinds this article yielded more of than one article may keep (see EXTRACTION_LIMITS). */
  capped: ExtractionCap[];
}
