// Table-driven phrasings (phrasings.cases.ts), each run word-segmented and plain: every kind a
// case lists must come out complete and exact, as a careful annotator would write it.
import { describe, expect, it } from 'vitest';
import { toGold } from '../../../src/domain/extract/to-gold.js';
import { fold, looselyEqual, provinceKey } from '../../support/gold-score.js';
import { bothForms, extract } from './helpers.js';
import { PHRASINGS, type ExpectedFigure } from './phrasings.cases.js';

const sorted = (xs: string[]) => [...xs].sort();
const closeTo = (actual: number, expected: number) => Math.abs(actual - expected) <= 0.005 * Math.abs(expected);

describe('phrasings from political and economic news', () => {
  it('has at least 80 cases, of which at least 80 pass', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(80);
    expect(PHRASINGS.filter((c) => !c.gap).length).toBeGreaterThanOrEqual(80);
  });

  for (const c of PHRASINGS) {
    for (const [form, text] of bothForms(c.segmented)) {
      (c.gap ? it.fails : it)(`${c.construction} (${form})${c.gap ? ` [known gap: ${c.gap}]` : ''}`, () => {
        const x = extract(text);
        const gold = toGold('case', x);

        if (c.persons) {
          expect(sorted(gold.persons.map((p) => fold(p.name)))).toEqual(sorted(c.persons.map((p) => fold(p.name))));
          for (const want of c.persons) {
            const got = gold.persons.find((p) => fold(p.name) === fold(want.name))!;
            if (want.title === null) expect(got.title, want.name).toBeNull();
            else expect(got.title !== null && looselyEqual(got.title, want.title), `${want.name}: "${got.title}" for "${want.title}"`).toBe(true);
          }
        }
        if (c.provinces) {
          expect(sorted([...new Set(gold.provinces.map(provinceKey))])).toEqual(sorted([...new Set(c.provinces.map(provinceKey))]));
        }
        if (c.conferences) {
          expect(gold.conferences.map((m) => ({ name: fold(m.name), edition: m.edition }))).toEqual(
            expect.arrayContaining(c.conferences.map((m) => ({ name: fold(m.name), edition: m.edition }))),
          );
          expect(gold.conferences).toHaveLength(c.conferences.length);
        }
        if (c.figures) {
          const described = x.figures.map((f) => `${f.text} = ${f.value}${f.valueMax !== null ? `..${f.valueMax}` : ''} ${f.unit} ${f.qualifier}`);
          expect(gold.figures, described.join('; ')).toHaveLength(c.figures.length);
          for (const want of c.figures) expectFigure(x.figures, want, described);
        }
        const names = (kind: string) => x.entities.filter((e) => e.kind === kind).map((e) => fold(e.name));
        for (const country of c.countries ?? []) expect(names('country')).toContain(fold(country));
        for (const organization of c.organizations ?? []) {
          const found = x.entities.filter((e) => e.kind === 'organization').map((e) => fold(e.text));
          expect(found).toContain(fold(organization));
        }
      });
    }
  }
});

function expectFigure(figures: ReturnType<typeof extract>['figures'], want: ExpectedFigure, described: string[]): void {
  const got = figures.find((f) => f.unit === want.unit && closeTo(f.value, want.value));
  expect(got, `${want.value} ${want.unit} among: ${described.join('; ')}`).toBeDefined();
  expect({ qualifier: got!.qualifier, valueMax: got!.valueMax }).toEqual({ qualifier: want.qualifier, valueMax: want.value_max ?? null });
  if (want.change) expect(got!.change).toBe(want.change);
  if (want.noun) expect(fold(got!.noun)).toBe(fold(want.noun));
  if (want.subject) expect(fold(got!.subject)).toBe(fold(want.subject));
  if (want.period) expect(fold(got!.period)).toBe(fold(want.period));
}
