// The gold scorer for the tests: src/eval/gold-score.ts (the port of shared/tools/score-gold.mjs)
// under the names the extraction tests use.
import {
  scoreGold as scoreGoldPairs,
  type GoldAnnotation,
  type GoldScore as FullGoldScore,
  type PredDoc,
} from '../../src/eval/gold-score.js';

export { fold, looseEq as looselyEqual, provKey as provinceKey, type GoldAnnotation, type PredDoc } from '../../src/eval/gold-score.js';

/**
 * The full score, except that `accuracy` keeps the four attributes the extraction tests compare as a
 * whole (title, edition, qualifier, unit); every attribute, titleStrict and the context fields
 * included, is in `attributes`.
 */
export type GoldScore = Omit<FullGoldScore, 'accuracy'> & {
  accuracy: Pick<FullGoldScore['accuracy'], 'title' | 'edition' | 'qualifier' | 'unit'>;
  attributes: FullGoldScore['accuracy'];
};

/** Scores the pairs; an article without `id` goes by its gold's id. */
export function scoreGold(docs: readonly { gold: GoldAnnotation; pred: PredDoc | null; id?: string }[]): GoldScore {
  const score = scoreGoldPairs(docs.map(({ gold, pred, id }) => ({ gold, pred, id: id ?? gold.id ?? '' })));
  const { title, edition, qualifier, unit } = score.accuracy;
  return { ...score, accuracy: { title, edition, qualifier, unit }, attributes: score.accuracy };
}
