import { z } from 'zod';
import { FIGURE_CHANGES, FIGURE_STATUSES, FIGURE_UNITS, QUALIFIERS, ENTITY_KINDS } from '../../domain/types.js';
import { ANSWER_BOUNDS } from './bounds.js';
import { DEFAULT_LIMIT, EvidenceSchema, idNumber, MAX_LIMIT, pageOf, pageQuery, textFilter } from './common.js';

export const FACT_TYPES = ['figure', 'role'] as const;

export const IndicatorRefSchema = z
  .object({
    id: z.string().describe('Stable id ("exports", "gdp_growth", "rice_exports").'),
    en: z.string().describe('English label.'),
    vi: z.string().describe('Vietnamese label.'),
  })
  .meta({ id: 'IndicatorRef' });

export const FigureSchema = z
  .object({
    value: z.number().describe('The most precise source\'s value, fully scaled ("683 tỷ USD" -> 683000000000).'),
    valueMax: z.number().nullable().describe('High end of a range ("6-7%"), else null.'),
    unit: z.enum(FIGURE_UNITS),
    unitText: z.string().nullable().describe('The unit as written ("USD", "đồng", "%", "ha").'),
    qualifier: z.enum(QUALIFIERS).describe('The most precise source\'s qualifier.'),
    change: z.enum(FIGURE_CHANGES).describe('Whether the figure is a level, an increase, a decrease or a multiplier.'),
    noun: z.string().nullable().describe('What is measured or counted, as the most precise source words it.'),
    indicator: IndicatorRefSchema.nullable().describe('The catalogue indicator the figure is a value of (see GET /v1/indicators), or null.'),
    status: z.enum(FIGURE_STATUSES).describe('actual: a reported value; target: a plan or goal (kế hoạch, mục tiêu, dự toán); forecast: a projection (dự báo, dự kiến).'),
    subject: z.string().nullable().describe('Whose figure it is ("Việt Nam", "Bình Dương", "Việt Nam - Nhật Bản"); every source of a fact states the same.'),
    period: z
      .string()
      .nullable()
      .describe('The period the figure refers to, normalised: "2017", "2018-Q1", "2018-01..2018-10", "2016..2020", "..2017" (up to the end of 2017), "2018-07-25" (a day); "rel:Y", "rel:P3Y", "rel:Y:08-23"... when the article gives no year and has no date.'),
    range: z
      .object({ low: z.number(), high: z.number() })
      .describe('The values every source allows, each qualifier read with its tolerance (see the README).'),
  })
  .meta({ id: 'Figure' });

export const RoleSchema = z
  .object({
    person: z.object({ id: z.number().int(), name: z.string() }),
    title: z.string().describe('The title as attached to the person in the text.'),
    organization: z.string().nullable(),
    province: z.string().nullable(),
  })
  .meta({ id: 'Role' });

export const FactEntitySchema = z.object({
  id: z.number().int(),
  kind: z.enum(ENTITY_KINDS),
  name: z.string(),
  role: z.enum(['holder', 'subject', 'context']).describe('holder: the person holding a role; context: named in a sentence that states the fact.'),
});

export const SourceSchema = z
  .object({
    article: z.object({ id: z.number().int(), title: z.string().nullable(), publishedAt: z.string().nullable() }),
    stated: z
      .object({
        value: z.number(),
        valueMax: z.number().nullable(),
        qualifier: z.enum(QUALIFIERS),
        unitText: z.string().nullable(),
        noun: z.string().nullable(),
        period: z.string().nullable(),
      })
      .nullable()
      .describe('For a figure: the figure as this article states it (it may be less precise than the fact\'s).'),
    evidence: z.array(EvidenceSchema).min(1).describe(`Where this article states it (at most ${ANSWER_BOUNDS.sourceEvidence} places).`),
  })
  .meta({ id: 'Source', description: 'One article that states the fact.' });

const factFields = {
  id: z.number().int(),
  type: z.enum(FACT_TYPES),
  metric: z.string().nullable().describe('For a figure: what it measures, in canonical form ("xuất nhập khẩu", "fdi"); null when the text does not say.'),
  figure: FigureSchema.nullable().describe('Set when type is "figure".'),
  role: RoleSchema.nullable().describe('Set when type is "role".'),
  supportCount: z.number().int().min(1).describe('How many articles state the fact.'),
  confidence: z.number().min(0).max(1).describe('How far the fact can be trusted, from its support, completeness and conflicts (see the README).'),
  firstSeen: z.string().nullable().describe('Earliest publication date of an article stating it.'),
  lastSeen: z.string().nullable().describe('Latest publication date of an article stating it.'),
  years: z
    .object({ from: z.number().int(), to: z.number().int() })
    .nullable()
    .describe('Calendar years covered: a figure\'s period; for a role, the years it is attested.'),
  conflictsWith: z
    .array(z.number().int())
    .describe(`Facts about the same metric, subject and period whose values disagree with this one (the first ${ANSWER_BOUNDS.conflicts} by id).`),
};

export const FactSchema = z
  .object({
    ...factFields,
    entities: z
      .array(FactEntitySchema)
      .describe(`Entities the fact is about or named with it, across its sources (at most ${ANSWER_BOUNDS.factEntities}, by id).`),
    sources: z
      .array(SourceSchema)
      .min(1)
      .describe(
        `Articles that state it, in the order they first did: the first ${ANSWER_BOUNDS.listSources} in a list or an export, ${ANSWER_BOUNDS.detailSources} on the fact's own page; \`supportCount\` says how many there are, and \`sourcesUrl\` pages through all of them. In an article's page, that article's statement only.`,
      ),
    sourcesUrl: z.string().describe('Every source of the fact, page by page (`GET /v1/facts/{id}/sources`).'),
  })
  .meta({
    id: 'Fact',
    description: 'A figure or a role, once however many articles state it, with every article that does.',
    examples: [
      {
        id: 7,
        type: 'figure',
        metric: 'thỏa thuận hợp tác',
        figure: {
          value: 422,
          valueMax: null,
          unit: 'count',
          unitText: null,
          qualifier: 'exact',
          change: 'level',
          noun: 'thỏa thuận hợp tác',
          subject: 'Việt Nam',
          period: 'ba năm qua',
          range: { low: 419.89, high: 424.11 },
        },
        role: null,
        supportCount: 3,
        confidence: 0.984,
        firstSeen: null,
        lastSeen: null,
        years: null,
        conflictsWith: [],
        entities: [],
        sourcesUrl: '/v1/facts/7/sources',
        sources: [
          {
            article: { id: 1, title: 'Vai trò trung tâm của ngoại giao kinh tế trong đối ngoại Việt Nam', publishedAt: null },
            stated: { value: 422, valueMax: null, qualifier: 'exact', unitText: null, noun: 'thỏa thuận hợp tác', period: 'ba năm qua' },
            evidence: [
              {
                articleId: 1,
                sentence: {
                  index: 9,
                  text: 'Ngoại giao kinh tế của các địa phương được triển khai hiệu quả, với 422 thỏa thuận hợp tác được các tỉnh thành ký với đối tác quốc tế trong ba năm qua.',
                  highlight: { start: 69, end: 91 },
                },
                span: { start: 2289, end: 2311 },
                text: '422 thỏa thuận hợp tác',
                original: { span: { start: 2338, end: 2360 }, text: '422 thỏa_thuận hợp_tác' },
              },
            ],
          },
        ],
      },
    ],
  });

export type Fact = z.infer<typeof FactSchema>;
export type Source = z.infer<typeof SourceSchema>;

export const FactBriefSchema = z
  .object({ ...factFields })
  .meta({ id: 'FactBrief', description: 'A fact without its sources.' });

export type FactBrief = z.infer<typeof FactBriefSchema>;

export const FactDetailSchema = FactSchema.extend({
  conflicting: z.array(FactBriefSchema).describe('The facts in `conflictsWith`.'),
  related: z
    .array(FactBriefSchema)
    .describe('Other facts about the same metric, unit and change: another period, subject or value (the nearest periods first, at most 20).'),
}).meta({ id: 'FactDetail' });

export type FactDetail = z.infer<typeof FactDetailSchema>;

export const FACT_SORTS = ['id', 'value', '-value', 'support', '-support', 'date', '-date'] as const;
export type FactSort = (typeof FACT_SORTS)[number];
export const FACT_INCLUDES = ['total', 'facets'] as const;
export const EXPORT_FORMATS = ['json', 'csv', 'ndjson'] as const;

const numberParam = (description: string, example: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v),
    z.number().finite().optional().meta({ description, example }),
  );
const yearParam = (description: string, example: number) =>
  z.preprocess((v) => (typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : v), z.number().int().min(1000).max(9999).optional().meta({ description, example }));
/** "2023-02-30" and "2023-13-01" have the shape of a date but name none. */
function isCalendarDate(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
}

const dateParam = (description: string, example: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
    .refine(isCalendarDate, 'must be a real date')
    .optional()
    .meta({ description, example });
const textParam = textFilter;

export const FactListQuerySchema = z.strictObject({
  type: z.enum(FACT_TYPES).optional().meta({ description: 'Only facts of this type.', example: 'figure' }),
  metric: textParam(
    'Only figures whose metric contains these words, or that are values of an indicator these words name, in Vietnamese or English, accents optional ("kim ngạch xuất khẩu", "xuat khau", "exports", "GDP growth").',
    'xuất khẩu',
  ),
  title: textParam('Only roles whose title contains these words, ignoring accents ("chu tich UBND").', 'Chủ tịch UBND'),
  entity: idNumber().optional().meta({ description: 'Only facts linked to this entity (id).', example: 3 }),
  person: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Only facts about this person: an entity id, or a name in any spelling ("Bùi Thanh Sơn", "bui thanh son").', example: 'Bùi Thanh Sơn' }),
  province: textParam(
    'Only facts whose sentences name this province: a name in any spelling ("TP.HCM", "Bình_Dương", "binh duong") or a scheme-qualified code ("vn2025:79"). A 2025 province also matches the units it was formed from; the response\'s `provinces` says which were matched.',
    'Bình Dương',
  ),
  indicator: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'must be an indicator id (see GET /v1/indicators)')
    .max(64)
    .optional()
    .meta({ description: 'Only figures that are values of this indicator (an id of GET /v1/indicators), its narrower indicators included.', example: 'exports' }),
  subject: textParam('Only figures whose subject contains these words, ignoring accents ("viet nam", "Bình Dương").', 'Việt Nam'),
  status: z.enum(FIGURE_STATUSES).optional().meta({ description: 'Only figures with this status: actual, target or forecast.', example: 'actual' }),
  unit: z.enum(FIGURE_UNITS).optional().meta({ description: 'Only figures in this unit.', example: 'USD' }),
  minValue: numberParam('Only figures whose value is at least this (fully scaled: 1 tỷ USD is 1000000000).', 1000000000),
  maxValue: numberParam('Only figures whose value is at most this.', 1000000000000),
  year: yearParam('Only facts covering this calendar year (a figure\'s period; the years a role is attested).', 2023),
  from: dateParam('Only facts stated by an article published on or after this date.', '2023-01-01'),
  to: dateParam('Only facts stated by an article published on or before this date.', '2024-12-31'),
  article: idNumber().optional().meta({ description: 'Only facts stated by this article (id).', example: 1 }),
  conflicting: z.enum(['true', 'false']).optional().meta({ description: 'Only facts that conflict with another (true) or that do not (false).', example: 'true' }),
  sort: z.enum(FACT_SORTS).default('id').meta({ description: 'Order: by id (oldest first), value, support (articles) or date (latest publication); a leading "-" sorts descending.', example: '-support' }),
  include: z
    .string()
    .regex(/^(total|facets)(,(total|facets))*$/, 'must be a comma-separated list of: total, facets')
    .optional()
    .meta({ description: 'Extra parts of the response, comma-separated: `total` (how many facts match), `facets` (counts by type, unit, province and metric).', example: 'total,facets' }),
  // No example: Swagger UI would fill it in and turn every "Try it out" into a download.
  format: z.enum(EXPORT_FORMATS).optional().meta({ description: 'Response format (`csv`, `ndjson` or `json`); overrides the Accept header. csv and ndjson stream every matching fact (or `limit` of them) from the cursor on.' }),
  ...pageQuery,
  limit: z
    .preprocess((v) => (typeof v === 'string' && /^\d{1,7}$/.test(v) ? Number(v) : v), z.number().int().min(1).max(1_000_000).optional())
    .meta({ description: `Facts per page (1-${MAX_LIMIT}, default 20). A csv or ndjson export takes up to 1000000 and, without it, streams every match.`, example: 20 }),
});

export type FactListQuery = z.infer<typeof FactListQuerySchema>;

const FacetSchema = z.array(z.object({ value: z.string(), count: z.number().int().min(1) }));
const ProvinceRefSchema = z.object({ key: z.string(), name: z.string(), scheme: z.enum(['vn2008', 'vn2025']) });

export const FactPageSchema = pageOf(FactSchema, 'FactPage', 'A page of facts.', {
  total: z.number().int().min(0).optional().describe('How many facts match (with include=total).'),
  facets: z
    .object({ type: FacetSchema, unit: FacetSchema, province: FacetSchema, metric: FacetSchema })
    .optional()
    .describe('Counts of the matching facts by type, unit, province (top 20) and metric (top 20), with include=facets.'),
  provinces: z
    .object({
      requested: ProvinceRefSchema,
      matched: z.array(ProvinceRefSchema.extend({ relation: z.enum(['itself', 'predecessor']) })),
    })
    .optional()
    .describe('With a province filter: the province it named and every unit it matched (a 2025 province also matches the units it was formed from).'),
});

export type FactPage = z.infer<typeof FactPageSchema>;

export const SourceListQuerySchema = z.strictObject({
  ...pageQuery,
  limit: pageQuery.limit.meta({ description: `Sources per page (1-${ANSWER_BOUNDS.sourcePage}).`, example: DEFAULT_LIMIT }),
});

export const SourcePageSchema = pageOf(SourceSchema, 'SourcePage', 'A page of the articles that state a fact, in the order they first did.');
export type SourcePage = z.infer<typeof SourcePageSchema>;
