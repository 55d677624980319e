import type { EntityMention } from '../types.js';
import { PROVINCE_TEXT_ALIASES, type Province } from '../places/provinces.js';
import { type ArticleContext, adjacentTokens, sentenceOf, sliceTokens } from './context.js';
import { PhraseLexicon } from './tokens.js';
import { PLACE_WORDS } from './lexicon/names.js';

// Longer names that contain a province's name but are not the province.
const NOT_PROVINCES = ['Thái Bình Dương', 'Điện Biên Phủ', 'Hà Nội Mới', 'Quảng Nam Đà Nẵng', 'Sài Gòn Giải Phóng'];

// Bare, these name a person or a river as often as the province: only "TP X" counts.
const NEEDS_PREFIX = new Set(['hồ chí minh']);

const PROVINCES = new PhraseLexicon<Province | null>([
  ...PROVINCE_TEXT_ALIASES.map((a) => [a.alias, a.province] as const),
  ...NOT_PROVINCES.map((n) => [n, null] as const),
]);

type Level = 'province' | 'city' | 'lower';
const LEVELS = new PhraseLexicon<Level>([
  ['tỉnh', 'province'],
  ['thành phố', 'city'],
  ['TP', 'city'],
  ['TP.', 'city'],
  ['T.P', 'city'],
  ['T.P.', 'city'],
  ...[...PLACE_WORDS].map((w) => [w, 'lower'] as const),
]);

export interface ProvinceMatch {
  /** Null when the words name something else (a town of the same name, the Pacific). */
  province: Province | null;
  /** First token, including a "tỉnh"/"TP" in front. */
  start: number;
  /** First token of the name itself. */
  nameStart: number;
  end: number;
}

function allCapitalised(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (t.word && !t.cap) return false;
  }
  return true;
}

/**
 * A province named at token `i`, with an optional "tỉnh"/"thành phố"/"TP" in front. "TP X" of
 * a province that is not a centrally governed city names the provincial town: no province.
 */
export function matchProvinceAt(ctx: ArticleContext, i: number): ProvinceMatch | null {
  const { tokens, plain } = ctx;
  const level = LEVELS.match(tokens, i, plain);
  // The name must follow its "tỉnh"/"TP" on the same line.
  const prefixed = level && level.value !== 'lower' && adjacentTokens(ctx, level.end - 1, level.end);
  const nameStart = prefixed ? level.end : i;
  const m = PROVINCES.match(tokens, nameStart, plain);
  if (!m || !allCapitalised(ctx, nameStart, m.end)) return null;
  if (nameStart === i && NEEDS_PREFIX.has(sliceTokens(ctx, i, m.end).toLowerCase())) return null;
  let province = m.value;
  if (province && level?.value === 'city' && !province.isCity) province = null;
  return { province, start: i, nameStart, end: m.end };
}

/** Whether the words before token `i` make what follows a district, commune or street. */
function afterPlaceWord(ctx: ArticleContext, i: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[i - 1];
  if (!prev?.word) return false;
  if (PLACE_WORDS.has(prev.lower)) return true;
  const prev2 = tokens[i - 2];
  return !!prev2?.word && PLACE_WORDS.has(`${prev2.lower} ${prev.lower}`);
}

export function extractProvinces(ctx: ArticleContext): EntityMention[] {
  const { tokens } = ctx;
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const m = matchProvinceAt(ctx, i);
    if (!m) continue;
    i = m.end - 1;
    if (!m.province || (m.nameStart === m.start && afterPlaceWord(ctx, m.start))) continue;
    const p = m.province;
    const start = tokens[m.start]!.start;
    out.push({
      kind: 'province',
      name: p.name,
      key: p.key,
      text: sliceTokens(ctx, m.start, m.end),
      span: { start, end: tokens[m.end - 1]!.end },
      sentence: sentenceOf(ctx, start),
      attributes: {
        scheme: p.scheme,
        code: p.code,
        fullName: p.fullName,
        successors: p.successors.map((s) => ({ key: s.key, name: s.name })),
      },
    });
  }
  return out;
}
