import { provinceByCode, resolveProvince } from './provinces.js';

const SCHEME_CODE = /^vn(2008|2025):\d{2}$/;

/**
 * The province keys a query for `nameOrCode` covers: the province itself and, for a unit formed in
 * the 2025 reform, the units it was formed from (articles before the reform name those). Null when
 * the text names no province.
 */
export function relatedProvinceKeys(nameOrCode: string): string[] | null {
  const trimmed = nameOrCode.trim();
  const province = SCHEME_CODE.test(trimmed) ? provinceByCode(trimmed) : resolveProvince(trimmed);
  if (!province) return null;
  return [province.key, ...province.predecessors.map((p) => p.key)];
}
