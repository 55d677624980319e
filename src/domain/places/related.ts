import { provinceByCode, resolveProvince, type Province, type ProvinceScheme } from './provinces.js';

const SCHEME_CODE = /^vn(2008|2025):\d{2}$/;

export interface ProvinceMatch {
  key: string;
  name: string;
  scheme: ProvinceScheme;
  /** itself: the unit asked for; predecessor: a unit the 2025 reform merged into it. */
  relation: 'itself' | 'predecessor';
}

export interface ProvinceScope {
  requested: Province;
  /** Every unit a query for `requested` covers. */
  matched: ProvinceMatch[];
}

/**
 * The units a query for `nameOrCode` covers: the province itself and, for a unit formed in the 2025
 * reform, the units it was formed from (articles before the reform name those). A name is read in
 * the current (2025) scheme when that scheme has it, so "TP Hồ Chí Minh" covers Bình Dương and Bà
 * Rịa - Vũng Tàu too; a code ("vn2008:79") asks for exactly that unit. Null when nothing matches.
 */
export function provinceScope(nameOrCode: string): ProvinceScope | null {
  const trimmed = nameOrCode.trim();
  const province = SCHEME_CODE.test(trimmed) ? provinceByCode(trimmed) : (resolveProvince(trimmed, 'vn2025') ?? resolveProvince(trimmed));
  if (!province) return null;
  const predecessors = province.predecessors.map((p): ProvinceMatch => ({ key: p.key, name: p.name, scheme: 'vn2008', relation: 'predecessor' }));
  return { requested: province, matched: [{ key: province.key, name: province.name, scheme: province.scheme, relation: 'itself' }, ...predecessors] };
}
