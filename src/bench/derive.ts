// Derived copies of an article for scale benchmarks: the corpus plus N copies of each article, each
// copy with its own id, its numbers perturbed and its people renamed, so that after extraction the
// copies are new facts and new people rather than duplicates the service would fold together (it
// stores identical texts once and consolidates figures whose values agree within a rounding).
//
// Pure: no I/O, no clock. The same article, copy number and `random` sequence give the same copy.
//
// What changes and what does not:
// - Numbers change value, never format: "14,8" stays one decimal with a comma, "23.885" stays
//   dot-grouped, "422" stays a plain integer, round numbers stay as round ("8.500.000" ->
//   "10.200.000"). Years (1900-2099 written bare), days and months of dates ("12/5/2023",
//   "ngày 12 tháng 5", "sáng 30-3"), times ("7h30", "10:30", "8 giờ 30"), codes ("Covid-19", "G7",
//   "5G"), numbers with a leading zero (phones) and zeros are left alone, so dates stay valid dates.
// - Each copy takes a number's factor from a band of its own (±5..40 %, in 18 bands ~4 % wide), so
//   the copies of one figure differ from the original and from each other by more than the 0.5 %
//   that consolidation reads as one rounded value. Small numbers, where rounding would make
//   copies meet ("3" is 2 or 4 within 40 %), climb a ladder of distinct values instead (4, 2, 5, 1, 6...).
// - An article with nothing to perturb (no amount, no person: about 1 in 200) gets a last line
//   "(Bản sao N)", so that its copies are still stored as articles of their own.
// - Person names (a capitalised run of 3-4 syllables starting with a family name, or of 2 after a
//   title or honorific: "Bộ trưởng Lê Hùng", "ông Lê Hùng") get a new given name, chosen by copy
//   number so that the copies of one person are different people, and a new middle name unless it
//   is "Văn"/"Thị" (which also choose the gender of the new given name). A lone given name that
//   refers back ("ông Sơn") follows its full name. Runs that contain a province or country ("Hồ Chí
//   Minh", "Hoàng Anh Gia Lai") or follow a place word ("đường Nguyễn Trãi", "Trường THPT Lê Quý
//   Đôn") are left alone; so are organisations, which no family-name rule matches.
//
// Where the edits go depends on the article only: they are found once per article and applied
// per copy.
import type { RawArticle } from '../ingest/raw-article.js';
import { COUNTRIES } from '../domain/extract/lexicon/countries.js';
import { GLUED_UNITS } from '../domain/extract/lexicon/figures.js';
import { FAMILY_NAMES, HONORIFICS, PLACE_WORDS, WEAK_FAMILY_NAMES } from '../domain/extract/lexicon/names.js';
import { TITLE_HEADS } from '../domain/extract/lexicon/titles.js';
import { phraseKeys } from '../domain/extract/tokens.js';
import { PROVINCE_TEXT_ALIASES } from '../domain/places/provinces.js';
import { seededRandom } from './random.js';

/** Copy `copy` (1, 2, ...) of an article: new id and url, numbers and person names perturbed. */
export function deriveArticle(article: RawArticle, copy: number, random: () => number): RawArticle {
  return applyEdits(article, editsOf(article), copy, random);
}

// Copies 1..N of one article are usually asked for in turn: where its edits are is found once.
// (Keyed weakly by the article object and checked against its texts, so a changed article is read again.)
const EDITS = new WeakMap<RawArticle, { text: string; title: string | undefined; edits: ArticleEdits }>();

function editsOf(article: RawArticle): ArticleEdits {
  const known = EDITS.get(article);
  if (known && known.text === article.text && known.title === article.title) return known.edits;
  const edits = findEdits(article);
  EDITS.set(article, { text: article.text, title: article.title, edits });
  return edits;
}

/**
 * Copies 1..`copies` of an article. Each copy has its own generator, seeded from `seed`, the
 * article's identity and the copy number, so copy k is the same whether or not the others are made.
 */
export function deriveCopies(article: RawArticle, copies: number, seed: number): RawArticle[] {
  const edits = editsOf(article);
  const base = hashString(article.id ?? article.url ?? article.text.slice(0, 256)) ^ seed;
  const out: RawArticle[] = [];
  for (let copy = 1; copy <= copies; copy++) out.push(applyEdits(article, edits, copy, seededRandom(mixSeed(base, copy))));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Edits: where the numbers and names of an article are, found once per article

interface NumberEdit {
  kind: 'number';
  start: number;
  end: number;
  /** Index into `ArticleEdits.numbers`: the same written number changes the same way throughout. */
  number: number;
  /** For the high end of a range ("6-7%"), the low end's number: the range must stay a range. */
  low: number | null;
}

interface NameEdit {
  kind: 'name';
  start: number;
  end: number;
  person: number;
  /** What separates the name's syllables as written: " " or "_". */
  joiners: string[];
}

interface GivenEdit {
  kind: 'given';
  start: number;
  end: number;
  person: number;
}

type Edit = NumberEdit | NameEdit | GivenEdit;

interface TextEdits {
  text: string;
  edits: Edit[];
}

interface ArticleEdits {
  title: TextEdits | null;
  body: TextEdits;
  numbers: Parsed[];
  persons: Person[];
}

function findEdits(article: RawArticle): ArticleEdits {
  const texts = article.title === undefined ? [toNfc(article.text)] : [toNfc(article.title), toNfc(article.text)];
  const numbers = new NumberSites();
  const persons = new PersonSites();
  const found = texts.map((text) => {
    const runs = findRuns(text);
    persons.collect(text, runs);
    return { text, runs, edits: numbers.find(text) };
  });
  persons.resolveShortForms();
  const edited = found.map(({ text, runs, edits }): TextEdits => ({
    text,
    edits: [...edits, ...persons.edits(text, runs)].sort((a, b) => a.start - b.start),
  }));
  return {
    title: article.title === undefined ? null : edited[0]!,
    body: edited[edited.length - 1]!,
    numbers: numbers.list,
    persons: persons.list,
  };
}

function applyEdits(article: RawArticle, found: ArticleEdits, copy: number, random: () => number): RawArticle {
  if (!Number.isInteger(copy) || copy < 1) throw new RangeError(`copy must be a positive integer, got ${copy}`);
  // The random draws come in a fixed order (numbers, then people), so a copy replays exactly.
  const numbers = found.numbers.map((parsed, k): ScaledNumber => {
    const text = scaleWritten(parsed, (copy - 1 + SLOT_STRIDE * k) % SLOTS, random());
    return { parsed, text };
  });
  // A new name must be no one's in the article, original or new.
  const used = new Set<string>(found.persons.map((p) => p.key));
  const persons = found.persons.map((p) => {
    if (p.fullForm !== null) return null;
    const renamed = renamePerson(p.words, p.key, copy, random, used);
    if (renamed) used.add(renamed.join(' ').toLowerCase());
    return renamed;
  });
  // A short form takes the tail of its full name's new name.
  found.persons.forEach((p, k) => {
    const full = p.fullForm === null ? null : persons[p.fullForm];
    if (full) persons[k] = full.slice(full.length - p.words.length);
  });
  const rewrite = ({ text, edits }: TextEdits): string => {
    let out = '';
    let at = 0;
    for (const e of edits) {
      const replacement = replacementFor(e, numbers, persons);
      if (replacement === null) continue;
      out += text.slice(at, e.start) + replacement;
      at = e.end;
    }
    return out + text.slice(at);
  };
  const { id, url, title: _title, text: _text, ...rest } = article;
  const body = rewrite(found.body);
  return {
    ...rest,
    // Without an id the url identifies the article, and without either its text does: both stay absent.
    ...(id !== undefined ? { id: `${id}~${copy}` } : {}),
    ...(url !== undefined ? { url: withCopyParameter(url, copy) } : {}),
    ...(found.title ? { title: rewrite(found.title) } : {}),
    // Nothing to perturb (no amount, no person): a last line tells the copies apart, or the
    // service would store them all as the original.
    text: body !== found.body.text ? body : `${body.trimEnd()}\n\n(Bản sao ${copy})\n`,
  };
}

interface ScaledNumber {
  parsed: Parsed;
  text: string;
}

function replacementFor(e: Edit, numbers: readonly ScaledNumber[], persons: readonly (string[] | null)[]): string | null {
  switch (e.kind) {
    case 'number': {
      const n = numbers[e.number]!;
      if (e.low === null) return n.text;
      return orderedHigh(numbers[e.low]!, n);
    }
    case 'name': {
      const renamed = persons[e.person];
      if (!renamed) return null;
      let out = renamed[0]!;
      for (let k = 1; k < renamed.length; k++) out += (e.joiners[k - 1] ?? ' ') + renamed[k]!;
      return out;
    }
    case 'given': {
      const renamed = persons[e.person];
      return renamed ? renamed[renamed.length - 1]! : null;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Identity

function withCopyParameter(url: string, copy: number): string {
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  return `${base}${base.includes('?') ? '&' : '?'}copy=${copy}${fragment}`;
}

/** FNV-1a, 32 bits: a stable hash for choices that must agree across copies. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mixSeed(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) >>> 0;
}

const COMBINING = /[\u0300-\u036f]/;

/** NFC, without paying for normalisation when the text has no combining marks (nearly always). */
function toNfc(s: string): string {
  return COMBINING.test(s) ? s.normalize('NFC') : s;
}

// ---------------------------------------------------------------------------------------------
// Numbers

// The number shapes the figure extractor reads (src/domain/extract/figures.ts), optionally a range.
const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+`;
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}_]|[\p{L}\p{N}][.,/:\-–])(${NUM})(?:([ _]*(?:-|–|đến|tới)[ _]*)(${NUM}))?`,
  'gu',
);
// A number right after these is a day, month, quarter, weekday, ordinal, year, time of day or minute.
const DATE_MARKER = /(?:^|[^\p{L}\p{M}])(?:ngày|hôm|mồng|mùng|tháng|quý|thứ|năm|lúc|giờ|(?:sáng|trưa|chiều|tối|đêm)(?:[ _]+(?:nay|qua|mai))?)[ _]+$/iu;
// What follows a date, time, fraction or document number: "12/5", "10:30", "12-5-2023", "1.2.3".
const CONTINUES_CODE = /(?:[ _]?[-–/:][ _]?\d|\.\d)/uy;
const CODE_BEFORE = /\d[ _]?[/:][ _]?$/u;
const CLOCK_AFTER = /[ _]*(?:giờ|phút|giây)(?![\p{L}\p{M}])/uy;
// After these a number of 1900-2099 is a quantity, not a year ("2000 người", "2010 tỷ đồng").
const QUANTITY_AFTER = /[ _]*(?:%|(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng|USD|người|ha|tấn|km|lượt|ca|hộ|con|chiếc|căn|doanh[ _]nghiệp|dự[ _]án)(?![\p{L}\p{M}_]))/uy;
const LETTERS_AFTER = /[\p{L}\p{M}]+\d?/uy;
const LETTER = /[\p{L}\p{M}]/u;

/** Whether sticky `re` matches `text` at `at`. */
function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
const RANGE_DASH = /[-–]/;
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const VERSION = /^\d{1,2}\.0$/;

/** How a number is written: decimals and their mark, thousands grouping. */
interface NumberFormat {
  /** Width of an integer written with zeros in front ("03"), else 0. */
  padded: number;
  decimals: number;
  decimalMark: ',' | '.';
  group: '.' | ',' | null;
}

interface Parsed {
  /** The value in units of its last written digit ("14,8" -> 148, "23.885" -> 23885). */
  units: number;
  format: NumberFormat;
}

const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,(\d+))?$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3}){2,}$/;
const COMMA_DECIMAL = /^\d+,(\d+)$/;
const DOT_DECIMAL = /^\d+\.(\d{1,2})$/;

function parseWritten(s: string): Parsed | null {
  let format: NumberFormat;
  let m: RegExpExecArray | null;
  if ((m = DOT_GROUPED.exec(s))) format = { padded: 0, decimals: m[1]?.length ?? 0, decimalMark: ',', group: '.' };
  else if (COMMA_GROUPED.test(s)) format = { padded: 0, decimals: 0, decimalMark: '.', group: ',' };
  else if ((m = COMMA_DECIMAL.exec(s))) format = { padded: 0, decimals: m[1]!.length, decimalMark: ',', group: null };
  else if ((m = DOT_DECIMAL.exec(s))) format = { padded: 0, decimals: m[1]!.length, decimalMark: '.', group: null };
  else format = { padded: s.length > 1 && s[0] === '0' ? s.length : 0, decimals: 0, decimalMark: ',', group: null };
  const digits = s.replace(/[.,]/g, '');
  // Longer runs are account numbers or ids, and lose precision as doubles.
  if (digits.length > 15) return null;
  return { units: Number(digits), format };
}

function valueOf(p: Parsed): number {
  return p.units / 10 ** p.format.decimals;
}

function groupThousands(intPart: string, mark: string): string {
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += mark;
    out += intPart[i];
  }
  return out;
}

function formatWritten(units: number, f: NumberFormat): string {
  const scale = 10 ** f.decimals;
  const intValue = Math.floor(units / scale);
  let intPart = String(intValue);
  // Grouping is kept where it is valid: "1.050" may become "950"; English "1,000,000" below a
  // million would read as a decimal comma, so it takes Vietnamese dots instead.
  if (f.group === '.' && intValue >= 1000) intPart = groupThousands(intPart, '.');
  if (f.group === ',' && intValue >= 1000) intPart = groupThousands(intPart, intValue >= 1_000_000 ? ',' : '.');
  if (f.decimals === 0) return intPart.padStart(f.padded, '0');
  return `${intPart}${f.decimalMark}${String(units % scale).padStart(f.decimals, '0')}`;
}

const SLOTS = 18;
const SLOT_STRIDE = 7; // coprime with SLOTS: successive numbers of an article start in scattered slots

/**
 * The factor of slot `slot`: even slots raise, odd ones lower, by 5..40 % in nine bands; `r`
 * places it inside the middle 60 % of its band, so two slots are at least ~1.5 % apart.
 */
function slotFactor(slot: number, r: number): number {
  const band = Math.floor(slot / 2);
  const magnitude = 0.05 + (0.35 * (band + 0.2 + 0.6 * r)) / (SLOTS / 2);
  return slot % 2 === 0 ? 1 + magnitude : 1 - magnitude;
}

/** Round numbers stay as round, down to two significant digits: "700.000" moves in steps of 10.000. */
function precisionOf(p: Parsed): number {
  if (p.format.decimals > 0) return 1;
  const digits = String(p.units).length;
  let zeros = 0;
  for (let u = p.units; u > 0 && u % 10 === 0; u /= 10) zeros++;
  return 10 ** Math.max(0, Math.min(zeros, digits - 2));
}

/**
 * Rung `i` of a ladder of values around `units`, `rung` apart: +1, -1, +2, -2... rungs, then only
 * upwards once the values would fall below half (or to zero). Distinct rungs give distinct values.
 */
function ladder(units: number, rung: number, i: number): number {
  const below = Math.min(Math.floor((units - 1) / rung), Math.max(1, Math.floor(units / 2 / rung)));
  if (i < 2 * below) return i % 2 === 0 ? units + (i / 2 + 1) * rung : units - ((i - 1) / 2 + 1) * rung;
  return units + (below + (i - 2 * below) + 1) * rung;
}

/**
 * The number in slot `slot`, written as the original was. Small numbers (fewer than 50 steps of
 * their precision) climb a ladder, whose rungs stay distinct where rounding a factor would not
 * ("3" can only become 2 or 4 within 40 %); larger ones take the slot's factor.
 */
function scaleWritten(p: Parsed, slot: number, r: number): string {
  const step = precisionOf(p);
  const steps = p.units / step;
  let next: number;
  if (steps < 50) {
    next = ladder(p.units, Math.max(1, Math.round(steps * 0.05)) * step, slot);
  } else {
    next = Math.round((p.units * slotFactor(slot, r)) / step) * step;
    if (next === p.units) next += step;
  }
  // A bare four-digit number of 1900-2099 would read as a year: moved past the range.
  if (p.format.decimals === 0 && p.format.group === null && next >= 1900 && next <= 2099) {
    next = next > p.units ? 2100 + (next % 100) : 1899 - (2099 - next) % 100;
  }
  return formatWritten(next, p.format);
}

/** The high end of a range, kept above its low end: scaled as the low end was if need be. */
function orderedHigh(low: ScaledNumber, high: ScaledNumber): string {
  const lowValue = valueOf(parseWritten(low.text)!);
  if (valueOf(high.parsed) <= valueOf(low.parsed) || valueOf(parseWritten(high.text)!) > lowValue) return high.text;
  const step = precisionOf(high.parsed);
  const scale = 10 ** high.parsed.format.decimals;
  const target = (lowValue * valueOf(high.parsed)) / valueOf(low.parsed);
  let units = Math.max(step, Math.round((target * scale) / step) * step);
  // Rounding may still make the two meet: the high end goes up by steps.
  while (units / scale <= lowValue) units += step;
  return formatWritten(units, high.parsed.format);
}

const YEAR = /^(?:19|20)\d\d$/;

function isYear(s: string): boolean {
  return YEAR.test(s);
}

/** True when the number `written`, followed by text at `end`, is a year, a time, a code or a phone number rather than an amount. */
function keepsNumber(written: string, text: string, end: number): boolean {
  // "0912345678" is a phone number; "03 đối tượng", "07kg" are counts written with a zero in front.
  if (written.length > 3 && written[0] === '0' && written[1] !== ',' && written[1] !== '.') return true;
  if (isYear(written) && !matchesAt(QUANTITY_AFTER, text, end)) return true;
  // "4.0", "Web 2.0": versions, not amounts.
  if (VERSION.test(written)) return true;
  const c = text[end];
  // "_" joins a word; a digit means the number is malformed ("20.0000") and read only in part.
  if (c === '_' || (c !== undefined && c >= '0' && c <= '9')) return true;
  if (c !== undefined && LETTER.test(c)) {
    // "121kg", "8.500.000đ" are amounts; "7h30", "5G", "3D" are not.
    LETTERS_AFTER.lastIndex = end;
    if (!GLUED_UNITS.has(LETTERS_AFTER.exec(text)![0].toLowerCase())) return true;
  }
  return written.length <= 2 && matchesAt(CLOCK_AFTER, text, end);
}

/** The numbers of an article's texts to perturb; one entry per distinct written number. */
class NumberSites {
  readonly list: Parsed[] = [];
  private readonly index = new Map<string, number | null>();

  find(text: string): NumberEdit[] {
    const edits: NumberEdit[] = [];
    for (const m of text.matchAll(NUMBER)) {
      const [whole, first, sep, second] = m as unknown as [string, string, string | undefined, string | undefined];
      const start = m.index;
      const end = start + whole.length;
      // "12/5", "12-5-2023", "10:30", "1.2.3": dates, times and codes are left whole.
      if (matchesAt(CONTINUES_CODE, text, end)) continue;
      // "ngày 12", "tháng 5", "chiều nay 6-7", "tháng 11-2018", "8 giờ 30": days, months and minutes;
      // "31 / 12" as a segmenter spaces it.
      const before = text.slice(Math.max(0, start - 12), start);
      if (DATE_MARKER.test(before) || CODE_BEFORE.test(before)) continue;
      if (sep === undefined || second === undefined) {
        const n = keepsNumber(first, text, end) ? null : this.numberOf(first);
        if (n !== null) edits.push({ kind: 'number', start, end, number: n, low: null });
        continue;
      }
      // "30-3" with the smaller number second is a date, not a range.
      if (RANGE_DASH.test(sep) && ONE_OR_TWO_DIGITS.test(first) && ONE_OR_TWO_DIGITS.test(second) && Number(second) <= 12 && Number(second) < Number(first)) continue;
      const firstEnd = start + first.length;
      const a = keepsNumber(first, text, firstEnd) ? null : this.numberOf(first);
      const b = keepsNumber(second, text, end) ? null : this.numberOf(second);
      if (a !== null) edits.push({ kind: 'number', start, end: firstEnd, number: a, low: null });
      if (b !== null) edits.push({ kind: 'number', start: end - second.length, end, number: b, low: a });
    }
    return edits;
  }

  private numberOf(written: string): number | null {
    const known = this.index.get(written);
    if (known !== undefined) return known;
    const parsed = parseWritten(written);
    const n = parsed && parsed.units > 0 ? this.list.push(parsed) - 1 : null;
    this.index.set(written, n);
    return n;
  }
}

// ---------------------------------------------------------------------------------------------
// Capitalised runs: "Bùi Thanh Sơn", "Bùi_Thanh_Sơn", "Hưng_Yên", "Thương"

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
/** Letters that are not a syllable's, digits, "_" and apostrophes: a run touching one is part of a longer word. */
const GLUE = 3;

// One table lookup per character: a hand-written scan is several times faster than a Unicode
// regular expression over the whole text, and this runs for every copy of 30,000 articles.
const CHAR_CLASS = ((): Uint8Array => {
  const table = new Uint8Array(0x2100);
  for (let c = 0; c < table.length; c++) {
    const ch = String.fromCharCode(c);
    if (/\p{Lu}/u.test(ch)) table[c] = UPPER;
    else if (/[\p{Ll}\p{M}]/u.test(ch)) table[c] = LOWER;
    else if (/[\p{L}\p{N}_'’]/u.test(ch)) table[c] = GLUE;
  }
  return table;
})();

function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < CHAR_CLASS.length ? CHAR_CLASS[c]! : OTHER;
}

interface Run {
  start: number;
  end: number;
  /** One syllable, no space or "_" inside. */
  lone: boolean;
}

/**
 * Runs of capitalised syllables (a capital, then lowercase letters) joined by " " or "_", not
 * touching other letters, digits, "_" or apostrophes: "TP", "H'Hen", "A320", "Bình_thường" are none.
 */
function findRuns(text: string): Run[] {
  const runs: Run[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = charClass(text, i);
    if (c === OTHER) {
      i++;
      continue;
    }
    if (c === UPPER && (i === 0 || charClass(text, i - 1) === OTHER)) {
      let goodEnd = -1;
      let syllables = 0;
      let goodSyllables = 0;
      let j = i;
      for (;;) {
        j++;
        while (j < n && charClass(text, j) === LOWER) j++;
        const next = j < n ? charClass(text, j) : OTHER;
        if (next === UPPER || (next === GLUE && text[j] !== '_')) break;
        syllables++;
        if (next === OTHER) {
          goodEnd = j;
          goodSyllables = syllables;
        }
        const joiner = text[j];
        if ((joiner === ' ' || joiner === '_') && j + 1 < n && charClass(text, j + 1) === UPPER) {
          j++;
          continue;
        }
        break;
      }
      if (goodEnd > 0) {
        runs.push({ start: i, end: goodEnd, lone: goodSyllables === 1 });
        i = goodEnd;
        continue;
      }
    }
    // Inside a word: on to its end.
    while (i < n && charClass(text, i) !== OTHER) i++;
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Names

// Common given names, by gender (a "Văn" or "Thị" in the name says which). None names a country
// on its own ("Anh", "Đức", "Nga"); a new name that spells a province ("Thái Bình") is never used.
const MALE_GIVEN = [
  'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Long', 'Quân', 'Thắng', 'Trung', 'Cường', 'Phong', 'Hiếu', 'Khánh',
  'Toàn', 'Tùng', 'Vinh', 'Huy', 'Thành', 'Tâm', 'Quang', 'Phúc', 'Lộc', 'Tài', 'Nghĩa', 'Kiên', 'Khoa', 'Đạt',
  'Hưng', 'Thịnh', 'Tiến', 'Thông', 'Chiến', 'Lực', 'Hậu', 'Bảo', 'Duy', 'Kiệt', 'Nhân', 'Sang', 'Việt',
];
const FEMALE_GIVEN = [
  'Lan', 'Hương', 'Mai', 'Hoa', 'Hằng', 'Linh', 'Trang', 'Thảo', 'Ngọc', 'Yến', 'Phương', 'Thủy', 'Loan', 'Vân',
  'Huyền', 'Nhung', 'Dung', 'Hạnh', 'Oanh', 'Quỳnh', 'Nhi', 'Chi', 'Tuyết', 'Thu', 'Liên', 'Hiền', 'Diệp', 'Ngân',
  'Trinh', 'Thư',
];
const ANY_GIVEN = [...MALE_GIVEN, ...FEMALE_GIVEN];
const lowercased = (names: readonly string[]) => names.map((name) => ({ name, lower: name.toLowerCase() }));
const GIVEN_POOLS = { male: lowercased(MALE_GIVEN), female: lowercased(FEMALE_GIVEN), any: lowercased(ANY_GIVEN) };
const MIDDLE = [
  'Minh', 'Thanh', 'Quốc', 'Hữu', 'Đình', 'Ngọc', 'Xuân', 'Hồng', 'Công', 'Quang', 'Hoài', 'Bảo', 'Kim', 'Trọng',
  'Mạnh', 'Tuấn', 'Việt', 'Gia', 'Khánh', 'Phương', 'Đăng', 'Duy', 'Tiến', 'Hoàng', 'Anh', 'Đức',
];
const FEMALE_MIDDLE = ['Thu', 'Minh', 'Thanh', 'Ngọc', 'Kim', 'Hồng', 'Phương', 'Xuân', 'Thúy', 'Bích', 'Diệu', 'Hoài', 'Mỹ', 'Quỳnh', 'Khánh', 'Hải'];
// Middle names that carry the gender and are kept.
const GENDERED_MIDDLE = new Set(['văn', 'thị']);

/** Provinces and countries as lowercase word sequences, in both tone placements ("thanh hóa", "thanh hoá"). */
const PROTECTED = new Set<string>(
  [
    ...PROVINCE_TEXT_ALIASES.map((a) => a.alias),
    ...COUNTRIES.flatMap(([, names]) => names),
  ].flatMap((name) => phraseKeys(name.replace(/[-–_]/g, ' '))),
);
// Words in front of a name that introduce a person: honorifics and job titles.
const INTRODUCERS = new Set<string>([...HONORIFICS, ...TITLE_HEADS].map((w) => w.toLowerCase()));
const INTRODUCER_FIRST_WORDS = new Set<string>([...INTRODUCERS].map((w) => w.split(' ')[0]!));
const INTRODUCER_LAST_WORDS = new Set<string>([...INTRODUCERS].map((w) => w.split(' ').pop()!));
const SENTENCE_BREAK = new Set(['.', '!', '?', '…', '\n', ':', '"', '“', '”', '(', '[', '-', '–', '•', '*']);

/** The syllables of a run, whichever joiner it uses ("Bùi Thanh Sơn", "Bùi_Thanh_Sơn"). */
function syllablesOf(run: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 0x20 || c === 0x5f) {
      out.push(run.slice(from, i));
      from = i + 1;
    }
  }
  out.push(run.slice(from));
  return out;
}

/**
 * The words just before `pos` in the same clause, as written, nearest last (at most four): words
 * joined by spaces or "_"; punctuation or a line break ends the clause.
 */
function wordsBefore(text: string, pos: number): string[] {
  const words: string[] = [];
  let i = pos - 1;
  while (words.length < 4) {
    while (i >= 0 && (text[i] === ' ' || text[i] === '_')) i--;
    const end = i + 1;
    while (i >= 0 && charClass(text, i) !== OTHER && text[i] !== '_') i--;
    if (i + 1 === end) break;
    words.push(text.slice(i + 1, end));
  }
  return words.reverse();
}

function lastWordsIn(set: ReadonlySet<string>, lower: readonly string[], max: number): boolean {
  let phrase = '';
  for (let n = 1; n <= Math.min(max, lower.length); n++) {
    phrase = n === 1 ? lower[lower.length - 1]! : `${lower[lower.length - n]} ${phrase}`;
    if (set.has(phrase)) return true;
  }
  return false;
}

/** "ông", "Bộ trưởng", "đối_tượng" just before. */
function introduced(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined || !INTRODUCER_LAST_WORDS.has(last.toLowerCase())) return false;
  return lastWordsIn(INTRODUCERS, words.map((w) => w.toLowerCase()), 4);
}

const ACRONYM = /^\p{Lu}{2,}$/u;

/** "đường Nguyễn Trãi", "Trường THPT Lê Quý Đôn": a street, school or firm named after someone. */
function afterPlaceWord(words: readonly string[]): boolean {
  // An acronym may stand between the place word and the name ("Trường THPT").
  const w = words.length > 0 && ACRONYM.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
  return lastWordsIn(PLACE_WORDS, w.map((x) => x.toLowerCase()), 2);
}

function containsPlace(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    let key = words[i]!;
    for (let j = i + 1; j < words.length; j++) {
      key += ' ' + words[j]!;
      if (PROTECTED.has(key)) return true;
    }
  }
  return false;
}

function isSentenceStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '_') continue;
    return SENTENCE_BREAK.has(c);
  }
  return true;
}

/** How many words at the start of a run name a province or country, leaving at least two. */
function leadingPlace(lower: readonly string[]): number {
  let key = '';
  let found = 0;
  for (let n = 1; n <= Math.min(4, lower.length - 2); n++) {
    key = n === 1 ? lower[0]! : `${key} ${lower[n - 1]}`;
    if (PROTECTED.has(key)) found = n;
  }
  return found;
}

/** How many words at the start of a run are a title or honorific ("Ông" opening a sentence, "Bộ Trưởng" in a headline). */
function leadingIntroducer(lower: readonly string[]): number {
  if (!INTRODUCER_FIRST_WORDS.has(lower[0]!)) return 0;
  for (let n = Math.min(4, lower.length - 1); n >= 1; n--) if (INTRODUCERS.has(lower.slice(0, n).join(' '))) return n;
  return 0;
}

/** Where a person's name starts in a capitalised run, if the run holds one. */
function personIn(text: string, start: number, lower: readonly string[]): number | null {
  const n = lower.length;
  // "Ông Lê Hùng" opening a sentence: introduced within the run.
  const lead = leadingIntroducer(lower);
  if (lead > 0 && n - lead >= 2 && n - lead <= 4 && FAMILY_NAMES.has(lower[lead]!) && !containsPlace(lower.slice(lead))) return lead;
  // A place run into the name ("tỉnh Quảng Ninh Phạm Đức Hải") is not part of it.
  const place = leadingPlace(lower);
  // The name starts the run (after the place), or a family name that is no common word starts it
  // further in ("Thủ Tướng Nguyễn Xuân Phúc" in a title-case headline).
  let from = FAMILY_NAMES.has(lower[place]!) && n - place <= 4 ? place : -1;
  for (let k = place + 1; from < 0 && k < n; k++) if (FAMILY_NAMES.has(lower[k]!) && !WEAK_FAMILY_NAMES.has(lower[k]!)) from = k;
  if (from < 0) return null;
  const length = n - from;
  // Three or four words, as the extractor reads a name; two only after a title or honorific.
  const strong = length >= 3 && length <= 4;
  if (!strong && length !== 2) return null;
  if (containsPlace(lower.slice(from))) return null;
  if (from > 0) return strong ? from : null;
  const words = wordsBefore(text, start);
  if (introduced(words)) return 0;
  return strong && !afterPlaceWord(words) ? 0 : null;
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

interface Person {
  key: string;
  words: string[];
  /**
   * A longer name of the article that ends with this one ("anh Hoàng A." after "Nguyễn Văn Hoàng
   * A."): the same person, renamed with it (as the extractor resolves it).
   */
  fullForm: number | null;
}

/** The people an article names, and where: full names, and given names standing for them. */
class PersonSites {
  readonly list: Person[] = [];
  private readonly byKey = new Map<string, number>();
  /** Given name -> the last person with it: the one a lone "ông Sơn" means (as the extractor reads it). */
  private readonly byGiven = new Map<string, number>();

  collect(text: string, runs: readonly Run[]): void {
    for (const run of runs) {
      if (run.lone) continue;
      const lower = syllablesOf(text.slice(run.start, run.end).toLowerCase());
      const from = personIn(text, run.start, lower);
      if (from === null) continue;
      const words = lower.slice(from);
      const key = words.join(' ');
      let person = this.byKey.get(key);
      if (person === undefined) {
        person = this.list.push({ key, words, fullForm: null }) - 1;
        this.byKey.set(key, person);
      }
      this.byGiven.set(words[words.length - 1]!, person);
    }
  }

  /** Links short forms to the last longer name that ends with them; lone given names follow. */
  resolveShortForms(): void {
    for (const p of this.list) {
      this.list.forEach((q, k) => {
        if (q.words.length > p.words.length && q.key.endsWith(` ${p.key}`)) p.fullForm = k;
      });
    }
    // A chain ("A" in "Hoàng A" in "Nguyễn Văn Hoàng A") ends at the longest name.
    for (const p of this.list) while (p.fullForm !== null && this.list[p.fullForm]!.fullForm !== null) p.fullForm = this.list[p.fullForm]!.fullForm;
    for (const [given, person] of this.byGiven) {
      const full = this.list[person]!.fullForm;
      if (full !== null) this.byGiven.set(given, full);
    }
  }

  edits(text: string, runs: readonly Run[]): (NameEdit | GivenEdit)[] {
    const edits: (NameEdit | GivenEdit)[] = [];
    if (this.list.length === 0) return edits;
    const givenLengths = new Set<number>();
    for (const given of this.byGiven.keys()) givenLengths.add(given.length);
    for (const run of runs) {
      // Most lone capitalised words open a sentence: the length tells them apart cheaply.
      if (run.lone && !givenLengths.has(run.end - run.start)) continue;
      const raw = text.slice(run.start, run.end);
      const lower = raw.toLowerCase();
      if (run.lone) {
        const person = this.byGiven.get(lower);
        if (person === undefined) continue;
        // "ông Sơn", or a capitalised given name inside a sentence; not "Sơn" opening a sentence
        // (in plain text it may begin a word), nor "xã Thịnh", a place.
        const words = wordsBefore(text, run.start);
        if (introduced(words) || (!isSentenceStart(text, run.start) && !afterPlaceWord(words))) {
          edits.push({ kind: 'given', start: run.start, end: run.end, person });
        }
        continue;
      }
      // Every name, full or after "Ông", ends with a given name.
      const lastJoiner = Math.max(lower.lastIndexOf(' '), lower.lastIndexOf('_'));
      if (!this.byGiven.has(lower.slice(lastJoiner + 1))) continue;
      const words = syllablesOf(lower);
      const edit = this.nameEdit(text, run, raw, words);
      if (edit) edits.push(edit);
    }
    return edits;
  }

  private nameEdit(text: string, run: Run, raw: string, words: readonly string[]): NameEdit | GivenEdit | null {
    // The name is a tail of the run ("Thủ Tướng Nguyễn Xuân Phúc" in a title-case headline).
    const rawWords = syllablesOf(raw);
    let offset = run.start;
    for (let from = 0; from < words.length - 1; from++) {
      const person = this.byKey.get(words.slice(from).join(' '));
      if (person !== undefined) {
        // Everywhere the article names this person, except where the name is a street's or a school's.
        if (from === 0) {
          const before = wordsBefore(text, run.start);
          if (!introduced(before) && afterPlaceWord(before)) return null;
        }
        const joiners: string[] = [];
        for (let k = offset - run.start; k < raw.length; k++) if (raw[k] === ' ' || raw[k] === '_') joiners.push(raw[k]!);
        return { kind: 'name', start: offset, end: run.end, person, joiners };
      }
      offset += rawWords[from]!.length + 1;
    }
    // "Ông Sơn" opening a sentence.
    const lead = leadingIntroducer(words);
    const person = lead === words.length - 1 ? this.byGiven.get(words[lead]!) : undefined;
    if (person === undefined) return null;
    return { kind: 'given', start: run.end - rawWords[lead]!.length, end: run.end, person };
  }
}

/**
 * New syllables for a person: the family name kept, the given name chosen by copy number (so the
 * copies of one person are distinct people), the middle name at random unless it is "Văn"/"Thị".
 */
function renamePerson(name: readonly string[], key: string, copy: number, random: () => number, used: ReadonlySet<string>): string[] | null {
  const last = name.length - 1;
  const female = name.includes('thị');
  const pool = GIVEN_POOLS[female ? 'female' : name.includes('văn') ? 'male' : 'any'].filter((g) => !name.includes(g.lower));
  const middles = female ? FEMALE_MIDDLE : MIDDLE;
  const first = hashString(key) + copy - 1;
  const middleAt = last - 1;
  const replaceMiddle = middleAt >= 1 && !GENDERED_MIDDLE.has(name[middleAt]!);
  for (let attempt = 0; attempt < 8; attempt++) {
    // Should the new name be someone else's in the article, the next tries take other given names
    // (which another copy may also take: rare, and only for this person).
    const given = pool[(first + attempt * 11) % pool.length]!.name;
    const out = name.map(capitalise);
    out[last] = given;
    if (replaceMiddle) {
      let middle = middles[Math.floor(random() * middles.length)]!;
      if (middle === given || middle.toLowerCase() === name[middleAt]) middle = middles[(middles.indexOf(middle) + 1) % middles.length]!;
      if (middle !== given) out[middleAt] = middle;
    }
    const lower = out.map((w) => w.toLowerCase());
    if (!containsPlace(lower) && !used.has(lower.join(' '))) return out;
  }
  return null;
}
