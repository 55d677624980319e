import { z } from 'zod';
import { FIGURE_CHANGES, FIGURE_UNITS, QUALIFIERS, ENTITY_KINDS } from '../../domain/types.js';
import { EvidenceSchema, idNumber, pageOf, pageQuery } from './common.js';

export const FACT_TYPES = ['figure', 'role'] as const;

export const FigureSchema = z
  .object({
    value: z.number().describe('Fully scaled value ("gần 700 tỷ USD" -> 700000000000).'),
    valueMax: z.number().nullable().describe('High end of a range ("6-7%"), else null.'),
    unit: z.enum(FIGURE_UNITS),
    unitText: z.string().nullable().describe('The unit as written ("USD", "đồng", "%", "ha").'),
    qualifier: z.enum(QUALIFIERS),
    change: z.enum(FIGURE_CHANGES).describe('Whether the figure is a level, an increase, a decrease or a multiplier.'),
    noun: z.string().nullable().describe('What is measured or counted.'),
    subject: z.string().nullable().describe('Who or what the figure is about, when stated.'),
    period: z.string().nullable().describe('The period the figure covers, when stated.'),
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
  role: z.enum(['holder', 'subject', 'context']).describe('holder: the person holding a role; context: named in the same sentence.'),
});

export const FactSchema = z
  .object({
    id: z.number().int(),
    type: z.enum(FACT_TYPES),
    article: z.object({ id: z.number().int(), title: z.string().nullable() }),
    figure: FigureSchema.nullable().describe('Set when type is "figure".'),
    role: RoleSchema.nullable().describe('Set when type is "role".'),
    entities: z.array(FactEntitySchema),
    evidence: z.array(EvidenceSchema).min(1),
  })
  .meta({
    id: 'Fact',
    description: 'A figure or a role stated by an article, with every place the article states it.',
    examples: [
      {
        id: 7,
        type: 'figure',
        article: { id: 1, title: 'Vai trò trung tâm của ngoại giao kinh tế trong đối ngoại Việt Nam' },
        figure: {
          value: 422,
          valueMax: null,
          unit: 'count',
          unitText: null,
          qualifier: 'exact',
          change: 'level',
          noun: 'thỏa thuận hợp tác',
          subject: null,
          period: 'ba năm qua',
        },
        role: null,
        entities: [],
        evidence: [
          {
            articleId: 1,
            sentence: {
              index: 9,
              text: 'Ngoại giao kinh tế của các địa phương được triển khai hiệu quả, với 422 thỏa thuận hợp tác được các tỉnh thành ký với đối tác quốc tế trong ba năm qua.',
            },
            span: { start: 2289, end: 2311 },
            text: '422 thỏa thuận hợp tác',
            original: { span: { start: 2338, end: 2360 }, text: '422 thỏa_thuận hợp_tác' },
          },
        ],
      },
    ],
  });

export type Fact = z.infer<typeof FactSchema>;

export const FactListQuerySchema = z.strictObject({
  type: z.enum(FACT_TYPES).optional().meta({ description: 'Only facts of this type.', example: 'figure' }),
  article: idNumber().optional().meta({ description: 'Only facts stated by this article (id).', example: 1 }),
  entity: idNumber().optional().meta({ description: 'Only facts linked to this entity (id).', example: 3 }),
  province: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({
      description: 'Only facts whose sentence names this province: a name in any spelling ("TP.HCM", "Bình_Dương", "binh duong") or a scheme-qualified code ("vn2008:74").',
      example: 'Bình Dương',
    }),
  ...pageQuery,
});

export const FactPageSchema = pageOf(FactSchema, 'FactPage', 'A page of facts, oldest first.');
