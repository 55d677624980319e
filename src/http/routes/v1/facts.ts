import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findPersonIds } from '../../../db/repositories/entities.js';
import { countFacts, factExists, factFacets, getFact, iterateFacts, listFacts, sortKeyOf, sourcesOfFacts, type FactFilter } from '../../../db/repositories/facts.js';
import type { ProvinceScope } from '../../../domain/places/related.js';
import { searchIndicators, withNarrower } from '../../../domain/extract/indicator.js';
import { foldKey } from '../../../domain/text/keys.js';
import type { Db } from '../../../db/client.js';
import { csvHeader, csvRow } from '../../formats/csv.js';
import { ndjsonLine } from '../../formats/ndjson.js';
import { MEDIA_TYPES, negotiateFormat } from '../../negotiate.js';
import { resolveProvinceFilter } from '../../province-filter.js';
import { readCursor, toPage } from '../../pagination.js';
import { ApiError, notFound, ProblemSchema } from '../../problem.js';
import { DEFAULT_LIMIT, IdParamsSchema, MAX_LIMIT, NoQuerySchema } from '../../schemas/common.js';
import {
  FactDetailSchema, FactListQuerySchema, FactPageSchema, SourceListQuerySchema, SourcePageSchema, type Fact, type FactListQuery, type FactPage, type SourcePage,
} from '../../schemas/facts.js';

/** The repository filter for the query's parameters; an ApiError for a province or person that names nothing. */
function toFilter(db: Db, query: FactListQuery): { filter: FactFilter; provinces: ProvinceScope | null } {
  const linkedTo: number[][] = [];
  if (query.entity !== undefined) linkedTo.push([query.entity]);
  if (query.person !== undefined) linkedTo.push(findPersonIds(db, query.person));
  let provinces: ProvinceScope | null = null;
  if (query.province !== undefined) {
    const { scope, entityIds } = resolveProvinceFilter(db, query.province);
    provinces = scope;
    linkedTo.push(entityIds);
  }
  // The schema makes sure a text parameter holds a word.
  const words = (text: string | undefined) => (text === undefined ? undefined : foldKey(text));
  const filter: FactFilter = {
    type: query.type,
    metricFolded: words(query.metric),
    metricIndicators: query.metric === undefined ? undefined : searchIndicators(query.metric),
    indicators: query.indicator === undefined ? undefined : withNarrower(query.indicator),
    subjectFolded: words(query.subject),
    status: query.status,
    titleFolded: words(query.title),
    linkedTo,
    unit: query.unit,
    minValue: query.minValue,
    maxValue: query.maxValue,
    year: query.year,
    from: query.from,
    to: query.to,
    articleId: query.article,
    conflicting: query.conflicting === undefined ? undefined : query.conflicting === 'true',
  };
  return { filter, provinces };
}

/** Facts an export reads and writes at a time: a few milliseconds of work between two turns of the event loop. */
const EXPORT_BATCH = 50;

const CSV_COLUMNS = [
  'id', 'type', 'metric', 'value', 'valueMax', 'unit', 'unitText', 'qualifier', 'change', 'noun', 'subject', 'period',
  'person', 'title', 'organization', 'province', 'supportCount', 'confidence', 'firstSeen', 'lastSeen', 'conflictsWith', 'articles', 'evidence',
] as const;

function csvRecord(f: Fact): string {
  return csvRow([
    f.id, f.type, f.metric, f.figure?.value, f.figure?.valueMax, f.figure?.unit, f.figure?.unitText, f.figure?.qualifier, f.figure?.change,
    f.figure?.noun, f.figure?.subject, f.figure?.period, f.role?.person.name, f.role?.title, f.role?.organization, f.role?.province,
    f.supportCount, f.confidence, f.firstSeen, f.lastSeen, f.conflictsWith.join(' '), f.sources.map((s) => s.article.id).join(' '),
    f.sources[0]?.evidence[0]?.text,
  ]);
}

const factRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/facts',
    {
      schema: {
        operationId: 'listFacts',
        summary: 'List facts',
        description: [
          'Figures and roles, each once however many articles state it, with every source. Filters combine with AND.',
          '`province` takes a name in any spelling or a scheme-qualified code; a 2025 province also matches the units it was formed from, and `provinces` in the response lists them.',
          'Answers JSON pages by default; `format=csv|ndjson` (or `Accept: text/csv` / `application/x-ndjson`) streams every matching fact instead.',
        ].join(' '),
        tags: ['facts'],
        querystring: FactListQuerySchema,
        response: { 200: FactPageSchema, 400: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { limit, cursor, include, format, sort, ...filters } = request.query;
      const fingerprinted = { ...filters, sort };
      const after = readCursor(request, cursor, fingerprinted);
      const { filter, provinces } = toFilter(app.db, request.query);
      const chosen = negotiateFormat(request, format);
      reply.header('vary', 'Accept');

      if (chosen !== 'json') {
        const batches = iterateFacts(app.db, { ...filter, sort, after }, limit ?? Number.MAX_SAFE_INTEGER, EXPORT_BATCH);
        const lines = async function* () {
          if (chosen === 'csv') yield csvHeader(CSV_COLUMNS);
          for (const batch of batches) {
            yield batch.map((f) => (chosen === 'csv' ? csvRecord(f) : ndjsonLine(f))).join('');
            // Other requests are answered between two batches: an export of a million facts holds
            // the event loop for one batch at a time, never for the whole export.
            await nextTurn();
          }
        };
        const type = chosen === 'csv' ? `${MEDIA_TYPES.csv}; charset=utf-8; header=present` : `${MEDIA_TYPES.ndjson}; charset=utf-8`;
        if (chosen === 'csv') reply.header('content-disposition', 'attachment; filename="facts.csv"');
        // One batch waits in the stream at most: the next is read only when the client has taken the
        // last (back-pressure), and a client that goes away ends the generator.
        const stream = Readable.from(lines(), { highWaterMark: 1 });
        // A stream bypasses the JSON schema (it is not a page), so it goes through the untyped reply.
        return (reply as FastifyReply).type(type).send(stream);
      }

      const pageSize = limit ?? DEFAULT_LIMIT;
      if (pageSize > MAX_LIMIT) {
        // Worded as the schema words it for the other lists: only csv and ndjson take more.
        const message = `Too big: expected number to be <=${MAX_LIMIT}`;
        throw new ApiError('VALIDATION_FAILED', `limit: ${message}`, [{ in: 'query', name: 'limit', message }]);
      }
      const rows = listFacts(app.db, { ...filter, sort, after, limit: pageSize + 1 });
      const page: FactPage = toPage(rows, pageSize, fingerprinted, request, reply, (f) => sortKeyOf(f, sort));
      const parts = new Set(include?.split(','));
      if (parts.has('total')) page.total = countFacts(app.db, filter);
      if (parts.has('facets')) page.facets = factFacets(app.db, filter);
      if (provinces) {
        const { key, name, scheme } = provinces.requested;
        page.provinces = { requested: { key, name, scheme }, matched: provinces.matched };
      }
      return page;
    },
  );

  app.get(
    '/facts/:id',
    {
      schema: {
        operationId: 'getFact',
        summary: 'Get a fact',
        description:
          'One fact with every article that states it (each sentence, with the words highlighted), the facts that conflict with it, and related facts: the same metric in other periods or contexts; for a role, others who held the title.',
        tags: ['facts'],
        params: IdParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: FactDetailSchema, 400: ProblemSchema, 404: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request) => {
      const fact = getFact(app.db, request.params.id);
      if (!fact) throw notFound('fact', request.params.id);
      return fact;
    },
  );

  app.get(
    '/facts/:id/sources',
    {
      schema: {
        operationId: 'listFactSources',
        summary: 'List the sources of a fact',
        description:
          'Every article that states the fact, in the order they first did, each with the sentences that say so: the whole list that a fact\'s `sources` begins, page by page.',
        tags: ['facts'],
        params: IdParamsSchema,
        querystring: SourceListQuerySchema,
        response: { 200: SourcePageSchema, 400: ProblemSchema, 404: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { limit, cursor } = request.query;
      const after = readCursor(request, cursor, { id });
      if (!factExists(app.db, id)) throw notFound('fact', id);
      const placed = sourcesOfFacts(app.db, [id], limit + 1, after?.id ?? 0).get(id) ?? [];
      const page = toPage(
        placed.map((p) => ({ id: p.firstId, source: p.source })),
        limit,
        { id },
        request,
        reply,
      );
      return { ...page, items: page.items.map((p) => p.source) } satisfies SourcePage;
    },
  );
};

export default factRoutes;
