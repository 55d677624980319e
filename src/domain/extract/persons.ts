import type { EntityMention, RoleMention, Span } from '../types.js';
import { toneKey } from '../text/keys.js';
import { type ArticleContext, adjacentTokens, isSentenceStart, sentenceOf, sliceTokens } from './context.js';
import { PhraseLexicon } from './tokens.js';
import { matchCountryAt } from './countries.js';
import { matchProvinceAt, type ProvinceMatch } from './provinces.js';
import { MINISTRY_NAMES, TITLES, matchOrganizationAt } from './organizations.js';
import { FAMILY_NAMES, HONORIFICS, PLACE_WORDS, WEAK_FAMILY_NAMES } from './lexicon/names.js';
import { CLAUSE_VERBS, FUNCTION_WORDS } from './lexicon/function-words.js';
import { MINISTRY_TITLE_HEADS, TITLE_MODIFIERS, UNDERSTOOD_PLACE_LEVELS } from './lexicon/titles.js';

// How a person is found: after a job title, after an honorific ("ông", "bà"), or as a
// capitalised run that starts with a Vietnamese family name. A title may also follow the name
// as an apposition ("bà X, Vụ trưởng Vụ Y, Bộ Z, phát biểu").

const HONORIFIC_LEXICON = new PhraseLexicon<true>(HONORIFICS.map((h) => [h, true] as const));
const MODIFIERS = new PhraseLexicon<true>([...TITLE_MODIFIERS].map((m) => [m, true] as const));

const CENTRAL = new PhraseLexicon<true>(['Trung ương', 'Trung ương Đảng', 'TƯ', 'TW'].map((w) => [w, true] as const));

const FOREIGN_SURNAME = /^[A-Z][a-z]{2,}$/;
const NON_LATIN = /[^A-Za-z'’-]/;
const PLACE_HEADS = /^(?:phó )?(?:thị trưởng|thống đốc|tỉnh trưởng|thủ hiến)$/iu;

const MAX_NAME = 4;
const MAX_FOREIGN_NAME = 4;

interface TitleParse {
  start: number;
  end: number;
  organization: Span | null;
  province: ProvinceMatch | null;
}

interface PersonCandidate {
  tokens: string[];
  start: number;
  end: number;
  /** Titles attached to this mention: before the name, after it, or both ("Đại biểu X - thứ trưởng Bộ Y"). */
  titles: TitleParse[];
  /** A lone given name ("ông Hiếu"): only kept if it points back to a full name. */
  partial: boolean;
}

export interface PersonResult {
  entities: EntityMention[];
  roles: RoleMention[];
  /** Token ranges of person names, which no province or country may claim. */
  nameRanges: { start: number; end: number }[];
}

function extendOrg(org: Span | null, ctx: ArticleContext, from: number, to: number): Span {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to - 1]!.end;
  return org ? { start: org.start, end } : { start, end };
}

/**
 * What follows a title head: the body, ministry, country or province it belongs to
 * ("Ngoại giao", "Bộ Ngoại giao", "Mỹ", "UBND tỉnh Bình Dương", "Sở Ngoại vụ Bắc Giang").
 */
function readComplement(ctx: ArticleContext, j: number, head: string, parse: TitleParse): number {
  const { tokens, plain } = ctx;
  let k = j;
  if (MINISTRY_TITLE_HEADS.has(head) && adjacentTokens(ctx, k - 1, k)) {
    const ministry = MINISTRY_NAMES.match(tokens, k, plain);
    if (ministry) {
      parse.organization = extendOrg(parse.organization, ctx, k, ministry.end);
      k = ministry.end;
    }
  }
  for (let guard = 0; guard < 6 && k < tokens.length; guard++) {
    const t = tokens[k]!;
    const glued = adjacentTokens(ctx, k - 1, k);
    // ", Bộ Ngoại giao" continues a title; any other punctuation ends it.
    if (!glued && t.word) break;
    if (!t.word) {
      const next = k + 1;
      if (t.text === ',' && matchOrganizationAt(ctx, next) && !isSentenceStart(ctx, next)) {
        k = next;
        continue;
      }
      // "(Nhật Bản)": the country of the place just named.
      const country = t.text === '(' ? matchCountryAt(ctx, next) : null;
      if (country && tokens[country.end]?.text === ')') {
        k = country.end + 1;
        continue;
      }
      break;
    }
    if (t.lower === 'nước' && (head.endsWith('chủ tịch') || head.endsWith('chủ tịch nước'))) {
      k++;
      continue;
    }
    if ((t.lower === 'tại' || t.lower === 'ở' || t.lower === 'của') && k + 1 < tokens.length) {
      const country = matchCountryAt(ctx, k + 1);
      const province = country ? null : matchProvinceAt(ctx, k + 1);
      const org = country || province ? null : t.lower === 'của' ? matchOrganizationAt(ctx, k + 1) : null;
      const end = country?.end ?? province?.end ?? org?.end;
      if (!end) break;
      if (province?.province && !parse.province) parse.province = province;
      if (org) parse.organization = extendOrg(parse.organization, ctx, k + 1, org.end);
      k = end;
      continue;
    }
    const org = matchOrganizationAt(ctx, k);
    if (org) {
      parse.organization = extendOrg(parse.organization, ctx, k, org.end);
      if (org.province && !parse.province) parse.province = org.province;
      k = org.end;
      continue;
    }
    const province = matchProvinceAt(ctx, k);
    if (province) {
      if (!province.province) break;
      if (!parse.province) parse.province = province;
      k = province.end;
      continue;
    }
    const country = matchCountryAt(ctx, k);
    if (country) {
      k = country.end;
      continue;
    }
    // "Chủ tịch UBND tỉnh" with the province understood.
    const level = UNDERSTOOD_PLACE_LEVELS.matchAt(tokens, k);
    if (level !== -1 && parse.organization) {
      k = level;
      continue;
    }
    // "Trưởng Ban Tuyên giáo Trung ương", "Bí thư TƯ Đoàn".
    const central = CENTRAL.match(tokens, k, plain);
    if (central) {
      k = central.end;
      continue;
    }
    // "chủ tịch BIDV": an acronym after a title is the body it belongs to.
    if (t.acronym && !parse.organization) {
      parse.organization = extendOrg(null, ctx, k, k + 1);
      k++;
      continue;
    }
    // "thống đốc tỉnh Ishikawa", "thống đốc bang California": a foreign province or state.
    // ("Chủ tịch tỉnh Nguyễn Văn A" names the person, the province understood.)
    if ((t.lower === 'bang' || t.lower === 'tỉnh') && !parse.organization && tokens[k + 1]?.cap && adjacentTokens(ctx, k, k + 1) && !FAMILY_NAMES.has(tokens[k + 1]!.lower)) {
      let run = 0;
      while (k + 1 + run < tokens.length && tokens[k + 1 + run]!.cap && !tokens[k + 1 + run]!.acronym && adjacentTokens(ctx, k + run, k + 1 + run)) run++;
      // The place's words, leaving two for a name that follows ("bang California Jerry Brown").
      k += 1 + (run >= 3 ? Math.max(1, run - 2) : run);
      continue;
    }
    // "Chủ tịch tỉnh Nguyễn Văn A": the province understood, the person named.
    if (t.lower === 'tỉnh' && tokens[k + 1]?.cap && FAMILY_NAMES.has(tokens[k + 1]!.lower) && adjacentTokens(ctx, k, k + 1)) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** A title at token `i`: one or more heads with their complements, joined by ", " or "kiêm". */
function readTitle(ctx: ArticleContext, i: number): TitleParse | null {
  const { tokens, plain } = ctx;
  let k = i;
  const modifier = MODIFIERS.match(tokens, k, plain);
  const titleStart = modifier ? modifier.end : k;
  k = titleStart;
  const parse: TitleParse = { start: titleStart, end: titleStart, organization: null, province: null };
  for (;;) {
    const head = TITLES.match(tokens, k, plain);
    if (!head) break;
    // The body named with the last title is the one the person serves in ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X").
    parse.organization = null;
    k = readComplement(ctx, head.end, head.value, parse);
    parse.end = k;
    const sep = tokens[k];
    const after = k + 1;
    if (sep && (sep.text === ',' || sep.lower === 'kiêm') && TITLES.match(tokens, after, plain)) {
      k = after;
      continue;
    }
    break;
  }
  return parse.end > parse.start ? parse : null;
}

/**
 * A person's name at token `k`: a run of capitalised words. After a title or honorific any
 * run counts (foreign names); otherwise the run must start with a Vietnamese family name.
 */
function readName(ctx: ArticleContext, k: number, introduced: boolean, byHonorific = false): { start: number; end: number } | null {
  const { tokens, plain } = ctx;
  let start = k;
  if (start >= tokens.length || !tokens[start]!.cap || tokens[start]!.acronym) return null;
  if (start > 0 && !adjacentTokens(ctx, start - 1, start) && introduced) return null;
  // A segmenter may glue a place to the name ("Malaysia Najib Razak").
  for (;;) {
    const place = matchCountryAt(ctx, start) ?? matchProvinceAt(ctx, start);
    if (!place || place.end >= tokens.length || !tokens[place.end]!.cap || !adjacentTokens(ctx, place.end - 1, place.end)) break;
    if (place.end === start) break;
    start = place.end;
  }
  if (TITLES.match(tokens, start, plain) || matchOrganizationAt(ctx, start)) return null;
  const first = tokens[start]!.lower;
  const vietnamese = FAMILY_NAMES.has(first);
  let end = start;
  let endsAtPlace = false;
  while (end < tokens.length && end - start < 6) {
    const t = tokens[end]!;
    if (!t.word || !t.cap || t.digits || (t.acronym && t.text.length > 1 && end > start)) break;
    // "George W. Bush": an initial with its full stop inside a foreign name.
    if (introduced && end > start && t.text.length === 1 && tokens[end + 1]?.text === '.' && tokens[end + 2]?.cap && tokens[end + 2]!.text.length > 1) {
      end += 2;
      continue;
    }
    if (end > start && !adjacentTokens(ctx, end - 1, end)) break;
    if (end > start && TITLES.match(tokens, end, plain)) break;
    // A place after the name ends it; inside a Vietnamese name it is a given name ("Nguyễn Thái Bình").
    // A place of two words after two ends it as well ("Hoàng Anh Gia Lai" is a company).
    if (end > start) {
      const place = matchProvinceAt(ctx, end);
      const placeBreak = !vietnamese || end - start >= 3 || (end - start >= 2 && !!place && place.end - end >= 2);
      if (placeBreak && (place?.province || matchCountryAt(ctx, end))) {
        endsAtPlace = true;
        break;
      }
    }
    end++;
  }
  const length = end - start;
  if (length === 0) return null;
  // Foreign names are written in Latin letters; Vietnamese ones open with a family name. Words
  // that are neither ("Hợp Thành" after "cổ đông sáng lập") name a firm or a place.
  // (A lone given name, "ông Khiêm", stands for a full name said before.)
  if (!vietnamese && length > 1 && NON_LATIN.test(tokens[start]!.text)) return null;
  // Two words run into a place are a firm's name ("Hoàng Anh Gia Lai", "Đức Long Gia Lai").
  if (endsAtPlace && length <= 2) return null;
  if (!introduced) {
    // Unintroduced, two words that start with a family name name a place or a country as often
    // as a person ("Hàn Quốc", "Chu Lai", "Trần Phú"): only full names of three words and more count.
    if (!vietnamese || length < 3 || length > 5) return null;
    // A country, a province or a name that only contains one ("Thái Bình Dương").
    if (matchCountryAt(ctx, start) || matchProvinceAt(ctx, start)) return null;
  }
  // "Y Giang Gry Niê Knơng", "H'Yim Kđoh": Ê Đê and Jarai names run to five words.
  const longest = first === 'y' || first.startsWith("h'") ? MAX_NAME + 1 : vietnamese ? MAX_NAME : MAX_FOREIGN_NAME;
  end = start + Math.min(length, longest);
  if (length === 1) {
    // A lone capitalised word is a name only where the word ends: "ông Hiếu nói", not "Tập đoàn". After an honorific, a
    // segmented source says where words end ("Bị_cáo Hiếu đại_diện 36%"); otherwise only a function word or a verb after it.
    const next = tokens[end];
    const wordEnds = byHonorific && ctx.joined && tokens[end - 1]!.joined !== true;
    if (!wordEnds && next?.word && !next.cap && adjacentTokens(ctx, end - 1, end) && !FUNCTION_WORDS.has(next.lower) && !CLAUSE_VERBS.has(next.lower)) return null;
  }
  return { start, end };
}

/**
 * "thống đốc tỉnh Ishikawa, ông Tanimoto Masanori", "nguyên bí thư Tỉnh ủy là ông X": the name
 * after a comma or "là" and an honorific.
 */
function readNameAfterHonorific(ctx: ArticleContext, k: number, next = false): { start: number; end: number } | null {
  const joiner = ctx.tokens[k]?.lower;
  if (next ? joiner !== 'và' : joiner !== ',' && joiner !== 'là') return null;
  const honorific = HONORIFIC_LEXICON.match(ctx.tokens, k + 1, ctx.plain);
  return honorific ? readName(ctx, honorific.end, true) : null;
}

function precededByPlaceWord(ctx: ArticleContext, i: number): boolean {
  // "Trường THPT Lê Quý Đôn": a kind of school or unit may sit between.
  if (ctx.tokens[i - 1]?.acronym) i--;
  const prev = ctx.tokens[i - 1];
  if (!prev?.word) return false;
  if (PLACE_WORDS.has(prev.lower)) return true;
  const prev2 = ctx.tokens[i - 2];
  return !!prev2?.word && PLACE_WORDS.has(`${prev2.lower} ${prev.lower}`);
}

/** A title set after the name: "X, Chủ tịch UBND tỉnh Y," or "X - Phó Giám đốc Sở Y". */
function readAppositiveTitle(ctx: ArticleContext, end: number): TitleParse | null {
  const sep = ctx.tokens[end];
  if (!sep || sep.word || !(sep.text === ',' || sep.text === '-' || sep.text === '–' || sep.text === '(')) return null;
  const title = readTitle(ctx, end + 1);
  // "X, Chủ tịch nước Y": a title followed by a name is that next person's.
  if (!title || readName(ctx, title.end, true)) return null;
  return title;
}

function findCandidates(ctx: ArticleContext): PersonCandidate[] {
  const { tokens, plain } = ctx;
  const out: PersonCandidate[] = [];
  /** Adds the person named at `name` with the titles given; returns the token after all of it. */
  const add = (name: { start: number; end: number }, ...given: (TitleParse | null)[]): number => {
    const titles = given.filter((t): t is TitleParse => t !== null);
    out.push({
      tokens: tokens.slice(name.start, name.end).filter((t) => t.word).map((t) => t.text),
      start: name.start,
      end: name.end,
      titles,
      partial: name.end - name.start === 1,
    });
    // A title after the name is read: its words name no one else.
    return Math.max(name.end, ...titles.map((t) => t.end));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const province = matchProvinceAt(ctx, i);
    if (province?.province && province.nameStart > i) {
      i = province.end - 1;
      continue;
    }

    const title = readTitle(ctx, i);
    if (title) {
      const name = readName(ctx, title.end, true);
      if (name) {
        i = add(name, title, readAppositiveTitle(ctx, name.end)) - 1;
        continue;
      }
      // "hai nguyên bí thư Tỉnh ủy là ông X và ông Y": each named person holds the title.
      let after = title.end;
      for (let named = readNameAfterHonorific(ctx, after); named; named = readNameAfterHonorific(ctx, after, true)) after = add(named, title);
      i = Math.max(i, after - 1);
      continue;
    }

    const honorific = HONORIFIC_LEXICON.match(tokens, i, plain);
    // "ông", "anh" are honorifics in lowercase; capitalised mid-sentence they start a name ("Hoàng Anh").
    if (honorific && (!t.cap || isSentenceStart(ctx, i)) && !(t.cap && matchCountryAt(ctx, i) && !tokens[honorific.end]?.cap)) {
      const name = readName(ctx, honorific.end, true, true);
      if (name) {
        i = add(name, readAppositiveTitle(ctx, name.end)) - 1;
        continue;
      }
    }

    if (t.cap && !t.acronym && !precededByPlaceWord(ctx, i)) {
      const name = readName(ctx, i, false);
      if (name && name.start === i) {
        i = add(name, readAppositiveTitle(ctx, name.end)) - 1;
      }
    }
  }
  return out;
}

/**
 * Finds the full name a short mention refers to: the last full name (in text order) ending with the
 * same words. Every ending of every full name is indexed once, so that each mention is one lookup.
 */
function createShortResolver(fulls: readonly string[][]): (short: readonly string[]) => string[] | null {
  const byEnding = new Map<string, string[]>();
  for (const full of fulls) {
    const keys = full.map(toneKey);
    for (let k = 1; k < full.length; k++) byEnding.set(keys.slice(full.length - k).join(' '), full);
  }
  return (short) => byEnding.get(short.map(toneKey).join(' ')) ?? null;
}

export function extractPersons(ctx: ArticleContext, bylineSpan: Span | null): PersonResult {
  const { tokens, plain } = ctx;
  const candidates = findCandidates(ctx).filter(
    (c) => !bylineSpan || tokens[c.start]!.start < bylineSpan.start || tokens[c.end - 1]!.end > bylineSpan.end,
  );
  // Full names first: a mention whose words end a longer name seen in the article is that person.
  const fulls = candidates.filter((c) => !c.partial && (FAMILY_NAMES.has(c.tokens[0]!.toLowerCase()) || c.titles.length > 0)).map((c) => c.tokens);
  const resolveShort = createShortResolver(fulls);
  const entities: EntityMention[] = [];
  const roles: RoleMention[] = [];
  const nameRanges: { start: number; end: number }[] = [];
  for (const c of candidates) {
    const resolved = resolveShort(c.tokens);
    // A lone word is a name when a title introduces it and it is no Vietnamese syllable ("Tổng thống Putin").
    // Not after the head of a place, whose place comes next ("cuộc gặp thị trưởng Auckland").
    const keepLone = c.titles.length > 0 && FOREIGN_SURNAME.test(c.tokens[0]!) && !c.titles.some((t) => PLACE_HEADS.test(sliceTokens(ctx, t.start, t.end)));
    if (c.partial && !resolved && !keepLone) continue;
    const name = resolved ? resolved.join(' ') : sliceTokens(ctx, c.start, c.end);
    // Accents are part of a name: "Lợi" and "Lời" are two people until evidence says otherwise.
    const key = toneKey(name);
    const start = tokens[c.start]!.start;
    const end = tokens[c.end - 1]!.end;
    const sentence = sentenceOf(ctx, start);
    nameRanges.push({ start: c.start, end: c.end });
    const titleTexts = c.titles.map((t) => sliceTokens(ctx, t.start, t.end));
    entities.push({
      kind: 'person',
      name,
      key,
      text: plain.slice(start, end),
      span: { start, end },
      sentence,
      ...(titleTexts.length > 0 ? { attributes: { title: titleTexts.join(', ') } } : {}),
    });
    c.titles.forEach((t, n) => {
      const from = Math.min(tokens[t.start]!.start, start);
      const to = Math.max(tokens[t.end - 1]!.end, end);
      roles.push({
        person: name,
        personKey: key,
        title: titleTexts[n]!,
        organization: t.organization ? plain.slice(t.organization.start, t.organization.end) : null,
        province: t.province?.province?.name ?? null,
        text: plain.slice(from, to),
        span: { start: from, end: to },
        sentence,
      });
    });
  }
  return { entities, roles, nameRanges };
}
