// Calibration of fact confidence: on an annotated set, the share of facts that are right in each
// confidence band. A well-calibrated confidence has about that share inside each band.

export interface JudgedFact {
  confidence: number;
  right: boolean;
}

export interface CalibrationBand {
  /** The band [low, high); the last band includes 1. */
  low: number;
  high: number;
  facts: number;
  right: number;
  /** right / facts, null for an empty band. */
  shareRight: number | null;
  /** Mean confidence of the band's facts, null for an empty band. */
  meanConfidence: number | null;
}

/** Band edges: five equal bands from 0 to 1. */
export const CONFIDENCE_BANDS: readonly number[] = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** The facts counted per confidence band (`edges` ascending, from 0 to 1). */
export function calibrationTable(facts: readonly JudgedFact[], edges: readonly number[] = CONFIDENCE_BANDS): CalibrationBand[] {
  const bands = edges.slice(0, -1).map((low, i) => ({ low, high: edges[i + 1]!, facts: 0, right: 0, sum: 0 }));
  for (const f of facts) {
    if (!Number.isFinite(f.confidence) || f.confidence < edges[0]! || f.confidence > edges[edges.length - 1]!) {
      throw new RangeError(`confidence ${f.confidence} is outside [${edges[0]}, ${edges[edges.length - 1]}]`);
    }
    const band = bands.find((b, i) => f.confidence < b.high || i === bands.length - 1)!;
    band.facts++;
    band.sum += f.confidence;
    if (f.right) band.right++;
  }
  return bands.map(({ sum, ...b }) => ({ ...b, shareRight: b.facts ? b.right / b.facts : null, meanConfidence: b.facts ? sum / b.facts : null }));
}

/** The table as the command prints it (and as README.md shows it). */
export function formatCalibration(bands: readonly CalibrationBand[]): string {
  const pct = (x: number | null) => (x === null ? '    -' : (100 * x).toFixed(1).padStart(5));
  const lines = ['confidence band   facts  right  share right  mean confidence'];
  for (const b of bands) {
    const label = `${b.low.toFixed(1)}-${b.high.toFixed(1)}`.padEnd(16);
    lines.push(`${label} ${String(b.facts).padStart(6)} ${String(b.right).padStart(6)}  ${pct(b.shareRight)} %     ${b.meanConfidence === null ? '    -' : b.meanConfidence.toFixed(3)}`);
  }
  const total = bands.reduce((n, b) => n + b.facts, 0);
  const right = bands.reduce((n, b) => n + b.right, 0);
  lines.push(`all              ${String(total).padStart(6)} ${String(right).padStart(6)}  ${pct(total ? right / total : null)} %`);
  return `${lines.join('\n')}\n`;
}
