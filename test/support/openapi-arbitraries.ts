// fast-check arbitraries for requests to the operations of an OpenAPI 3.1 document: values derived
// from each parameter's and body's JSON Schema (valid, out of range, malformed), real ids, cursors
// and entity tags taken from the running API, and the strings that trip up URL decoders, SQL, LIKE
// patterns and FTS5 query syntax.
import fc from 'fast-check';

export type JsonSchema = { [keyword: string]: unknown };

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, unknown>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface SecurityScheme {
  type: string;
  scheme?: string;
  in?: string;
  name?: string;
}

export interface OpenApiDocument {
  openapi: string;
  paths?: Record<string, Record<string, unknown>>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    securitySchemes?: Record<string, SecurityScheme>;
    [section: string]: unknown;
  };
  security?: SecurityRequirement[];
}

export interface Operation {
  /** "GET /v1/facts/{id}" */
  id: string;
  method: string;
  /** The path template, as the document writes it. */
  path: string;
  operationId?: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, MediaTypeObject> };
  /** Alternatives, any one of which admits the request; empty when the operation is public. */
  security: SecurityRequirement[];
  responses: Record<string, ResponseObject>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
/** Path item fields that are not operations (OpenAPI 3.1 §4.8.9). */
const PATH_ITEM_FIELDS = new Set(['$ref', 'summary', 'description', 'servers', 'parameters']);

/** The node a local reference ("#/components/schemas/Fact") points at. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`only local references can be followed, not ${ref}`);
  let node = doc;
  for (const part of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (node === undefined) throw new Error(`${ref} points at nothing`);
  }
  return node;
}

/** Follows `$ref` until a node without one; sibling keywords of a reference are kept. */
export function deref<T>(doc: unknown, node: T): T {
  let current = node as unknown;
  for (let hops = 0; current && typeof current === 'object' && typeof (current as JsonSchema).$ref === 'string'; hops++) {
    if (hops > 32) throw new Error('reference cycle');
    const { $ref, ...siblings } = current as JsonSchema;
    current = { ...(resolvePointer(doc, $ref as string) as object), ...siblings };
  }
  return current as T;
}

/** Every operation of the document; a path item field it does not know is an error, not skipped. */
export function listOperations(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem);
    for (const key of Object.keys(item)) {
      if (!(METHODS as readonly string[]).includes(key) && !PATH_ITEM_FIELDS.has(key) && !key.startsWith('x-')) {
        throw new Error(`path item ${path} has a field "${key}" that names no known method`);
      }
    }
    const shared = ((item.parameters ?? []) as unknown[]).map((p) => deref(doc, p) as Parameter);
    for (const method of METHODS) {
      const raw = item[method] as Record<string, unknown> | undefined;
      if (!raw) continue;
      const own = ((raw.parameters ?? []) as unknown[]).map((p) => deref(doc, p) as Parameter);
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const responses = Object.fromEntries(
        Object.entries((raw.responses ?? {}) as Record<string, unknown>).map(([status, r]) => [status, deref(doc, r) as ResponseObject]),
      );
      operations.push({
        id: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operationId: raw.operationId as string | undefined,
        parameters,
        requestBody: raw.requestBody ? deref(doc, raw.requestBody as Operation['requestBody']) : undefined,
        security: (raw.security ?? doc.security ?? []) as SecurityRequirement[],
        responses,
      });
    }
  }
  return operations;
}

/** Why a request to `op` could not be generated faithfully; empty when it can. */
export function unfuzzableReasons(op: Operation, doc: OpenApiDocument): string[] {
  const reasons: string[] = [];
  for (const p of op.parameters) {
    if (p.in === 'cookie') reasons.push(`cookie parameter ${p.name}`);
    if (p.in === 'path' && !op.path.includes(`{${p.name}}`)) reasons.push(`path parameter ${p.name} is not in the template`);
  }
  for (const [, name] of op.path.matchAll(/\{([^}]+)\}/g)) {
    if (!op.parameters.some((p) => p.in === 'path' && p.name === name)) reasons.push(`{${name}} in the path has no parameter`);
  }
  if (op.requestBody) {
    const types = Object.keys(op.requestBody.content ?? {});
    const unknown = types.filter((type) => !isJsonMediaType(type));
    if (types.length === 0) reasons.push('a request body without a media type');
    if (unknown.length > 0) reasons.push(`request body media types ${unknown.join(', ')} (only JSON bodies are generated)`);
  }
  for (const requirement of op.security) {
    for (const name of Object.keys(requirement)) {
      const scheme = doc.components?.securitySchemes?.[name];
      if (!scheme) reasons.push(`security scheme ${name} is not defined`);
      else if (!(scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer')) reasons.push(`security scheme ${name} of type ${scheme.type} ${scheme.scheme ?? ''}`);
    }
  }
  return reasons;
}

export function isJsonMediaType(type: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json$/i.test(type.split(';')[0]!.trim());
}

/**
 * The operation a request reaches, as Fastify routes it: percent-escapes decoded within a segment,
 * a trailing slash ignored (the app's `ignoreTrailingSlash`), and HEAD answered by the GET route.
 */
export function findOperation(operations: readonly Operation[], method: string, url: string): Operation | undefined {
  const rawPath = url.split('?')[0]!.split('#')[0]!;
  const trimmed = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  const segments = trimmed.split('/').map(safeDecode);
  const wanted = method.toUpperCase();
  const candidates = operations.filter((op) => op.method === wanted || (wanted === 'HEAD' && op.method === 'GET' && !operations.some((o) => o.method === 'HEAD' && o.path === op.path)));
  return candidates.find((op) => {
    const template = op.path.split('/');
    // The router gives a parameter an empty segment too (`/v1/facts//` is getFact with id "").
    return template.length === segments.length && template.every((part, i) => /^\{[^}]+\}$/.test(part) || segments[i] === part);
  });
}

export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Encoding

function utf8Bytes(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 63)];
  // Lone surrogates get their three-byte (WTF-8) form: what a lax client sends.
  if (codePoint < 0x10000) return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 63), 0x80 | (codePoint & 63)];
  return [0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 63), 0x80 | ((codePoint >> 6) & 63), 0x80 | (codePoint & 63)];
}

/** Like encodeURIComponent, but it never throws: a lone surrogate is sent as its WTF-8 bytes. */
export function percentEncode(value: string, keep = ''): string {
  let out = '';
  for (const char of value) {
    if (/^[A-Za-z0-9\-_.~]$/.test(char) || keep.includes(char)) out += char;
    else out += utf8Bytes(char.codePointAt(0)!).map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

/** How a client writes a value into a URL: strictly, as a form would (`+` for space), or lazily. */
export type Encoding = 'strict' | 'form' | 'lazy';

export function encodeComponent(value: string, encoding: Encoding): string {
  if (encoding === 'form') return percentEncode(value, ' ').replace(/ /g, '+');
  // Characters many clients leave as they are; the URL parser may escape some of them itself.
  if (encoding === 'lazy') return percentEncode(value, "'\"*()^:,;!$@/[]{}|`<>");
  return percentEncode(value);
}

/** Raw fragments inserted into a URL unencoded: broken escapes, overlong and truncated UTF-8, separators. */
export const RAW_URL_JUNK = [
  '%', '%%', '%zz', '%2', '%G0', '%E0%A4%A', '%C0%AF', '%C0%80', '%ED%A0%80', '%ED%B0%80', '%F0%9F', '%F4%90%80%80', '%FF%FE',
  '%u0041', '%00', '%0A', '%0D%0A', '%25', '%2525', '%2F', '%5C', '%3F', '%23', '%26', '%3D', '+', '&', '=', '#', '?', ';', '[', ']', '%5B%5D',
] as const;

/** A header value as the HTTP parser would deliver it: UTF-8 bytes read as Latin-1, no control characters, trimmed. */
export function headerSafe(value: string): string {
  return Buffer.from(value, 'utf8')
    .toString('latin1')
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '')
    .replace(/^[ \t]+|[ \t]+$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Strings

const SYLLABLES = [
  'việt', 'nam', 'hà', 'nội', 'kinh', 'tế', 'ngoại', 'giao', 'bộ', 'trưởng', 'thủ', 'tướng', 'chủ', 'tịch', 'tỉnh', 'an', 'giang',
  'xuất', 'khẩu', 'nhập', 'gạo', 'tỷ', 'đồng', 'triệu', 'năm', 'tăng', 'giảm', 'phần', 'trăm', 'thương', 'mại', 'đạt', 'nguyễn',
  'thanh', 'bình', 'sơn', 'bùi', 'dương', 'hồ', 'chí', 'minh', 'thỏa', 'thoả', 'thuận', 'hợp', 'tác', 'quốc', 'ủy', 'uỷ', 'ban',
  'nhân', 'dân', 'đà', 'nẵng', 'hội', 'nghị', 'fdi', 'usd', 'ubnd', 'TP.HCM', 'Bộ_trưởng', 'Đoàn', 'Phương', 'Lan', 'cần', 'thơ',
];

/** Vietnamese words in the forms the API must treat alike: NFC, NFD, upper case, unaccented, segmented. */
export function vietnamese(maxWords = 5): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: maxWords }), fc.constantFrom(' ', '_', '  ', ' - ', ', '), fc.constantFrom('nfc', 'nfd', 'upper', 'folded', 'as-is'))
    .map(([words, separator, form]) => {
      const text = words.join(separator);
      if (form === 'nfd') return text.normalize('NFD');
      if (form === 'upper') return text.toUpperCase();
      if (form === 'folded') return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
      return text;
    });
}

/** Strings that break naive parsers, SQL and LIKE, FTS5 queries, JavaScript objects and Unicode handling. */
export const NASTY_STRINGS = [
  '', ' ', '  ', '\t', '0', '-0', '00', '-1', '1.0', '1e3', '1e400', '0x10', '+1', ' 1', '1 ', '١٢', '１２',
  'NaN', 'Infinity', '-Infinity', 'null', 'undefined', 'true', 'false', '[]', '{}', '[object Object]',
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf',
  '%', '_', '%_', '_%', '%%', '\\', '\\%', '\\_', "'", "''", '"', '""', '`', ';', '--', '/*', '*/', "' OR '1'='1", "1; DROP TABLE facts; --", "x' --", "') OR ('a'='a",
  'NEAR(', 'NEAR(a b)', 'NEAR(a b, 2)', 'a NEAR/2 b', '"a', 'a"', '"a b', '*', 'a*', '*a', '^', '^a', 'a^', 'AND', 'OR', 'NOT', 'a AND', 'OR b', 'a OR b', 'NOT a',
  'a NOT', 'AND OR NOT', '(', ')', '()', '(a', 'a)', '{a b}', 'title:a', 'text : a', '-a', '+a', ':', 'a:b', 'a"b', "a'b", 'a%b', 'a_b', '#', '?', '&', '=', '+', '/', '..', '.',
  'Hà Nội', 'HÀ NỘI', 'Ha Noi', 'Đà Nẵng', 'đ', 'Đ', 'TP.HCM', 'TP. Hồ Chí Minh', 'Bình_Dương', 'tỉnh Bình Dương', 'vn2008:74', 'vn2025:79', 'vn2008:', ':74', 'vn9999:1', 'VN2008:74',
  'thoả thuận', 'thỏa thuận', 'Nguyễn Thanh Bình', 'xuất nhập khẩu', 'Chủ tịch UBND', 'Thủ tướng'.normalize('NFD'),
  '😀', '👨‍👩‍👧‍👦', '🇻🇳', '\u0000', 'a\u0000b', '\u0001', '\u001f', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b', '\u200d', '\ufeff', '\ufffd', '\uffff', '\r', '\n', '\r\n', 'a\nb',
  '\ud800', '\udfff', 'a\ud800b', '\udc00\ud800', '\ud83d', 'Hà\udc00Nội',
  '\u0301', 'a\u0301\u0301\u0301\u0301', 'e\u0302\u0301', '\u0110\u0300',
  '<script>alert(1)</script>', '${7*7}', '{{7*7}}', '%s%s%s%n', '%00', '%2e%2e', '\u202e\u0041\u0042',
] as const;

/** Junk of every kind: the fixed list, random Unicode, Vietnamese, long runs around common bounds. */
export function nastyString(corpus: readonly string[] = []): fc.Arbitrary<string> {
  const long = fc
    .tuple(fc.constantFrom('a', 'ạ', 'Đ', '😀', '%', '_', '"', ' ', 'a '), fc.constantFrom(199, 200, 201, 511, 512, 513, 1000, 3000, 9000))
    .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
    { weight: 2, arbitrary: vietnamese() },
    { weight: 1, arbitrary: long },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...NASTY_STRINGS), vietnamese(2), fc.constantFrom(...NASTY_STRINGS)).map((parts) => parts.join('')) },
    ...(corpus.length > 0 ? [{ weight: 2, arbitrary: mutatedCorpus(corpus) }] : []),
  );
}

/** A string the API itself answered with, as it is or changed the way users mistype it. */
function mutatedCorpus(corpus: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...corpus), fc.constantFrom('as-is', 'nfd', 'upper', 'lower', 'folded', 'half', 'underscored', 'quoted', 'starred')).map(([text, how]) => {
    switch (how) {
      case 'nfd':
        return text.normalize('NFD');
      case 'upper':
        return text.toUpperCase();
      case 'lower':
        return text.toLowerCase();
      case 'folded':
        return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      case 'half':
        return text.slice(0, Math.ceil(text.length / 2));
      case 'underscored':
        return text.replace(/ /g, '_');
      case 'quoted':
        return `"${text}"`;
      case 'starred':
        return `${text.split(' ')[0]}*`;
      default:
        return text;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Values from schemas

function numberBounds(schema: JsonSchema, integer: boolean): { min: number; max: number } {
  const step = integer ? 1 : Number.EPSILON;
  const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + step : -1e9;
  const max = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - step : 1e9;
  return { min, max };
}

function examplesOf(schema: JsonSchema): unknown[] {
  return [schema.example, schema.default, ...(Array.isArray(schema.examples) ? schema.examples : [])].filter((v) => v !== undefined);
}

/** Real calendar days, and the leap and month-end days parsers get wrong. */
export const calendarDate = fc.oneof(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-29', '2000-02-29', '2023-12-31', '2024-01-01', '1970-01-01', '9999-12-31', '0001-01-01'),
);

function schemaTypes(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  return typeof schema.type === 'string' ? [schema.type] : [];
}

/** Values a query, path or header parameter's schema admits, as the text a client would send. */
export function validText(schema: JsonSchema, corpus: readonly string[]): fc.Arbitrary<string> {
  const examples = examplesOf(schema).map(String);
  const withExamples = (arbitrary: fc.Arbitrary<string>) => (examples.length > 0 ? fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.constantFrom(...examples) }) : arbitrary);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum.map(String));
  if (schema.const !== undefined) return fc.constant(String(schema.const));
  const types = schemaTypes(schema);
  if (types.includes('integer')) {
    const { min, max } = numberBounds(schema, true);
    const edges = [min, min + 1, max - 1, max].filter((n) => n >= min && n <= max);
    return withExamples(
      fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...edges) },
        { weight: 4, arbitrary: fc.integer({ min: Math.max(min, -1e6), max: Math.min(max, Math.max(min, -1e6) + 60) }) },
        { weight: 1, arbitrary: fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) }) },
      ).map(String),
    );
  }
  if (types.includes('number')) {
    const { min, max } = numberBounds(schema, false);
    return withExamples(
      fc.oneof(
        fc.integer({ min: Math.max(Math.ceil(min), -1e9), max: Math.min(Math.floor(max), 1e12) }).map(String),
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(String),
        fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
      ),
    );
  }
  if (types.includes('boolean')) return fc.constantFrom('true', 'false');
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : 300;
  const fits = (s: string) => s.length >= minLength && s.length <= maxLength;
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern as string, 'u');
    const choices: fc.Arbitrary<string>[] = [fc.stringMatching(pattern).filter(fits)];
    // A pattern shaped like a date gets real dates too: random digits rarely name a day.
    if (pattern.test('2024-01-31')) choices.push(calendarDate);
    return withExamples(fc.oneof(...choices));
  }
  const pool = corpus.filter(fits);
  return withExamples(
    fc.oneof(
      { weight: 3, arbitrary: vietnamese().filter(fits) },
      ...(pool.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...pool) }] : []),
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, minLength + 30) }) },
    ),
  );
}

/** Text the schema refuses: out of range, malformed, too short or too long, not in the enum. */
export function invalidText(schema: JsonSchema): fc.Arbitrary<string> {
  const types = schemaTypes(schema);
  const options: string[] = ['', ' ', 'abc', 'Hà Nội', '%'];
  if (types.includes('integer') || types.includes('number')) {
    const { min, max } = numberBounds(schema, types.includes('integer'));
    options.push(String(min - 1), String(max + 1), '-1', '0', '1.5', '1e3', '0x10', ' 1', '+1', '1_000', '١', '１', 'NaN', 'Infinity', '9'.repeat(20), '9'.repeat(400), '-' + '9'.repeat(20), '1,2', '01');
  }
  if (Array.isArray(schema.enum)) {
    for (const value of schema.enum.map(String)) options.push(value.toUpperCase(), ` ${value}`, `${value} `, `${value},${value}`, value.slice(0, -1), `${value}\u0000`);
  }
  if (typeof schema.minLength === 'number' && schema.minLength > 0) options.push('a'.repeat(schema.minLength - 1));
  if (typeof schema.maxLength === 'number') options.push('a'.repeat(schema.maxLength + 1), 'ạ'.repeat(schema.maxLength + 1), '😀'.repeat(Math.ceil((schema.maxLength + 1) / 2)));
  if (typeof schema.pattern === 'string') options.push('2024-02-30', '2023-13-01', '2024-1-1', '20240101', '2024-01-01T00:00:00Z', 'total,', ',facets', 'total,,facets');
  return fc.constantFrom(...options);
}

// ---------------------------------------------------------------------------------------------
// Request bodies

export interface BodyValueOptions {
  corpus: readonly string[];
  /** A few values that keep recurring, so that repeated ids and urls meet (update, conflict). */
  recurring?: readonly string[];
}

/** A value the schema admits (JSON Schema 2020-12, the subset OpenAPI documents use); anything else is an error. */
export function valueFromSchema(doc: unknown, rawSchema: JsonSchema, options: BodyValueOptions, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(doc, rawSchema);
  if (depth > 8) throw new Error('schema nests too deeply to generate values');
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) {
    const { anyOf: _a, oneOf: _o, ...siblings } = schema;
    return fc.oneof(...alternatives.map((alternative) => valueFromSchema(doc, { ...siblings, ...alternative }, options, depth + 1)));
  }
  if (Array.isArray(schema.allOf)) {
    if (schema.allOf.length !== 1) throw new Error('allOf with several schemas is not generated');
    const { allOf, ...siblings } = schema;
    return valueFromSchema(doc, { ...siblings, ...(allOf[0] as JsonSchema) }, options, depth + 1);
  }
  for (const keyword of ['not', 'if', 'then', 'else', 'dependentSchemas', 'patternProperties', 'prefixItems', 'contains']) {
    if (keyword in schema) throw new Error(`keyword ${keyword} is not generated`);
  }
  const types = schemaTypes(schema);
  if (types.length > 1) return fc.oneof(...types.map((type) => valueFromSchema(doc, { ...schema, type }, options, depth + 1)));
  switch (types[0]) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, s]) => [name, valueFromSchema(doc, s, options, depth + 1)])),
        { requiredKeys: required.filter((name) => name in properties) },
      );
      if (schema.additionalProperties === false) return record;
      const extra = fc.dictionary(fc.constantFrom('extra', 'lang', '__proto__', 'constructor', 'tags'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });
      return fc.tuple(record, fc.option(extra, { freq: 4 })).map(([value, more]) => ({ ...(more ?? {}), ...value }));
    }
    case 'array': {
      const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : minItems + 3;
      return fc.array(valueFromSchema(doc, (schema.items ?? {}) as JsonSchema, options, depth + 1), { minLength: minItems, maxLength: Math.min(maxItems, minItems + 3) });
    }
    case 'string':
      return stringFromSchema(schema, options);
    case 'integer': {
      const { min, max } = numberBounds(schema, true);
      return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
    }
    case 'number': {
      const { min, max } = numberBounds(schema, false);
      return fc.oneof(fc.integer({ min: Math.max(Math.ceil(min), -1e9), max: Math.min(Math.floor(max), 1e9) }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case undefined:
      return fc.jsonValue({ maxDepth: 2 });
    default:
      throw new Error(`type ${String(types[0])} is not generated`);
  }
}

const URL_POOL = ['https://example.org/a', 'https://example.org/b', 'https://báo.vn/tin/1', 'http://localhost/x?y=1#z'];

function stringFromSchema(schema: JsonSchema, options: BodyValueOptions): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const fits = (s: string) => s.length >= minLength && s.length <= maxLength;
  const recurring = (options.recurring ?? []).filter(fits);
  switch (schema.format) {
    case undefined:
      break;
    case 'date':
      return calendarDate;
    case 'date-time':
      return fc
        .tuple(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('Z', '+07:00', '-00:30'))
        .map(([d, zone]) => d.toISOString().replace('Z', zone));
    case 'uri':
    case 'url':
      return fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom(...URL_POOL));
    case 'email':
      return fc.emailAddress();
    case 'uuid':
      return fc.uuid();
    default:
      throw new Error(`string format ${String(schema.format)} is not generated`);
  }
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern, 'u')).filter(fits);
  const sentences = options.corpus.filter((s) => fits(s) && s.length >= 20);
  return fc.oneof(
    { weight: 3, arbitrary: vietnamese(12).filter(fits) },
    ...(sentences.length > 0 ? [{ weight: 4, arbitrary: fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')).filter(fits) }] : []),
    ...(recurring.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...recurring) }] : []),
    { weight: 1, arbitrary: nastyString().filter(fits) },
  );
}

/** JSON texts that are not what the body schema wants, or not JSON at all. */
export function junkJsonText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.constantFrom(
      '', ' ', '{', '}', '[', '[]', '{}', 'null', 'true', '0', '-1', '"x"', '[null]', '[{}]', '[1,2]', '{"text":""}', '{"text":"   "}', '{"text":null}',
      '{"text":1}', '{"text":["a"]}', '{"text":"a","url":"not a url"}', '{"text":"a","publishedAt":"2024-02-30"}', '{"text":"a","publishedAt":"hôm qua"}',
      '{"text":"a","id":""}', '{"text":"a","id":{}}', '{"text":"a","id":1e400}', '{"__proto__":{"text":"a"}}', '{"constructor":{"prototype":{}}}',
      '{"text":"a"}{"text":"b"}', '{"text":"a",}', "{'text':'a'}", '{"text":"\\ud800"}', '{"text":"\\u0000"}', '\ufeff{"text":"a"}', '{"text":"a"', 'text=a',
      '['.repeat(5000) + ']'.repeat(5000), '{"a":'.repeat(2000) + '1' + '}'.repeat(2000),
    ),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
}

// ---------------------------------------------------------------------------------------------
// Cursors

/** A cursor a real page answered with, and the query (without the cursor) that page was asked with. */
export interface RealCursor {
  /** The path template of the list operation. */
  path: string;
  query: Array<[string, string]>;
  cursor: string;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * Cursors near and far from real ones: as issued, truncated, one bit flipped, the parts swapped or
 * re-joined, base64 of random JSON, JSON of the right shape with wrong types; `sign` (when given)
 * signs a payload as the API does, so that a forged cursor gets past the integrity check.
 */
export function cursorArbitrary(real: readonly RealCursor[], sign?: (payload: unknown) => string): fc.Arbitrary<string> {
  const odd = fc.constantFrom<unknown>(0, -1, 1.5, 2 ** 53, -(2 ** 53), 1e308, -1e308, '1', '', 'x', null, true, [], {}, [1], { a: 1 }, 'ạ'.repeat(300), '2024-01-01', 'NaN');
  const randomJson = fc.jsonValue({ maxDepth: 2 });
  const arbitraries: fc.Arbitrary<string>[] = [
    fc.tuple(randomJson, fc.string({ minLength: 0, maxLength: 10 })).map(([v, sum]) => `${b64(JSON.stringify(v))}.${sum}`),
    fc.record({ after: odd, k: odd, f: odd }, { requiredKeys: [] }).map((payload) => `${b64(JSON.stringify(payload))}.AAAAAAAA`),
    fc.base64String({ maxLength: 64 }),
    nastyString(),
  ];
  if (sign) {
    arbitraries.push(fc.oneof(randomJson, fc.record({ after: odd, k: odd, f: odd }, { requiredKeys: [] })).map(sign));
  }
  if (real.length > 0) {
    const one = fc.constantFrom(...real.map((r) => r.cursor));
    arbitraries.push(
      one,
      fc.tuple(one, fc.nat()).map(([c, n]) => c.slice(0, n % c.length)),
      fc.tuple(one, fc.nat(), fc.integer({ min: 0, max: 5 })).map(([c, n, bit]) => {
        const i = n % c.length;
        return c.slice(0, i) + String.fromCharCode(c.charCodeAt(i) ^ (1 << bit)) + c.slice(i + 1);
      }),
      one.map((c) => c.split('.').reverse().join('.')),
      one.map((c) => `${c}.${c.split('.')[1]}`),
      one.map((c) => c.replace('.', '')),
      one.map((c) => `${c}=`),
      one.map((c) => c.toUpperCase()),
      one.map((c) => Buffer.from(c.split('.')[0]!, 'base64url').toString('base64') + '.' + c.split('.')[1]),
    );
    if (sign) {
      // The payload of a real cursor with one field replaced: the fingerprint still fits its query.
      const payloads = real.map((r) => JSON.parse(Buffer.from(r.cursor.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>);
      arbitraries.push(
        fc.tuple(fc.constantFrom(...payloads), fc.constantFrom('after', 'k', 'f', 'extra'), odd).map(([payload, field, value]) => sign({ ...payload, [field]: value })),
      );
    }
  }
  return fc.oneof(...arbitraries);
}

// ---------------------------------------------------------------------------------------------
// Headers

export const ACCEPT_VALUES = [
  'application/json', 'text/csv', 'application/x-ndjson', '*/*', 'application/*', 'text/*', 'text/html', 'application/problem+json', 'application/xml',
  'text/csv;q=0', 'text/csv;q=0.5, application/x-ndjson;q=0.9', 'application/x-ndjson;q=0.1, text/csv', 'text/csv, application/json;q=0.9', 'application/json;q=0, text/csv;q=0',
  'text/csv;q=abc', 'text/csv;q=-1', 'text/csv;q=1e400', 'TEXT/CSV', 'text/csv ; q=1', 'text/csv;charset=utf-8', 'application/x-ndjson;q=1.0', '*/*;q=0.1, text/csv',
  ',', ';', ';;;', 'q=1', '*', 'text', '/', 'a/b/c', 'text/csv,'.repeat(200),
] as const;

export const ACCEPT_ENCODING_VALUES = ['gzip', 'br', 'deflate', 'identity', '*', 'gzip, deflate, br', 'br;q=0, gzip', 'gzip;q=0', 'br;q=0', '*;q=0', 'identity;q=0', 'zstd', 'x-gzip', 'gzip;q=abc', ',', 'GZIP'] as const;

/** If-None-Match values around the real tags: as sent, weak, in lists, and malformed. */
export function ifNoneMatch(etags: readonly string[]): fc.Arbitrary<string> {
  const junk = fc.constantFrom('*', '""', '"x"', 'W/"x"', 'x', 'W/', '"', '"a,b"', '*, "x"', ',', '"x" "y"', ' * ');
  if (etags.length === 0) return junk;
  const real = fc.constantFrom(...etags);
  return fc.oneof(
    real,
    real.map((tag) => (tag.startsWith('W/') ? tag.slice(2) : `W/${tag}`)),
    fc.tuple(real, real).map(([a, b]) => `${a}, ${b}`),
    real.map((tag) => `"x", ${tag}`),
    real.map((tag) => tag.replace(/"/g, '')),
    real.map((tag) => tag.slice(0, -2) + '"'),
    junk,
  );
}

export const ORIGIN_VALUES = ['https://example.org', 'https://evil.example', 'null', 'http://localhost:5173', 'https://example.org:443', 'HTTPS://EXAMPLE.ORG', 'file://', '*', 'https://báo.vn'] as const;

// ---------------------------------------------------------------------------------------------
// Requests

/** What the running API told the generators: real ids, strings, cursors and entity tags. */
export interface FuzzContext {
  doc: OpenApiDocument;
  operations: readonly Operation[];
  /** Ids of each collection ("/v1/facts" -> the ids its list answered with). */
  ids: ReadonlyMap<string, readonly number[]>;
  /** Strings the API answered with: names, aliases, metrics, titles, sentences. */
  corpus: readonly string[];
  cursors: readonly RealCursor[];
  etags: readonly string[];
  /** Signs a cursor payload as the API does; forged cursors then reach past the integrity check. */
  signCursor?: (payload: unknown) => string;
  /** The token each bearer security scheme accepts on the servers that enable it. */
  tokens: Readonly<Record<string, string>>;
  /** App variants a request may go to, by name, and how often. */
  servers: ReadonlyArray<{ name: string; weight: number }>;
  /** Request bodies beyond this many bytes must be refused. */
  bodyLimitBytes: number;
}

export interface FuzzRequest {
  server: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** Send it again with If-None-Match made from the answer's ETag, expecting a 304. */
  revalidate?: 'exact' | 'weak' | 'list' | 'star';
}

type Weighted<T> = { weight: number; arbitrary: fc.Arbitrary<T> };

const present = <T>(arbitrary: fc.Arbitrary<T>, weight: number, absentWeight: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: absentWeight, arbitrary: fc.constant(null) }, { weight, arbitrary });

function serverArbitrary(ctx: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(...ctx.servers.map(({ name, weight }) => ({ weight, arbitrary: fc.constant(name) })));
}

/** A value written into the URL: encoded one way or another, sometimes with raw junk spliced in. */
function urlComponent(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(value, fc.constantFrom<Encoding>('strict', 'strict', 'strict', 'form', 'lazy'), present(fc.constantFrom(...RAW_URL_JUNK), 1, 12), fc.nat())
    .map(([text, encoding, junk, at]) => {
      const encoded = encodeComponent(text, encoding);
      if (junk === null) return encoded;
      const i = at % (encoded.length + 1);
      return encoded.slice(0, i) + junk + encoded.slice(i);
    });
}

function allIds(ctx: FuzzContext): number[] {
  return [...new Set([...ctx.ids.values()].flat())];
}

/** A parameter's value: one the schema admits, or (unless `validOnly`) anything but. */
function parameterText(p: Parameter, op: Operation, ctx: FuzzContext, validOnly: boolean): fc.Arbitrary<string> {
  const schema = deref(ctx.doc, p.schema ?? {});
  const choices: Weighted<string>[] = [{ weight: 6, arbitrary: validText(schema, ctx.corpus) }];
  if (!validOnly) choices.push({ weight: 2, arbitrary: invalidText(schema) }, { weight: 2, arbitrary: nastyString(ctx.corpus) });
  const types = schemaTypes(schema);
  if (p.in === 'path') {
    const collection = op.path.slice(0, op.path.indexOf(`/{${p.name}}`));
    const ids = ctx.ids.get(collection) ?? [];
    if (ids.length > 0) choices.push({ weight: 8, arbitrary: fc.constantFrom(...ids).map(String) });
    if (!validOnly) choices.push({ weight: 1, arbitrary: fc.constantFrom('0', '-1', '9007199254740991', '9007199254740992', '99999999999999999999', '1'.repeat(300), '1.0', '1e2', 'abc', '%20', 'null') });
  } else if (types.includes('integer') && allIds(ctx).length > 0) {
    choices.push({ weight: 2, arbitrary: fc.constantFrom(...allIds(ctx)).map(String) });
  }
  // A cursor fits only the filters it was issued for; valid ones are sent with those (see `followed`).
  if (p.in === 'query' && p.name === 'cursor' && !validOnly) {
    choices.push({ weight: 8, arbitrary: cursorArbitrary(ctx.cursors.filter((c) => c.path === op.path), ctx.signCursor) });
  }
  return fc.oneof(...choices);
}

function pathArbitrary(op: Operation, ctx: FuzzContext, validOnly: boolean): fc.Arbitrary<string> {
  const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const values = names.map((name) => {
    const text = parameterText(op.parameters.find((p) => p.in === 'path' && p.name === name)!, op, ctx, validOnly);
    return validOnly ? text.map((t) => percentEncode(t)) : urlComponent(text);
  });
  return fc.tuple(fc.tuple(...values), fc.constantFrom('', '', '', '', '', '/')).map(([filled, tail]) => {
    let path = op.path;
    names.forEach((name, i) => (path = path.replace(`{${name}}`, filled[i]!)));
    return path + tail;
  });
}

const UNKNOWN_NAMES = [
  'verbose', 'q', 'page', 'offset', 'limit[]', 'cursor[]', 'sort[]', 'filter[type]', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
  'LIMIT', 'Limit', 'limit ', ' limit', 'a.b', 'callback', 'fields', 'format', 'include', 'kind', 'type', 'id', '',
] as const;

/** Only values the schemas admit, each parameter once and plainly encoded: the requests that get through. */
function validQueryArbitrary(op: Operation, ctx: FuzzContext): fc.Arbitrary<string> {
  const known = op.parameters.filter((p) => p.in === 'query' && p.name !== 'cursor');
  const parts = known.map((p) => {
    const piece = parameterText(p, op, ctx, true).map((v) => `${percentEncode(p.name)}=${percentEncode(v)}`);
    return p.required ? piece : present(piece, 1, 3);
  });
  return fc.tuple(...parts).map((chosen) => {
    const pieces = chosen.filter((piece): piece is string => piece !== null);
    return pieces.length === 0 ? '' : `?${pieces.join('&')}`;
  });
}

function queryArbitrary(op: Operation, ctx: FuzzContext): fc.Arbitrary<string> {
  const known = op.parameters.filter((p) => p.in === 'query');
  const parts = known.map((p) => {
    const value = parameterText(p, op, ctx, false);
    // A known name, or the same name spelt so that only a decoder that decodes names finds it.
    const name = fc.oneof({ weight: 12, arbitrary: fc.constant(p.name) }, { weight: 1, arbitrary: fc.constant(percentEncode(p.name, '').replace(/^./, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)) });
    const once = fc.tuple(name, urlComponent(value)).map(([n, v]): string[] => [`${n}=${v}`]);
    const twice = fc.tuple(name, urlComponent(value), urlComponent(value)).map(([n, a, b]): string[] => [`${n}=${a}`, `${n}=${b}`]);
    const bare = fc.constantFrom<string[]>([p.name], [`${p.name}=`]);
    const given: Weighted<string[]>[] = [
      { weight: 8, arbitrary: once },
      { weight: 1, arbitrary: twice },
      { weight: 1, arbitrary: bare },
    ];
    return fc.oneof(...(p.required ? given : [{ weight: 5, arbitrary: fc.constant([] as string[]) }, ...given]));
  });
  const knownNames = new Set(known.map((p) => p.name));
  const unknownName = fc.oneof(fc.constantFrom(...UNKNOWN_NAMES).filter((n) => !knownNames.has(n)), nastyString().filter((n) => !knownNames.has(n)));
  const unknown = fc.array(fc.tuple(urlComponent(unknownName), urlComponent(nastyString())).map(([n, v]) => `${n}=${v}`), { maxLength: 2 });
  const separators = fc.constantFrom('&', '&', '&', '&', '&&', ';');
  return fc
    .tuple(fc.tuple(...parts), present(unknown, 1, 6), separators, fc.constantFrom('', '', '', '', '&', '#frag'))
    .map(([chosen, extra, separator, tail]) => {
      const pieces = [...chosen.flat(), ...(extra ?? [])];
      return pieces.length === 0 ? (tail === '&' ? '?' : '') : `?${pieces.join(separator)}${tail}`;
    });
}

const CONTENT_TYPES = [
  'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json;charset=latin1', 'application/json; charset=utf-16', 'text/plain', 'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/problem+json', 'application/merge-patch+json', 'application/octet-stream', 'text/json',
  'application/jsonx', 'json', ';', 'application/json; boundary=x; charset=utf-8',
] as const;

function authorizationArbitrary(op: Operation, ctx: FuzzContext): fc.Arbitrary<string | null> {
  const tokens = op.security.flatMap((requirement) => Object.keys(requirement).map((name) => ctx.tokens[name])).filter((t): t is string => t !== undefined);
  const junk = fc.oneof(fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a b', 'Token x', 'Bearer \u00e9', '', ' ', 'Bearer =', 'Digest x'), nastyString().map(headerSafe));
  if (op.security.length === 0 || tokens.length === 0) return present(junk, 1, 9);
  const token = fc.constantFrom(...tokens);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: token.map((t) => `Bearer ${t}`) },
    { weight: 1, arbitrary: token.chain((t) => fc.constantFrom(`bearer ${t}`, `BEARER   ${t}`, `Bearer ${t}  `)) },
    { weight: 3, arbitrary: token.chain((t) => fc.constantFrom(`Bearer ${t}x`, `Bearer ${t.slice(0, -1)}`, `Bearer ${t.toUpperCase()}`, `Bearer ${t}==`, 'Bearer wrong-token', `Bearer ${t}, Bearer x`, t, `Token ${t}`)) },
    { weight: 2, arbitrary: junk },
  );
}

/** Headers a client may send: content negotiation, conditions, origin, credentials, odd extras. */
function headersArbitrary(op: Operation | null, ctx: FuzzContext, withBody: boolean): fc.Arbitrary<Record<string, string>> {
  const documented = (op?.parameters ?? []).filter((p) => p.in === 'header' && p.name.toLowerCase() !== 'if-none-match');
  const extraName = fc.constantFrom('x-forwarded-for', 'x-http-method-override', 'range', 'if-modified-since', 'if-match', 'cookie', 'x-requested-with', 'access-control-request-method', 'access-control-request-headers', 'forwarded', 'te');
  const entries: Array<fc.Arbitrary<[string, string] | null>> = [
    present(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ACCEPT_VALUES) }, { weight: 1, arbitrary: nastyString().map(headerSafe) }).map((v) => ['accept', v] as [string, string]), 1, 1),
    present(fc.constantFrom(...ACCEPT_ENCODING_VALUES).map((v) => ['accept-encoding', v] as [string, string]), 1, 1),
    present(fc.constantFrom(...ORIGIN_VALUES).map((v) => ['origin', headerSafe(v)] as [string, string]), 1, 3),
    present(ifNoneMatch(ctx.etags).map((v) => ['if-none-match', v] as [string, string]), 1, 3),
    (op ? authorizationArbitrary(op, ctx) : present(fc.constantFrom(...Object.values(ctx.tokens).map((t) => `Bearer ${t}`), 'Bearer x', 'Basic eA=='), 1, 4)).map((v) => (v === null ? null : ['authorization', v] as [string, string])),
    present(fc.tuple(extraName, fc.oneof(fc.constantFrom('GET', 'DELETE', 'bytes=0-10', '127.0.0.1, 10.0.0.1', 'x'), nastyString().map(headerSafe))), 1, 5),
    ...documented.map((p) => present(fc.oneof(validText(deref(ctx.doc, p.schema ?? {}), ctx.corpus), nastyString()).map((v) => [p.name.toLowerCase(), headerSafe(v)] as [string, string]), 1, 2)),
  ];
  if (withBody) {
    entries.push(fc.oneof({ weight: 12, arbitrary: fc.constant('application/json') }, { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) }, { weight: 1, arbitrary: fc.constant(null) }).map((v) => (v === null ? null : ['content-type', v] as [string, string])));
  }
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter((pair): pair is [string, string] => pair !== null)));
}

function bodyArbitrary(op: Operation, ctx: FuzzContext): fc.Arbitrary<string> {
  const content = op.requestBody!.content;
  const media = Object.keys(content).find(isJsonMediaType)!;
  const schema = content[media]!.schema ?? {};
  const recurring = ['fuzz-1', 'fuzz-2', 'c1', ...ctx.corpus.filter((s) => /^[\w-]{1,40}$/.test(s)).slice(0, 6), ...URL_POOL];
  const valid = valueFromSchema(ctx.doc, schema, { corpus: ctx.corpus, recurring });
  // Valid but for one field: dropped, or given another JSON value.
  const spoilt = fc.tuple(valid, fc.nat(), fc.option(fc.jsonValue({ maxDepth: 1 }), { freq: 3 })).map(([value, n, replacement]) => {
    const target = Array.isArray(value) ? value[n % Math.max(value.length, 1)] : value;
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      const keys = Object.keys(target);
      const key = keys[n % Math.max(keys.length, 1)];
      if (key !== undefined) {
        if (replacement === null) delete (target as Record<string, unknown>)[key];
        else (target as Record<string, unknown>)[key] = replacement;
      }
    }
    return value;
  });
  const oversized = fc.constantFrom('a', 'ạ', '\u0000').map((unit) => JSON.stringify({ text: unit.repeat(ctx.bodyLimitBytes) }));
  return fc.oneof(
    { weight: 8, arbitrary: valid.map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: spoilt.map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: junkJsonText() },
    { weight: 1, arbitrary: oversized },
  );
}

/**
 * Requests to one operation: parameters, cursors and headers derived from the document and from the
 * running API, plus a body for operations that take one. An operation that cannot be fuzzed
 * faithfully is an error, never quietly left out.
 */
export function operationRequest(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const reasons = unfuzzableReasons(op, ctx.doc);
  if (reasons.length > 0) throw new Error(`${op.id} cannot be fuzzed: ${reasons.join('; ')}`);
  const withBody = op.requestBody !== undefined;
  const method = op.method === 'GET' ? fc.constantFrom('GET', 'GET', 'GET', 'HEAD') : fc.constant(op.method);
  const revalidate = op.method === 'GET' ? present(fc.constantFrom('exact', 'weak', 'list', 'star' as const), 1, 3) : fc.constant(null);
  const body = withBody ? present(bodyArbitrary(op, ctx), 12, 1) : fc.constant(null);
  const pathAndQuery = fc.oneof(
    fc.tuple(pathArbitrary(op, ctx, false), queryArbitrary(op, ctx)),
    fc.tuple(pathArbitrary(op, ctx, true), validQueryArbitrary(op, ctx)),
  );
  const fromSpec = fc
    .record({ server: serverArbitrary(ctx), method, pathAndQuery, headers: headersArbitrary(op, ctx, withBody), body, revalidate })
    .map(({ server, method, pathAndQuery: [path, query], headers, body, revalidate }): FuzzRequest => ({
      server,
      method,
      url: path + query,
      headers,
      ...(body !== null ? { payload: body } : {}),
      ...(revalidate !== null ? { revalidate } : {}),
    }));
  const real = ctx.cursors.filter((c) => c.path === op.path);
  if (real.length === 0) return fromSpec;
  // The query a real cursor was issued for, with that cursor or a mangled one: the deep pages.
  const followed = fc
    .record({ server: serverArbitrary(ctx), method, path: pathArbitrary(op, ctx, true), page: fc.constantFrom(...real), cursor: present(cursorArbitrary(real, ctx.signCursor), 1, 1), headers: headersArbitrary(op, ctx, withBody), revalidate })
    .map(({ server, method, path, page, cursor, headers, revalidate }): FuzzRequest => {
      const query = [...page.query, ['cursor', cursor ?? page.cursor]].map(([n, v]) => `${percentEncode(n!)}=${percentEncode(v!)}`).join('&');
      return { server, method, url: `${path}?${query}`, headers, ...(revalidate !== null ? { revalidate } : {}) };
    });
  return fc.oneof({ weight: 4, arbitrary: fromSpec }, { weight: 1, arbitrary: followed });
}

const SEGMENTS = [
  'v1', 'v2', 'facts', 'articles', 'entities', 'healthz', 'docs', 'openapi.json', 'json', 'static', 'index.html', 'swagger-ui.css', '1', '0', '-1', '999999',
  '9007199254740993', 'abc', '..', '.', '', 'FACTS', 'V1', 'articles.json', '%2e%2e', '%2F', '%66acts', '~', '*', ';x', 'facts;', 'facts.csv',
] as const;

/** Any method, any path under /v1 and beside it, any query, headers and body. */
export function randomRequest(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const segment = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...SEGMENTS) },
    { weight: 2, arbitrary: nastyString(ctx.corpus).map((s) => percentEncode(s)) },
    { weight: 1, arbitrary: nastyString().map((s) => encodeComponent(s, 'lazy')) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_JUNK) },
  );
  const templates = ctx.operations.map((op) => op.path);
  const path = fc.oneof(
    fc.array(segment, { maxLength: 4 }).map((s) => `/v1/${s.join('/')}`),
    fc.array(segment, { maxLength: 4 }).map((s) => `/${s.join('/')}`),
    fc.tuple(fc.constantFrom(...templates), segment, fc.constantFrom('', '/', '//', '/x', '/..', '.json')).map(([template, s, tail]) => template.replace(/\{[^}]+\}/g, s) + tail),
  );
  const pair = fc.tuple(urlComponent(fc.oneof(fc.constantFrom(...UNKNOWN_NAMES), nastyString())), urlComponent(nastyString(ctx.corpus))).map(([n, v]) => `${n}=${v}`);
  const query = present(fc.array(pair, { maxLength: 4 }).map((pairs) => `?${pairs.join('&')}`), 1, 1);
  const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH');
  return fc
    .record({ server: serverArbitrary(ctx), method, path, query, headers: headersArbitrary(null, ctx, true), payload: present(junkJsonText(), 1, 2) })
    .map(({ server, method, path, query, headers, payload }): FuzzRequest => ({
      server,
      method,
      url: path + (query ?? ''),
      headers,
      ...(payload !== null && method !== 'GET' && method !== 'HEAD' ? { payload } : {}),
    }));
}
