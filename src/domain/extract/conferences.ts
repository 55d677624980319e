import type { EntityMention } from '../types.js';
import { foldKey } from '../text/keys.js';
import { type ArticleContext, adjacentTokens, sentenceOf, sliceTokens } from './context.js';
import { PhraseLexicon } from './tokens.js';
import { matchProvinceAt } from './provinces.js';
import { matchOrganizationAt, startsPersonName, TITLES } from './organizations.js';
import { CONFERENCE_HEADS, CONFERENCE_MODIFIERS, SERIES_ACRONYMS } from './lexicon/conferences.js';
import { CLAUSE_VERBS, FUNCTION_WORDS, TIME_NOUNS } from './lexicon/function-words.js';
import { parseOrdinal } from './lexicon/numbers.js';

// Named meetings: a head ("Hội nghị", "Diễn đàn", "Kỳ họp") and what makes it one meeting — a
// capitalised name, modifiers ("toàn quốc", "trực tuyến"), an edition ("lần thứ 21"), a topic
// ("về ..."). A bare head refers back to the meeting last named.

const HEADS = new PhraseLexicon<string>(CONFERENCE_HEADS.map((h) => [h, h] as const));
const MODIFIERS = new PhraseLexicon<true>(CONFERENCE_MODIFIERS.map((m) => [m, true] as const));
const MAX_TOPIC = 14;
// Verbs that follow a meeting's name ("Hội nghị X thu hút", "Hội thảo X diễn ra").
const VERBS_AFTER_NAME: ReadonlySet<string> = new Set(['thu', 'diễn', 'khai', 'bế', 'kết', 'sẽ', 'đã', 'nhằm', 'bàn', 'thảo', 'tổ', 'có', 'là', 'với', 'vừa', 'thông', 'quy', 'khép']);

interface Candidate {
  start: number;
  end: number;
  edition: number | null;
  /** Tokens [from, to) that state the edition: "lần thứ 2" and "lần thứ hai" name one meeting. */
  editionTokens: [number, number] | null;
  /** Only the head: a reference to a meeting named before. */
  bare: boolean;
}

/** "lần thứ 21", "lần 21", "lần thứ bảy", "thứ 7" (after "Kỳ họp"): the edition and where it ends. */
function readEdition(ctx: ArticleContext, k: number, afterSession: boolean): { edition: number; end: number } | null {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t) return null;
  let j = k;
  if (t.lower === 'lần') j++;
  else if (!afterSession) return null;
  if (tokens[j]?.lower === 'thứ') j++;
  if (j === k) return null;
  const n = tokens[j];
  if (!n?.word || !adjacentTokens(ctx, j - 1, j)) return null;
  const edition = parseOrdinal(n.text);
  return edition === null ? null : { edition, end: j + 1 };
}

function readConference(ctx: ArticleContext, i: number): Candidate | null {
  const { tokens, plain } = ctx;
  const head = HEADS.match(tokens, i, plain);
  if (!head) return null;
  const session = head.value.startsWith('kỳ họp') || head.value.startsWith('phiên');
  let k = head.end;
  let edition: number | null = null;
  let editionTokens: [number, number] | null = null;
  let named = tokens[i]!.cap;
  let parts = 0;
  let lowerRun = 0;
  while (k < tokens.length && adjacentTokens(ctx, k - 1, k)) {
    const t = tokens[k]!;
    // "Hội nghị ASEAN - Trung Quốc", "Thượng đỉnh Hoa Kỳ - Triều Tiên": two parties joined by a dash.
    if ((t.text === '-' || t.text === '–') && tokens[k - 1]!.cap && tokens[k + 1]?.cap && parts > 0) {
      k++;
      continue;
    }
    // "(RCEP)", "(WEF)": the acronym of the name just read.
    if (t.text === '(' && parts > 0 && tokens[k + 1]?.acronym && tokens[k + 2]?.text === ')') {
      k += 3;
      break;
    }
    if (!t.word) break;
    // "Vành đai và Con đường": "và" between capitalised words is inside the name.
    if (t.lower === 'và' && parts > 0 && !tokens[k - 1]!.digits && tokens[k + 1]?.cap && !tokens[k + 1]!.acronym && adjacentTokens(ctx, k, k + 1) && !HEADS.match(tokens, k + 1, plain)) {
      k++;
      continue;
    }
    const ed: { edition: number; end: number } | null = edition === null ? readEdition(ctx, k, session) : null;
    if (ed) {
      edition = ed.edition;
      editionTokens = [k, ed.end];
      k = ed.end;
      parts++;
      continue;
    }
    const modifier = MODIFIERS.match(tokens, k, plain);
    if (modifier) {
      k = modifier.end;
      parts++;
      lowerRun = 0;
      continue;
    }
    const province = matchProvinceAt(ctx, k);
    if (province) {
      k = province.end;
      parts++;
      continue;
    }
    if ((t.lower === 'khóa' || t.lower === 'khoá' || t.lower === 'nhiệm') && tokens[k + 1]?.word) {
      k += 2;
      while (k < tokens.length && (tokens[k]!.digits || tokens[k]!.text === '-' || tokens[k]!.text === '–')) k++;
      parts++;
      continue;
    }
    if (t.lower === 'năm' && /^(19|20)\d\d$/.test(tokens[k + 1]?.text ?? '')) {
      k += 2;
      parts++;
      break;
    }
    if (t.lower === 'về' && parts + (named ? 1 : 0) > 0) {
      k = readTopic(ctx, k + 1);
      parts++;
      break;
    }
    const org = t.cap ? matchOrganizationAt(ctx, k) : null;
    if (org) {
      k = org.end;
      named = true;
      parts++;
      continue;
    }
    if (t.cap) {
      if (startsPersonName(ctx, k) || TITLES.match(tokens, k, plain)) break;
      named = true;
      parts++;
      lowerRun = 0;
      k++;
      continue;
    }
    if (t.digits && /^(COP|ASEAN|APEC)$/i.test(tokens[k - 1]!.text)) {
      k++;
      continue;
    }
    // The lowercase syllables of a capitalised word ("Ngoại vụ", "Kinh tế").
    const prev = tokens[k - 1]!;
    // Right after a capital it is most likely the word's own syllable ("Thế giới"), so only a
    // function word ends the name there; further on, a verb does too.
    const continues = lowerRun === 0 ? prev.cap && !prev.acronym : lowerRun < 5 && !CLAUSE_VERBS.has(t.lower) && !VERBS_AFTER_NAME.has(t.lower);
    if (parts > 0 && continues && !FUNCTION_WORDS.has(t.lower)) {
      lowerRun++;
      k++;
      continue;
    }
    break;
  }
  // A lowercase head with only modifiers ("hội nghị trực tuyến") refers to a meeting named before.
  if (parts === 0 || (!named && edition === null)) return { start: i, end: head.end, edition: null, editionTokens: null, bare: true };
  return { start: i, end: k, edition, editionTokens, bare: false };
}

/** The topic after "về": lowercase words up to a clause boundary. */
function readTopic(ctx: ArticleContext, k: number): number {
  const { tokens } = ctx;
  const start = k;
  while (k < tokens.length && k - start < MAX_TOPIC && adjacentTokens(ctx, k - 1, k)) {
    const t = tokens[k]!;
    if (!t.word || t.digits) break;
    if (k > start && (FUNCTION_WORDS.has(t.lower) || TIME_NOUNS.has(t.lower))) break;
    k++;
  }
  return k;
}

const SERIES_GLUED = /^([A-Z]+)(\d{1,3})$/;

/** "COP 28", "COP28": meetings of a numbered series. */
function readSeries(ctx: ArticleContext, i: number): Candidate | null {
  const t = ctx.tokens[i]!;
  // Only a capitalised token can be "COP28" (spares the pattern the rest).
  const glued = t.cap ? SERIES_GLUED.exec(t.text) : null;
  // The number names the meeting ("COP 28"); it is no "lần thứ" edition.
  if (glued && SERIES_ACRONYMS.has(glued[1]!)) return { start: i, end: i + 1, edition: null, editionTokens: null, bare: false };
  const next = ctx.tokens[i + 1];
  if (SERIES_ACRONYMS.has(t.text) && next?.digits && /^\d{1,3}$/.test(next.text) && adjacentTokens(ctx, i, i + 1)) {
    return { start: i, end: i + 2, edition: null, editionTokens: null, bare: false };
  }
  return null;
}

interface Meeting {
  name: string;
  words: Set<string>;
  edition: number | null;
}

/** The words of a meeting's name, without those of its edition. */
function wordsOf(ctx: ArticleContext, c: Candidate): Set<string> {
  const [from, to] = c.editionTokens ?? [c.end, c.end];
  const text = `${sliceTokens(ctx, c.start, from)} ${sliceTokens(ctx, to, c.end)}`;
  return new Set(foldKey(text).split(' ').filter(Boolean));
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

export function extractConferences(ctx: ArticleContext): EntityMention[] {
  const { tokens } = ctx;
  const meetings: Meeting[] = [];
  const found: { c: Candidate; meeting: Meeting }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    const c = readSeries(ctx, i) ?? readConference(ctx, i);
    if (!c) continue;
    i = c.end - 1;
    if (c.bare) {
      const last = found[found.length - 1];
      if (last) found.push({ c, meeting: last.meeting });
      continue;
    }
    const name = sliceTokens(ctx, c.start, c.end);
    const words = wordsOf(ctx, c);
    // The same meeting named again, fully or in part; editions must not disagree.
    let meeting: Meeting | undefined;
    for (let m = meetings.length - 1; m >= 0 && !meeting; m--) {
      const other = meetings[m]!;
      if (c.edition !== null && other.edition !== null && c.edition !== other.edition) continue;
      if (subset(words, other.words)) meeting = other;
      else if (subset(other.words, words)) {
        meeting = other;
        other.name = name;
        other.words = words;
        other.edition ??= c.edition;
      }
    }
    if (!meeting) {
      meeting = { name, words, edition: c.edition };
      meetings.push(meeting);
    }
    found.push({ c, meeting });
  }
  return found.map(({ c, meeting }) => {
    const start = tokens[c.start]!.start;
    return {
      kind: 'conference',
      name: meeting.name,
      key: foldKey(meeting.name),
      text: sliceTokens(ctx, c.start, c.end),
      span: { start, end: tokens[c.end - 1]!.end },
      sentence: sentenceOf(ctx, start),
      attributes: { edition: meeting.edition },
    };
  });
}
