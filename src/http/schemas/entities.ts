import { z } from 'zod';
import { ENTITY_KINDS } from '../../domain/types.js';
import { ANSWER_BOUNDS } from './bounds.js';
import { pageOf, pageQuery, searchQuery, textFilter } from './common.js';
import { FactBriefSchema } from './facts.js';

const ProvinceUnitSchema = z.object({ key: z.string(), code: z.string(), name: z.string() });

export const ProvinceSchemesSchema = z
  .object({
    key: z.string().describe('Scheme-qualified code ("vn2008:74").'),
    scheme: z.enum(['vn2008', 'vn2025']).describe('vn2008: the 63 units in force until mid-2025; vn2025: the 34 after the reform.'),
    successors: z.array(ProvinceUnitSchema).describe('For a vn2008 unit: the vn2025 unit(s) it became part of.'),
    predecessors: z.array(ProvinceUnitSchema).describe('For a vn2025 unit: the vn2008 units it was formed from.'),
  })
  .meta({ id: 'ProvinceSchemes' });

export const EntitySchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(ENTITY_KINDS),
    name: z.string(),
    aliases: z
      .array(z.string())
      .describe(`Spellings the articles used, in the order first met: at most ${ANSWER_BOUNDS.listAliases} in a list, ${ANSWER_BOUNDS.detailAliases} on the entity's own page.`),
    aliasCount: z.number().int().min(0).describe('How many spellings the articles used.'),
    attributes: z.record(z.string(), z.unknown()).describe('Kind-specific: a province\'s scheme-qualified code, a conference\'s edition...'),
    province: ProvinceSchemesSchema.nullable().describe('For a province: its place in both administrative schemes.'),
    mentionCount: z.number().int().min(0),
    articleCount: z.number().int().min(0),
    match: z.enum(['exact', 'folded']).optional().describe('With `q`: whether the name or an alias matched with its accents (ranked first) or only without them.'),
  })
  .meta({
    id: 'Entity',
    examples: [
      {
        id: 7,
        kind: 'province',
        name: 'Bình Dương',
        aliases: ['Bình Dương', 'Bình_Dương'],
        aliasCount: 2,
        attributes: { scheme: 'vn2008', code: '74', key: 'vn2008:74' },
        province: { key: 'vn2008:74', scheme: 'vn2008', successors: [{ key: 'vn2025:79', code: '79', name: 'Hồ Chí Minh' }], predecessors: [] },
        mentionCount: 3,
        articleCount: 2,
      },
    ],
  });

export const RoleHeldSchema = z
  .object({
    factId: z.number().int(),
    title: z.string(),
    organization: z.string().nullable(),
    province: z.string().nullable(),
    supportCount: z.number().int().min(1).describe('Articles that attest it.'),
    firstSeen: z.string().nullable().describe('Earliest publication date of an article attesting it.'),
    lastSeen: z.string().nullable().describe('Latest publication date of an article attesting it.'),
  })
  .meta({ id: 'RoleHeld' });

export const EntityArticleSchema = z
  .object({ id: z.number().int(), title: z.string().nullable(), publishedAt: z.string().nullable(), mentionCount: z.number().int().min(1) })
  .meta({ id: 'EntityArticle', description: 'An article that names the entity, with how often.' });

export const EntityDetailSchema = EntitySchema.extend({
  articles: z
    .array(EntityArticleSchema)
    .describe(`The first ${ANSWER_BOUNDS.entityArticles} articles that name the entity (by id), with how often; \`articleCount\` says how many there are, and \`articlesUrl\` pages through all of them.`),
  articlesUrl: z.string().describe('Every article that names the entity, page by page (`GET /v1/entities/{id}/articles`).'),
  roles: z
    .array(RoleHeldSchema)
    .describe(`For a person: the titles the articles give them, with when they were attested (the first ${ANSWER_BOUNDS.entityRoles} seen).`),
  possibleSameAs: z
    .array(z.object({ id: z.number().int(), name: z.string(), title: z.string(), reason: z.string() }))
    .describe(
      `For a person: others who may be the same person under a misspelt name (same title and period, names one syllable apart; at most ${ANSWER_BOUNDS.possibleSameAs}). Linked, never merged.`,
    ),
  facts: z.array(FactBriefSchema).describe('Facts linked to the entity, best supported first (at most 50).'),
}).meta({ id: 'EntityDetail' });

export const EntityListQuerySchema = z.strictObject({
  kind: z.enum(ENTITY_KINDS).optional().meta({ description: 'Only entities of this kind.', example: 'person' }),
  q: searchQuery(
    'Name or alias contains these words; accents, case, tone placement and underscores are ignored ("da nang" finds Đà Nẵng), and matches with the accents as written rank first.',
    'binh duong',
  ),
  province: textFilter(
    'Only entities linked to facts about this province (and the province itself): a name in any spelling or a scheme-qualified code; a 2025 province covers the units it was formed from.',
    'Hồ Chí Minh',
  ),
  ...pageQuery,
});

export type Entity = z.infer<typeof EntitySchema>;
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const EntityPageSchema = pageOf(EntitySchema, 'EntityPage', 'A page of entities: oldest first, or with `q` the exact-accent matches first.');

export const EntityArticleListQuerySchema = z.strictObject({ ...pageQuery });

export const EntityArticlePageSchema = pageOf(EntityArticleSchema, 'EntityArticlePage', 'A page of the articles that name an entity, by id.');
export type EntityArticlePage = z.infer<typeof EntityArticlePageSchema>;
