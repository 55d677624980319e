// `npm audit` of the production dependencies: fails on any high or critical advisory. When the
// registry offers no advisory service (a mirror that answers 405), it says so and does not fail:
// the audit could not run, which is not the same as a clean result.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`audit: npm audit printed no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.warn(`audit: NOT RUN: the registry has no advisory service here (${report.message ?? report.error?.summary ?? 'no report'})`);
  process.exit(0);
}
const severe = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low (production dependencies)`);
process.exit(severe > 0 ? 1 : 0);
