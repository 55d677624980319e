import type { Db } from '../db/client.js';
import { findEntityIdsByKeys } from '../db/repositories/entities.js';
import { provinceScope, type ProvinceScope } from '../domain/places/related.js';
import { ApiError } from './problem.js';

/**
 * A `province` query parameter: the units it covers (a 2025 province with its predecessors) and
 * the stored province entities among them. An ApiError names the parameter when it names no province.
 */
export function resolveProvinceFilter(db: Db, value: string): { scope: ProvinceScope; entityIds: number[] } {
  const scope = provinceScope(value);
  if (!scope) {
    throw new ApiError('UNKNOWN_PROVINCE', `province: "${value}" is not the name or code of a Vietnamese province.`, [
      { in: 'query', name: 'province', message: 'unknown province' },
    ]);
  }
  return { scope, entityIds: findEntityIdsByKeys(db, 'province', scope.matched.map((m) => m.key)) };
}
