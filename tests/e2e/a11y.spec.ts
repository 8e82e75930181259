/**
 * axe-core on the pages a learner uses, in both colour schemes: no serious or critical
 * violation on the catalog, a module page (also with graded results and the name dialog
 * open), progress and leaderboards.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { answerQuiz, checkAnswers, summary } from './support/learner';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

// axe over a whole module page (the tensor playground's shell included) took 13-17 s on a loaded
// 2-core machine, near the 30 s default once the page load is added.
test.describe.configure({ timeout: 120_000 });

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    // Each page is checked once its scripts have drawn what they draw.
    const pages: [string, string, (page: Page) => Promise<void>][] = [
      ['catalog', '/', (p) => expect(p.locator('[data-module-card]').first()).toBeVisible()],
      ['module page', '/modules/tensors/', (p) => expect(p.locator('[data-account-line]')).toBeVisible()],
      ['progress', '/progress/', (p) => expect(p.locator('[data-recover]')).toBeVisible()],
      ['leaderboards', '/leaderboards/', (p) => expect(p.locator('[data-board-status]').filter({ hasText: 'Loading' })).toHaveCount(0)],
    ];
    for (const [name, path, ready] of pages) {
      test(`${name} has no serious or critical violation`, async ({ page }) => {
        await page.goto(path);
        await ready(page);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test('a graded quiz and the name dialog have no serious or critical violation', async ({ page }) => {
      await page.goto('/modules/tensors/');
      await answerQuiz(page, 'tensors', true);
      await checkAnswers(page);
      await expect(summary(page)).toContainText('Passed');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Save my progress' }).click();
      await expect(page.getByRole('dialog', { name: 'Save your progress' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
