import data from './data/vn-provinces-2025.json' with { type: 'json' };
import { foldKey, toneKey } from '../text/keys.js';

// Province gazetteer for both administrative schemes: the 63 units in force until mid-2025
// (vn2008) and the 34 that replaced them (vn2025). A code alone is ambiguous across schemes
// (vn2008:80 is Long An, vn2025:80 is Tây Ninh), so every unit is identified by `scheme:code`.

export type ProvinceScheme = 'vn2008' | 'vn2025';

export interface ProvinceRef {
  key: string;
  code: string;
  name: string;
}

export interface Province {
  key: string;
  scheme: ProvinceScheme;
  code: string;
  /** Short display name without "Tỉnh"/"Thành phố" ("Bình Dương", "Hồ Chí Minh"). */
  name: string;
  /** Official name with its prefix ("Tỉnh Bình Dương"). */
  fullName: string;
  /** A centrally governed city ("Thành phố Hà Nội"): "TP X" names the province, not a town. */
  isCity: boolean;
  /** vn2008 units: the vn2025 units they became. */
  successors: ProvinceRef[];
  /** vn2025 units: the vn2008 units they were formed from. */
  predecessors: ProvinceRef[];
}

interface RawRef {
  code: string;
  name: string;
}
interface RawUnit {
  code: string;
  name: string;
  successors?: RawRef[];
  predecessors?: RawRef[];
}

const PREFIX = /^(?:tỉnh|thành phố|tp\.?|t\.p\.?)\s*/iu;

// Spellings in common use besides the official short name. Keyed by the vn2008 code; the
// vn2025 unit of the same name inherits them through name lookup.
const EXTRA_ALIASES: Record<string, readonly string[]> = {
  '79': ['TP.HCM', 'TP. HCM', 'TP HCM', 'TPHCM', 'Tp.HCM', 'HCM', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
  '46': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'TT Huế', 'TT - Huế'],
  '77': ['Bà Rịa Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'BR-VT', 'BR - VT', 'BRVT'],
  '66': ['Đắc Lắc', 'Đăk Lăk', 'Đắk Lăk', 'Đắc Lắk', 'Daklak', 'Dak Lak'],
  '67': ['Đăk Nông', 'Đắc Nông', 'Daknong', 'Dak Nong'],
  '06': ['Bắc Cạn'],
  '62': ['Kontum'],
};

// Names that only the lookup API accepts: in running text they mostly name something else
// (the city of Huế, the Sài Gòn river or newspaper).
const LOOKUP_ONLY_ALIASES: Record<string, readonly string[]> = {
  '79': ['Sài Gòn', 'Saigon'],
  '46': ['Huế'],
};

function shortName(fullName: string): string {
  return fullName.replace(PREFIX, '').trim();
}

function displayName(scheme: ProvinceScheme, code: string, fullName: string): string {
  // Until 2025 the unit was the province of Thừa Thiên Huế; the data names it by its new status.
  if (scheme === 'vn2008' && code === '46') return 'Thừa Thiên Huế';
  return shortName(fullName);
}

function buildUnits(scheme: ProvinceScheme, units: readonly RawUnit[], other: ProvinceScheme): Province[] {
  const ref = (r: RawRef): ProvinceRef => ({ key: `${other}:${r.code}`, code: r.code, name: '' });
  return units.map((u) => ({
    key: `${scheme}:${u.code}`,
    scheme,
    code: u.code,
    name: displayName(scheme, u.code, u.name),
    fullName: u.name,
    isCity: /^thành phố/iu.test(u.name),
    successors: (u.successors ?? []).map(ref),
    predecessors: (u.predecessors ?? []).map(ref),
  }));
}

const VN2008 = buildUnits('vn2008', data.schemes.vn2008.units, 'vn2025');
const VN2025 = buildUnits('vn2025', data.schemes.vn2025.units, 'vn2008');
const BY_KEY = new Map<string, Province>([...VN2008, ...VN2025].map((p) => [p.key, p]));

// Successor and predecessor names come from the unit itself, so both directions read alike.
for (const p of BY_KEY.values()) {
  for (const r of [...p.successors, ...p.predecessors]) r.name = BY_KEY.get(r.key)?.name ?? '';
}

/** Every spelling a vn2008 unit is written with in running text. */
export interface ProvinceAlias {
  alias: string;
  province: Province;
}

function textAliases(p: Province): string[] {
  const names = new Set([p.name, shortName(p.fullName), ...(EXTRA_ALIASES[p.code] ?? [])]);
  return [...names];
}

export const PROVINCE_TEXT_ALIASES: readonly ProvinceAlias[] = VN2008.flatMap((p) =>
  textAliases(p).map((alias) => ({ alias, province: p })),
);

// Lookup keys: tone-placement-insensitive first, accent-free as a fallback.
const BY_TONE = new Map<string, Province>();
const BY_FOLD = new Map<string, Province>();

function lookupKey(name: string): string {
  return toneKey(name.replace(/[-–]/g, ' ')).replace(PREFIX, '');
}

function register(alias: string, p: Province): void {
  const tone = lookupKey(alias);
  if (!BY_TONE.has(tone)) BY_TONE.set(tone, p);
  const fold = foldKey(tone);
  if (!BY_FOLD.has(fold)) BY_FOLD.set(fold, p);
  const glued = fold.replace(/ /g, '');
  if (!BY_FOLD.has(glued)) BY_FOLD.set(glued, p);
}

for (const p of VN2008) {
  for (const alias of [...textAliases(p), p.fullName, ...(LOOKUP_ONLY_ALIASES[p.code] ?? [])]) register(alias, p);
}
// vn2025 names all repeat a vn2008 name, so registering them second keeps the vn2008 unit.
for (const p of VN2025) register(p.fullName, p);

/**
 * The province a name refers to, in any spelling: with or without "tỉnh"/"thành phố"/"TP.",
 * either tone placement, underscores of segmentation, without accents, or a common alias
 * ("TP.HCM", "BR-VT", "TT-Huế"). A name shared by both schemes gives the vn2008 unit, whose
 * `successors` name the vn2025 one; pass `scheme` to ask for the other.
 */
export function resolveProvince(name: string, scheme: ProvinceScheme = 'vn2008'): Province | null {
  const cleaned = name.replace(/_/g, ' ').trim();
  if (!cleaned) return null;
  const tone = lookupKey(cleaned);
  const found = BY_TONE.get(tone) ?? BY_FOLD.get(foldKey(tone)) ?? BY_FOLD.get(foldKey(tone).replace(/ /g, ''));
  if (!found || found.scheme === scheme) return found ?? null;
  if (scheme === 'vn2025') {
    // The vn2025 unit of the same name, if the vn2008 unit kept its name.
    const same = found.successors.find((s) => toneKey(s.name) === toneKey(found.name));
    return same ? (BY_KEY.get(same.key) ?? null) : null;
  }
  return found;
}

/** A unit by its scheme-qualified key ("vn2008:74"). */
export function provinceByCode(key: string): Province | null {
  return BY_KEY.get(key) ?? null;
}

export function listProvinces(scheme: ProvinceScheme): readonly Province[] {
  return scheme === 'vn2008' ? VN2008 : VN2025;
}
