import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countFactsByIndicator } from '../../../db/repositories/facts.js';
import { INDICATORS } from '../../../domain/extract/lexicon/indicators.js';
import { ProblemSchema } from '../../problem.js';
import { NoQuerySchema } from '../../schemas/common.js';
import { IndicatorListSchema, type IndicatorList } from '../../schemas/indicators.js';

const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/indicators',
    {
      schema: {
        operationId: 'listIndicators',
        summary: 'List indicators',
        description:
          'The catalogue of indicators figures are values of (exports, FDI, GDP growth, rice exports...), in English and Vietnamese, with the wordings that name each and how many figure facts are values of it.',
        tags: ['facts'],
        querystring: NoQuerySchema,
        response: { 200: IndicatorListSchema, 400: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (): Promise<IndicatorList> => {
      const counts = countFactsByIndicator(app.db);
      return {
        items: INDICATORS.map((d) => ({
          id: d.id, en: d.en, vi: d.vi, core: d.core, broader: d.broader, units: [...d.units], cues: [...d.cues], enCues: [...d.enCues], factCount: counts.get(d.id) ?? 0,
        })),
      };
    },
  );
};

export default indicatorRoutes;
