// Prints one closing line for the whole suite ("N passed, N failed, N skipped") from the
// JSON reports each runner writes into reports/, so CI sees a single honest total.
import { existsSync, readFileSync } from 'node:fs';

interface Totals { passed: number; failed: number; skipped: number }
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const read = (path: string): unknown => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

for (const path of ['reports/vitest-unit.json', 'reports/vitest-api.json']) {
  const report = read(path) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests?: number } | null;
  if (!report) continue;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}

const e2e = read('reports/playwright.json') as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null;
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.passed === 0) {
  console.error('No test ran: the JSON reports in reports/ are missing or empty.');
  process.exit(1);
}
