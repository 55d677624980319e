// Scores extraction output in the gold-annotation shape against gold annotations, by the rules of
// the gold README: persons by folded name (title loosely), provinces by folded name without prefix,
// conferences by folded name with containment, figures by unit class and value within 0.5 %.
// One-to-one greedy matching; items listed as lenient are neither required nor penalised.
import type { GoldDoc } from '../../src/domain/extract/to-gold.js';

export interface GoldAnnotation extends GoldDoc {
  lenient?: { persons?: string[]; provinces?: string[]; conferences?: string[]; figures?: string[]; editions?: Record<string, number> };
}

const TYPES = ['persons', 'provinces', 'conferences', 'figures'] as const;
type ItemType = (typeof TYPES)[number];

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface GoldScore {
  byType: Record<ItemType, TypeScore>;
  macroF1: number;
  /** Accuracy of an attribute over matched items (null when nothing was matched). */
  accuracy: { title: number | null; edition: number | null; qualifier: number | null; unit: number | null };
  /** Every false positive and false negative, "docId type FP|FN item". */
  errors: string[];
}

/** Accent-, case-, tone-placement- and underscore-insensitive key. */
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
    .trim();

const PROVINCE_ALIASES: Record<string, string> = {
  hcm: 'ho chi minh',
  tphcm: 'ho chi minh',
  'tp hcm': 'ho chi minh',
  'sai gon': 'ho chi minh',
  'br vt': 'ba ria vung tau',
  'tt hue': 'thua thien hue',
  'dac lac': 'dak lak',
};
export const provinceKey = (s: string): string => {
  const k = fold(s).replace(/^(tinh|thanh pho|tp|t p)\s+/, '');
  return PROVINCE_ALIASES[k] ?? k;
};
const tokenSet = (s: string) => new Set(fold(s).split(' ').filter(Boolean));
function jaccard(a: string, b: string): number {
  const x = tokenSet(a);
  const y = tokenSet(b);
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / (x.size + y.size - common || 1);
}
/** Titles match loosely: equal, one containing the other, or half their words in common. */
export const looselyEqual = (a: string, b: string): boolean => {
  const x = fold(a);
  const y = fold(b);
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x) || jaccard(a, b) >= 0.5);
};
const unitClass = (u: string) => (u === 'USD' || u === 'VND' || u === 'percent' ? u : 'countlike');
const closeTo = (p: number, g: number) => Math.abs(p - g) <= 0.005 * Math.max(1e-9, Math.abs(g));

function dedupe<T>(items: readonly T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of items) {
    const k = key(x);
    if (k && !seen.has(k)) seen.set(k, x);
  }
  return [...seen.values()];
}

/** Greedy one-to-one matching: [matched pairs, unmatched predictions, unmatched gold items]. */
function match<P, G>(preds: readonly P[], golds: readonly G[], eq: (p: P, g: G) => boolean): [[P, G][], P[], G[]] {
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

export function scoreGold(docs: readonly { gold: GoldAnnotation; pred: GoldDoc }[]): GoldScore {
  const totals = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<ItemType, { tp: number; fp: number; fn: number }>;
  // [correct, matched] per attribute.
  const attr: Record<keyof GoldScore['accuracy'], [number, number]> = { title: [0, 0], edition: [0, 0], qualifier: [0, 0], unit: [0, 0] };
  const errors: string[] = [];

  for (const { gold, pred } of docs) {
    const lenient = gold.lenient ?? {};
    const score = <P, G>(type: ItemType, preds: P[], golds: G[], eq: (p: P, g: G) => boolean, isLenient: (p: P) => boolean) => {
      const [pairs, extra, missed] = match(preds, golds, eq);
      const fp = extra.filter((p) => !isLenient(p));
      totals[type].tp += pairs.length;
      totals[type].fp += fp.length;
      totals[type].fn += missed.length;
      for (const x of fp) errors.push(`${gold.id} ${type} FP ${JSON.stringify(x)}`);
      for (const x of missed) errors.push(`${gold.id} ${type} FN ${JSON.stringify(x)}`);
      return pairs;
    };

    const lenientPersons = (lenient.persons ?? []).map(fold);
    const persons = score(
      'persons',
      dedupe(pred.persons, (x) => fold(x.name)),
      dedupe(gold.persons, (x) => fold(x.name)),
      (p, g) => fold(p.name) === fold(g.name),
      (p) => lenientPersons.includes(fold(p.name)),
    );
    for (const [p, g] of persons) {
      if (!g.title) continue;
      attr.title[1]++;
      if (p.title && looselyEqual(p.title, g.title)) attr.title[0]++;
    }

    const lenientProvinces = (lenient.provinces ?? []).map(provinceKey);
    score(
      'provinces',
      dedupe(pred.provinces, provinceKey),
      dedupe(gold.provinces, provinceKey),
      (p, g) => provinceKey(p) === provinceKey(g),
      (p) => lenientProvinces.includes(provinceKey(p)),
    );

    const sameMeeting = (p: { name: string }, g: { name: string }) => {
      const x = fold(p.name);
      const y = fold(g.name);
      return x === y || ((x.includes(y) || y.includes(x)) && Math.min(x.length, y.length) >= 8) || jaccard(p.name, g.name) >= 0.6;
    };
    const meetings = score(
      'conferences',
      dedupe(pred.conferences, (x) => fold(x.name)),
      dedupe(gold.conferences, (x) => fold(x.name)),
      sameMeeting,
      (p) => (lenient.conferences ?? []).some((name) => sameMeeting(p, { name })),
    );
    for (const [p, g] of meetings) {
      attr.edition[1]++;
      if ((p.edition ?? null) === (g.edition ?? null) || lenient.editions?.[g.name] === p.edition) attr.edition[0]++;
    }

    const lenientFigures = (lenient.figures ?? []).map(fold);
    const figures = score(
      'figures',
      pred.figures,
      gold.figures,
      (p, g) => unitClass(p.unit) === unitClass(g.unit) && closeTo(p.value, g.value),
      (p) => lenientFigures.some((t) => fold(p.text).includes(t) || t.includes(fold(p.text))),
    );
    for (const [p, g] of figures) {
      attr.qualifier[1]++;
      if (p.qualifier === g.qualifier) attr.qualifier[0]++;
      attr.unit[1]++;
      if (p.unit === g.unit) attr.unit[0]++;
    }
  }

  const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): TypeScore => {
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), tp, fp, fn };
  };
  const byType = Object.fromEntries(TYPES.map((t) => [t, prf(totals[t])])) as Record<ItemType, TypeScore>;
  const accuracy = (k: keyof typeof attr) => (attr[k][1] ? attr[k][0] / attr[k][1] : null);
  return {
    byType,
    macroF1: TYPES.reduce((sum, t) => sum + byType[t].f1, 0) / TYPES.length,
    accuracy: { title: accuracy('title'), edition: accuracy('edition'), qualifier: accuracy('qualifier'), unit: accuracy('unit') },
    errors,
  };
}
