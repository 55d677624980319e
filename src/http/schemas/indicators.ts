import { z } from 'zod';

export const IndicatorSchema = z
  .object({
    id: z.string().describe('Stable id, the value of the `indicator` filter of /v1/facts ("exports", "gdp_growth").'),
    en: z.string().describe('English label.'),
    vi: z.string().describe('Vietnamese label.'),
    core: z.boolean().describe('One of the core indicators every figure is scored against.'),
    broader: z.string().nullable().describe('The core indicator this one is a part of (rice_exports: exports), or null.'),
    units: z.array(z.enum(['money', 'percent', 'count', 'people', 'quantity'])).describe('The kinds of unit a value of it may have.'),
    cues: z.array(z.string()).describe('Vietnamese wordings news uses for it; a figure whose metric says one of them is a value of it.'),
    enCues: z.array(z.string()).describe('English words that find it in the `metric` filter of /v1/facts.'),
    factCount: z.number().int().describe('Figure facts that are values of it.'),
  })
  .meta({ id: 'Indicator' });

export const IndicatorListSchema = z
  .object({ items: z.array(IndicatorSchema) })
  .meta({
    id: 'IndicatorList',
    example: {
      items: [
        {
          id: 'exports', en: 'Exports', vi: 'Xuất khẩu', core: true, broader: null, units: ['money', 'percent'],
          cues: ['kim ngạch xuất khẩu', 'xuất khẩu'], enCues: ['exports', 'export value'], factCount: 92,
        },
      ],
    },
  });

export type IndicatorList = z.infer<typeof IndicatorListSchema>;
