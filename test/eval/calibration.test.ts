import { describe, expect, it } from 'vitest';
import { calibrationTable, formatCalibration } from '../../src/eval/calibration.js';

describe('calibrationTable', () => {
  it('counts facts and the right ones per band, with the share right and the mean confidence', () => {
    const bands = calibrationTable([
      { confidence: 0.1, right: false },
      { confidence: 0.3, right: true },
      { confidence: 0.35, right: false },
      { confidence: 0.9, right: true },
      { confidence: 1, right: true },
    ]);
    expect(bands.map((b) => [b.low, b.high, b.facts, b.right])).toEqual([
      [0, 0.2, 1, 0],
      [0.2, 0.4, 2, 1],
      [0.4, 0.6, 0, 0],
      [0.6, 0.8, 0, 0],
      [0.8, 1, 2, 2],
    ]);
    expect(bands[1]!.shareRight).toBe(0.5);
    expect(bands[1]!.meanConfidence).toBeCloseTo(0.325, 6);
    expect(bands[2]!.shareRight).toBeNull();
  });

  it('puts a confidence on a band edge in the upper band, and 1 in the last', () => {
    const bands = calibrationTable([{ confidence: 0.2, right: true }, { confidence: 1, right: false }], [0, 0.2, 1]);
    expect(bands.map((b) => b.facts)).toEqual([0, 2]);
  });

  it.each([-0.1, 1.5, Number.NaN])('refuses a confidence of %s, naming it', (c) => {
    expect(() => calibrationTable([{ confidence: c, right: true }])).toThrow(String(c));
  });

  it('prints one line per band and a total', () => {
    const text = formatCalibration(calibrationTable([{ confidence: 0.5, right: true }, { confidence: 0.45, right: false }]));
    expect(text).toContain('0.4-0.6');
    expect(text).toMatch(/0\.4-0\.6\s+2\s+1\s+50\.0 %\s+0\.475/);
    expect(text).toMatch(/all\s+2\s+1\s+50\.0 %/);
  });
});
