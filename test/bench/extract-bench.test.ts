// The extraction benchmark's code, run on the seeds so that it cannot rot (its figures are not checked here).
import { describe, expect, it } from 'vitest';
import { benchExtract, checkExtraction } from '../../src/bench/extract.js';
import { SEEDS_DIR } from '../helpers.js';

describe('bench:extract', () => {
  it('extracts every article it reads and reports throughput, with no exception and no broken result', async () => {
    const r = await benchExtract([SEEDS_DIR]);
    expect(r).toMatchObject({ articles: 5, exceptions: 0, invalid: 0, unreadable: 0 });
    expect(r.bytes).toBeGreaterThan(20_000);
    expect(r.megabytesPerSecond).toBeGreaterThan(0);
    expect(r.figures).toBeGreaterThan(0);
  });

  it('flags a result whose span does not hold its text', () => {
    const plain = 'Hà Nội đẹp.';
    const sentences = [{ index: 0, start: 0, end: plain.length }];
    const mention = { kind: 'province' as const, name: 'Hà Nội', key: 'x', text: 'Hà Nội', span: { start: 0, end: 6 }, sentence: 0 };
    const base = { extractorVersion: 2, title: null, byline: null, dates: [], sentences, figures: [], roles: [], refused: [], capped: [] };
    expect(checkExtraction(plain, { ...base, entities: [mention] })).toBeNull();
    expect(checkExtraction(plain, { ...base, entities: [{ ...mention, span: { start: 1, end: 7 } }] })).toMatch(/does not hold/);
  });
});
