// Issue 11: learners must not pass by always picking one position. Reads the built pages
// (dist/) and, with the answer keys (test-time only, never in the site), counts at which
// displayed position each single-choice key sits; no position may hold more than 35%.
// Run after `npm run build`: npm run test:leaks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { quizzes } from '../../../content/quizzes.generated';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const MAX_SHARE = 0.35;

/** Option ids of one question in the order the built page shows them. */
function displayedOptions(html: string, questionId: string): string[] {
  const start = html.indexOf(`data-question-id="${questionId}"`);
  if (start < 0) return [];
  const end = html.indexOf('</fieldset>', start);
  return [...html.slice(start, end).matchAll(/data-option-id="([^"]+)"/g)].map((m) => m[1]!);
}

const distribution = (positions: number[]) => {
  const counts = Array.from({ length: 6 }, (_, i) => positions.filter((p) => p === i).length);
  return counts.map((n, i) => `${i + 1}: ${n} (${Math.round((100 * n) / positions.length)}%)`).join(', ');
};

it(`no displayed position holds more than ${MAX_SHARE * 100}% of the single-choice keys`, () => {
  const authored: number[] = [];
  const shown: number[] = [];
  for (const quiz of Object.values(quizzes)) {
    const page = join(dist, 'modules', quiz.module, 'index.html');
    expect(existsSync(page), `${page} missing: run \`npm run build\` first`).toBe(true);
    const html = readFileSync(page, 'utf8');
    for (const q of quiz.questions) {
      if (q.type !== 'single') continue;
      const order = displayedOptions(html, q.id);
      expect(order.toSorted(), `${quiz.module}/${q.id} options on the page`).toEqual(q.options.map((o) => o.id).toSorted());
      authored.push(q.options.findIndex((o) => o.id === q.answer));
      shown.push(order.indexOf(q.answer));
    }
  }
  console.log(`single-choice keys: ${shown.length}\n  authored order: ${distribution(authored)}\n  built pages:    ${distribution(shown)}`);
  expect(shown.length).toBeGreaterThan(0);
  for (let p = 0; p < 6; p++) expect(shown.filter((x) => x === p).length / shown.length, `position ${p + 1}`).toBeLessThanOrEqual(MAX_SHARE);
});
