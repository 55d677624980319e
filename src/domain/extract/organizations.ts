import type { EntityMention } from '../types.js';
import { foldKey } from '../text/keys.js';
import { type ArticleContext, adjacentTokens, sentenceOf, sliceTokens } from './context.js';
import { PhraseLexicon } from './tokens.js';
import { matchCountryAt } from './countries.js';
import { matchProvinceAt, type ProvinceMatch } from './provinces.js';
import { FAMILY_NAMES, WEAK_FAMILY_NAMES } from './lexicon/names.js';
import { CLAUSE_VERBS, FUNCTION_WORDS, NAME_ENDING_VERBS } from './lexicon/function-words.js';
import { FIXED_ORGANIZATIONS, LOCAL_BODIES, MINISTRIES, ORGANIZATION_HEADS, PLACE_LEVELS } from './lexicon/organizations.js';
import { TITLE_HEADS } from './lexicon/titles.js';

export const MINISTRY_NAMES = new PhraseLexicon<true>(MINISTRIES.map((m) => [m, true] as const));
const FIXED = new PhraseLexicon<string>(FIXED_ORGANIZATIONS.flatMap((names) => names.map((n) => [n, names[0]!] as const)));
const HEADS = new PhraseLexicon<true>(ORGANIZATION_HEADS.map((h) => [h, true] as const));
const LOCAL = new PhraseLexicon<true>(LOCAL_BODIES.map((h) => [h, true] as const));
const LEVELS = new PhraseLexicon<true>(PLACE_LEVELS.map((h) => [h, true] as const));
const PROVINCE_LEVELS: ReadonlySet<string> = new Set(['tỉnh', 'thành phố', 'tp', 'tp.', 'tp .', 't.p', 't.p.']);
export const TITLES = new PhraseLexicon<string>(TITLE_HEADS.map((t) => [t, t] as const));

// Heads that are common words when lowercase ("vụ" an incident, "ban" a board in general):
// lowercase they open a name only if it is one of these.
const LOWERCASE_HEADS = new Set(['sở', 'cục', 'tổng cục', 'chi cục', 'công ty', 'tập đoàn', 'ngân hàng', 'bộ']);

export interface OrganizationMatch {
  /** Display name (canonical for fixed names, else as written). */
  name: string;
  start: number;
  end: number;
  province: ProvinceMatch | null;
}

/** Whether a capitalised run at `k` reads as a person's name rather than more of an organisation's. */
export function startsPersonName(ctx: ArticleContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t?.cap || !FAMILY_NAMES.has(t.lower)) return false;
  let run = 1;
  for (let j = k + 1; j < tokens.length && run < 5; j++) {
    const u = tokens[j]!;
    if (!u.word || !u.cap || u.acronym || !adjacentTokens(ctx, j - 1, j)) break;
    if (matchProvinceAt(ctx, j) || matchCountryAt(ctx, j)) break;
    run++;
  }
  return WEAK_FAMILY_NAMES.has(t.lower) ? run >= 3 : run >= 2;
}

/** Whether an organisation, province, country or title starts at `k`: where a unit's name ends. */
function startsOtherName(ctx: ArticleContext, k: number): boolean {
  const { tokens, plain } = ctx;
  return (
    startsPersonName(ctx, k) ||
    !!matchProvinceAt(ctx, k) ||
    !!matchCountryAt(ctx, k) ||
    !!TITLES.match(tokens, k, plain) ||
    (tokens[k]!.lower === 'bộ' && !!MINISTRY_NAMES.match(tokens, k + 1, plain)) ||
    !!FIXED.match(tokens, k, plain) ||
    !!LOCAL.match(tokens, k, plain)
  );
}

/** The words of a unit's name after its head ("Tổng hợp Kinh tế" after "Vụ"); returns the end. */
function readUnitName(ctx: ArticleContext, j: number): number {
  const { tokens, plain } = ctx;
  // "Hạ viện Nhật Bản", "Đại sứ quán Mỹ": a country right after the head is the whole name.
  const country = matchCountryAt(ctx, j);
  if (country) return country.end;
  let k = j;
  let lowerRun = 0;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (!t.word || t.digits || (k > j && !adjacentTokens(ctx, k - 1, k))) break;
    if (t.cap) {
      if (k > j && startsOtherName(ctx, k)) break;
      if (k === j && startsPersonName(ctx, k)) break;
      lowerRun = 0;
      k++;
      continue;
    }
    if (t.lower === 'và' && k > j && tokens[k + 1]?.cap && adjacentTokens(ctx, k, k + 1)) {
      k += 2;
      continue;
    }
    if (FUNCTION_WORDS.has(t.lower) || CLAUSE_VERBS.has(t.lower) || NAME_ENDING_VERBS.matchAt(tokens, k) !== -1 || LEVELS.match(tokens, k, plain) || lowerRun >= 3) break;
    lowerRun++;
    k++;
  }
  return k;
}

/** The place a local body serves: "tỉnh Bình Dương", "TP.HCM", "huyện Đông Anh", or a bare "tỉnh". */
function readPlace(ctx: ArticleContext, j: number, levelImplied: boolean): { end: number; province: ProvinceMatch | null } {
  const { tokens, plain } = ctx;
  if (j > 0 && !adjacentTokens(ctx, j - 1, j)) return { end: j, province: null };
  const p = matchProvinceAt(ctx, j);
  if (p?.province) return { end: p.end, province: p };
  const level = LEVELS.match(tokens, j, plain);
  if (!level && !levelImplied) return { end: j, province: null };
  const nameStart = level ? level.end : j;
  let k = nameStart;
  while (k < tokens.length && k - nameStart < 5 && tokens[k]!.cap && tokens[k]!.word && !tokens[k]!.acronym && adjacentTokens(ctx, k - 1, k)) k++;
  // Places below a province have names that look like people's ("phường Hoàng Liệt"); a run
  // too long for a place alone is a place of one to three words and the person who follows.
  const strongFamilyName = (at: number) => FAMILY_NAMES.has(tokens[at]!.lower) && !WEAK_FAMILY_NAMES.has(tokens[at]!.lower);
  if (k - nameStart >= 3) {
    const split = [1, 2, 3].find((n) => k - (nameStart + n) >= 2 && strongFamilyName(nameStart + n));
    if (split !== undefined) k = nameStart + split;
    // "Phó chủ tịch UBND TP Trần Vĩnh Tuyến": a city's name does not start like a person's.
    else if (level && PROVINCE_LEVELS.has(sliceTokens(ctx, j, level.end).toLowerCase()) && strongFamilyName(nameStart)) k = nameStart;
  }
  return { end: k, province: null };
}

/** "Huyện ủy Chợ Đồn", "Quận ủy Ba Đình": a party committee whose name says the level of its place. */
const LEVEL_IMPLIED = /(?:huyện|quận|thị|thành|tỉnh) [uủ][ỷy]$/u;

/** An organisation named at token `i`, or null. */
export function matchOrganizationAt(ctx: ArticleContext, i: number): OrganizationMatch | null {
  const { tokens, plain } = ctx;
  const t = tokens[i];
  if (!t?.word) return null;

  const fixed = FIXED.match(tokens, i, plain);
  if (fixed && (t.cap || t.acronym)) return { name: fixed.value, start: i, end: fixed.end, province: null };

  if (t.text === 'Bộ' && adjacentTokens(ctx, i, i + 1) && tokens[i + 1]!.cap) {
    const ministry = MINISTRY_NAMES.match(tokens, i + 1, plain);
    if (ministry) {
      const country = matchCountryAt(ctx, ministry.end);
      const end = country && adjacentTokens(ctx, ministry.end - 1, ministry.end) ? country.end : ministry.end;
      return { name: sliceTokens(ctx, i, end), start: i, end, province: null };
    }
  }

  const local = LOCAL.match(tokens, i, plain);
  if (local && t.cap) {
    const place = readPlace(ctx, local.end, LEVEL_IMPLIED.test(tokens.slice(i, local.end).map((t) => t.lower).join(' ')));
    return { name: sliceTokens(ctx, i, place.end), start: i, end: place.end, province: place.province };
  }

  // "Đài Loan": a head that begins a country's or a province's name is that place.
  if (matchCountryAt(ctx, i) || matchProvinceAt(ctx, i)?.province) return null;
  const head = HEADS.match(tokens, i, plain);
  if (!head || !(t.cap || LOWERCASE_HEADS.has(sliceTokens(ctx, i, head.end).toLowerCase()))) return null;
  if (!adjacentTokens(ctx, head.end - 1, head.end)) return null;
  const nameEnd = readUnitName(ctx, head.end);
  if (nameEnd === head.end || !tokens[head.end]!.cap) return null;
  let end = nameEnd;
  let province: ProvinceMatch | null = null;
  const place = readPlace(ctx, end, false);
  if (place.province) {
    province = place.province;
    end = place.end;
  } else {
    const country = matchCountryAt(ctx, end);
    if (country && adjacentTokens(ctx, end - 1, end)) end = country.end;
  }
  return { name: sliceTokens(ctx, i, end), start: i, end, province };
}

export function extractOrganizations(ctx: ArticleContext, taken: (i: number) => boolean): EntityMention[] {
  const { tokens } = ctx;
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word || taken(i)) continue;
    const m = matchOrganizationAt(ctx, i);
    if (!m) continue;
    const start = tokens[i]!.start;
    out.push({
      kind: 'organization',
      name: m.name,
      key: foldKey(m.name),
      text: sliceTokens(ctx, i, m.end),
      span: { start, end: tokens[m.end - 1]!.end },
      sentence: sentenceOf(ctx, start),
    });
    i = m.end - 1;
  }
  return out;
}
