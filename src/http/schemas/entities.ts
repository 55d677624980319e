import { z } from 'zod';
import { ENTITY_KINDS } from '../../domain/types.js';
import { pageOf, pageQuery, searchQuery } from './common.js';

export const EntitySchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(ENTITY_KINDS),
    name: z.string(),
    aliases: z.array(z.string()).describe('Every spelling the articles used.'),
    attributes: z.record(z.string(), z.unknown()).describe('Kind-specific: a province\'s scheme-qualified code and successors, a conference\'s edition...'),
    mentionCount: z.number().int().min(0),
    articleCount: z.number().int().min(0),
  })
  .meta({
    id: 'Entity',
    examples: [
      {
        id: 7,
        kind: 'province',
        name: 'Bình Dương',
        aliases: ['Bình Dương', 'tỉnh Bình Dương'],
        attributes: { scheme: 'vn2008', code: '74', key: 'vn2008:74', successors: [{ key: 'vn2025:79', name: 'Hồ Chí Minh' }] },
        mentionCount: 3,
        articleCount: 2,
      },
    ],
  });

export const EntityDetailSchema = EntitySchema.extend({
  articles: z
    .array(z.object({ id: z.number().int(), title: z.string().nullable(), mentionCount: z.number().int().min(1) }))
    .describe('Articles that name the entity, with how often.'),
  roles: z
    .array(
      z.object({
        factId: z.number().int(),
        articleId: z.number().int(),
        title: z.string(),
        organization: z.string().nullable(),
        province: z.string().nullable(),
      }),
    )
    .describe('For a person: the titles the articles give them.'),
}).meta({ id: 'EntityDetail' });

export const EntityListQuerySchema = z.strictObject({
  kind: z.enum(ENTITY_KINDS).optional().meta({ description: 'Only entities of this kind.', example: 'person' }),
  q: searchQuery('Name or alias contains this text; accents, case and underscores are ignored ("da nang" finds Đà Nẵng).', 'binh duong'),
  ...pageQuery,
});

export type Entity = z.infer<typeof EntitySchema>;
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const EntityPageSchema = pageOf(EntitySchema, 'EntityPage', 'A page of entities, oldest first.');
