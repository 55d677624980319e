// Scores extraction output in the gold-annotation shape against gold annotations, by the rules of
// shared/gold/README.md. A port of shared/tools/score-gold.mjs that gives the same numbers and prints
// the same report: change a rule there and here together (the summary line must stay identical).
//
// Persons match by folded name (title scored loosely and strictly), provinces by folded name without
// "tỉnh"/"TP", conferences by folded name with containment, figures by unit class and value within
// 0.5 %. Matching is one-to-one; items the gold lists as lenient are neither required nor penalised.
// On matched figures whose gold carries context (metric, indicator, subject, period, change) each
// field is scored, and factsRight counts the gold figures found with every field right.

// ---------------------------------------------------------------------------------------------
// Shapes

/** Alternatives a gold figure also takes for a borderline field ("period": [null]). */
export interface GoldAccept {
  indicator?: (string | null)[];
  subject?: (string | null)[];
  period?: (string | null)[];
  change?: string[];
}

export interface GoldAnnotationFigure {
  value: number;
  value_max?: number;
  unit: string;
  noun?: string;
  qualifier: string;
  text: string;
  // Context fields: gold written before they existed has none, and then context is not scored.
  metric?: string | null;
  indicator?: string | null;
  subject?: string | null;
  period?: string | null;
  change?: string;
  status?: string;
  comparedTo?: string;
  accept?: GoldAccept;
}

/** Borderline items: an extractor is neither required to output them nor penalised for them. */
export interface GoldLenient {
  persons?: string[];
  provinces?: string[];
  conferences?: string[];
  /** Figures by (part of) their text. */
  figures?: string[];
  /** Also-right editions, by gold conference name. */
  editions?: Record<string, number | null>;
}

/** One article's gold annotation (shared/gold/README.md). */
export interface GoldAnnotation {
  id?: string;
  persons?: { name: string; title?: string | null }[];
  provinces?: string[];
  conferences?: { name: string; edition?: number | null }[];
  figures?: GoldAnnotationFigure[];
  lenient?: GoldLenient;
}

export interface PredFigure {
  value: number;
  value_max?: number;
  unit: string;
  noun?: string;
  qualifier?: string;
  text?: string;
  metric?: string | null;
  indicator?: string | null;
  subject?: string | null;
  period?: string | null;
  change?: string;
}

/** An extractor's output for one article, in the gold shape (`extract --format gold`); every part optional. */
export interface PredDoc {
  id?: string;
  persons?: { name: string; title?: string | null }[];
  /** Names, or objects with a name. */
  provinces?: (string | { name: string })[];
  conferences?: { name: string; edition?: number | null }[];
  figures?: PredFigure[];
}

export const ITEM_TYPES = ['persons', 'provinces', 'conferences', 'figures'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface TypeScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const ATTRIBUTES = ['title', 'titleStrict', 'edition', 'qualifier', 'unit', 'metric', 'subject', 'period', 'change'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** One article's matches: false positives and negatives as JSON of the items. */
export interface DocScore {
  id: string;
  byType: Partial<Record<ItemType, { tp: number; fp: string[]; fn: string[] }>>;
}

export interface GoldScore {
  types: ItemType[];
  files: number;
  /** Ids of the articles without a prediction (scored as empty). */
  missingPredictions: string[];
  byType: Record<ItemType, TypeScore>;
  /** Accuracy of an attribute over matched items (null when nothing was matched). */
  accuracy: Record<Attribute, number | null>;
  /** Precision/recall over the catalogue ids of matched figures with context (null when none given). */
  indicator: TypeScore | null;
  /** Share of gold figures with context found with value, unit, qualifier and every context field right. */
  factsRight: number | null;
  /** Gold figures with context: the denominator of factsRight. */
  factsTotal: number;
  macroF1: number;
  perDoc: DocScore[];
  /** One line per matched figure with a context field wrong: gold and prediction side by side. */
  contextMisses: string[];
  /**
   * Each predicted figure judged as a fact: right when it matches a gold figure with context and
   * every field is right, wrong when it matches none (a figure the gold does not have). Figures
   * the gold lists as lenient, or matched to gold without context, are not judged.
   */
  figureVerdicts: { docId: string; figure: PredFigure; right: boolean }[];
  /** Every false positive and false negative, "docId type FP|FN item". */
  errors: string[];
}

// ---------------------------------------------------------------------------------------------
// Keys and comparisons

/** Accent-, case-, tone-placement- and underscore-insensitive key: "Thanh_Hoá" = "thanh hoa". */
export const fold = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFC')
    .replace(/_/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');

const PROVINCE_PREFIX = /^(tinh|thanh pho|tp|t p)\s+/;
const PROVINCE_ALIAS: Record<string, string> = {
  hcm: 'ho chi minh',
  tphcm: 'ho chi minh',
  'tp hcm': 'ho chi minh',
  'sai gon': 'ho chi minh',
  'ba ria vung tau': 'ba ria vung tau',
  'br vt': 'ba ria vung tau',
  'tt hue': 'thua thien hue',
  'thua thien hue': 'thua thien hue',
  'dak lak': 'dak lak',
  'dac lac': 'dak lak',
  'dak nong': 'dak nong',
};

/** A province's key: folded, without "tỉnh"/"TP", abbreviations and old names resolved ("TP. HCM" = "Hồ Chí Minh"). */
export const provKey = (s: unknown): string => {
  const k = fold(s).replace(PROVINCE_PREFIX, '');
  return PROVINCE_ALIAS[k] ?? k;
};

const tokens = (s: unknown): Set<string> => new Set(fold(s).split(' ').filter(Boolean));

const common = (a: Set<string>, b: Set<string>): number => {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
};

export const jaccard = (a: unknown, b: unknown): number => {
  const A = tokens(a);
  const B = tokens(b);
  const i = common(A, B);
  return i / (A.size + B.size - i || 1);
};

/** Token F1 of two phrases: a metric is right at >= 0.5 ("vốn FDI" for "vốn FDI đăng ký"). */
export const tokF1 = (a: unknown, b: unknown): number => {
  const A = tokens(a);
  const B = tokens(b);
  return A.size && B.size ? (2 * common(A, B)) / (A.size + B.size) : 0;
};

/** Titles match loosely: equal, one containing the other, or half their words in common. */
export const looseEq = (a: unknown, b: unknown): boolean => {
  const x = fold(a);
  const y = fold(b);
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x) || jaccard(a, b) >= 0.5);
};

/** A strict title: every word of the gold's, at most two more. */
export const titleStrictEq = (p: unknown, g: unknown): boolean => {
  const A = tokens(p);
  const B = tokens(g);
  if (fold(p) === fold(g)) return true;
  for (const t of B) if (!A.has(t)) return false;
  return A.size - B.size <= 2;
};

/** Money and percentages must agree on the unit; people, counts and other units are one class. */
const unitClass = (u: unknown): string => (u === 'USD' || u === 'VND' || u === 'percent' ? u : 'countlike');

/** Values agree within 0.5 % (a rounded restatement of a figure is the same figure). */
const close = (p: unknown, g: unknown): boolean => Math.abs(Number(p) - Number(g)) <= 0.005 * Math.max(1e-9, Math.abs(Number(g)));

/** Vietnam's own figures go by several names. */
const NATIONAL = new Set(['viet nam', 'vn', 'ca nuoc', 'nuoc ta']);

/** The same holder, loosely ("Việt Nam" = "cả nước"); a pair "A - B" needs both parts. */
export const subjectEq = (p: unknown, g: string): boolean => {
  const x = fold(p);
  const y = fold(g);
  if (!x) return false;
  if (NATIONAL.has(x) && NATIONAL.has(y)) return true;
  const parts = g.includes(' - ') ? g.split(' - ').map(fold) : [y];
  return parts.every((q) => x.includes(q) || provKey(x) === provKey(q)) || (parts.length === 1 && x.length >= 3 && y.includes(x));
};

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A period in one canonical form, so that equal periods written two ways compare equal: spaces
 * removed, a quarter or half its month range ("2018-Q1" = "2018-01..2018-03", "rel:Y:Q3" =
 * "rel:Y:07..09"), and a whole year's months the year ("2018-01..2018-12" = "2018").
 */
export const normPeriod = (x: unknown): string | null => {
  if (x == null || x === '') return null;
  let p = String(x).replace(/\s+/g, '');
  p = p.replace(/(^|:|\.\.)(\d{4}-)?Q([1-4])(?=$|\.\.)/g, (_, pre: string, y: string | undefined = '', q: string) => {
    const n = Number(q);
    return `${pre}${y}${pad(3 * n - 2)}..${y}${pad(3 * n)}`;
  });
  p = p.replace(/(^|:|\.\.)(\d{4}-)?H([12])(?=$|\.\.)/g, (_, pre: string, y: string | undefined = '', h: string) => {
    const n = Number(h);
    return `${pre}${y}${pad(6 * n - 5)}..${y}${pad(6 * n)}`;
  });
  return p.replace(/^(\d{4})-01\.\.\1-12$/, '$1').replace(/^rel:Y:01\.\.12$/, 'rel:Y');
};

// ---------------------------------------------------------------------------------------------
// Matching

type Match<P, G> = [pairs: [P, G][], unmatchedPreds: P[], unmatchedGolds: G[]];

/** One-to-one greedy matching, predictions in order each taking the first gold item it fits. */
export function match<P, G>(preds: readonly P[], golds: readonly G[], eq: (p: P, g: G) => boolean): Match<P, G> {
  const used = new Set<number>();
  const pairs: [P, G][] = [];
  const extra: P[] = [];
  for (const p of preds) {
    const gi = golds.findIndex((g, i) => !used.has(i) && eq(p, g));
    if (gi >= 0) {
      used.add(gi);
      pairs.push([p, golds[gi]!]);
    } else extra.push(p);
  }
  return [pairs, extra, golds.filter((_, i) => !used.has(i))];
}

/**
 * One-to-one matching where several predictions fit one gold item (a value stated twice): each gold
 * item in order takes the free prediction that agrees with it most (the first on a tie), so a figure
 * is judged by its best reading.
 */
export function matchBest<P, G>(preds: readonly P[], golds: readonly G[], eq: (p: P, g: G) => boolean, affinity: (p: P, g: G) => number): Match<P, G> {
  const used = new Set<number>();
  const pairs: [P, G][] = [];
  const missed: G[] = [];
  for (const g of golds) {
    let best = -1;
    let bestA = -Infinity;
    preds.forEach((p, i) => {
      if (used.has(i) || !eq(p, g)) return;
      const a = affinity(p, g);
      if (a > bestA) {
        bestA = a;
        best = i;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([preds[best]!, g]);
    } else missed.push(g);
  }
  return [pairs, preds.filter((_, i) => !used.has(i)), missed];
}

/** The first item of each key; items without a key are dropped (a person listed twice counts once). */
export function dedupe<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const m = new Map<string, T>();
  for (const x of xs) {
    const k = key(x);
    if (k && !m.has(k)) m.set(k, x);
  }
  return [...m.values()];
}

/** Same meeting: equal names, one containing the other (both long enough to mean it), or 60 % of words shared. */
const confEq = (p: { name: string }, g: { name: string }): boolean => {
  const x = fold(p.name);
  const y = fold(g.name);
  return x === y || ((x.includes(y) || y.includes(x)) && Math.min(x.length, y.length) >= 8) || jaccard(p.name, g.name) >= 0.6;
};

const figEq = (p: PredFigure, g: GoldAnnotationFigure): boolean => unitClass(p.unit) === unitClass(g.unit) && close(p.value, g.value);

/** How much a prediction agrees with a gold figure beyond its value: one point a field, half for the same text. */
const figAffinity = (p: PredFigure, g: GoldAnnotationFigure): number =>
  Number((p.qualifier ?? 'exact') === g.qualifier) +
  Number(p.unit === g.unit) +
  Number((p.indicator ?? null) === (g.indicator ?? null)) +
  Number(normPeriod(p.period) === normPeriod(g.period)) +
  Number((p.change ?? 'level') === (g.change ?? 'level')) +
  (g.subject && p.subject ? Number(subjectEq(p.subject, g.subject)) : 0) +
  (g.metric && (p.metric ?? p.noun) ? tokF1(p.metric ?? p.noun, g.metric) : 0) +
  (p.text && g.text && fold(p.text) === fold(g.text) ? 0.5 : 0);

/** The alternatives the gold figure accepts for a field (none unless `accept` names it). */
const alternatives = <K extends keyof GoldAccept>(g: GoldAnnotationFigure, k: K): NonNullable<GoldAccept[K]> =>
  (g.accept && k in g.accept ? g.accept[k] : []) as NonNullable<GoldAccept[K]>;

export const prf = ({ tp, fp, fn }: Counts): TypeScore => {
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), tp, fp, fn };
};

// ---------------------------------------------------------------------------------------------
// Scoring

export interface ScoreOptions {
  /** The item types scored (default all four); macroF1 averages over them. */
  types?: readonly ItemType[];
}

/**
 * Scores each article's prediction against its gold. `id` names the article where its gold has no
 * id, and in the list of missing predictions (a null `pred`, scored as an empty one).
 */
export function scoreGold(pairs: readonly { gold: GoldAnnotation; pred: PredDoc | null; id: string }[], options: ScoreOptions = {}): GoldScore {
  const types = [...(options.types ?? ITEM_TYPES)];
  const totals = Object.fromEntries(ITEM_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<ItemType, Counts>;
  // [right, judged] per attribute
  const attr = Object.fromEntries(ATTRIBUTES.map((a) => [a, [0, 0]])) as Record<Attribute, [number, number]>;
  const judge = (a: Attribute, right: boolean): boolean => {
    attr[a][1]++;
    if (right) attr[a][0]++;
    return right;
  };
  const ind: Counts = { tp: 0, fp: 0, fn: 0 };
  const facts = { right: 0, total: 0 };
  const contextMisses: string[] = [];
  const figureVerdicts: GoldScore['figureVerdicts'] = [];
  const missingPredictions: string[] = [];
  const perDoc: DocScore[] = [];

  for (const { gold, pred: given, id } of pairs) {
    if (!given) missingPredictions.push(id);
    const pred: PredDoc = given ?? {};
    const len = gold.lenient ?? {};
    const doc: DocScore = { id: gold.id ?? id, byType: {} };
    perDoc.push(doc);

    let unmatched: unknown[] = [];
    const score = <P, G>(type: ItemType, preds: P[], golds: G[], eq: (p: P, g: G) => boolean, isLenient: (p: P) => boolean, affinity?: (p: P, g: G) => number): [P, G][] => {
      if (!types.includes(type)) return [];
      const [matched, extra, missed] = affinity ? matchBest(preds, golds, eq, affinity) : match(preds, golds, eq);
      const fp = extra.filter((p) => !isLenient(p));
      unmatched = fp;
      totals[type].tp += matched.length;
      totals[type].fp += fp.length;
      totals[type].fn += missed.length;
      doc.byType[type] = { tp: matched.length, fp: fp.map((x) => JSON.stringify(x)), fn: missed.map((x) => JSON.stringify(x)) };
      return matched;
    };

    // persons: the title loosely, and strictly
    const lenPersons = (len.persons ?? []).map(fold);
    const persons = score(
      'persons',
      dedupe(pred.persons ?? [], (x) => fold(x.name)),
      dedupe(gold.persons ?? [], (x) => fold(x.name)),
      (p, g) => fold(p.name) === fold(g.name),
      (p) => lenPersons.includes(fold(p.name)),
    );
    for (const [p, g] of persons) {
      if (!g.title) continue;
      judge('title', !!p.title && looseEq(p.title, g.title));
      judge('titleStrict', !!p.title && titleStrictEq(p.title, g.title));
    }

    // provinces
    const lenProv = (len.provinces ?? []).map(provKey);
    score(
      'provinces',
      dedupe((pred.provinces ?? []).map((x) => (typeof x === 'string' ? x : x.name)), provKey),
      dedupe(gold.provinces ?? [], provKey),
      (p, g) => provKey(p) === provKey(g),
      (p) => lenProv.includes(provKey(p)),
    );

    // conferences: the edition
    const lenConf = len.conferences ?? [];
    const conferences = score(
      'conferences',
      dedupe(pred.conferences ?? [], (x) => fold(x.name)),
      dedupe(gold.conferences ?? [], (x) => fold(x.name)),
      confEq,
      (p) => lenConf.some((name) => confEq(p, { name })),
    );
    for (const [p, g] of conferences) {
      // (as the mjs: with `editions` given, an edition both sides leave out also counts)
      judge('edition', (p.edition ?? null) === (g.edition ?? null) || (!!len.editions && len.editions[g.name] === p.edition));
    }

    // figures: qualifier and unit, then the context fields where the gold has them
    const lenFig = (len.figures ?? []).map(fold);
    const goldFigures = gold.figures ?? [];
    const figures = score(
      'figures',
      pred.figures ?? [],
      goldFigures,
      figEq,
      (p) => lenFig.some((t) => fold(p.text).includes(t) || t.includes(fold(p.text))),
      figAffinity,
    );
    for (const [p, g] of figures) {
      judge('qualifier', (p.qualifier ?? 'exact') === g.qualifier);
      judge('unit', p.unit === g.unit);
      if (!('period' in g)) continue; // gold without context fields
      const right = contextRight(p, g);
      figureVerdicts.push({ docId: doc.id, figure: p, right });
      if (right) facts.right++;
      else contextMisses.push(contextMissLine(doc.id, p, g));
    }
    if (types.includes('figures')) for (const p of unmatched as PredFigure[]) figureVerdicts.push({ docId: doc.id, figure: p, right: false });
    facts.total += goldFigures.filter((g) => 'period' in g).length;
  }

  /** Judges each context field of a matched figure; true when the fact is right whole. */
  function contextRight(p: PredFigure, g: GoldAnnotationFigure): boolean {
    let right = (p.qualifier ?? 'exact') === g.qualifier && p.unit === g.unit;
    const pm = p.metric ?? p.noun ?? null;
    if (g.metric && !judge('metric', pm != null && tokF1(pm, g.metric) >= 0.5)) right = false;
    // indicator: a given id is a true or false positive, a gold id not given a false negative
    const pi = p.indicator ?? null;
    const gi = g.indicator ?? null;
    const indOk = pi === gi || alternatives(g, 'indicator').includes(pi);
    if (pi && indOk) ind.tp++;
    else {
      if (pi) ind.fp++;
      if (gi && !indOk) ind.fn++;
    }
    if (!indOk) right = false;
    // subject: only where the gold names one; an accepted null takes a prediction without one
    if (g.subject) {
      const ps = p.subject ?? null;
      const alt = alternatives(g, 'subject');
      const ok = (ps != null && (subjectEq(ps, g.subject) || alt.some((a) => a != null && subjectEq(ps, a)))) || (ps == null && alt.includes(null));
      if (!judge('subject', ok)) right = false;
    }
    const pp = normPeriod(p.period);
    if (!judge('period', pp === normPeriod(g.period) || alternatives(g, 'period').some((a) => normPeriod(a) === pp))) right = false;
    const pc = p.change ?? 'level';
    if (!judge('change', pc === (g.change ?? 'level') || alternatives(g, 'change').includes(pc))) right = false;
    return right;
  }

  const byType = Object.fromEntries(ITEM_TYPES.map((t) => [t, prf(totals[t])])) as Record<ItemType, TypeScore>;
  const accuracy = Object.fromEntries(ATTRIBUTES.map((a) => [a, attr[a][1] ? attr[a][0] / attr[a][1] : null])) as Record<Attribute, number | null>;
  const errors = perDoc.flatMap((d) =>
    types.flatMap((t) => {
      const x = d.byType[t];
      return x ? [...x.fp.map((s) => `${d.id} ${t} FP ${s}`), ...x.fn.map((s) => `${d.id} ${t} FN ${s}`)] : [];
    }),
  );
  return {
    types,
    files: pairs.length,
    missingPredictions,
    byType,
    accuracy,
    indicator: ind.tp + ind.fp + ind.fn ? prf(ind) : null,
    factsRight: facts.total ? facts.right / facts.total : null,
    figureVerdicts,
    factsTotal: facts.total,
    macroF1: types.reduce((s, t) => s + byType[t].f1, 0) / types.length,
    perDoc,
    contextMisses,
    errors,
  };
}

/** Gold and prediction context of a figure side by side (the verbose report's line). */
function contextMissLine(docId: string, p: PredFigure, g: GoldAnnotationFigure): string {
  // The gold's metric and subject stay out of the JSON when absent, as the mjs prints them.
  const gold = { metric: g.metric, indicator: g.indicator ?? null, subject: g.subject, period: g.period ?? null, change: g.change ?? 'level', qualifier: g.qualifier };
  const pred = {
    metric: p.metric ?? p.noun ?? null,
    indicator: p.indicator ?? null,
    subject: p.subject ?? null,
    period: p.period ?? null,
    change: p.change ?? 'level',
    qualifier: p.qualifier ?? 'exact',
  };
  return `  ${docId} figure "${g.text}": gold ${JSON.stringify(gold)} pred ${JSON.stringify(pred)}`;
}

// ---------------------------------------------------------------------------------------------
// Report

/** A share as a percentage five wide, "  n/a" for none. */
const pct = (x: number | null | undefined): string => (x == null ? '  n/a' : (100 * x).toFixed(1).padStart(5));

/** The summary line: what a run is judged by. */
export function scoreLine(s: GoldScore): string {
  const a = s.accuracy;
  const v = (x: number | null | undefined) => pct(x).trim();
  return [
    `SCORE macroF1 ${(100 * s.macroF1).toFixed(1)}`,
    ...s.types.map((t) => `${t} ${(100 * s.byType[t].f1).toFixed(1)}`),
    `qualifier ${v(a.qualifier)} title ${v(a.title)} titleStrict ${v(a.titleStrict)} metric ${v(a.metric)} indicator ${v(s.indicator?.f1)}`,
    `subject ${v(a.subject)} period ${v(a.period)} change ${v(a.change)} factsRight ${v(s.factsRight)}`,
  ].join(' ');
}

/** The report score-gold.mjs prints, line for line; verbose adds the context misses and every FP/FN. */
export function formatReport(s: GoldScore, options: { verbose?: boolean } = {}): string {
  const a = s.accuracy;
  const n = (x: number) => String(x).padStart(4);
  const missing = s.missingPredictions;
  const lines = [
    `gold files: ${s.files}; missing predictions: ${missing.length}${missing.length ? ` (${missing.join(', ')})` : ''}`,
    'type          P      R     F1    tp   fp   fn',
    ...s.types.map((t) => {
      const x = s.byType[t];
      return `${t.padEnd(12)} ${pct(x.precision)}  ${pct(x.recall)}  ${pct(x.f1)}  ${n(x.tp)} ${n(x.fp)} ${n(x.fn)}`;
    }),
    `accuracy on matched: title ${pct(a.title)} (strict ${pct(a.titleStrict)})  edition ${pct(a.edition)}  qualifier ${pct(a.qualifier)}  unit ${pct(a.unit)}`,
    `figure context on matched: metric ${pct(a.metric)}  subject ${pct(a.subject)}  period ${pct(a.period)}  change ${pct(a.change)}  indicator P ${pct(s.indicator?.precision)} R ${pct(s.indicator?.recall)} F1 ${pct(s.indicator?.f1)}`,
    `facts right (gold figures found with value, unit, qualifier and every context field right): ${pct(s.factsRight)} of ${s.factsTotal}`,
  ];
  if (options.verbose) lines.push(...s.contextMisses, ...s.errors.map((e) => `  ${e}`));
  lines.push(scoreLine(s));
  return `${lines.join('\n')}\n`;
}
